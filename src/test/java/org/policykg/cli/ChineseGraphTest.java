package org.policykg.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;

import org.apache.jena.query.*;
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
import org.policykg.testing.Http;

/**
 * Chinese and English reports of the same decision in one real TDB2 store with its text index, served
 * by a real Fuseki (issue 9): the example pair in examples/retirement-age, plus texts written here (a
 * traditional twin with a character outside the Basic Multilingual Plane, and a mixed-language text).
 */
class ChineseGraphTest {
    static final String ID = "https://w3id.org/sspo/id/";
    static final String PREFIXES = """
            PREFIX sspo: <https://w3id.org/sspo#>
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX text: <http://jena.apache.org/text#>
            """;

    @TempDir static Path data;
    @TempDir static Path texts;
    static PolicyServer server;
    static PolicyStore store;
    static String endpoint;

    @BeforeAll
    static void load() throws Exception {
        // 𠀋 (U+2000B) takes two Java chars and one code point: offsets must count code points
        Files.writeString(texts.resolve("traditional.txt"), "𠀋會議強調，要穩妥有序推進漸進式延遲法定退休年齡改革。\n各級黨委和政府要堅持共同富裕。\n");
        Files.writeString(texts.resolve("mixed.txt"), "Retirement age (退休年龄): the State Council stressed that it is necessary to raise the statutory retirement age.\n\n"
                + "国务院强调，必须加快实现职工基本养老保险全国统筹。\n");
        StoreConfig config = StoreConfig.read(Home.path().resolve("fuseki-config.ttl"), data);
        server = PolicyServer.build(config, "127.0.0.1", 0);
        store = PolicyStore.over(config, server.dataset(server.firstDatasetName()));
        BatchRunner converted = ConvertCommand.runner(new TextReader(), new DocumentGraphWriter.Run("test", null), 2, 300);
        List<GraphSource> sources = UpCommand.sources(List.of(Home.path().resolve("ontology"), Home.path().resolve("examples/retirement-age"), texts), converted);
        store.replace(sources);
        server.start();
        endpoint = "http://127.0.0.1:" + server.port() + "/" + server.firstDatasetName().replaceFirst("^/", "");
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
    }

    static List<Map<String, String>> select(String query) {
        List<Map<String, String>> rows = new ArrayList<>();
        Txn.executeRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(PREFIXES + query).build()) {
                ResultSet rs = qe.execSelect();
                rs.forEachRemaining(r -> {
                    Map<String, String> row = new TreeMap<>();
                    rs.getResultVars().forEach(v -> { if (r.get(v) != null) row.put(v, r.get(v).isLiteral() ? r.getLiteral(v).getLexicalForm() : r.get(v).toString()); });
                    rows.add(row);
                });
            }
        });
        return rows;
    }

    @Test
    void oneQueryListsTheChineseAndTheEnglishReportUnderTheSameReform() throws Exception {
        String query = Files.readString(Home.path().resolve("queries/documents-by-reform-any-language.rq"));
        var response = Http.query(endpoint + "/sparql", query, "text/csv");
        assertEquals(200, response.statusCode(), response::body);
        List<String> retirement = response.body().lines().filter(l -> l.startsWith(ID + "concept/delaying-statutory-retirement-age,")).toList();
        assertTrue(retirement.stream().anyMatch(l -> l.contains("doc/test-retirement-age-report-zh,zh,")), response.body());
        assertTrue(retirement.stream().anyMatch(l -> l.contains("doc/test-retirement-age-report-en,en,")), response.body());
        assertTrue(retirement.stream().anyMatch(l -> l.contains(",zh,") && l.contains("渐进式延迟法定退休年龄改革")), response.body());
    }

    @Test
    void everyOffsetReproducesTheOriginalCharactersThroughSubstr() {
        List<Map<String, String>> rows = select("""
                SELECT ?s ?anchor ?cut WHERE {
                  ?s nif:anchorOf ?anchor ; nif:beginIndex ?b ; nif:endIndex ?e ; nif:referenceContext/nif:isString ?whole .
                  BIND(SUBSTR(?whole, ?b + 1, ?e - ?b) AS ?cut)
                  FILTER(CONTAINS(STR(?s), "/doc/traditional") || CONTAINS(STR(?s), "report-zh") || CONTAINS(STR(?s), "/doc/mixed"))
                }""");
        assertTrue(rows.size() >= 15, rows.toString());
        for (Map<String, String> r : rows)
            assertEquals(r.get("anchor"), r.get("cut"), r.get("s"));
        // as written: the traditional text's phrase stays traditional
        assertTrue(rows.stream().anyMatch(r -> r.get("anchor").equals("漸進式延遲法定退休年齡改革")), rows.toString());
    }

    @Test
    void traditionalTextLandsOnTheSameNodesAndIsTaggedChinese() {
        List<Map<String, String>> rows = select("""
                SELECT ?doc ?lang ?node WHERE {
                  ?doc dcterms:language ?lang . ?st sspo:statedIn ?doc ; sspo:proposesReform|sspo:setsGoal|sspo:upholdsPrinciple|sspo:responsibleActor ?node .
                  FILTER(STRENDS(STR(?doc), "/doc/traditional"))
                }""");
        Set<String> nodes = new TreeSet<>();
        rows.forEach(r -> { nodes.add(r.get("node")); assertEquals("zh", r.get("lang")); });
        assertEquals(Set.of(ID + "concept/delaying-statutory-retirement-age", ID + "concept/common-prosperity",
                ID + "actor/party-committees-and-governments-at-all-levels"), nodes);
    }

    @Test
    void aMixedTextIsTaggedWithTheLanguageOfMostOfItsLettersAndReadLineByLine() {
        List<Map<String, String>> rows = select("""
                SELECT ?lang ?reform WHERE {
                  ?doc dcterms:language ?lang . OPTIONAL { ?st sspo:statedIn ?doc ; sspo:proposesReform ?reform }
                  FILTER(STRENDS(STR(?doc), "/doc/mixed"))
                }""");
        assertFalse(rows.isEmpty());
        rows.forEach(r -> assertEquals("zh", r.get("lang"), rows.toString()));
        Set<String> reforms = new TreeSet<>();
        rows.forEach(r -> reforms.add(r.get("reform")));
        // the Chinese sentence is read by the Chinese stages, the English one by the English stages
        assertTrue(reforms.contains(ID + "concept/national-pooling-of-basic-old-age-insurance"), reforms.toString());
        assertTrue(reforms.contains(ID + "concept/delaying-statutory-retirement-age"), reforms.toString());
    }

    @Test
    void textSearchForTuixiuFindsChineseSentencesAndLabels() {
        List<Map<String, String>> labels = select("""
                SELECT ?s ?lit WHERE { (?s ?score ?lit) text:query ("退休" 100) }""");
        assertTrue(labels.stream().anyMatch(r -> r.get("s").equals(ID + "concept/delaying-statutory-retirement-age")
                && r.get("lit").equals("延迟法定退休年龄")), labels.toString());
        List<Map<String, String>> rows = select("""
                SELECT ?s ?lit WHERE { (?s ?score ?lit) text:query (nif:anchorOf "退休" 100) }""");
        assertTrue(rows.stream().anyMatch(r -> r.get("lit").equals("会议强调，要稳妥有序推进渐进式延迟法定退休年龄改革。")), rows.toString());
        // traditional text is indexed as written: 退休 is written the same in both scripts
        assertTrue(rows.stream().anyMatch(r -> r.get("lit").contains("漸進式延遲法定退休年齡改革")), rows.toString());
        assertTrue(rows.stream().noneMatch(r -> r.get("lit").equals("会议指出，必须加快实现职工基本养老保险全国统筹，健全多层次社会保障体系。")),
                "a sentence without the word is not a hit: " + rows);
        // English search keeps working in the same index
        List<Map<String, String>> english = select("""
                SELECT ?s ?lit WHERE { (?s ?score ?lit) text:query (nif:anchorOf "retirement age" 100) }""");
        assertTrue(english.stream().anyMatch(r -> r.get("lit").startsWith("The meeting stressed that it is necessary to steadily")), english.toString());
    }

    @Test
    void aConceptMapOfTheChineseReportIsLabelledInChinese() throws Exception {
        Path out = texts.resolve("map.mmd");
        org.policykg.testing.Cli r = org.policykg.testing.Cli.run("map", "--endpoint", endpoint + "/sparql",
                "--document", ID + "doc/test-retirement-age-report-zh", "--lang", "zh", "--format", "mermaid", "-o", out.toString());
        assertEquals(0, r.exitCode(), r::toString);
        String map = Files.readString(out);
        // the concepts its sentences link to each other (a concept map draws propositions)
        for (String label : List.of("基本养老保险全国统筹", "各级党委和政府", "共同富裕"))
            assertTrue(map.contains("\"" + label + "\""), label + " not in:\n" + map);
        for (String english : List.of("national pooling of basic old-age insurance", "common prosperity"))
            assertFalse(map.contains(english), map);
    }
}
