package org.policykg.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.*;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.document.TextReader;
import org.policykg.extract.BatchRunner;
import org.policykg.rdf.DocumentGraphWriter;
import org.policykg.serve.PolicyServer;
import org.policykg.store.*;

/**
 * The competency questions in queries/ against the seed as `up` loads it: the ontology and the converted
 * seed in a real TDB2 store with its text index, served by a real Fuseki.
 */
class CompetencyQueriesTest {
    static final String ID = "https://w3id.org/sspo/id/";
    static final Node SEED = NodeFactory.createURI(ID + "doc/xinhua-qiushi-social-security");

    @TempDir static Path data;
    static PolicyServer server;
    static PolicyStore store;

    @BeforeAll
    static void load() {
        StoreConfig config = StoreConfig.read(Home.path().resolve("fuseki-config.ttl"), data);
        server = PolicyServer.build(config, "127.0.0.1", 0);
        store = PolicyStore.over(config, server.dataset(server.firstDatasetName()));
        BatchRunner texts = ConvertCommand.runner(new TextReader(), new DocumentGraphWriter.Run("test", null), 2, 300);
        List<GraphSource> sources = UpCommand.sources(List.of(Home.path().resolve("ontology"), Home.path().resolve("seeds")), texts);
        assertTrue(sources.stream().anyMatch(s -> s instanceof ConvertedTexts), "up converts the seed text");
        assertTrue(sources.stream().noneMatch(s -> s.label().endsWith(".meta.json")), "sidecars are not inputs");
        store.replace(sources);
        server.start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
    }

    static String query(String name) throws Exception {
        return Files.readString(Home.path().resolve("queries").resolve(name));
    }

    /** The values of {@code column} for the query with the given variables bound. */
    static Set<String> column(String file, String column, Map<String, Node> bindings) throws Exception {
        return column(store.dataset(), file, column, bindings);
    }

    static Set<String> column(Dataset dataset, String file, String column, Map<String, Node> bindings) throws Exception {
        Query q = QueryFactory.create(query(file));
        Set<String> out = new TreeSet<>();
        Txn.executeRead(dataset, () -> {
            QueryExecutionDatasetBuilder b = QueryExecution.dataset(dataset).query(q);
            bindings.forEach((v, n) -> b.substitution(v, org.apache.jena.rdf.model.ResourceFactory.createResource(n.getURI())));
            try (QueryExecution qe = b.build()) {
                qe.execSelect().forEachRemaining(row -> {
                    if (row.get(column) != null)
                        out.add(row.get(column).isLiteral() ? row.getLiteral(column).getLexicalForm() : row.get(column).toString());
                });
            }
        });
        return out;
    }

    @Test
    void everyQueryParsesAndAnswersOnTheSeed() throws Exception {
        try (var files = Files.list(Home.path().resolve("queries"))) {
            List<Path> rq = files.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
            assertTrue(rq.size() >= 6, rq.toString());
            for (Path f : rq) {
                Query q = QueryFactory.create(Files.readString(f));
                int rows = Txn.calculateRead(store.dataset(), () -> {
                    try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(q).build()) {
                        return ResultSetFormatter.consume(qe.execSelect());
                    }
                });
                assertTrue(rows > 0, f + " answers nothing");
            }
        }
    }

    @Test
    void reformsTheSeedCallsFor() throws Exception {
        Set<String> reforms = column("reforms-called-for.rq", "reformLabel", Map.of("document", SEED));
        assertTrue(reforms.contains("gradual raising of the statutory retirement age"), reforms.toString());
        assertTrue(reforms.contains("national pooling of basic old-age insurance"), reforms.toString());
        assertTrue(reforms.contains("three medical linkages"), reforms.toString());
    }

    @Test
    void principlesTheSeedUpholds() throws Exception {
        Set<String> principles = column("principles-upheld.rq", "principleLabel", Map.of("document", SEED));
        // 实事求是 by its label "being realistic and pragmatic" (the seed writes "seeking truth from facts"), 与时俱进
        for (String p : List.of("being realistic and pragmatic", "keeping pace with the times", "top-level design"))
            assertTrue(principles.contains(p), p + " not in " + principles);
    }

    @Test
    void whoIsResponsibleForWhat() throws Exception {
        Set<String> actors = column("responsibilities.rq", "actorLabel", Map.of());
        // the seed's "Party committees and governments at all levels", by the scheme's preferred label
        assertEquals(Set.of("local Party committees and governments"), actors);
        Set<String> targets = column("responsibilities.rq", "targetLabel",
                Map.of("actor", NodeFactory.createURI(ID + "actor/party-committees-and-governments-at-all-levels")));
        assertFalse(targets.isEmpty());
    }

    @Test
    void theSentenceBehindAClaim() throws Exception {
        Set<String> texts = column("supporting-sentences.rq", "text",
                Map.of("concept", NodeFactory.createURI(ID + "concept/delaying-statutory-retirement-age")));
        assertEquals(1, texts.size(), texts.toString());
        assertTrue(texts.iterator().next().startsWith("It is necessary to reasonably grasp the direction"), texts.toString());
        assertTrue(texts.iterator().next().contains("delaying the legal retirement age"));
    }

    /**
     * supporting-sentences.rq reads the sentence's nif:anchorOf (issue 17: cutting the whole text for every row took a
     * third of its time): every row must still hold exactly the text between its offsets, as cutting the document's
     * text there (code points, as NIF counts them) gives, and no row may be gained or lost.
     */
    @Test
    void theSupportingSentencesAreTheTextBetweenTheirOffsets() throws Exception {
        String cut = """
                PREFIX sspo: <https://w3id.org/sspo#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                PREFIX nif:  <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
                SELECT DISTINCT ?concept ?relation ?statement ?document ?begin ?end ?text WHERE {
                  VALUES ?relation { sspo:setsGoal sspo:proposesReform sspo:upholdsPrinciple sspo:responsibleActor }
                  GRAPH ?g { ?statement ?relation ?concept }
                  ?statement sspo:inDocument ?document ; prov:wasDerivedFrom ?sentence .
                  ?sentence nif:beginIndex ?begin ; nif:endIndex ?end ; nif:referenceContext/nif:isString ?whole .
                  BIND(SUBSTR(?whole, ?begin + 1, ?end - ?begin) AS ?text)
                }""";
        List<String> vars = List.of("concept", "relation", "statement", "document", "begin", "end", "text");
        Set<List<String>> expected = rows(cut, vars), answered = rows(query("supporting-sentences.rq"), vars);
        assertTrue(expected.size() > 20, "the seed has claims with sentences: " + expected.size());
        assertEquals(expected, answered);
    }

    private static Set<List<String>> rows(String query, List<String> vars) {
        Set<List<String>> out = new HashSet<>();
        Txn.executeRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(query).build()) {
                qe.execSelect().forEachRemaining(row -> out.add(vars.stream().map(v -> String.valueOf(row.get(v))).toList()));
            }
        });
        return out;
    }

    @Test
    void documentsThatSpeakOfAConcept() throws Exception {
        Set<String> docs = column("documents-about-concept.rq", "document",
                Map.of("concept", NodeFactory.createURI(ID + "concept/national-pooling-of-basic-old-age-insurance")));
        assertTrue(docs.contains(SEED.getURI()), docs.toString());
        Set<String> none = column("documents-about-concept.rq", "document",
                Map.of("concept", NodeFactory.createURI(ID + "concept/no-such-concept")));
        assertTrue(none.isEmpty());
    }

    @Test
    void theSystemsComponents() throws Exception {
        Set<String> parts = column("system-components.rq", "componentLabel",
                Map.of("system", NodeFactory.createURI(ID + "concept/social-security-system")));
        assertTrue(parts.containsAll(Set.of("social insurance", "social assistance", "social welfare", "special care for entitled groups")),
                parts.toString());
    }

    @Test
    void overHttpTheEndpointAnswersTheSameQuestion() throws Exception {
        // over HTTP a user binds a variable with a trailing VALUES clause
        String bound = query("reforms-called-for.rq") + "VALUES ?document { <" + SEED.getURI() + "> }\n";
        String url = server.baseUrl() + "/policy/sparql?query=" + URLEncoder.encode(bound, StandardCharsets.UTF_8);
        HttpResponse<byte[]> resp = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "application/sparql-results+json").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, resp.statusCode(), new String(resp.body(), StandardCharsets.UTF_8));
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(resp.body()), ResultSetLang.RS_JSON);
        Set<String> labels = new TreeSet<>();
        rs.forEachRemaining(r -> { if (r.contains("reformLabel")) labels.add(r.getLiteral("reformLabel").getString()); });
        assertTrue(labels.contains("gradual raising of the statutory retirement age"), labels.toString());
        assertTrue(labels.contains("national pooling of basic old-age insurance"), labels.toString());
    }

    /**
     * Two reports of the same article (the seed under two names): each answers for what its own text relays
     * (sspo:inDocument), not for what the other report relays of the work they share, so the answers do not
     * multiply with the number of reports; the work itself gathers what both relay.
     */
    @Test
    void aReportAnswersForItsOwnTextNotForOtherReportsOfTheSameWork(@TempDir Path tmp) throws Exception {
        Path texts = Files.createDirectories(tmp.resolve("texts"));
        Path seedText = Home.path().resolve("seeds/xinhua-qiushi-social-security.txt");
        Files.copy(seedText, texts.resolve("report-a.txt"));
        Files.copy(seedText, texts.resolve("report-b.txt"));
        StoreConfig config = StoreConfig.read(Home.path().resolve("fuseki-config.ttl"), tmp.resolve("data"));
        try (PolicyStore two = PolicyStore.open(config)) {
            BatchRunner runner = ConvertCommand.runner(new TextReader(), new DocumentGraphWriter.Run("test", null), 2, 300);
            two.replace(UpCommand.sources(List.of(Home.path().resolve("ontology"), texts), runner));
            Node a = NodeFactory.createURI(ID + "doc/report-a");
            Set<String> sentences = column(two.dataset(), "reforms-called-for.rq", "sentence", Map.of("document", a));
            assertEquals(column("reforms-called-for.rq", "sentence", Map.of("document", SEED)).size(), sentences.size(),
                    "report-a calls for as many reforms, in as many sentences, as the seed alone");
            assertTrue(sentences.stream().allMatch(x -> x.startsWith(a.getURI() + "#")), sentences.toString());

            Node pooling = NodeFactory.createURI(ID + "concept/national-pooling-of-basic-old-age-insurance");
            Map<String, Integer> alone = statementsPerDocument(store.dataset(), pooling);
            Map<String, Integer> both = statementsPerDocument(two.dataset(), pooling);
            assertEquals(alone.get(SEED.getURI()), both.get(a.getURI()), both.toString());
            assertEquals(alone.get(SEED.getURI()), both.get(ID + "doc/report-b"), both.toString());
            // the work (named from the text, with the sidecar's year in the seed's case) gathers what both reports relay
            int aloneInWork = alone.entrySet().stream().filter(e -> !e.getKey().equals(SEED.getURI())).mapToInt(Map.Entry::getValue).sum();
            int bothInWork = both.entrySet().stream().filter(e -> !e.getKey().startsWith(ID + "doc/report-")).mapToInt(Map.Entry::getValue).sum();
            assertTrue(aloneInWork > 0, alone.toString());
            assertEquals(2 * aloneInWork, bothInWork, both.toString());
        }
    }

    private static Map<String, Integer> statementsPerDocument(Dataset dataset, Node concept) throws Exception {
        Query q = QueryFactory.create(query("documents-about-concept.rq"));
        Map<String, Integer> out = new TreeMap<>();
        Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(q)
                    .substitution("concept", org.apache.jena.rdf.model.ResourceFactory.createResource(concept.getURI())).build()) {
                qe.execSelect().forEachRemaining(r -> out.put(r.getResource("document").getURI(), r.getLiteral("statements").getInt()));
            }
        });
        return out;
    }
}
