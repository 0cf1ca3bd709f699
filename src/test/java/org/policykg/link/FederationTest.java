package org.policykg.link;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.*;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.*;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.policykg.store.SparqlSource;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.*;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.serve.PolicyServer;
import org.policykg.store.PolicyStore;
import org.policykg.store.RdfFileSource;
import org.policykg.store.StoreConfig;
import org.policykg.testing.Http;
import org.policykg.testing.Project;

/**
 * Two real servers on localhost: this graph (PolicyServer over TDB2, with a linkset made by linking against
 * the other server over HTTP, in small pages) and a plain Fuseki holding the fixture thesaurus.
 * The federated queries, sent to this graph's endpoint, join rows from both.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FederationTest {
    private static final String TH = "http://example.org/thesaurus/";
    @TempDir static Path tmp;
    private PolicyServer ours;
    private FusekiServer thesaurus;
    private String thesaurusSparql;
    private LinkRun.Result remoteRun;

    @BeforeAll
    void start() throws Exception {
        DatasetGraph th = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(th, Project.testResource("link/thesaurus.ttl").toString());
        thesaurus = FusekiServer.create().port(Http.freePort()).loopback(true).add("/thesaurus", th).build().start();
        thesaurusSparql = "http://localhost:" + thesaurus.getHttpPort() + "/thesaurus/sparql";

        Path config = tmp.resolve("fuseki-config.ttl");
        Files.copy(Project.file("fuseki-config.ttl"), config);
        // SERVICE is off by default: the operator lists the other endpoint, a loopback one, explicitly.
        Files.writeString(config, "\n<https://w3id.org/sspo/config#server> <https://w3id.org/sspo/config#allowService> <" + thesaurusSparql + "> .\n",
                java.nio.file.StandardOpenOption.APPEND);
        StoreConfig storeConfig = StoreConfig.read(config, tmp.resolve("data"));
        ours = PolicyServer.build(storeConfig, "127.0.0.1", Http.freePort());
        PolicyStore store = PolicyStore.over(storeConfig, ours.dataset("policy"));
        store.replace(List.of(RdfFileSource.of(Project.testResource("link/ours.ttl"))));
        // Link against the other server over HTTP, 7 rows a page, so that paging is exercised.
        remoteRun = LinkRun.run(Project.file("queries"), SparqlSource.local(store.dataset(), "ours"),
                SparqlSource.remote(thesaurusSparql, 7, 10_000, 20), null, Set.of("en", "zh"), LinkRun.defaultMinScore(), LocalDate.now());
        store.replace(List.of(DatasetDescription.graphSource(remoteRun.graph(), remoteRun.linkset(), "linkset")));
        ours.start();
    }

    @AfterAll
    void stop() {
        if (ours != null)
            ours.stop();
        if (thesaurus != null)
            thesaurus.stop();
    }

    private List<QuerySolution> run(String file) {
        Query q = FederatedQueries.prepare(Project.file("queries/federation/" + file), thesaurusSparql);
        HttpResponse<String> r = Http.query(ours.baseUrl() + "/policy/sparql", q.toString(), "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        List<QuerySolution> rows = new ArrayList<>();
        ResultSetFactory.fromJSON(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8))).forEachRemaining(rows::add);
        return rows;
    }

    @Test
    void linkingARemoteEndpointInPagesFindsWhatLinkingTheFileFinds() {
        SparqlSource file = SparqlSource.files(List.of(Project.testResource("link/thesaurus.ttl")));
        Dataset ds = DatasetFactory.wrap(ours.dataset("policy"));
        LinkRun.Result fromFile = LinkRun.run(Project.file("queries"), SparqlSource.local(ds, "ours"), file, null,
                Set.of("en", "zh"), LinkRun.defaultMinScore(), LocalDate.now());
        assertEquals(fromFile.linksPerPredicate(), remoteRun.linksPerPredicate());
        assertEquals(9, remoteRun.linksPerPredicate().values().stream().mapToInt(Integer::intValue).sum(), remoteRun.linksPerPredicate().toString());
        assertEquals(links(fromFile.linkset()), links(remoteRun.linkset()));
        assertNotEquals(fromFile.graph(), remoteRun.graph(), "one linkset graph per target");
    }

    @Test
    void aRowCeilingStopsReadingAndSaysTheLinksAreIncomplete() {
        SparqlSource bounded = SparqlSource.remote(thesaurusSparql, 5, 12, 20);
        LinkRun.Result result = LinkRun.run(Project.file("queries"), SparqlSource.local(DatasetFactory.wrap(ours.dataset("policy")), "ours"),
                bounded, null, Set.of("en", "zh"), LinkRun.defaultMinScore(), LocalDate.now());
        assertTrue(result.truncated());
        assertTrue(result.theirEntities() < 17, "at most 12 rows were read: " + result.theirEntities() + " entities");
    }

    @Test
    void theCommandLinksTwoEndpoints() {
        Path out = tmp.resolve("remote.ttl");
        org.policykg.testing.Cli run = org.policykg.testing.Cli.run("link", "--endpoint", ours.baseUrl() + "/policy/sparql",
                "--target", thesaurusSparql, "--page-size", "10", "--timeout", "20", "-o", out.toString());
        assertEquals(0, run.exitCode(), run.toString());
        Model m = RDFDataMgr.loadModel(out.toString());
        assertEquals(links(remoteRun.linkset()), links(m));
        assertTrue(m.contains(null, org.apache.jena.vocabulary.VOID.sparqlEndpoint, m.createResource(thesaurusSparql)));

        org.policykg.testing.Cli notSparql = org.policykg.testing.Cli.run("link", "--endpoint", ours.baseUrl() + "/policy/sparql",
                "--target", "http://localhost:" + thesaurus.getHttpPort() + "/no-such-dataset/sparql", "-o", tmp.resolve("x.ttl").toString());
        assertEquals(3, notSparql.exitCode(), notSparql.toString());
        assertTrue(notSparql.err().contains("answered HTTP 404"), notSparql.err());
    }

    private static Set<String> links(Model m) {
        Set<String> out = new TreeSet<>();
        m.listStatements().forEach(s -> {
            if (s.getPredicate().equals(SKOS.exactMatch) || s.getPredicate().equals(SKOS.closeMatch) || s.getPredicate().getLocalName().equals("sameAs"))
                out.add(s.getSubject() + " " + s.getPredicate().getLocalName() + " " + s.getObject());
        });
        return out;
    }

    @Test
    void linkedConceptsJoinRowsFromBothServers() {
        Set<String> labels = new TreeSet<>();
        Set<String> broader = new TreeSet<>();
        for (QuerySolution row : run("linked-concepts.rq")) {
            String concept = row.getResource("concept").getURI().replace("https://w3id.org/sspo/id/concept/", "");
            // ?label comes from this server, ?matchLabel from the other one
            labels.add(concept + " (" + row.getLiteral("label").getLexicalForm() + ") = " + row.getLiteral("matchLabel").getLexicalForm());
            if (row.contains("matchBroaderLabel"))
                broader.add(concept + " < " + row.getLiteral("matchBroaderLabel").getLexicalForm());
        }
        Set<String> expected = new TreeSet<>(Set.of(
                "social-security (social security) = Social Security",
                "pension (pension) = Pensions",
                "social-insurance (social insurance) = social-insurance",
                "medical-insurance (medical insurance) = health insurance",
                "long-term-care-insurance (long-term care insurance) = insurance for long-term care",
                "long-term-care-insurance (long-term care insurance) = 长期护理保险",
                "minimum-living-allowance (minimum living allowance) = Minimum Living Allowances",
                "retirement (retirement) = Retirement"));
        assertEquals(expected, labels);
        assertTrue(broader.contains("retirement < labour market"), broader.toString());
        assertTrue(broader.contains("pension < Social Security"), broader.toString());
    }

    @Test
    void sameLabelsJoinOnTheLabelAcrossServers() {
        Set<String> pairs = new TreeSet<>();
        for (QuerySolution row : run("same-labels.rq"))
            pairs.add(row.getResource("concept").getURI().replace("https://w3id.org/sspo/id/concept/", "") + " = "
                    + row.getResource("other").getURI().replace(TH, "th:"));
        assertEquals(new TreeSet<>(Set.of("social-security = th:social-security", "retirement = th:retirement")), pairs);
    }
}
