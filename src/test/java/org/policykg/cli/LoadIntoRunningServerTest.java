package org.policykg.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.testing.Cli;
import org.policykg.testing.Http;
import org.policykg.testing.PolicykgProcess;
import org.policykg.testing.Project;

/** load --endpoint and convert --to: texts and graphs into a running up, over the Graph Store Protocol, only with credentials. */
class LoadIntoRunningServerTest {
    @TempDir Path tmp;

    @Test
    void withCredentialsGraphsGoInAndAreIndexedWithoutThemNothingChanges() throws Exception {
        Path config = Project.configWithWriter(Files.createDirectories(tmp.resolve("conf")));
        Path password = tmp.resolve("admin-password");
        Files.writeString(password, "s3cret\n");
        Path wrong = tmp.resolve("wrong-password");
        Files.writeString(wrong, "guess\n");
        Path inputs = Files.createDirectories(tmp.resolve("inputs"));
        Files.copy(Project.testResource("rdf/labels.ttl"), inputs.resolve("labels.ttl"));
        Path text = tmp.resolve("new-report.txt");
        Files.writeString(text, "The ministry stressed that it is necessary to speed up the national pooling of basic old-age insurance.\n");
        Path rdf = tmp.resolve("extra.ttl");
        Files.writeString(rdf, "<http://example.org/extra> <http://www.w3.org/2000/01/rdf-schema#label> \"unmistakable wording\"@en .\n");
        int port = Http.freePort();
        String data = "http://localhost:" + port + "/policy/data";
        String sparql = "http://localhost:" + port + "/policy/sparql";
        try (PolicykgProcess up = PolicykgProcess.start(tmp.resolve("up.log"), "up", "--config", config.toString(),
                "--data", tmp.resolve("data").toString(), "--port", String.valueOf(port), inputs.toString())) {
            up.awaitLine("Ready.", 180);

            // without credentials, or with wrong ones: refused, one line, nothing stored
            Cli anonymous = Cli.run("load", "--endpoint", data, rdf.toString());
            assertEquals(ExitCode.INPUT, anonymous.exitCode(), anonymous::toString);
            assertTrue(anonymous.err().contains("HTTP 401"), anonymous::toString);
            assertEquals(1, anonymous.err().strip().lines().count(), anonymous::toString);
            Cli guessed = Cli.run("convert", "--to", data, "--user", "admin", "--password-file", wrong.toString(), text.toString());
            assertEquals(ExitCode.INPUT, guessed.exitCode(), guessed::toString);
            assertFalse(ask(sparql, "ASK { ?s ?p \"unmistakable wording\"@en }"));
            assertFalse(ask(sparql, "ASK { <https://w3id.org/sspo/id/doc/new-report> ?p ?o }"));

            // with them: a converted text and an RDF file go in, each into its graph, and the text index follows
            Cli converted = Cli.run("convert", "--to", data, "--user", "admin", "--password-file", password.toString(), text.toString());
            assertEquals(ExitCode.OK, converted.exitCode(), converted::toString);
            assertTrue(converted.out().contains("PUT <https://w3id.org/sspo/id/graph/doc/new-report>"), converted::toString);
            Cli loaded = Cli.run("load", "--endpoint", data, "--user", "admin", "--password-file", password.toString(), rdf.toString());
            assertEquals(ExitCode.OK, loaded.exitCode(), loaded::toString);
            assertTrue(ask(sparql, "ASK { GRAPH <https://w3id.org/sspo/id/graph/doc/new-report> { <https://w3id.org/sspo/id/doc/new-report> a <https://w3id.org/sspo#PolicyDocument> } }"));
            assertTrue(ask(sparql, "PREFIX text: <http://jena.apache.org/text#> ASK { ?s text:query \"unmistakable\" }"), "the label is in the text index");
            assertTrue(ask(sparql, "PREFIX text: <http://jena.apache.org/text#> PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> "
                    + "ASK { (?s ?score) text:query (nif:anchorOf \"pooling\") . FILTER(STRSTARTS(STR(?s), \"https://w3id.org/sspo/id/doc/new-report\")) }"),
                    "the converted sentence is in the text index");

            // sending again replaces (PUT): no duplicates
            Cli again = Cli.run("load", "--endpoint", data, "--user", "admin", "--password-file", password.toString(), rdf.toString());
            assertEquals(ExitCode.OK, again.exitCode(), again::toString);
            var count = Http.query(sparql, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p \"unmistakable wording\"@en } }", "text/csv");
            assertEquals("1", count.body().lines().skip(1).findFirst().orElseThrow().strip());
            up.terminate();
        }
    }

    @Test
    void loadNeedsEitherAStoreOrAnEndpoint() {
        Cli r = Cli.run("load", Project.testResource("rdf/labels.ttl").toString());
        assertEquals(ExitCode.USAGE, r.exitCode(), r::toString);
        Cli both = Cli.run("load", "--data", tmp.resolve("d").toString(), "--endpoint", "http://localhost:1/policy/data", Project.testResource("rdf/labels.ttl").toString());
        assertEquals(ExitCode.USAGE, both.exitCode(), both::toString);
    }

    private static boolean ask(String sparql, String query) {
        var r = Http.query(sparql, query, "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        return r.body().contains("true");
    }
}
