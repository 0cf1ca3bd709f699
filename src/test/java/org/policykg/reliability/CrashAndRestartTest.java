package org.policykg.reliability;

import static org.junit.jupiter.api.Assertions.*;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.cli.ExitCode;
import org.policykg.testing.*;

/** Damage done for real: a load killed with SIGKILL, a server stopped with SIGTERM. Nothing committed is lost, nothing half-written stays. */
class CrashAndRestartTest {
    @TempDir Path tmp;

    private String data() { return tmp.resolve("store").toString(); }

    private long count(String where) {
        return Cli.count(data(), where);
    }

    private record State(long quads, long hits, long bigHits) {}

    private State state() {
        return new State(count("GRAPH ?g { ?s ?p ?o } FILTER(?g != <https://w3id.org/sspo/id/graph/void>)"), // the dataset description left aside
                count("?s <http://jena.apache.org/text#query> \"social OR pension\""),
                count("?s <http://jena.apache.org/text#query> \"crashlabel\""));
    }

    private Path bigFile(int triples) throws Exception {
        Path big = tmp.resolve("big.nt");
        try (BufferedWriter w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            for (int i = 0; i < triples; i++)
                w.write("<http://example.org/big/s" + i + "> <http://www.w3.org/2000/01/rdf-schema#label> \"crashlabel " + i + " pension\"@en .\n");
        }
        return big;
    }

    @Test
    void aLoadKilledAtAnyPointLeavesTheStoreAsItWas() throws Exception {
        assertEquals(0, Cli.run("load", "--data", data(), Project.testResource("rdf/labels.ttl").toString()).exitCode());
        State before = state();
        Path big = bigFile(150_000);
        for (long delayMs : List.of(1_000L, 2_000L, 3_500L)) {
            PolicykgProcess load = PolicykgProcess.start(tmp.resolve("load.log"), "load", "--data", data(), big.toString());
            Thread.sleep(delayMs);
            assertTrue(load.process().isAlive(), "the load must still be running to be killed mid-way; output:\n" + load.output());
            load.process().destroyForcibly(); // SIGKILL
            assertTrue(load.process().waitFor(30, TimeUnit.SECONDS));
            assertEquals(before, state(), "after a SIGKILL at " + delayMs + " ms the store opens and holds exactly what it held before");
        }
        // and the store is still usable
        Cli small = Cli.run("load", "--data", data(), "--graph", "http://example.org/after", Project.testResource("rdf/labels.ttl").toString());
        assertEquals(ExitCode.OK, small.exitCode(), small::toString);
        assertEquals(before.quads() * 2, state().quads());
    }

    @Test
    void aCommittedWriteSurvivesSigtermAndTheServerStartsAgain() throws Exception {
        Path config = tmp.resolve("fuseki-config.ttl");
        Files.copy(Project.file("fuseki-config.ttl"), config);
        Files.writeString(config.resolveSibling("passwd"), "admin: s3cret\n");
        int port = Http.freePort();
        String endpoint = "http://localhost:" + port + "/policy";
        try (PolicykgProcess serve = PolicykgProcess.start(tmp.resolve("serve.log"), "serve", "--data", data(), "--config", config.toString(),
                "--port", String.valueOf(port))) {
            serve.awaitLine("Ready.", 120);
            String update = "update=" + Http.enc("INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/kept> <http://www.w3.org/2000/01/rdf-schema#label> \"committed before shutdown\" } }");
            assertEquals(200, Http.postForm(endpoint + "/update", update, "admin:s3cret").statusCode());
            serve.terminate();
            assertTrue(serve.output().contains("Stopped."), serve.output());
        }
        try (PolicykgProcess again = PolicykgProcess.start(tmp.resolve("serve2.log"), "serve", "--data", data(), "--config", config.toString(),
                "--port", String.valueOf(port))) {
            again.awaitLine("Ready.", 120);
            var r = Http.query(endpoint + "/sparql", "PREFIX text: <http://jena.apache.org/text#> SELECT ?s { ?s text:query \"shutdown\" }", "text/csv");
            assertTrue(r.body().contains("http://example.org/kept"), "the write and its index entry survived: " + r.body());
        }
    }
}
