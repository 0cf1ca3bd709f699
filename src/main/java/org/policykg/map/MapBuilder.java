package org.policykg.map;

import java.util.*;
import java.util.stream.Collectors;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.*;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.policykg.rdf.Vocab;
import org.policykg.error.UserError;

/**
 * Draws up a concept map from the graph: runs the map queries with the user's values bound, follows a
 * concept's neighbourhood to the depth asked, and fetches the labels of what it found.
 */
public final class MapBuilder {
    /** How many resources one VALUES block carries, so a big map does not make one huge query. */
    private static final int BATCH = 200;
    private static final int SUGGESTIONS = 5;

    private final MapSource source;
    private final MapQueries queries;

    public MapBuilder(MapSource source, MapQueries queries) {
        this.source = source;
        this.queries = queries;
    }

    /**
     * What to draw: a document's map, concept-centred maps around some nodes, or both together.
     * @param focus IRIs of nodes (concepts, actors, documents) to centre on
     * @param depth how many steps to follow from each focus node
     */
    public record Request(Optional<String> document, List<String> focus, int depth, String lang) {
        public Request {
            focus = List.copyOf(focus);
            if (document.isEmpty() && focus.isEmpty())
                throw new IllegalArgumentException("a map needs a document or a concept");
            if (depth < 0)
                throw new IllegalArgumentException("depth must not be negative");
        }
    }

    /** A node found by label search. */
    public record Match(String iri, String label, NodeKind kind) {
        @Override public String toString() { return "\"" + label + "\" (" + kind.label() + ", <" + iri + ">)"; }
    }

    /** A document that can be mapped, with its title in the language asked for. */
    public record DocumentEntry(String iri, String title) {}

    public ConceptMap build(Request request) {
        Model edges = ModelFactory.createDefaultModel();
        Set<String> nodes = new LinkedHashSet<>();
        request.document().ifPresent(doc -> {
            requireDocument(doc);
            ParameterizedSparqlString q = queries.get("document");
            q.setIri("document", doc);
            edges.add(source.construct(q.asQuery()));
            nodes.add(doc);
        });
        for (String f : request.focus())
            requireKnown(f);
        nodes.addAll(request.focus());
        Set<String> frontier = new LinkedHashSet<>(request.focus());
        for (int step = 0; step < request.depth() && !frontier.isEmpty(); step++) {
            Model found = ModelFactory.createDefaultModel();
            for (List<String> batch : batches(frontier)) {
                ParameterizedSparqlString q = queries.get("neighbourhood");
                q.setValues("focusNodes", resources(batch));
                found.add(source.construct(q.asQuery()));
            }
            edges.add(found);
            Set<String> next = new LinkedHashSet<>();
            for (String end : ends(found))
                if (nodes.add(end))
                    next.add(end);
            frontier = next;
        }
        nodes.addAll(ends(edges));
        return assemble(request, nodes, edges);
    }

    private ConceptMap assemble(Request request, Set<String> nodeIris, Model edges) {
        Set<String> properties = new TreeSet<>();
        edges.listStatements().forEach(st -> properties.add(st.getPredicate().getURI()));
        Set<String> all = new LinkedHashSet<>(nodeIris);
        all.addAll(properties);
        for (NodeKind k : NodeKind.values())
            if (k.type() != null)
                all.add(k.type().getURI());
        Model described = describe(all);

        List<MapNode> nodes = new ArrayList<>();
        for (String iri : nodeIris) {
            Resource r = described.createResource(iri);
            Set<String> types = described.listObjectsOfProperty(r, RDF.type).filterKeep(RDFNode::isURIResource)
                    .mapWith(n -> n.asResource().getURI()).toSet();
            nodes.add(new MapNode(iri, NodeKind.of(types), labels(described, r, SKOS.prefLabel, DCTerms.title, RDFS.label)));
        }
        Map<String, Map<String, String>> phrases = new HashMap<>();
        for (String p : properties)
            phrases.put(p, labels(described, described.createResource(p), LINKING_PHRASE, RDFS.label, SKOS.prefLabel));
        List<MapEdge> mapEdges = new ArrayList<>();
        edges.listStatements().forEach(st -> {
            if (st.getObject().isURIResource() && st.getSubject().isURIResource())
                mapEdges.add(new MapEdge(st.getSubject().getURI(), st.getObject().asResource().getURI(),
                        st.getPredicate().getURI(), phrases.get(st.getPredicate().getURI())));
        });
        Map<NodeKind, Map<String, String>> kindLabels = new EnumMap<>(NodeKind.class);
        for (NodeKind k : NodeKind.values())
            if (k.type() != null)
                kindLabels.put(k, labels(described, described.createResource(k.type().getURI()), RDFS.label, SKOS.prefLabel));
        ConceptMap untitled = new ConceptMap("", request.lang(), nodes, mapEdges, kindLabels);
        return new ConceptMap(title(request, untitled), request.lang(), untitled.nodes(), untitled.edges(), kindLabels);
    }

    private static String title(Request request, ConceptMap map) {
        List<String> centres = new ArrayList<>();
        request.document().ifPresent(centres::add);
        centres.addAll(request.focus());
        return centres.stream().map(iri -> map.label(map.node(iri))).collect(Collectors.joining(" · "));
    }

    private static final Property LINKING_PHRASE = ResourceFactory.createProperty(Vocab.SSPO, "linkingPhrase");

    /** Labels by language; for each language the first property in {@code priority} that has one wins. */
    private static Map<String, String> labels(Model m, Resource r, Property... priority) {
        Map<String, String> byLang = new HashMap<>();
        for (Property p : priority) {
            Map<String, String> these = new TreeMap<>();
            m.listObjectsOfProperty(r, p).filterKeep(RDFNode::isLiteral).forEach(n -> {
                Literal l = n.asLiteral();
                // several labels in one language: the smallest, so output does not depend on storage order
                these.merge(l.getLanguage().toLowerCase(Locale.ROOT), l.getLexicalForm(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            });
            these.forEach(byLang::putIfAbsent);
        }
        return byLang;
    }

    private Model describe(Collection<String> iris) {
        Model described = ModelFactory.createDefaultModel();
        for (List<String> batch : batches(iris)) {
            ParameterizedSparqlString q = queries.get("labels");
            q.setValues("resources", resources(batch));
            described.add(source.construct(q.asQuery()));
        }
        return described;
    }

    private static Set<String> ends(Model m) {
        Set<String> ends = new LinkedHashSet<>();
        m.listStatements().forEach(st -> {
            if (st.getSubject().isURIResource() && st.getObject().isURIResource()) {
                ends.add(st.getSubject().getURI());
                ends.add(st.getObject().asResource().getURI());
            }
        });
        return ends;
    }

    private static List<List<String>> batches(Collection<String> items) {
        List<String> list = new ArrayList<>(items);
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i += BATCH)
            out.add(list.subList(i, Math.min(list.size(), i + BATCH)));
        return out;
    }

    private static List<RDFNode> resources(List<String> iris) {
        return iris.stream().map(i -> (RDFNode) ResourceFactory.createResource(i)).toList();
    }

    // --- finding what the user named

    /**
     * The node a user means by {@code iriOrLabel}: an IRI the graph knows, or a label (preferred or alternative,
     * any case) of exactly one node. Anything else is an input error naming the closest matches.
     */
    public String resolve(String iriOrLabel) {
        String wanted = iriOrLabel.strip();
        if (looksLikeIri(wanted)) {
            requireKnown(wanted);
            return wanted;
        }
        List<Match> found = search(wanted, 50);
        String norm = normalise(wanted);
        List<Match> exact = found.stream().filter(m -> normalise(m.label()).equals(norm)).toList();
        if (exact.isEmpty())
            exact = exactLabel(wanted); // an endpoint without a text index still finds exact labels
        Set<String> iris = exact.stream().map(Match::iri).collect(Collectors.toCollection(LinkedHashSet::new));
        if (iris.size() == 1)
            return iris.iterator().next();
        if (iris.size() > 1)
            throw UserError.input("\"" + wanted + "\" names more than one node: "
                    + exact.stream().map(Match::toString).distinct().collect(Collectors.joining("; ")) + ". Give the IRI instead.");
        throw UserError.input("No concept labelled \"" + wanted + "\" in the graph." + suggestions(found));
    }

    private void requireKnown(String iri) {
        if (describe(List.of(iri)).isEmpty())
            throw UserError.input("No concept <" + iri + "> in the graph." + suggestions(search(wordsOf(iri), 20)));
    }

    private void requireDocument(String iri) {
        Model m = describe(List.of(iri));
        if (m.contains(m.createResource(iri), RDF.type, m.createResource(Vocab.PolicyDocument.getURI())))
            return;
        List<Match> docs = search(wordsOf(iri), 20).stream().filter(x -> x.kind() == NodeKind.DOCUMENT).toList();
        String hint;
        if (!docs.isEmpty()) {
            hint = suggestions(docs);
        } else {
            // no title in the text index: rank the documents by the words they share with what was asked for
            Set<String> words = new HashSet<>(Arrays.asList(wordsOf(iri).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
            List<DocumentEntry> known = documents("en").stream()
                    .sorted(Comparator.comparingLong((DocumentEntry d) -> -sharedWords(words, d.iri() + " " + d.title())).thenComparing(DocumentEntry::iri))
                    .toList();
            hint = known.isEmpty() ? " The graph holds no documents."
                    : " Closest documents: " + known.stream().limit(10).map(d -> "<" + d.iri() + "> \"" + d.title() + "\"")
                            .collect(Collectors.joining("; ")) + (known.size() > 10 ? "; … (" + known.size() + " in all)" : "") + ".";
        }
        throw UserError.input("No document <" + iri + "> in the graph." + hint);
    }

    private static long sharedWords(Set<String> words, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return words.stream().filter(w -> w.length() > 1 && lower.contains(w)).count();
    }

    private static String suggestions(List<Match> found) {
        List<String> distinct = found.stream().map(Match::toString).distinct().limit(SUGGESTIONS).toList();
        return distinct.isEmpty() ? " Nothing with a similar label was found." : " Closest matches: " + String.join("; ", distinct) + ".";
    }

    /** Label search in the text index, best first; one match per node and label. */
    public List<Match> search(String text, int limit) {
        String lucene = luceneQuery(text);
        if (lucene.isEmpty())
            return List.of();
        ParameterizedSparqlString q = queries.get("search");
        q.setLiteral("query", lucene);
        q.setLiteral("limit", limit);
        return matches(source.select(q.asQuery()));
    }

    private List<Match> exactLabel(String text) {
        ParameterizedSparqlString q = queries.get("label");
        q.setLiteral("text", text.strip().replaceAll("\\s+", " "));
        return matches(source.select(q.asQuery()));
    }

    /** One match per node and label, with the kind from all the node's types. */
    private static List<Match> matches(List<QuerySolution> rows) {
        Map<String, Set<String>> types = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (QuerySolution row : rows) {
            if (!row.contains("node") || !row.get("node").isURIResource() || !row.contains("label") || !row.get("label").isLiteral())
                continue;
            String key = row.getResource("node").getURI() + "\n" + row.getLiteral("label").getLexicalForm();
            labels.putIfAbsent(key, row.getLiteral("label").getLexicalForm());
            Set<String> t = types.computeIfAbsent(key, k -> new HashSet<>());
            if (row.contains("type") && row.get("type").isURIResource())
                t.add(row.getResource("type").getURI());
        }
        List<Match> out = new ArrayList<>();
        labels.forEach((key, label) -> out.add(new Match(key.substring(0, key.indexOf('\n')), label, NodeKind.of(types.get(key)))));
        return out;
    }

    /** The user's words as a Lucene query: every word escaped, longer Latin words also matched loosely (typos). */
    static String luceneQuery(String text) {
        List<String> parts = new ArrayList<>();
        for (String word : text.split("[^\\p{L}\\p{N}]+")) {
            if (word.isEmpty())
                continue;
            String escaped = QueryParser.escape(word.toLowerCase(Locale.ROOT));
            parts.add(word.matches("[A-Za-z]{4,}") ? escaped + "~1" : escaped);
        }
        return String.join(" ", parts);
    }

    /** All documents, with a title in {@code lang} where they have one. */
    public List<DocumentEntry> documents(String lang) {
        Map<String, Map<String, String>> titles = new TreeMap<>();
        for (QuerySolution row : source.select(queries.get("documents").asQuery())) {
            if (!row.get("document").isURIResource())
                continue;
            Map<String, String> t = titles.computeIfAbsent(row.getResource("document").getURI(), k -> new TreeMap<>());
            if (row.contains("title") && row.get("title").isLiteral())
                t.putIfAbsent(row.getLiteral("title").getLanguage().toLowerCase(Locale.ROOT), row.getLiteral("title").getLexicalForm());
        }
        List<DocumentEntry> out = new ArrayList<>();
        titles.forEach((iri, t) -> out.add(new DocumentEntry(iri, Labels.pick(t, lang, iri))));
        return out;
    }

    static boolean looksLikeIri(String s) {
        return s.matches("(?i)(https?|urn|file):\\S+");
    }

    private static String wordsOf(String iri) {
        return iri.replaceAll(".*[/#]", "").replaceAll("[-_]", " ");
    }

    private static String normalise(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
