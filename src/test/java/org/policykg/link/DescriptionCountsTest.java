package org.policykg.link;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.store.PolicyStore;
import org.policykg.store.QuadCounts;
import org.policykg.store.RdfFileSource;
import org.policykg.store.StoreConfig;
import org.policykg.testing.Project;

/**
 * On a TDB2 store the description's counts are taken on node ids ({@link QuadCounts}); they must give exactly the
 * triples the queries in queries/void/ give, on a real store with several graphs, its own description among them, and
 * after graphs were replaced and removed.
 */
class DescriptionCountsTest {
    private static final String ENDPOINT = "http://127.0.0.1:3030/policy/sparql";
    @TempDir Path tmp;

    /** What a hand-made graph adds to the project's link fixtures: triples and types in two graphs, blank nodes, numbers, a literal "class". */
    private static final String EXTRA = """
            @prefix sspo: <https://w3id.org/sspo#> .
            @prefix ex:   <http://example.org/vocab/> .
            @prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
            <https://w3id.org/sspo/id/document/test-article> a sspo:PolicyDocument ; ex:pages 12 , "12" , 12.0 , "012"^^xsd:integer .
            <https://w3id.org/sspo/id/actor/x> a ex:Thing , sspo:Actor ; ex:knows [ a ex:Thing ; ex:age 40 ] .
            <http://example.org/other> a ex:Thing ; ex:says "text"@en , "text" .
            [] ex:about <https://w3id.org/sspo/id/actor/x> .
            <urn:x:y> a "literal class" ; ex:pages 12 .
            """;

    @Test
    void countsOnTheStoreEqualTheQueries() throws Exception {
        Path extra = write("extra.ttl", EXTRA);
        Path twin = write("twin.ttl", EXTRA.replace("ex:Thing", "ex:Other"));
        List<Path> files = new ArrayList<>(List.of(Project.testResource("link/ours.ttl"), Project.testResource("link/thesaurus.ttl"),
                Project.testResource("link/document.ttl"), extra, twin));
        DatasetDescription description = new DatasetDescription(Project.file("queries"));
        String minBytes = System.getProperty("policykg.bulkLoadMinBytes");
        try (PolicyStore store = PolicyStore.open(StoreConfig.read(Project.file("fuseki-config.ttl"), tmp.resolve("data")))) {
            // a first load into an empty store, small as it is, through the bulk path (the description on the staged store)
            System.setProperty("policykg.bulkLoadMinBytes", "1");
            description.replaceAndDescribe(store, files.stream().map(RdfFileSource::of).toList(), ENDPOINT);
            restore(minBytes);
            assertNotNull(Txn.calculateRead(store.dataset(), () -> QuadCounts.count(store.dataset().asDatasetGraph(), DatasetDescription.GRAPH, "x")),
                    "a TDB2 store is counted on its node ids");
            assertSameDescription(store.dataset(), description, "after a bulk load");

            // again in one transaction: the stored description is now a graph of the store, to be left out
            description.replaceAndDescribe(store, List.of(RdfFileSource.of(extra)), ENDPOINT);
            assertSameDescription(store.dataset(), description, "with the description stored");

            // one graph replaced by a smaller one, one removed (an empty source clears its graph)
            Files.writeString(extra, EXTRA.lines().limit(5).reduce("", (a, b) -> a + b + "\n"));
            description.replaceAndDescribe(store, List.of(RdfFileSource.of(extra),
                    DatasetDescription.graphSource(RdfFileSource.graphFor(Project.testResource("link/thesaurus.ttl")),
                            ModelFactory.createDefaultModel(), "removed")), ENDPOINT);
            assertSameDescription(store.dataset(), description, "after a replacement and a removal");
            Model stored = DatasetDescription.stored(store.dataset());
            assertTrue(stored.listObjectsOfProperty(VOID.classPartition).toList().size() >= 5, "a description with partitions");

            // an in-memory copy takes the query path and describes the same data the same way
            Dataset memory = DatasetFactory.createTxnMem();
            Txn.executeRead(store.dataset(), () -> Txn.executeWrite(memory, () ->
                    store.dataset().asDatasetGraph().find().forEachRemaining(memory.asDatasetGraph()::add)));
            assertNull(Txn.calculateRead(memory, () -> QuadCounts.count(memory.asDatasetGraph(), DatasetDescription.GRAPH, "x")));
            assertIsomorphic(withoutModified(description.compute(store.dataset(), ENDPOINT)),
                    withoutModified(description.compute(memory, ENDPOINT)), "in memory");
        } finally {
            restore(minBytes);
        }
    }

    private void assertSameDescription(Dataset dataset, DatasetDescription description, String when) {
        Model stored = withoutModified(DatasetDescription.stored(dataset));
        Model byQueries = withoutModified(description.computeByQueries(dataset, ENDPOINT));
        assertIsomorphic(byQueries, stored, when + " (stored)");
        assertIsomorphic(byQueries, withoutModified(description.compute(dataset, ENDPOINT)), when);
        assertTrue(DatasetDescription.stored(dataset).contains(null, DCTerms.modified), when);
    }

    private static void assertIsomorphic(Model expected, Model actual, String when) {
        if (!expected.isIsomorphicWith(actual))
            fail(when + ": missing " + dump(expected.difference(actual)) + "\nextra " + dump(actual.difference(expected)));
    }

    private static String dump(Model m) {
        var out = new java.io.StringWriter();
        RDFDataMgr.write(out, m, RDFFormat.NTRIPLES);
        return out.toString();
    }

    private static Model withoutModified(Model m) {
        Model copy = ModelFactory.createDefaultModel().add(m);
        copy.removeAll(null, DCTerms.modified, null);
        return copy;
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(tmp.resolve(name), text);
    }

    private static void restore(String minBytes) {
        if (minBytes == null)
            System.clearProperty("policykg.bulkLoadMinBytes");
        else
            System.setProperty("policykg.bulkLoadMinBytes", minBytes);
    }
}
