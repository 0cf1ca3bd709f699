package org.policykg.link;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.*;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.VOID;
import org.policykg.rdf.Vocab;
import org.policykg.store.GraphSource;
import org.policykg.store.PolicyStore;
import org.policykg.store.QuadCounts;
import org.policykg.error.UserError;

/**
 * The dataset's VoID + DCAT description, computed from the store by the CONSTRUCT queries in
 * queries/void/ (static parts included: they are data, not Java) and kept in its own named graph.
 */
public final class DatasetDescription {
    /** The named graph holding the description; its own triples are left out of the counts. */
    public static final Node GRAPH = NodeFactory.createURI(Vocab.GRAPH + "void");

    private final Path queriesDir;

    /**
     * Starts a line of a query in queries/void/ whose figures a TDB2 store counts on its node ids ({@link QuadCounts}, one scan of
     * two indexes instead of decoding every quad's nodes): there it is not run, and {@link #addCounts} writes the same
     * triples. It stays the definition of those figures and is run on other stores.
     */
    static final String COUNTED_BY_STORE = "#@counted-by-store";
    /** The entities' IRI space, as in queries/void/20-counts.rq. */
    private static final String ENTITY_PREFIX = Vocab.ID;

    /** @param queriesDir the project's queries/ folder (queries/void/*.rq) */
    public DatasetDescription(Path queriesDir) { this.queriesDir = queriesDir.resolve("void"); }

    /** Computes the description from the dataset as it is now; {@code endpoint} may be null when unknown. */
    public Model compute(Dataset dataset, String endpoint) {
        return compute(dataset, endpoint, false, false);
    }

    /** As {@link #compute}, but every figure by the queries, on any store (what the counts on a TDB2 store must equal). */
    public Model computeByQueries(Dataset dataset, String endpoint) {
        return compute(dataset, endpoint, false, true);
    }

    /**
     * As above; with {@code endpointOnly}, only what the queries that use {@code ?endpoint} say. On a TDB2 store (unless
     * {@code queryPathOnly}) the figures of the queries marked {@link #COUNTED_BY_STORE} are counted on node ids.
     */
    private Model compute(Dataset dataset, String endpoint, boolean endpointOnly, boolean queryPathOnly) {
        List<String> queries = queryTexts();
        Model out = ModelFactory.createDefaultModel();
        out.setNsPrefix("void", VOID.NS).setNsPrefix("dcat", DCAT.NS).setNsPrefix("dcterms", DCTerms.NS)
                .setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/").setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        Txn.executeRead(dataset, () -> {
            QuadCounts counts = endpointOnly || queryPathOnly ? null : QuadCounts.count(dataset.asDatasetGraph(), GRAPH, ENTITY_PREFIX);
            if (counts != null)
                addCounts(out, counts);
            for (String text : queries) {
                if (counts != null && countedByStore(text))
                    continue;
                ParameterizedSparqlString pss = new ParameterizedSparqlString(text);
                pss.setIri("dataset", Linkset.DATASET);
                pss.setIri("voidGraph", GRAPH.getURI());
                if (endpoint != null)
                    pss.setIri("endpoint", endpoint);
                if (endpointOnly && !usesEndpoint(text))
                    continue;
                try (QueryExecution qe = QueryExecution.dataset(dataset).query(pss.asQuery()).build()) {
                    out.add(qe.execConstruct());
                }
            }
        });
        return out;
    }

    /**
     * {@link PolicyStore#replace} with the description recomputed at the end of the same write transaction:
     * the description always matches what is stored, and a failed or killed load changes neither.
     * @return the number of quads the sources wrote (the description's own not counted)
     */
    public long replaceAndDescribe(PolicyStore store, List<? extends GraphSource> sources, String endpoint) {
        return replaceAndDescribe(store, sources, endpoint, () -> { }, () -> { });
    }

    /** As above, telling when the description is computed (still inside the transaction) and when the transaction committed. */
    public long replaceAndDescribe(PolicyStore store, List<? extends GraphSource> sources, String endpoint, Runnable computed, Runnable committed) {
        Dataset dataset = store.dataset();
        long[] described = {0};
        GraphSource description = new GraphSource() {
            @Override public Node graph() { return GRAPH; }
            @Override public String label() { return "dataset description"; }
            @Override public void emit(StreamRDF out) { emit(out, dataset); }
            @Override public boolean readsStore() { return true; }
            @Override public void emit(StreamRDF out, Dataset written) {
                // runs inside replace's write transaction (or after a bulk load, on what it loaded), so the queries see the sources just written
                Model m = compute(written, endpoint);
                described[0] = m.size();
                StreamRDFOps.sendGraphToStream(m.getGraph(), out);
                computed.run();
            }
        };
        List<GraphSource> all = new ArrayList<>(sources);
        all.add(description);
        return store.replace(all, committed) - described[0];
    }

    /**
     * Only the endpoint changed (up on another port): the triples that name the endpoint are replaced, the rest of
     * the description stays as it is, in one write transaction. Much cheaper than describing the store again.
     */
    public void replaceEndpoint(PolicyStore store, String endpoint) {
        Dataset dataset = store.dataset();
        Node sparqlEndpoint = NodeFactory.createURI(VOID.sparqlEndpoint.getURI());
        Txn.executeWrite(dataset, () -> {
            var dsg = dataset.asDatasetGraph();
            List<String> old = new ArrayList<>();
            dsg.find(GRAPH, Node.ANY, sparqlEndpoint, Node.ANY).forEachRemaining(q -> {
                if (q.getObject().isURI())
                    old.add(q.getObject().getURI());
            });
            for (String e : old)
                compute(dataset, e, true, false).getGraph().find().forEach(t -> dsg.delete(GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
            if (endpoint != null)
                compute(dataset, endpoint, true, false).getGraph().find().forEach(t -> dsg.add(GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
        });
    }

    /** The triples of the queries marked {@link #COUNTED_BY_STORE} (20 to 50), from the store's counts. */
    private static void addCounts(Model out, QuadCounts counts) {
        Graph g = out.getGraph();
        Node dataset = NodeFactory.createURI(Linkset.DATASET);
        g.add(dataset, VOID.triples.asNode(), integer(counts.quads()));
        g.add(dataset, VOID.entities.asNode(), integer(counts.entities()));
        g.add(dataset, VOID.distinctSubjects.asNode(), integer(counts.subjects()));
        g.add(dataset, VOID.distinctObjects.asNode(), integer(counts.objects()));
        g.add(dataset, VOID.classes.asNode(), integer(counts.classes().size()));
        g.add(dataset, VOID.properties.asNode(), integer(counts.properties().size()));
        g.add(dataset, DCTerms.modified.asNode(), NodeValue.makeDateTime(java.util.GregorianCalendar.from(java.time.ZonedDateTime.now())).asNode());
        counts.classes().forEach((c, n) -> {
            if (c.isBlank())
                return; // STR() of a blank node is an error in the query: no partition
            Node part = NodeFactory.createURI(Linkset.DATASET + "/class/" + md5(c));
            g.add(dataset, VOID.classPartition.asNode(), part);
            g.add(part, VOID._class.asNode(), c);
            g.add(part, VOID.entities.asNode(), integer(n));
        });
        counts.properties().forEach((p, n) -> {
            Node part = NodeFactory.createURI(Linkset.DATASET + "/property/" + md5(p));
            g.add(dataset, VOID.propertyPartition.asNode(), part);
            g.add(part, VOID.property.asNode(), p);
            g.add(part, VOID.triples.asNode(), integer(n));
        });
        Set<Node> terms = new HashSet<>(counts.properties().keySet());
        terms.addAll(counts.classes().keySet());
        for (Node t : terms)
            if (t.isURI()) {
                String vocabulary = t.getURI().replaceAll("[^/#]*$", "");
                if (!vocabulary.isEmpty()) // IRI("") would be the query's base
                    g.add(dataset, VOID.vocabulary.asNode(), NodeFactory.createURI(vocabulary));
            }
    }

    private static Node integer(long n) { return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger); }

    /** MD5(STR(?term)) as SPARQL gives it. */
    private static String md5(Node term) {
        String str = term.isURI() ? term.getURI() : term.getLiteralLexicalForm();
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(str.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** True when a line of the query starts with {@link #COUNTED_BY_STORE}. */
    static boolean countedByStore(String queryText) {
        return queryText.lines().anyMatch(l -> l.startsWith(COUNTED_BY_STORE));
    }

    /** True when the query (comments aside) uses the variable ?endpoint. */
    private static boolean usesEndpoint(String queryText) {
        return QueryFactory.create(queryText).toString().contains("?endpoint");
    }

    /** The stored description (empty if never computed). */
    public static Model stored(Dataset dataset) {
        return Txn.calculateRead(dataset, () -> {
            Model m = ModelFactory.createDefaultModel();
            m.add(dataset.getNamedModel(GRAPH.getURI()));
            return m;
        });
    }

    /** A model as a source for {@link PolicyStore#replace}: it replaces {@code graph}. */
    public static GraphSource graphSource(Node graph, Model model, String label) {
        return new GraphSource() {
            @Override public Node graph() { return graph; }
            @Override public String label() { return label; }
            @Override public void emit(StreamRDF out) { StreamRDFOps.sendGraphToStream(model.getGraph(), out); }
        };
    }

    private List<String> queryTexts() {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(queriesDir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".rq")).sorted().toList())
                texts.add(Files.readString(f, StandardCharsets.UTF_8));
        } catch (IOException ex) {
            throw UserError.environment("Cannot read the description queries in " + queriesDir + ": " + ex.getMessage(), ex);
        }
        if (texts.isEmpty())
            throw UserError.environment("No description queries (*.rq) in " + queriesDir);
        return texts;
    }
}
