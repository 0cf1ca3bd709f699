package org.policykg.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.store.PolicyStore;
import org.policykg.store.StoreConfig;
import org.policykg.testing.Http;
import org.policykg.testing.PolicykgProcess;
import org.policykg.testing.Project;

/** The corpus kept live: up skips what has not changed, and up --watch applies changes while it serves (real processes, real HTTP). */
class LiveCorpusTest {
    private static final String TEXT = "The State Council stressed that it is necessary to improve the multi-level social security system "
            + "and to steadily raise the statutory retirement age.\n";
    private static final String DOC = "https://w3id.org/sspo/id/doc/";
    @TempDir Path tmp;

    @Test
    void aSecondUpOverUnchangedInputsConvertsNothingAndLeavesTheStoreIdentical() throws Exception {
        Path inputs = Files.createDirectories(tmp.resolve("inputs"));
        Files.copy(Project.testResource("rdf/labels.ttl"), inputs.resolve("labels.ttl"));
        Files.writeString(inputs.resolve("council.txt"), TEXT);
        Path data = tmp.resolve("data");
        int port = Http.freePort(); // the same port each time, as a user reruns it: the description names the endpoint
        String first = up(data, port, inputs, "up1.log");
        assertTrue(first.contains(" 1 converted, "), first);
        List<String> before = dump(data);

        String second = up(data, port, inputs, "up2.log");
        assertTrue(second.contains("Inputs: " + (ontologyFiles() + 2) + " unchanged, 0 converted, 0 loaded, 0 removed; 0 triples written"), second);
        List<String> after = dump(data);
        assertTrue(before.equals(after), () -> "the store (every quad, the record and the description included) is as it was; differs in "
                + after.stream().filter(q -> !before.contains(q)).limit(5).toList());

        // the same check sees a change: the text edited is converted again, and only it
        Files.writeString(inputs.resolve("council.txt"), TEXT.replace("State Council", "Ministry of Finance"));
        String third = up(data, port, inputs, "up3.log");
        assertTrue(third.contains("Inputs: " + (ontologyFiles() + 1) + " unchanged, 1 converted, 0 loaded, 0 removed"), third);
        assertFalse(before.equals(dump(data)));
    }

    @Test
    void watchAppliesAddsEditsAndDeletesWhileAReaderSeesWholeGraphsOnly() throws Exception {
        Path inputs = Files.createDirectories(tmp.resolve("inputs"));
        Path changing = inputs.resolve("changing.ttl");
        Files.writeString(changing, triples("alpha", 40));
        int port = Http.freePort();
        String sparql = "http://localhost:" + port + "/policy/sparql";
        try (PolicykgProcess up = PolicykgProcess.start(tmp.resolve("watch.log"), "up", "--watch", "--data", tmp.resolve("data").toString(),
                "--port", String.valueOf(port), inputs.toString())) {
            up.awaitLine("Watching", 180);
            List<String> seen = new CopyOnWriteArrayList<>();
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger reads = new AtomicInteger();
            Thread reader = new Thread(() -> {
                while (!stop.get()) {
                    var r = Http.query(sparql, "SELECT (COUNT(?o) AS ?n) (SUM(IF(STR(?o) = \"alpha\", 1, 0)) AS ?a) "
                            + "WHERE { ?s <http://example.org/test/p> ?o }", "text/csv");
                    String row = r.statusCode() + " " + r.body().lines().skip(1).findFirst().orElse("").strip();
                    if (!row.equals("200 40,40") && !row.equals("200 70,0") && !row.equals("200 0,0"))
                        seen.add(row);
                    reads.incrementAndGet();
                }
            }, "reader");
            reader.start();
            try {
                // add a text
                Files.writeString(inputs.resolve("added.txt"), TEXT);
                awaitTrue(() -> ask(sparql, "ASK { <" + DOC + "added> a <https://w3id.org/sspo#PolicyDocument> }"), up, "the added text is served");
                // edit the RDF file: 40 "alpha" triples become 70 "beta" ones
                Files.writeString(changing, triples("beta", 70));
                awaitTrue(() -> ask(sparql, "ASK { ?s <http://example.org/test/p> \"beta\" }"), up, "the edited file is served");
                // delete the text
                Files.delete(inputs.resolve("added.txt"));
                awaitTrue(() -> !ask(sparql, "ASK { GRAPH ?g { <" + DOC + "added> ?p ?o } }"), up, "the deleted text's graph is gone");
            } finally {
                stop.set(true);
                reader.join(70_000);
            }
            assertTrue(reads.get() > 3, "the reader ran throughout: " + reads.get());
            assertEquals(List.of(), seen, "every read saw the whole old graph or the whole new one");
            // the description follows: its triple count is the store's, the description left out
            awaitTrue(() -> ask(sparql, "PREFIX void: <http://rdfs.org/ns/void#> ASK { GRAPH <https://w3id.org/sspo/id/graph/void> { ?d void:triples ?n } "
                    + "{ SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?g != <https://w3id.org/sspo/id/graph/void>) } } }"), up, "the description counts what is stored");
            // the report is printed after the commit that readers already see, so wait for it rather than race it
            up.awaitLine("Removed the graph of an input that no longer exists: https://w3id.org/sspo/id/graph/doc/added", 60);
            assertTrue(up.output().contains("Changed inputs: "), up.output());
            up.terminate();
        }
    }

    private static String triples(String value, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++)
            sb.append("<http://example.org/test/s").append(i).append("> <http://example.org/test/p> \"").append(value).append("\" .\n");
        return sb.toString();
    }

    private static boolean ask(String sparql, String query) {
        var r = Http.query(sparql, query, "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        return r.body().contains("true");
    }

    /** A bounded poll: the change must show within a minute (the 2-s figure is measured by bench, not asserted). */
    private static void awaitTrue(BooleanSupplier condition, PolicykgProcess up, String what) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean())
                return;
            Thread.sleep(100);
        }
        fail(what + ": not within 60 s\n" + up.output());
    }

    private String up(Path data, int port, Path inputs, String log) throws Exception {
        try (PolicykgProcess up = PolicykgProcess.start(tmp.resolve(log), "up", "--data", data.toString(), "--port", String.valueOf(port), inputs.toString())) {
            up.awaitLine("Ready.", 180);
            up.terminate();
            return up.output();
        }
    }

    private static long ontologyFiles() throws Exception {
        try (var files = Files.list(Project.file("ontology"))) {
            // the RDF files up loads (not the phrase-role model's table)
            return files.filter(org.policykg.store.RdfFileSource::isRdf).count();
        }
    }

    /** Every quad of the store as text, sorted. */
    private static List<String> dump(Path data) {
        try (PolicyStore store = PolicyStore.open(StoreConfig.read(Project.file("fuseki-config.ttl"), data))) {
            return Txn.calculateRead(store.dataset(), () -> {
                List<String> quads = new ArrayList<>();
                store.dataset().asDatasetGraph().find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> quads.add(q.toString()));
                quads.sort(null);
                return quads;
            });
        }
    }
}
