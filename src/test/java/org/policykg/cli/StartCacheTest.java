package org.policykg.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.link.DatasetDescription;
import org.policykg.testing.*;

/**
 * up's start cache: a fresh data folder whose inputs a cached store was made from starts from a copy of it (nothing
 * converted, the same quads, a working text index, the description naming the new endpoint); changed inputs miss.
 */
class StartCacheTest {
    @TempDir Path tmp;

    private int up(Path data, Path cache, Path inputs, int port, String log) throws Exception {
        try (PolicykgProcess up = PolicykgProcess.start(tmp.resolve(log), "up", "--data", data.toString(), "--port", String.valueOf(port),
                "--start-cache", cache.toString(), "--exit-when-ready", inputs.toString())) {
            int rc = up.awaitExit(180);
            outputs.add(up.output());
            return rc;
        }
    }

    private int up(List<String> jvm, Path data, Path cache, Path inputs, int port, String log) throws Exception {
        try (PolicykgProcess up = PolicykgProcess.start(jvm, tmp.resolve(log), "up", "--data", data.toString(), "--port", String.valueOf(port),
                "--start-cache", cache.toString(), "--exit-when-ready", inputs.toString())) {
            int rc = up.awaitExit(180);
            outputs.add(up.output());
            return rc;
        }
    }

    private final List<String> outputs = new java.util.ArrayList<>();

    /** The store as a dataset (exported through the real command); without the description unless asked. */
    private DatasetGraph store(Path data, boolean withDescription) {
        Path nq = tmp.resolve(data.getFileName() + ".nq");
        Cli export = Cli.run("export", "--data", data.toString(), "--format", "nq", "-o", nq.toString());
        assertEquals(0, export.exitCode(), export::toString);
        DatasetGraph dsg = RDFDataMgr.loadDatasetGraph(nq.toString());
        if (!withDescription)
            dsg.removeGraph(DatasetDescription.GRAPH);
        return dsg;
    }

    private static long entries(Path cache) throws Exception {
        try (Stream<Path> s = Files.list(cache)) {
            return s.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().contains(".tmp-")).count();
        }
    }

    @Test
    void aFreshDataFolderWithNewInputsStartsFromTheOntologyStoreAndLoadsOnlyTheTexts() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("inputs"));
        for (String f : List.of("seeds/xinhua-qiushi-social-security.txt", "seeds/xinhua-qiushi-social-security.meta.json"))
            Files.copy(Project.file(f), in.resolve(Path.of(f).getFileName()));
        List<String> jvm = List.of("-Dpolicykg.ontologyStore=" + tmp.resolve("ontology-store"));

        assertEquals(0, up(jvm, tmp.resolve("d1"), tmp.resolve("cache1"), in, Http.freePort(), "up1.log"), outputs.get(0));
        assertFalse(outputs.get(0).contains("Ontology store:"), outputs.get(0));
        assertTrue(outputs.get(0).contains("Inputs: 0 unchanged, 1 converted, 6 loaded, 0 removed"), outputs.get(0));
        assertEquals(1, entries(tmp.resolve("ontology-store")), "the ontology's graphs were saved");

        // another empty start cache: no copy of these inputs, so the ontology's graphs are copied and the text converted
        assertEquals(0, up(jvm, tmp.resolve("d2"), tmp.resolve("cache2"), in, Http.freePort(), "up2.log"), outputs.get(1));
        assertFalse(outputs.get(1).contains("Start cache:"), outputs.get(1));
        assertTrue(outputs.get(1).contains("Ontology store: the graphs of ontology/ copied from"), outputs.get(1));
        assertTrue(outputs.get(1).contains("Inputs: 6 unchanged, 1 converted, 0 loaded, 0 removed"), outputs.get(1));
        DatasetGraph first = store(tmp.resolve("d1"), false), second = store(tmp.resolve("d2"), false);
        assertEquals(Iter.count(first.find()), Iter.count(second.find()));
        for (org.apache.jena.graph.Node g : Iter.toList(first.listGraphNodes()))
            assertTrue(first.getGraph(g).isIsomorphicWith(second.getGraph(g)), "the same graph " + g);
        String labels = "?s <http://jena.apache.org/text#query> (<http://www.w3.org/2004/02/skos/core#prefLabel> \"pension\")";
        long hits = Cli.count(tmp.resolve("d1").toString(), labels);
        assertTrue(hits > 0);
        assertEquals(hits, Cli.count(tmp.resolve("d2").toString(), labels), "the ontology's labels are in the copied text index");

        // a first load that fails leaves nothing loaded, not even the copied ontology (nor its text-index entries)
        Path bad = Files.createDirectories(tmp.resolve("bad"));
        Files.writeString(bad.resolve("report.meta.json"), "{\"title\": \"A report\", \"reportedAuthor\": \"Xi_Jinping\", \"reportedVenue\": \"Qiushi\"}");
        Files.writeString(bad.resolve("report.txt"), "The State Council stressed that it is necessary to raise the statutory retirement age.\n");
        assertEquals(ExitCode.INVALID, up(jvm, tmp.resolve("d3"), tmp.resolve("cache3"), bad, Http.freePort(), "up3.log"), outputs.get(2));
        assertTrue(outputs.get(2).contains("Ontology store: the graphs of ontology/ copied from"), outputs.get(2));
        assertEquals(0, Cli.count(tmp.resolve("d3").toString(), "GRAPH ?g { ?s ?p ?o }"), "nothing was loaded, not even the ontology");
        assertEquals(0, Cli.count(tmp.resolve("d3").toString(), labels), "no text-index entries are left");
    }

    @Test
    void aFreshDataFolderWithTheSameInputsStartsFromTheCopy() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("inputs"));
        for (String f : List.of("seeds/xinhua-qiushi-social-security.txt", "seeds/xinhua-qiushi-social-security.meta.json"))
            Files.copy(Project.file(f), in.resolve(Path.of(f).getFileName()));
        Path cache = tmp.resolve("cache");
        int port1 = Http.freePort(), port2 = Http.freePort();

        assertEquals(0, up(tmp.resolve("d1"), cache, in, port1, "up1.log"), outputs.get(0));
        assertTrue(outputs.get(0).contains("1 converted"), outputs.get(0));
        assertFalse(outputs.get(0).contains("Start cache:"), outputs.get(0));
        assertEquals(1, entries(cache), "the fresh load was saved");

        assertEquals(0, up(tmp.resolve("d2"), cache, in, port2, "up2.log"), outputs.get(1));
        assertTrue(outputs.get(1).contains("Start cache: a store of exactly these inputs copied from"), outputs.get(1));
        assertTrue(outputs.get(1).contains("Inputs: 7 unchanged, 0 converted, 0 loaded, 0 removed"), outputs.get(1));

        // the same store, the description aside (it names each run's endpoint); blank nodes compared by isomorphism
        DatasetGraph first = store(tmp.resolve("d1"), false), copied = store(tmp.resolve("d2"), false);
        assertTrue(Iter.count(first.find()) > 5000, "quads: " + Iter.count(first.find()));
        assertEquals(Iter.count(first.find()), Iter.count(copied.find()));
        List<org.apache.jena.graph.Node> graphs = Iter.toList(first.listGraphNodes());
        assertEquals(new java.util.HashSet<>(graphs), new java.util.HashSet<>(Iter.toList(copied.listGraphNodes())));
        for (org.apache.jena.graph.Node g : graphs)
            assertTrue(first.getGraph(g).isIsomorphicWith(copied.getGraph(g)), "the copied store holds what the first up loaded in " + g);
        String endpointOf = "SELECT ?e WHERE { GRAPH <" + DatasetDescription.GRAPH.getURI() + "> { ?d <http://rdfs.org/ns/void#sparqlEndpoint> ?e } }";
        Cli described = Cli.run("query", "--data", tmp.resolve("d2").toString(), "--format", "csv", endpointOf);
        assertEquals(List.of("e", "http://localhost:" + port2 + "/policy/sparql"), described.out().lines().map(String::strip).toList(), described::toString);
        long firstDescription = Iter.count(store(tmp.resolve("d1"), true).find()) - Iter.count(first.find());
        long copiedDescription = Iter.count(store(tmp.resolve("d2"), true).find()) - Iter.count(copied.find());
        assertTrue(firstDescription > 100);
        assertEquals(firstDescription, copiedDescription, "the description has as many triples, one endpoint for another");
        // the text index came along
        String search = "?s <http://jena.apache.org/text#query> (<http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf> \"retirement\")";
        long hits = Cli.count(tmp.resolve("d1").toString(), search);
        assertTrue(hits > 0);
        assertEquals(hits, Cli.count(tmp.resolve("d2").toString(), search));

        // a changed text is another key: converted again, and saved beside the first copy
        Files.writeString(in.resolve("xinhua-qiushi-social-security.txt"), "\nThe pension reform must be deepened.\n", java.nio.file.StandardOpenOption.APPEND);
        assertEquals(0, up(tmp.resolve("d3"), cache, in, Http.freePort(), "up3.log"), outputs.get(2));
        assertFalse(outputs.get(2).contains("Start cache:"), outputs.get(2));
        assertTrue(outputs.get(2).contains("1 converted"), outputs.get(2));
        assertEquals(2, entries(cache));
    }
}
