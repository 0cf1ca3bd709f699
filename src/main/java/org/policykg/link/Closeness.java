package org.policykg.link;

import java.util.*;

/**
 * The linker's scoring, offered to curation: how close a candidate is to each known concept. Labels are
 * compared as {@link Linker} compares them (normalised token sets, Chinese labels whole, each language only
 * with itself); the neighbour score here is the overlap (Jaccard) of the known concepts each one is named
 * with in the same statements, blended with the label score in the linker's proportion.
 */
public final class Closeness {
    /** A node with its labels (text, language tag) and the known concepts it is named together with. */
    public record Node(String iri, List<Map.Entry<String, String>> labels, Set<String> neighbours) {}

    /** A known concept and how close it is: the blended score, its label and neighbour parts (neighbour null when either side has none). */
    public record Match(String iri, double score, double label, Double neighbour) {}

    private static final Linker LINKER = new Linker(Set.of("en", "zh"), 0);
    private final List<Node> known;
    private final Map<String, Entity> entities = new HashMap<>();
    private final Map<String, List<Node>> byToken = new HashMap<>();

    public Closeness(List<Node> known) {
        this.known = List.copyOf(known);
        for (Node k : this.known) {
            Entity e = entity(k);
            entities.put(k.iri(), e);
            for (Entity.Label l : e.labels())
                for (String token : l.key().tokens())
                    byToken.computeIfAbsent(token, t -> new ArrayList<>()).add(k);
        }
    }

    /** The known concepts closest to {@code node}, best first, at most {@code top}, each above zero. */
    public List<Match> closest(Node node, int top) {
        Entity s = entity(node);
        Set<Node> pool = new LinkedHashSet<>();
        for (Entity.Label l : s.labels())
            for (String token : l.key().tokens())
                pool.addAll(byToken.getOrDefault(token, List.of()));
        if (!node.neighbours().isEmpty()) // a wording in another language shares no token, but may share neighbours
            for (Node k : known)
                if (!Collections.disjoint(k.neighbours(), node.neighbours()))
                    pool.add(k);
        List<Match> out = new ArrayList<>();
        for (Node k : pool) {
            if (k.iri().equals(node.iri()))
                continue;
            Match m = score(s, node, entities.get(k.iri()), k);
            if (m.score() > 0)
                out.add(m);
        }
        out.sort(Comparator.comparingDouble(Match::score).reversed().thenComparing(Match::iri));
        return out.size() > top ? List.copyOf(out.subList(0, top)) : out;
    }

    /** How close two nodes are, on the same scale. */
    public static Match score(Node a, Node b) {
        return score(entity(a), a, entity(b), b);
    }

    private static Match score(Entity ea, Node a, Entity eb, Node b) {
        double label = LINKER.score(ea, eb).label();
        Double neighbour = null;
        if (!a.neighbours().isEmpty() && !b.neighbours().isEmpty()) {
            Set<String> shared = new HashSet<>(a.neighbours());
            shared.retainAll(b.neighbours());
            Set<String> all = new HashSet<>(a.neighbours());
            all.addAll(b.neighbours());
            neighbour = (double) shared.size() / all.size();
        }
        double blended = neighbour == null ? label : (1 - Linker.NEIGHBOUR_WEIGHT) * label + Linker.NEIGHBOUR_WEIGHT * neighbour;
        return new Match(b.iri(), blended, label, neighbour);
    }

    private static Entity entity(Node n) {
        List<Entity.Label> labels = new ArrayList<>();
        for (Map.Entry<String, String> l : n.labels())
            labels.add(Entity.Label.of(l.getKey(), l.getValue() == null ? "" : l.getValue()));
        return new Entity(n.iri(), labels, Set.of("concept"), List.of());
    }
}
