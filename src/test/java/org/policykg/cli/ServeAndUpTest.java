package org.policykg.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.testing.*;

/** serve and up as the user runs them: a JVM of their own, a real port, real HTTP. */
class ServeAndUpTest {
    @TempDir Path tmp;

    @Test
    void upLoadsTheInputsAndServesThem() throws Exception {
        Path inputs = Files.createDirectories(tmp.resolve("inputs"));
        Files.copy(Project.testResource("rdf/labels.ttl"), inputs.resolve("labels.ttl"));
        int port = Http.freePort();
        try (PolicykgProcess up = PolicykgProcess.start(tmp.resolve("up.log"), "up", "--data", tmp.resolve("data").toString(),
                "--port", String.valueOf(port), inputs.toString())) {
            up.awaitLine("Ready.", 120);
            assertTrue(up.output().contains("SPARQL endpoint: http://localhost:" + port + "/policy/sparql"), up.output());
            assertTrue(up.output().contains("Web UI:"), up.output());
            HttpResponse<String> r = Http.query("http://localhost:" + port + "/policy/sparql",
                    "SELECT ?s WHERE { ?s <http://www.w3.org/2004/02/skos/core#prefLabel> \"social assistance\"@en }", "text/csv");
            assertEquals(200, r.statusCode());
            assertTrue(r.body().contains("http://example.org/test/assistance"), r.body());
            // the ontology files are served too, each in a graph of its own
            HttpResponse<String> g = Http.query("http://localhost:" + port + "/policy/sparql",
                    "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(CONTAINS(STR(?g), '/ontology/')) }", "text/csv");
            long ontologyGraphs = Long.parseLong(g.body().lines().skip(1).findFirst().orElseThrow().strip());
            long ontologyFiles;
            try (var files = Files.list(Project.file("ontology"))) {
                ontologyFiles = files.filter(p -> p.toString().endsWith(".ttl")).count();
            }
            assertEquals(ontologyFiles, ontologyGraphs);
            int rc = up.terminate();
            assertEquals(143, rc, "SIGTERM ends the JVM the conventional way (128 + 15)");
            assertTrue(up.output().contains("Stopped."), "the shutdown hook stopped the server: " + up.output());
        }
    }

    @Test
    void aBusyPortIsOneClearLine() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 50, java.net.InetAddress.getByName("127.0.0.1"))) {
            Cli r = Cli.run("serve", "--data", tmp.resolve("data").toString(), "--port", String.valueOf(busy.getLocalPort()));
            assertEquals(ExitCode.ENVIRONMENT, r.exitCode(), r::toString);
            assertTrue(r.err().contains("already in use"), r::toString);
            assertEquals(1, r.err().strip().lines().count(), r::toString);
        }
    }

    @Test
    void aStoreInUseByAnotherProcessSaysWhatToDo() throws Exception {
        Path data = tmp.resolve("data");
        int port = Http.freePort();
        try (PolicykgProcess serve = PolicykgProcess.start(tmp.resolve("serve.log"), "serve", "--data", data.toString(), "--port", String.valueOf(port))) {
            serve.awaitLine("Ready.", 120);
            Cli r = Cli.run("load", "--data", data.toString(), Project.testResource("rdf/labels.ttl").toString());
            assertEquals(ExitCode.ENVIRONMENT, r.exitCode(), r::toString);
            assertTrue(r.err().contains("in use by another process"), r::toString);
            assertTrue(r.err().contains("Stop that process"), r::toString);
        }
    }
}
