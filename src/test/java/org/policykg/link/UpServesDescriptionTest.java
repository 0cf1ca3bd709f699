package org.policykg.link;

import static org.junit.jupiter.api.Assertions.*;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.testing.Http;
import org.policykg.testing.PolicykgProcess;
import org.policykg.testing.Project;

/** {@code policykg up}, as a process of its own: the description is current after the load and served at /.well-known/void. */
class UpServesDescriptionTest {
    @TempDir Path tmp;

    @Test
    void upDescribesWhatItLoadedAtTheWellKnownPlace() throws Exception {
        Path inputs = Files.createDirectories(tmp.resolve("inputs"));
        Files.copy(Project.testResource("link/ours.ttl"), inputs.resolve("ours.ttl"));
        int port = Http.freePort();
        String base = "http://localhost:" + port;
        try (PolicykgProcess up = PolicykgProcess.start(tmp.resolve("up.log"), "up", "--data", tmp.resolve("data").toString(),
                "--port", String.valueOf(port), inputs.toString())) {
            up.awaitLine("Ready.", 120);
            HttpResponse<String> r = Http.get(base + VoidServlet.PATH, "text/turtle");
            assertEquals(200, r.statusCode(), r.body());
            Model description = RDFParser.fromString(r.body(), Lang.TURTLE).toModel();
            Resource ds = description.createResource(Linkset.DATASET);
            assertEquals(base + "/policy/sparql", ds.getPropertyResourceValue(VOID.sparqlEndpoint).getURI());
            assertNotNull(ds.getPropertyResourceValue(DCTerms.license), "the licence, from ontology/sspo.ttl");

            HttpResponse<String> count = Http.query(base + "/policy/sparql",
                    "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?g != <" + DatasetDescription.GRAPH.getURI() + ">) }", "text/csv");
            assertEquals(Long.parseLong(count.body().lines().skip(1).findFirst().orElseThrow().strip()),
                    ds.getRequiredProperty(VOID.triples).getLong(), "the ontology and the inputs, counted after the load");
            up.terminate();
        }
    }
}
