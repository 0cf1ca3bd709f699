package org.policykg.link;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.*;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.VOID;
import org.policykg.rdf.Vocab;
import org.policykg.store.GraphSource;
import org.policykg.store.PolicyStore;
import org.policykg.error.UserError;

/**
 * The dataset's VoID + DCAT description, computed from the store by the CONSTRUCT queries in
 * queries/void/ (static parts included: they are data, not Java) and kept in its own named graph.
 */
public final class DatasetDescription {
    /** The named graph holding the description; its own triples are left out of the counts. */
    public static final Node GRAPH = NodeFactory.createURI(Vocab.GRAPH + "void");

    private final Path queriesDir;

    /** @param queriesDir the project's queries/ folder (queries/void/*.rq) */
    public DatasetDescription(Path queriesDir) { this.queriesDir = queriesDir.resolve("void"); }

    /** Computes the description from the dataset as it is now; {@code endpoint} may be null when unknown. */
    public Model compute(Dataset dataset, String endpoint) {
        return compute(dataset, endpoint, false);
    }

    /** As above; with {@code endpointOnly}, only what the queries that use {@code ?endpoint} say. */
    private Model compute(Dataset dataset, String endpoint, boolean endpointOnly) {
        List<String> queries = queryTexts();
        Model out = ModelFactory.createDefaultModel();
        out.setNsPrefix("void", VOID.NS).setNsPrefix("dcat", DCAT.NS).setNsPrefix("dcterms", DCTerms.NS)
                .setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/").setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        Txn.executeRead(dataset, () -> {
            for (String text : queries) {
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
                compute(dataset, e, true).getGraph().find().forEach(t -> dsg.delete(GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
            if (endpoint != null)
                compute(dataset, endpoint, true).getGraph().find().forEach(t -> dsg.add(GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
        });
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
