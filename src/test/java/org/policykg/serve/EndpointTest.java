package org.policykg.serve;

import static org.junit.jupiter.api.Assertions.*;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.*;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.store.PolicyStore;
import org.policykg.store.RdfFileSource;
import org.policykg.store.StoreConfig;
import org.policykg.testing.Http;
import org.policykg.testing.Project;

/** A real Fuseki over a real TDB2 store, built from the project's configuration file, queried over HTTP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndpointTest {
    private static final String TEXT = "PREFIX text: <http://jena.apache.org/text#> ";
    @TempDir static Path tmp;
    private PolicyServer server;
    private String base;
    private Path labels;

    @BeforeAll
    void start() throws Exception {
        // The project's config, next to a password file: writes are open to "admin" only.
        Path config = Project.configWithWriter(tmp);
        StoreConfig storeConfig = StoreConfig.read(config, tmp.resolve("data"));
        server = PolicyServer.build(storeConfig, "127.0.0.1", Http.freePort());
        labels = Project.testResource("rdf/labels.ttl");
        PolicyStore.over(storeConfig, server.dataset("policy")).replace(List.of(RdfFileSource.of(labels)));
        server.start();
        base = server.baseUrl() + "/policy";
    }

    @AfterAll
    void stop() {
        if (server != null)
            server.stop();
    }

    private ResultSet select(String query) {
        HttpResponse<String> r = Http.query(base + "/sparql", query, "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        return ResultSetFactory.fromJSON(new java.io.ByteArrayInputStream(r.body().getBytes()));
    }

    @Test
    void selectAnswersInJson() {
        ResultSet rs = select("SELECT ?label WHERE { ?s <http://www.w3.org/2004/02/skos/core#prefLabel> ?label } ORDER BY ?label");
        List<String> labelsFound = new java.util.ArrayList<>();
        rs.forEachRemaining(qs -> labelsFound.add(qs.getLiteral("label").getLexicalForm()));
        assertEquals(List.of("basic old-age insurance", "social assistance"), labelsFound);
    }

    @Test
    void theQueryEndpointAliasAndAskWork() {
        HttpResponse<String> r = Http.query(base + "/query", "ASK { ?s ?p \"social welfare\"@en }", "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("true"), r.body());
    }

    @Test
    void constructAnswersInTurtle() {
        HttpResponse<String> r = Http.query(base + "/sparql",
                "CONSTRUCT { ?s a <http://example.org/Labelled> } WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l }", "text/turtle");
        assertEquals(200, r.statusCode());
        Model m = RDFParser.fromString(r.body(), Lang.TURTLE).toModel();
        assertEquals(1, m.size());
    }

    @Test
    void graphStoreReadReturnsTheNamedGraph() {
        String graph = RdfFileSource.graphFor(labels).getURI();
        HttpResponse<String> r = Http.get(base + "/get?graph=" + Http.enc(graph), "application/n-triples");
        assertEquals(200, r.statusCode(), r.body());
        Model m = RDFParser.fromString(r.body(), Lang.NTRIPLES).toModel();
        assertEquals(7, m.size());
    }

    @Test
    void textQueryFindsALabel() {
        ResultSet rs = select(TEXT + "SELECT ?s WHERE { ?s text:query \"assistance\" }");
        assertTrue(rs.hasNext());
        assertEquals("http://example.org/test/assistance", rs.next().getResource("s").getURI());
        assertFalse(rs.hasNext());
    }

    @Test
    void anonymousAndWrongWritesAreRefused() {
        String update = "update=" + Http.enc("INSERT DATA { <http://example.org/x> <http://example.org/p> \"anon\" }");
        int anonymous = Http.postForm(base + "/update", update, null).statusCode();
        assertTrue(anonymous == 401 || anonymous == 403, "anonymous update answered " + anonymous);
        int wrong = Http.postForm(base + "/update", update, "admin:wrong").statusCode();
        assertTrue(wrong == 401 || wrong == 403, "wrong password answered " + wrong);
        int put = Http.put(base + "/data?graph=" + Http.enc("http://example.org/g"), "text/turtle", "<http://a> <http://b> <http://c> .", null).statusCode();
        assertTrue(put == 401 || put == 403, "anonymous PUT answered " + put);
        int updateOnQuery = Http.postForm(base + "/sparql", update, null).statusCode();
        assertNotEquals(200, updateOnQuery);
        assertNotEquals(204, updateOnQuery);
        HttpResponse<String> r = Http.query(base + "/sparql", "ASK { ?s ?p \"anon\" }", "application/sparql-results+json");
        assertTrue(r.body().contains("false"), r.body());
    }

    @Test
    void anAuthenticatedUpdateIsStoredAndIndexed() {
        String update = "update=" + Http.enc("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "INSERT DATA { GRAPH <http://example.org/g/added> { <http://example.org/test/care> rdfs:label \"long-term care insurance\"@en } }");
        HttpResponse<String> r = Http.postForm(base + "/update", update, "admin:s3cret");
        assertEquals(200, r.statusCode(), r.body());
        ResultSet rs = select(TEXT + "SELECT ?s WHERE { ?s text:query \"long-term care\" }");
        assertTrue(rs.hasNext(), "the text index sees the update");
        assertEquals("http://example.org/test/care", rs.next().getResource("s").getURI());
    }

    @Test
    void corsHeadersAnswerOtherOrigins() {
        HttpResponse<String> r = Http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/sparql?query=" + Http.enc("ASK {}")))
                .header("Origin", "http://yasgui.example").header("Accept", "application/sparql-results+json").GET());
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isPresent(), r.headers().toString());
    }

    @Test
    void corsIsForReadingOnly() {
        HttpResponse<String> r = Http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/update"))
                .header("Origin", "http://yasgui.example").header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), "no CORS on writes: " + r.headers());
        HttpResponse<String> get = Http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/get?default"))
                .header("Origin", "http://yasgui.example").header("Accept", "text/turtle").GET());
        assertTrue(get.headers().firstValue("Access-Control-Allow-Origin").isPresent(), "CORS on graph reads: " + get.headers());
    }

    @Test
    void theWebUiIsServed() {
        HttpResponse<String> r = Http.get(server.baseUrl() + "/", "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("<div id=\"app\""), "the Fuseki UI page: " + r.body());
        HttpResponse<String> status = Http.get(server.baseUrl() + "/$/server", "application/json");
        assertEquals(200, status.statusCode());
        assertTrue(status.body().contains("/policy"), status.body());
    }
}
