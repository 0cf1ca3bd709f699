package org.policykg.link;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.*;
import org.apache.jena.rdf.model.*;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.*;
import org.junit.jupiter.api.*;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.serve.PolicyServer;
import org.policykg.store.PolicyStore;
import org.policykg.store.RdfFileSource;
import org.policykg.store.StoreConfig;
import org.policykg.testing.Cli;
import org.policykg.testing.Http;
import org.policykg.testing.Project;

/** The VoID + DCAT description: its numbers against COUNT queries over HTTP, and /.well-known/void. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatasetDescriptionTest {
    private static final String VOID_GRAPH = DatasetDescription.GRAPH.getURI();
    @TempDir static Path tmp;
    private PolicyServer server;
    private String sparql;
    private Model description;

    @BeforeAll
    void start() throws Exception {
        Path config = tmp.resolve("fuseki-config.ttl");
        Files.copy(Project.file("fuseki-config.ttl"), config);
        StoreConfig storeConfig = StoreConfig.read(config, tmp.resolve("data"));
        server = PolicyServer.build(storeConfig, "127.0.0.1", Http.freePort(),
                Map.of(VoidServlet.PATH, new VoidServlet(Project.file("queries"))));
        PolicyStore store = PolicyStore.over(storeConfig, server.dataset("policy"));
        new DatasetDescription(Project.file("queries")).replaceAndDescribe(store, List.of(
                RdfFileSource.of(Project.testResource("link/ours.ttl")),
                RdfFileSource.of(Project.testResource("link/thesaurus.ttl")),
                RdfFileSource.of(Project.testResource("link/document.ttl"))), server.baseUrl() + "/policy/sparql");
        description = DatasetDescription.stored(store.dataset());
        server.start();
        sparql = server.baseUrl() + "/policy/sparql";
    }

    @AfterAll
    void stop() {
        if (server != null)
            server.stop();
    }

    private long count(String select) {
        HttpResponse<String> r = Http.query(sparql, select, "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        ResultSet rs = ResultSetFactory.fromJSON(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
        return rs.next().getLiteral("n").getLong();
    }

    private static String notVoid(String pattern) {
        return "SELECT (COUNT(%s) AS ?n) WHERE { GRAPH ?g { " + pattern + " } FILTER(?g != <" + VOID_GRAPH + ">) }";
    }

    private Resource dataset() { return description.createResource(Linkset.DATASET); }

    private long number(Resource r, Property p) { return r.getRequiredProperty(p).getLong(); }

    @Test
    void countsEqualCountQueries() {
        assertEquals(count(notVoid("?s ?p ?o").formatted("*")), number(dataset(), VOID.triples));
        assertEquals(count(notVoid("?s ?p ?o FILTER(STRSTARTS(STR(?s), \"https://w3id.org/sspo/id/\"))").formatted("DISTINCT ?s")),
                number(dataset(), VOID.entities));
        assertEquals(count(notVoid("?s ?p ?o").formatted("DISTINCT ?s")), number(dataset(), VOID.distinctSubjects));
        assertEquals(count(notVoid("?s ?p ?o").formatted("DISTINCT ?p")), number(dataset(), VOID.properties));
        assertEquals(count(notVoid("?s a ?c").formatted("DISTINCT ?c")), number(dataset(), VOID.classes));
        assertTrue(number(dataset(), VOID.triples) > 50);

        List<Resource> classes = description.listObjectsOfProperty(dataset(), VOID.classPartition).mapWith(RDFNode::asResource).toList();
        assertEquals(number(dataset(), VOID.classes), classes.size());
        for (Resource part : classes) {
            String c = part.getPropertyResourceValue(VOID._class).getURI();
            assertEquals(count(notVoid("?s a <" + c + ">").formatted("DISTINCT ?s")), number(part, VOID.entities), c);
        }
        List<Resource> properties = description.listObjectsOfProperty(dataset(), VOID.propertyPartition).mapWith(RDFNode::asResource).toList();
        assertEquals(number(dataset(), VOID.properties), properties.size());
        for (Resource part : properties) {
            String p = part.getPropertyResourceValue(VOID.property).getURI();
            assertEquals(count(notVoid("?s <" + p + "> ?o").formatted("*")), number(part, VOID.triples), p);
        }
    }

    @Test
    void describesTheDatasetForHarvesters() {
        Resource ds = dataset();
        assertTrue(ds.hasProperty(RDF.type, VOID.Dataset) && ds.hasProperty(RDF.type, DCAT.Dataset));
        assertTrue(ds.hasProperty(DCTerms.title) && ds.hasProperty(DCTerms.description) && ds.hasProperty(DCTerms.modified));
        assertEquals("https://creativecommons.org/licenses/by/4.0/", ds.getPropertyResourceValue(DCTerms.license).getURI(), "taken from the ontology");
        assertEquals("The test publisher", ds.getRequiredProperty(DCTerms.publisher).getString());
        assertEquals(sparql, ds.getPropertyResourceValue(VOID.sparqlEndpoint).getURI());
        assertTrue(ds.hasProperty(DCTerms.source, description.createResource("https://w3id.org/sspo/id/document/test-article")));
        assertTrue(ds.hasProperty(VOID.vocabulary, description.createResource(SKOS.uri)));
        assertTrue(ds.hasProperty(VOID.vocabulary, description.createResource("https://w3id.org/sspo#")));
    }

    @Test
    void wellKnownVoidAnswersInThreeSyntaxes() {
        String url = server.baseUrl() + VoidServlet.PATH;
        for (String[] c : new String[][] {
                {"*/*", "text/turtle", "TTL"}, {"application/ld+json", "application/ld+json", "JSONLD"},
                {"application/n-triples", "application/n-triples", "NT"}, {"text/turtle;q=0.5, application/ld+json", "application/ld+json", "JSONLD"}}) {
            HttpResponse<String> r = Http.get(url, c[0]);
            assertEquals(200, r.statusCode(), c[0] + ": " + r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(c[1]), c[0] + " -> " + r.headers().firstValue("Content-Type"));
            Model m = RDFParser.fromString(r.body(), org.apache.jena.riot.RDFLanguages.shortnameToLang(c[2])).toModel();
            assertTrue(m.isIsomorphicWith(description), c[0] + ": the stored description");
        }
        assertEquals(406, Http.get(url, "image/png").statusCode());
    }

    @Test
    void loadKeepsTheDescriptionCurrent() {
        Path data = tmp.resolve("cli-data");
        assertEquals(0, Cli.run("load", "--data", data.toString(), Project.testResource("link/ours.ttl").toString()).exitCode());
        long before = triplesIn(data);
        assertEquals(0, Cli.run("load", "--data", data.toString(), Project.testResource("link/thesaurus.ttl").toString()).exitCode());
        long after = triplesIn(data);
        Model thesaurus = RDFParser.source(Project.testResource("link/thesaurus.ttl")).lang(Lang.TURTLE).toModel();
        assertEquals(before + thesaurus.size(), after);
    }

    private static long triplesIn(Path data) {
        try (PolicyStore store = PolicyStore.open(StoreConfig.read(Project.file("fuseki-config.ttl"), data))) {
            Dataset ds = store.dataset();
            return org.apache.jena.system.Txn.calculateRead(ds, () -> ds.getNamedModel(VOID_GRAPH)
                    .getRequiredProperty(ds.getNamedModel(VOID_GRAPH).createResource(Linkset.DATASET), VOID.triples).getLong());
        }
    }
}
