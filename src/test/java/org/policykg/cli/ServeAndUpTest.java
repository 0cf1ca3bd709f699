package org.policykg.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
            // a fresh store's description is written after the first answer is possible, before up says where it listens
            HttpResponse<String> d = Http.query("http://localhost:" + port + "/policy/sparql",
                    "SELECT ?n WHERE { GRAPH <" + org.policykg.link.DatasetDescription.GRAPH.getURI() + "> { ?d <http://rdfs.org/ns/void#triples> ?n ;"
                            + " <http://rdfs.org/ns/void#sparqlEndpoint> <http://localhost:" + port + "/policy/sparql> } }", "text/csv");
            long described = d.body().lines().skip(1).mapToLong(l -> Long.parseLong(l.strip())).max().orElse(0);
            long stored = Long.parseLong(Http.query("http://localhost:" + port + "/policy/sparql",
                    "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?g != <" + org.policykg.link.DatasetDescription.GRAPH.getURI() + ">) }",
                    "text/csv").body().lines().skip(1).findFirst().orElseThrow().strip());
            assertEquals(stored, described, "the description counts what was loaded: " + d.body());
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
    @Test
    void withoutAPasswordFileUpRefusesEveryAnonymousWriteOverHttpAndHttps() throws Exception {
        Path config = tmp.resolve("conf").resolve("fuseki-config.ttl");
        Files.createDirectories(config.getParent());
        Files.copy(Project.file("fuseki-config.ttl"), config); // no passwd beside it
        Path keystore = SelfSignedKeystore.create(tmp);
        Path ksPassword = tmp.resolve("keystore-password");
        Files.writeString(ksPassword, SelfSignedKeystore.PASSWORD + "\n");
        Path inputs = Files.createDirectories(tmp.resolve("inputs"));
        Files.copy(Project.testResource("rdf/labels.ttl"), inputs.resolve("labels.ttl"));
        int port = Http.freePort();
        int httpsPort = Http.freePort();
        try (PolicykgProcess up = PolicykgProcess.start(tmp.resolve("up.log"), "up", "--data", tmp.resolve("data").toString(),
                "--config", config.toString(), "--port", String.valueOf(port), "--https", keystore.toString(),
                "--https-password-file", ksPassword.toString(), "--https-port", String.valueOf(httpsPort), inputs.toString())) {
            up.awaitLine("Ready.", 120);
            assertTrue(up.output().contains("Writes:          closed"), up.output());
            assertTrue(up.output().contains("HTTPS:           https://localhost:" + httpsPort + "/policy/sparql"), up.output());
            String base = "http://localhost:" + port + "/policy";
            String graph = "?graph=" + Http.enc("http://example.org/anonymous");
            String turtle = "<http://example.org/x> <http://example.org/p> \"anonymous\" .";
            List<HttpResponse<String>> attempts = List.of(
                    Http.postForm(base + "/update", "update=" + Http.enc("INSERT DATA { <http://example.org/x> <http://example.org/p> \"anonymous\" }"), null),
                    Http.postForm(base + "/update", "update=" + Http.enc("CLEAR ALL"), "admin:guess"),
                    Http.put(base + "/data" + graph, "text/turtle", turtle, null),
                    Http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/data" + graph)).header("Content-Type", "text/turtle")
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(turtle))),
                    Http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/data?default")).DELETE()),
                    SelfSignedKeystore.trustingClient(keystore).send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create("https://localhost:" + httpsPort + "/policy/data" + graph)).header("Content-Type", "text/turtle")
                            .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(turtle)).build(), HttpResponse.BodyHandlers.ofString()));
            for (HttpResponse<String> r : attempts)
                assertTrue(r.statusCode() == 401 || r.statusCode() == 403, r.request().method() + " " + r.uri() + " answered " + r.statusCode());
            HttpResponse<String> ask = Http.query(base + "/sparql", "ASK { ?s ?p \"anonymous\" }", "application/sparql-results+json");
            assertTrue(ask.body().contains("false"), ask.body());
            HttpResponse<String> still = Http.query(base + "/sparql", "ASK { ?s ?p \"social assistance\"@en }", "application/sparql-results+json");
            assertTrue(still.body().contains("true"), "nothing was deleted: " + still.body());
        }
    }

    @Test
    void upRemovesTheGraphsOfInputsThatNoLongerExist() throws Exception {
        Path inputs = Files.createDirectories(tmp.resolve("inputs"));
        Files.copy(Project.testResource("rdf/labels.ttl"), inputs.resolve("labels.ttl"));
        Path gone = inputs.resolve("to-be-deleted.ttl");
        Files.writeString(gone, "<http://example.org/gone> <http://www.w3.org/2000/01/rdf-schema#label> \"soon deleted\"@en .\n");
        String data = tmp.resolve("data").toString();
        int port = Http.freePort();
        String sparql = "http://localhost:" + port + "/policy/sparql";
        String ask = "PREFIX text: <http://jena.apache.org/text#> ASK { ?s text:query \"deleted\" ; ?p \"soon deleted\"@en }";
        try (PolicykgProcess up = PolicykgProcess.start(tmp.resolve("up1.log"), "up", "--data", data, "--port", String.valueOf(port), inputs.toString())) {
            up.awaitLine("Ready.", 120);
            assertTrue(Http.query(sparql, ask, "application/sparql-results+json").body().contains("true"));
            up.terminate();
        }
        Files.delete(gone);
        try (PolicykgProcess up = PolicykgProcess.start(tmp.resolve("up2.log"), "up", "--data", data, "--port", String.valueOf(port), inputs.toString())) {
            up.awaitLine("Ready.", 120);
            assertTrue(up.output().contains("Removed the graph of an input that no longer exists: https://w3id.org/sspo/id/graph/file/"), up.output());
            assertTrue(up.output().contains("to-be-deleted.ttl"), up.output());
            assertTrue(Http.query(sparql, ask, "application/sparql-results+json").body().contains("false"), "graph and text-index entry gone");
            assertTrue(Http.query(sparql, "ASK { ?s ?p \"social assistance\"@en }", "application/sparql-results+json").body().contains("true"),
                    "the input that still exists stays");
            up.terminate();
        }
    }
}
