package org.policykg.link;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.*;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.SKOS;

/**
 * Finds links from this graph's concepts and actors to a target's entities. Candidates share a
 * normalised label token (or a whole Chinese label); each pair is scored by its best label pair
 * (token-set similarity, languages compared only with themselves or with untagged labels), then
 * blended with a neighbour score where both sides have neighbours: the labels of their broader
 * concepts and, for actors, whether both are persons or both organizations.
 */
final class Linker {
    /** Weight of the neighbour score in the blend, when both sides have neighbours. */
    static final double NEIGHBOUR_WEIGHT = 0.2;
    /** A concept link is exact only with an identical normalised label and a blended score at least this. */
    static final double EXACT_SCORE = 0.9;
    static final double DEFAULT_MIN_SCORE = 0.8;

    private final Set<String> languages;
    private final double minScore;

    /** @param languages primary language tags to compare (untagged labels always take part) */
    Linker(Set<String> languages, double minScore) {
        this.languages = Set.copyOf(languages);
        this.minScore = minScore;
    }

    record Link(String source, String target, Property predicate, BigDecimal score) {}

    /** The evidence for one pair. */
    record Score(double label, Set<String> exactLanguages, Double neighbour, Double types) {
        double blended() { return neighbour == null ? label : (1 - NEIGHBOUR_WEIGHT) * label + NEIGHBOUR_WEIGHT * neighbour; }
    }

    List<Link> link(List<Entity> ours, List<Entity> theirs) {
        Map<String, List<Entity>> index = new HashMap<>();
        for (Entity t : theirs)
            for (Entity.Label l : usable(t.labels()))
                for (String token : l.key().tokens())
                    index.computeIfAbsent(token, k -> new ArrayList<>()).add(t);

        List<Link> links = new ArrayList<>();
        for (Entity s : ours) {
            if (!s.isConcept() && !s.isActor())
                continue;
            Set<Entity> candidates = new LinkedHashSet<>();
            for (Entity.Label l : usable(s.labels()))
                for (String token : l.key().tokens())
                    candidates.addAll(index.getOrDefault(token, List.of()));
            for (Entity t : candidates) {
                if (t.iri().equals(s.iri()) || !compatible(s, t))
                    continue;
                Score score = score(s, t);
                Property predicate = decide(s, score);
                if (predicate != null)
                    links.add(new Link(s.iri(), t.iri(), predicate, BigDecimal.valueOf(score.blended()).setScale(3, RoundingMode.HALF_UP)));
            }
        }
        links.sort(Comparator.comparing(Link::source).thenComparing(l -> l.predicate().getURI()).thenComparing(Link::target));
        return links;
    }

    private Property decide(Entity s, Score score) {
        if (s.isActor()) {
            // owl:sameAs says everything about one is true of the other: only on strong evidence, an
            // identical label and either the same kind of actor or identical labels in two languages.
            boolean strong = score.label() == 1.0 && (Objects.equals(score.types(), 1.0) || score.exactLanguages().size() >= 2);
            return strong && score.blended() >= minScore ? OWL.sameAs : null;
        }
        if (score.label() == 1.0 && score.blended() >= Math.max(EXACT_SCORE, minScore))
            return SKOS.exactMatch;
        return score.blended() >= minScore ? SKOS.closeMatch : null;
    }

    /** Concepts link to concepts or untyped resources, actors to actors or untyped resources; a person never to an organization. */
    private static boolean compatible(Entity s, Entity t) {
        if (t.kinds().isEmpty())
            return true;
        if (s.isActor())
            return t.isActor() && !Objects.equals(typeScore(s, t), 0.0);
        return t.isConcept() && !t.isActor();
    }

    Score score(Entity s, Entity t) {
        double best = 0;
        Set<String> exact = new TreeSet<>();
        for (Entity.Label a : usable(s.labels()))
            for (Entity.Label b : usable(t.labels())) {
                if (!comparable(a, b))
                    continue;
                double sim = a.key().similarity(b.key());
                best = Math.max(best, sim);
                if (sim == 1.0)
                    exact.add(a.primaryLanguage().isEmpty() ? b.primaryLanguage() : a.primaryLanguage());
            }
        Double broader = null;
        List<Entity.Label> sb = usable(s.broaderLabels()), tb = usable(t.broaderLabels());
        if (!sb.isEmpty() && !tb.isEmpty()) {
            double b = 0;
            for (Entity.Label x : sb)
                for (Entity.Label y : tb)
                    if (comparable(x, y))
                        b = Math.max(b, x.key().similarity(y.key()));
            broader = b;
        }
        Double types = s.isActor() ? typeScore(s, t) : null;
        Double neighbour;
        if (broader == null)
            neighbour = types;
        else if (types == null)
            neighbour = broader;
        else
            neighbour = (broader + types) / 2;
        return new Score(best, exact, neighbour, types);
    }

    /** 1 when both are persons or both organizations, 0 when one is a person and the other an organization, else unknown. */
    private static Double typeScore(Entity s, Entity t) {
        Set<String> a = specific(s.kinds()), b = specific(t.kinds());
        if (a.isEmpty() || b.isEmpty())
            return null;
        return a.stream().anyMatch(b::contains) ? 1.0 : 0.0;
    }

    private static Set<String> specific(Set<String> kinds) {
        Set<String> out = new HashSet<>(kinds);
        out.retainAll(Set.of("person", "organization"));
        return out;
    }

    private static boolean comparable(Entity.Label a, Entity.Label b) {
        String la = a.primaryLanguage(), lb = b.primaryLanguage();
        return la.isEmpty() || lb.isEmpty() || la.equals(lb);
    }

    private List<Entity.Label> usable(List<Entity.Label> labels) {
        return labels.stream().filter(l -> l.lang().isEmpty() || languages.contains(l.primaryLanguage())).toList();
    }
}
