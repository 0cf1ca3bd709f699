package org.policykg.curate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.policykg.link.Closeness;
import org.policykg.store.SparqlSource;
import org.policykg.rdf.Vocab;

/**
 * Reads the candidates of a store or endpoint with the queries in queries/curation/, ranks the known concepts
 * closest to each ({@link Closeness}: the linker's label scoring and shared neighbours) and groups the
 * candidates that are the same thing: the same wording in two classes, nearly the same wording, or, across
 * languages, the same known concepts around them.
 */
public final class CandidateList {
    /** How many known concepts are listed per candidate. */
    public static final int CLOSEST = 3;
    /** Label similarity from which two candidates in one language are taken to be one thing under two wordings. */
    static final double SAME_WORDING = 0.75;
    /** Across languages labels cannot be compared: the share of neighbours two candidates must have in common, and at least two. */
    static final double SAME_NEIGHBOURS = 0.5;

    private final Path queries;

    /** @param queriesDir the project's queries/ folder */
    public CandidateList(Path queriesDir) { this.queries = queriesDir.resolve("curation"); }

    /**
     * Every candidate (of {@code kind} only, when not null) named in at least {@code minDocs} documents, most
     * documents first, with its group number.
     */
    public List<Candidate> read(SparqlSource source, String kind, int minDocs) {
        Map<String, Builder> byIri = new LinkedHashMap<>();
        source.select(QueryFactory.create(text("candidates.rq")), row -> {
            Builder b = byIri.computeIfAbsent(row.getResource("candidate").getURI(), Builder::new);
            b.kinds.add(kind(row.getResource("class").getURI()));
            Literal l = row.getLiteral("label");
            Candidate.Label label = new Candidate.Label(l.getLexicalForm(), l.getLanguage());
            if (!b.labels.contains(label))
                b.labels.add(label);
            if (row.contains("document")) // one row per class and label: count each document's statements once
                b.documents.merge(row.getResource("document").getURI(), row.getLiteral("statements").getInt(), Math::max);
        });
        source.select(QueryFactory.create(text("evidence.rq")), row -> {
            Builder b = byIri.get(row.getResource("candidate").getURI());
            if (b != null && b.sentences.size() < 2)
                b.sentences.add(new Candidate.Sentence(row.getLiteral("text").getLexicalForm(), row.getResource("document").getURI(),
                        row.getResource("sentence").getURI()));
        });
        Map<String, Set<String>> neighbours = new HashMap<>();
        source.select(QueryFactory.create(text("neighbours.rq")), row -> {
            if (row.get("node").isURIResource())
                neighbours.computeIfAbsent(row.getResource("node").getURI(), k -> new TreeSet<>()).add(row.getResource("neighbour").getURI());
        });
        Map<String, Known> known = known(source);
        List<Closeness.Node> knownNodes = new ArrayList<>();
        known.values().forEach(k -> knownNodes.add(new Closeness.Node(k.iri, k.labels, neighbours.getOrDefault(k.iri, Set.of()))));
        Closeness closeness = new Closeness(knownNodes);

        List<Candidate> all = new ArrayList<>();
        for (Builder b : byIri.values()) {
            if (known.containsKey(b.iri))
                continue; // accepted since it was minted: a concept of the scheme now
            String k = b.kinds.stream().filter(x -> !x.equals("actor")).findFirst().orElse(b.kinds.iterator().next());
            Set<String> around = neighbours.getOrDefault(b.iri, Set.of());
            List<Candidate.Closest> closest = new ArrayList<>();
            for (Closeness.Match m : closeness.closest(node(b.iri, b.labels, around), CLOSEST)) {
                Known c = known.get(m.iri());
                closest.add(new Candidate.Closest(m.iri(), c.preferred(), c.kind, m));
            }
            all.add(new Candidate(b.iri, k, List.copyOf(b.labels), new TreeSet<>(b.documents.keySet()),
                    b.documents.values().stream().mapToInt(Integer::intValue).sum(),
                    List.copyOf(b.sentences), Set.copyOf(around), List.copyOf(closest), 0));
        }
        all.sort(Comparator.comparingInt((Candidate c) -> -c.documents().size()).thenComparingInt(c -> -c.statements())
                .thenComparing(Candidate::label).thenComparing(Candidate::iri));
        List<Candidate> grouped = group(all);
        return grouped.stream().filter(c -> (kind == null || c.kind().equals(kind)) && c.documents().size() >= minDocs).toList();
    }

    /** The known concepts (members of a scheme) with their labels and class. */
    private Map<String, Known> known(SparqlSource source) {
        Map<String, Known> known = new TreeMap<>();
        source.select(QueryFactory.create(text("known-concepts.rq")), row -> {
            Known k = known.computeIfAbsent(row.getResource("concept").getURI(), Known::new);
            String kind = kind(row.getResource("class").getURI());
            if (k.kind == null || !kind.equals("concept"))
                k.kind = kind;
            Literal l = row.getLiteral("label");
            Map.Entry<String, String> e = Map.entry(l.getLexicalForm(), l.getLanguage());
            if (!k.labels.contains(e))
                k.labels.add(e);
            if (row.getLiteral("pref").getBoolean())
                k.pref.add(e);
        });
        return known;
    }

    private static Closeness.Node node(String iri, List<Candidate.Label> labels, Set<String> neighbours) {
        List<Map.Entry<String, String>> ls = new ArrayList<>();
        labels.forEach(l -> ls.add(Map.entry(l.text(), l.lang())));
        return new Closeness.Node(iri, ls, neighbours);
    }

    /** Candidates that are one thing share a group number: the position (from 1) of the group's first member. */
    static List<Candidate> group(List<Candidate> all) {
        int[] parent = new int[all.size()];
        for (int i = 0; i < parent.length; i++) parent[i] = i;
        for (int i = 0; i < all.size(); i++)
            for (int j = i + 1; j < all.size(); j++)
                if (same(all.get(i), all.get(j)))
                    union(parent, i, j);
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++)
            out.add(all.get(i).withGroup(find(parent, i) + 1));
        return out;
    }

    static boolean same(Candidate a, Candidate b) {
        Closeness.Node na = node(a.iri(), a.labels(), a.neighbours()), nb = node(b.iri(), b.labels(), b.neighbours());
        Closeness.Match m = Closeness.score(na, nb);
        if (m.label() >= SAME_WORDING)
            return true;
        if (!primary(a.language()).equals(primary(b.language())) && m.neighbour() != null) {
            Set<String> shared = new HashSet<>(a.neighbours());
            shared.retainAll(b.neighbours());
            return shared.size() >= 2 && m.neighbour() >= SAME_NEIGHBOURS;
        }
        return false;
    }

    private static String primary(String lang) {
        int dash = lang.indexOf('-');
        return (dash < 0 ? lang : lang.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) i = parent[i] = parent[parent[i]];
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a), rb = find(parent, b);
        if (ra != rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }

    /** goal, reform, principle, component, actor, or the class's own name in lower case. */
    static String kind(String classIri) {
        if (classIri.equals(Vocab.SystemComponent.getURI())) return "component";
        if (classIri.equals(Vocab.Organization.getURI()) || classIri.equals(Vocab.Person.getURI()) || classIri.equals(Vocab.Actor.getURI()))
            return "actor";
        String local = classIri.substring(Math.max(classIri.lastIndexOf('#'), classIri.lastIndexOf('/')) + 1);
        return local.equals("Concept") ? "concept" : local.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    private String text(String name) {
        return org.policykg.rdf.QueryFiles.read(queries.resolve(name));
    }

    private static final class Builder {
        final String iri;
        final Set<String> kinds = new LinkedHashSet<>();
        final List<Candidate.Label> labels = new ArrayList<>();
        final Map<String, Integer> documents = new TreeMap<>();
        final List<Candidate.Sentence> sentences = new ArrayList<>();

        Builder(String iri) { this.iri = iri; }
    }

    private static final class Known {
        final String iri;
        String kind;
        final List<Map.Entry<String, String>> labels = new ArrayList<>();
        final List<Map.Entry<String, String>> pref = new ArrayList<>();

        Known(String iri) { this.iri = iri; }

        String preferred() {
            for (Map.Entry<String, String> e : pref)
                if (e.getValue().equals("en")) return e.getKey();
            return pref.isEmpty() ? (labels.isEmpty() ? iri : labels.get(0).getKey()) : pref.get(0).getKey();
        }
    }
}
