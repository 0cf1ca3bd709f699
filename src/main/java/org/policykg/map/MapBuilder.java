package org.policykg.map;

import java.util.*;
import java.util.stream.Collectors;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.*;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.policykg.rdf.Vocab;
import org.policykg.error.UserError;
import org.policykg.store.SparqlSource;

/**
 * Draws up a concept map from the graph: runs the map queries with the user's values bound (the propositions
 * that statements make, the documents' own edges), follows a concept's neighbourhood to the depth asked, and
 * fetches the labels and linking phrases of what it found.
 */
public final class MapBuilder {
    /** The languages the scheme labels in (ontology/concepts.ttl): the tags an exact label look-up tries. */
    private static final List<String> LABEL_LANGUAGES = List.of("en", "zh");

    /** How many resources one VALUES block carries, so a big map does not make one huge query. */
    private static final int BATCH = 200;
    private static final int SUGGESTIONS = 5;

    private final SparqlSource source;
    private final MapQueries queries;

    public MapBuilder(SparqlSource source, MapQueries queries) {
        this.source = source;
        this.queries = queries;
    }

    /** The corpus view shows this many concepts unless asked otherwise. */
    public static final int DEFAULT_TOP = 30;

    /**
     * What to draw: a document's map, concept-centred maps around some nodes, both together, two documents compared,
     * or (none of these) the corpus's most connected concepts.
     * @param focus IRIs of nodes (concepts, actors, documents) to centre on
     * @param depth how many steps to follow from each focus node
     * @param compare two documents to compare, or none
     * @param top how many concepts the corpus view keeps
     */
    public record Request(Optional<String> document, List<String> focus, int depth, String lang, List<String> compare, int top) {
        public Request {
            focus = List.copyOf(focus);
            compare = List.copyOf(compare);
            if (depth < 0)
                throw new IllegalArgumentException("depth must not be negative");
            if (!compare.isEmpty() && (compare.size() != 2 || document.isPresent() || !focus.isEmpty()))
                throw new IllegalArgumentException("a comparison takes two documents and nothing else");
            if (top < 1)
                throw new IllegalArgumentException("top must be 1 or more");
        }

        public Request(Optional<String> document, List<String> focus, int depth, String lang) {
            this(document, focus, depth, lang, List.of(), DEFAULT_TOP);
        }

        boolean corpus() { return document.isEmpty() && focus.isEmpty() && compare.isEmpty(); }
    }

    /** A node found by label search. */
    public record Match(String iri, String label, NodeKind kind) {
        @Override public String toString() { return "\"" + label + "\" (" + kind.label() + ", <" + iri + ">)"; }
    }

    /** A document that can be mapped, with its title in the language asked for. */
    public record DocumentEntry(String iri, String title) {}

    /** A proposition being gathered from the rows of propositions.rq: its triple and its statements. */
    private static final class Proposition {
        final String s, p, o;
        final Map<String, String> document = new TreeMap<>(), sentence = new TreeMap<>(), text = new TreeMap<>();
        final Map<String, Set<String>> modalities = new TreeMap<>();

        Proposition(String s, String p, String o) { this.s = s; this.p = p; this.o = o; }

        String key() { return s + " " + p + " " + o; }

        Set<String> documents() { return new TreeSet<>(document.values()); }

        /** This proposition with the other's statements too. */
        Proposition add(Proposition other) {
            document.putAll(other.document);
            sentence.putAll(other.sentence);
            text.putAll(other.text);
            other.modalities.forEach((st, m) -> modalities.computeIfAbsent(st, k -> new TreeSet<>()).addAll(m));
            return this;
        }
    }

    public ConceptMap build(Request request) {
        Model header = ModelFactory.createDefaultModel();
        Map<String, Proposition> props = new TreeMap<>();
        Set<String> nodes = new LinkedHashSet<>();
        List<String> sourceDocs = new ArrayList<>();
        Map<String, String> sides = new HashMap<>();
        Map<String, Set<String>> linkedBy = new HashMap<>();
        if (!request.compare().isEmpty()) {
            for (int i = 0; i < 2; i++) {
                String doc = request.compare().get(i);
                requireDocument(doc);
                Set<String> docs = withReported(doc);
                String side = i == 0 ? "first" : "second";
                for (String d : docs)
                    sides.merge(d, side, (a, b) -> a.equals(b) ? a : "both");
                sourceDocs.addAll(docs);
            }
            propositions("document", sides.keySet(), props);
        } else if (request.corpus()) {
            propositions(null, List.of(), props);
            linkedBy.putAll(keepTop(props, request.top()));
        } else {
            request.document().ifPresent(doc -> {
                requireDocument(doc);
                header.add(header(List.of(doc)));
                Set<String> docs = withReported(doc);
                sourceDocs.addAll(docs);
                propositions("document", docs, props);
                nodes.add(doc);
            });
            for (String f : request.focus())
                requireKnown(f);
            nodes.addAll(request.focus());
            Set<String> frontier = new LinkedHashSet<>(request.focus());
            for (int step = 0; step < request.depth() && !frontier.isEmpty(); step++) {
                Map<String, Proposition> found = new TreeMap<>();
                Model foundHeader = header(frontier);
                for (String end : List.of("s", "o", "document"))
                    propositions(end, frontier, found);
                header.add(foundHeader);
                found.forEach((k, p) -> props.merge(k, p, Proposition::add));
                Set<String> next = new LinkedHashSet<>();
                for (Proposition p : found.values())
                    for (String end : List.of(p.s, p.o))
                        if (nodes.add(end))
                            next.add(end);
                for (String end : ends(foundHeader))
                    if (nodes.add(end))
                        next.add(end);
                frontier = next;
            }
        }
        props.values().forEach(p -> { nodes.add(p.s); nodes.add(p.o); });
        nodes.addAll(ends(header));
        if (sourceDocs.isEmpty())
            props.values().forEach(p -> sourceDocs.addAll(p.documents()));
        return assemble(request, nodes, header, props.values(), new ArrayList<>(new LinkedHashSet<>(sourceDocs)), sides, linkedBy);
    }

    /** A document and the works it reports on: the statements of both are the document's. */
    private Set<String> withReported(String doc) {
        Set<String> docs = new LinkedHashSet<>(List.of(doc));
        header(List.of(doc)).listStatements(null, REPORTS_ON, (RDFNode) null)
                .forEach(st -> { if (st.getObject().isURIResource()) docs.add(st.getObject().asResource().getURI()); });
        return docs;
    }

    /** The documents' own edges: what they report on, their authors and publishers. */
    private Model header(Collection<String> documents) {
        return construct("document", "documents", documents);
    }

    /** The graph the CONSTRUCT query {@code name} builds with {@code iris} as the values of {@code variable}, asked in batches. */
    private Model construct(String name, String variable, Collection<String> iris) {
        Model m = ModelFactory.createDefaultModel();
        for (List<String> batch : batches(iris)) {
            ParameterizedSparqlString q = queries.get(name);
            q.setValues(variable, resources(batch));
            m.add(source.construct(q.asQuery()));
        }
        return m;
    }

    /** The query behind the propositions, narrowed to these values of one variable (none: all of them). */
    public Query propositionsQuery(String variable, Collection<String> values) {
        Query q = queries.get("propositions").asQuery();
        if (variable != null) {
            Var v = Var.alloc(variable);
            q.setValuesDataBlock(List.of(v), values.stream().map(i -> BindingFactory.binding(v, NodeFactory.createURI(i))).toList());
        }
        return q;
    }

    /** The query that finds the statements behind one proposition, optionally only in some documents. */
    public Query supportQuery(String s, String p, String o, Collection<String> documents) {
        Query q = queries.get("propositions").asQuery();
        List<Var> vars = List.of(Var.alloc("s"), Var.alloc("p"), Var.alloc("o"), Var.alloc("document"));
        List<Binding> rows = new ArrayList<>();
        if (documents.isEmpty())
            rows.add(BindingFactory.binding(BindingFactory.binding(BindingFactory.binding(vars.get(0), NodeFactory.createURI(s)),
                    vars.get(1), NodeFactory.createURI(p)), vars.get(2), NodeFactory.createURI(o)));
        else
            for (String d : documents)
                rows.add(BindingFactory.binding(BindingFactory.binding(BindingFactory.binding(BindingFactory.binding(vars.get(0), NodeFactory.createURI(s)),
                        vars.get(1), NodeFactory.createURI(p)), vars.get(2), NodeFactory.createURI(o)), vars.get(3), NodeFactory.createURI(d)));
        q.setValuesDataBlock(documents.isEmpty() ? vars.subList(0, 3) : vars, rows);
        return q;
    }

    /** The statements behind one proposition: sentence text, document, sentence IRI. */
    public List<MapEdge.Support> support(String s, String p, String o, Collection<String> documents) {
        Map<String, Proposition> found = new TreeMap<>();
        collect(source.select(supportQuery(s, p, o, documents)), found);
        Proposition prop = found.get(s + " " + p + " " + o);
        return prop == null ? List.of() : supports(prop);
    }

    private void propositions(String variable, Collection<String> values, Map<String, Proposition> into) {
        if (variable == null) {
            collect(source.select(propositionsQuery(null, List.of())), into);
            return;
        }
        for (List<String> batch : batches(values))
            collect(source.select(propositionsQuery(variable, batch)), into);
    }

    private static void collect(List<QuerySolution> rows, Map<String, Proposition> into) {
        for (QuerySolution row : rows) {
            if (!row.contains("s") || !row.get("s").isURIResource() || !row.contains("o") || !row.get("o").isURIResource())
                continue;
            Proposition found = new Proposition(row.getResource("s").getURI(), row.getResource("p").getURI(), row.getResource("o").getURI());
            Proposition p = into.computeIfAbsent(found.key(), k -> found);
            String st = row.getResource("statement").getURI();
            p.document.put(st, row.getResource("document").getURI());
            if (row.contains("sentence") && row.get("sentence").isURIResource())
                p.sentence.putIfAbsent(st, row.getResource("sentence").getURI());
            if (row.contains("text") && row.get("text").isLiteral())
                p.text.putIfAbsent(st, row.getLiteral("text").getLexicalForm());
            Set<String> m = p.modalities.computeIfAbsent(st, k -> new TreeSet<>());
            if (row.contains("modality") && row.get("modality").isURIResource())
                m.add(row.getResource("modality").getURI());
        }
    }

    private static List<MapEdge.Support> supports(Proposition p) {
        List<MapEdge.Support> out = new ArrayList<>();
        p.document.forEach((st, doc) -> out.add(new MapEdge.Support(st, doc, p.sentence.get(st), p.text.get(st),
                p.modalities.getOrDefault(st, Set.of()))));
        return out;
    }

    /**
     * The corpus view: only the {@code top} concepts and actors that the most documents link (ties: the most
     * statements, then the IRI), and the propositions among them. Returns the documents that link each kept node.
     */
    private static Map<String, Set<String>> keepTop(Map<String, Proposition> props, int top) {
        Map<String, Set<String>> docs = new HashMap<>();
        Map<String, Integer> statements = new HashMap<>();
        for (Proposition p : props.values())
            for (String end : List.of(p.s, p.o)) {
                docs.computeIfAbsent(end, k -> new TreeSet<>()).addAll(p.documents());
                statements.merge(end, p.document.size(), Integer::sum);
            }
        Set<String> kept = docs.keySet().stream()
                .sorted(Comparator.comparingInt((String n) -> -docs.get(n).size()).thenComparingInt(n -> -statements.get(n)).thenComparing(n -> n))
                .limit(top).collect(Collectors.toSet());
        props.values().removeIf(p -> !kept.contains(p.s) || !kept.contains(p.o));
        docs.keySet().retainAll(kept);
        return docs;
    }

    private ConceptMap assemble(Request request, Set<String> nodeIris, Model header, Collection<Proposition> props,
                                List<String> sourceDocs, Map<String, String> sides, Map<String, Set<String>> linkedBy) {
        Set<String> properties = new TreeSet<>();
        header.listStatements().forEach(st -> properties.add(st.getPredicate().getURI()));
        props.forEach(p -> properties.add(p.p));
        Set<String> modalities = new TreeSet<>();
        props.forEach(p -> p.modalities.values().forEach(modalities::addAll));
        Set<String> all = new LinkedHashSet<>(nodeIris);
        all.addAll(properties);
        all.addAll(modalities);
        for (NodeKind k : NodeKind.values())
            if (k.type() != null)
                all.add(k.type().getURI());
        Model described = describe(all);

        Map<String, Map<String, String>> phrases = new HashMap<>();
        for (String p : properties)
            phrases.put(p, labels(described, described.createResource(p), LINKING_PHRASE, RDFS.label, SKOS.prefLabel));
        List<MapEdge> mapEdges = new ArrayList<>();
        Map<String, Set<String>> nodeDocs = new HashMap<>();
        header.listStatements().forEach(st -> {
            if (st.getObject().isURIResource() && st.getSubject().isURIResource())
                mapEdges.add(new MapEdge(st.getSubject().getURI(), st.getObject().asResource().getURI(),
                        st.getPredicate().getURI(), phrases.get(st.getPredicate().getURI())));
        });
        for (Proposition p : props) {
            List<MapEdge.Support> support = supports(p);
            mapEdges.add(new MapEdge(p.s, p.o, p.p, phrases.get(p.p), support, modalityPhrases(described, support), side(p.documents(), sides)));
            for (String end : List.of(p.s, p.o))
                nodeDocs.computeIfAbsent(end, k -> new TreeSet<>()).addAll(p.documents());
        }
        // in the corpus view a node is linked by documents whose propositions may have been left off
        linkedBy.forEach((iri, docs) -> nodeDocs.computeIfAbsent(iri, k -> new TreeSet<>()).addAll(docs));
        List<MapNode> nodes = new ArrayList<>();
        for (String iri : nodeIris) {
            Resource r = described.createResource(iri);
            Set<String> types = described.listObjectsOfProperty(r, RDF.type).filterKeep(RDFNode::isURIResource)
                    .mapWith(n -> n.asResource().getURI()).toSet();
            Set<String> docs = nodeDocs.getOrDefault(iri, Set.of());
            nodes.add(new MapNode(iri, NodeKind.of(types), labels(described, r, SKOS.prefLabel, DCTerms.title, RDFS.label), docs, side(docs, sides)));
        }
        Map<NodeKind, Map<String, String>> kindLabels = new EnumMap<>(NodeKind.class);
        for (NodeKind k : NodeKind.values())
            if (k.type() != null)
                kindLabels.put(k, labels(described, described.createResource(k.type().getURI()), RDFS.label, SKOS.prefLabel));
        Map<String, String> titles = titles(sourceDocs, request.lang());
        List<ConceptMap.Source> sources = new ArrayList<>();
        for (String d : sourceDocs)
            sources.add(new ConceptMap.Source(d, titles.getOrDefault(d, Labels.fromIri(d)), sides.get(d)));
        ConceptMap untitled = new ConceptMap("", request.lang(), nodes, mapEdges, kindLabels, sources);
        return new ConceptMap(title(request, untitled, titles), request.lang(), untitled.nodes(), untitled.edges(), kindLabels, sources);
    }

    /** In a comparison, which side the documents are on; null outside one or for nodes from metadata. */
    private static String side(Set<String> documents, Map<String, String> sides) {
        if (sides.isEmpty() || documents.isEmpty())
            return null;
        Set<String> found = new TreeSet<>();
        documents.forEach(d -> found.add(sides.getOrDefault(d, "both")));
        return found.size() == 1 ? found.iterator().next() : "both";
    }

    /** The word a modality adds, when every supporting statement was made with it and it has a linking phrase. */
    private static Map<String, String> modalityPhrases(Model described, List<MapEdge.Support> support) {
        Set<String> shared = null;
        for (MapEdge.Support s : support) {
            if (shared == null)
                shared = new TreeSet<>(s.modalities());
            else
                shared.retainAll(s.modalities());
        }
        if (shared == null)
            return Map.of();
        List<Map<String, String>> phrased = shared.stream().map(m -> labels(described, described.createResource(m), LINKING_PHRASE))
                .filter(l -> !l.isEmpty()).toList();
        return phrased.size() == 1 ? phrased.get(0) : Map.of();
    }

    private static String title(Request request, ConceptMap map, Map<String, String> titles) {
        boolean zh = request.lang().startsWith("zh");
        if (request.corpus()) {
            long concepts = map.nodes().size();
            return zh ? "语料库：" + map.sources().size() + " 篇文件中联系最多的 " + concepts + " 个概念"
                    : "Corpus: the " + concepts + " most connected concepts of " + map.sources().size() + " documents";
        }
        if (!request.compare().isEmpty())
            return request.compare().stream().map(d -> titles.getOrDefault(d, d)).collect(Collectors.joining(zh ? " 对比 " : " vs. "));
        List<String> centres = new ArrayList<>();
        request.document().ifPresent(centres::add);
        centres.addAll(request.focus());
        return centres.stream().map(iri -> map.label(map.node(iri))).collect(Collectors.joining(" · "));
    }

    private static final Property REPORTS_ON = ResourceFactory.createProperty(Vocab.SSPO, "reportsOn");
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
        return construct("labels", "resources", iris);
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
        q.setValues("forms", labelForms(text));
        return matches(source.select(q.asQuery()));
    }

    /** The forms a label is written in, as label.rq looks them up: a few cases, untagged and in the scheme's languages. */
    public static List<RDFNode> labelForms(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        Set<String> cases = new LinkedHashSet<>();
        cases.add(t);
        String lower = t.toLowerCase(Locale.ROOT);
        cases.add(lower);
        if (!lower.isEmpty())
            cases.add(Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
        cases.add(Arrays.stream(lower.split(" ")).map(w -> w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1))
                .collect(Collectors.joining(" ")));
        List<RDFNode> forms = new ArrayList<>();
        for (String c : cases) {
            forms.add(ResourceFactory.createPlainLiteral(c));
            for (String lang : LABEL_LANGUAGES)
                forms.add(ResourceFactory.createLangLiteral(c, lang));
        }
        return forms;
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
        return entries(source.select(queries.get("documents").asQuery()), lang);
    }

    /**
     * The titles in {@code lang} of these documents (those the store has as documents), by IRI: as {@link #documents}
     * gives them, but read for these documents alone (titles.rq) instead of for every document in the store.
     */
    public Map<String, String> titles(Collection<String> documents, String lang) {
        Map<String, String> out = new HashMap<>();
        for (List<String> batch : batches(new LinkedHashSet<>(documents))) {
            ParameterizedSparqlString q = queries.get("titles");
            q.setValues("documents", resources(batch));
            entries(source.select(q.asQuery()), lang).forEach(d -> out.put(d.iri(), d.title()));
        }
        return out;
    }

    private static List<DocumentEntry> entries(List<QuerySolution> rows, String lang) {
        Map<String, Map<String, String>> titles = new TreeMap<>();
        for (QuerySolution row : rows) {
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
