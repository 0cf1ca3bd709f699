package org.policykg.eval;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policykg.eval.Results.DocumentScore;
import org.policykg.document.Metadata;
import org.policykg.document.SourceText;
import org.policykg.document.TextReader;
import org.policykg.testing.Project;
import org.policykg.store.SparqlSource;

/**
 * The scorer on a hand-made gold set and a hand-written graph (src/test/resources/eval/tiny) whose
 * differences are known: every figure below follows from the fixture's comments, item by item.
 */
class EvalScorerTest {
    static Results results;

    static List<Scorer.Input> inputs(Path folder) {
        List<Scorer.Input> out = new ArrayList<>();
        for (Path gold : GoldFile.find(folder)) {
            SourceText text = new TextReader().read(GoldFile.textOf(gold), Metadata.EMPTY);
            out.add(new Scorer.Input(GoldFile.read(gold, text), text));
        }
        return out;
    }

    @BeforeAll
    static void score() {
        Path tiny = Project.testResource("eval/tiny");
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        RDFDataMgr.read(dsg, tiny.resolve("graph.trig").toString());
        // the real vocabulary, as up loads it: sspo:Person and sspo:Organization are kinds of sspo:Actor
        Graph vocabulary = GraphFactory.createDefaultGraph();
        RDFDataMgr.read(vocabulary, Project.file("ontology/sspo.ttl").toString());
        dsg.addGraph(NodeFactory.createURI("urn:x:sspo"), vocabulary);
        results = new Scorer(SparqlSource.documents(dsg, "converted"), Project.file("queries/eval")).score(inputs(tiny));
    }

    static DocumentScore doc(String name) {
        return results.documents().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void eachClassCountsHitsExtrasAndMisses() {
        DocumentScore en = doc("tiny-en");
        // four actors found (one only through its phrase), the Ministry of Finance mentioned but not in the gold
        assertEquals(new Counts(4, 1, 0), en.counts("actor"));
        // the retirement-age reform found through its phrase; the care-insurance pilots missed; the optional
        // "statutory retirement age" loses the same node to the required item and is not a miss
        assertEquals(new Counts(1, 0, 1), en.counts("reform"));
        // universal coverage (a phrase covering the shorter span); the candidate "basic steps" is an extra
        assertEquals(new Counts(1, 1, 0), en.counts("goal"));
        // the optional principle, found, counts neither way; the rule of law is an extra
        assertEquals(new Counts(0, 1, 0), en.counts("principle"));
        assertEquals(new Counts(6, 3, 1), en.counts("items"));
        assertEquals(List.of(new Results.Miss("reform", "Long-term care insurance pilots")),
                en.misses().stream().filter(m -> m.measure().equals("reform")).toList());
    }

    @Test
    void extrasAreListedWithTheirLabels() {
        List<String> extras = doc("tiny-en").extras().stream().filter(e -> List.of("goal", "reform", "principle", "actor").contains(e.measure()))
                .map(e -> e.measure() + ": " + e.label()).sorted().toList();
        assertEquals(List.of("actor: Ministry of Finance", "goal: basic steps", "principle: rule of law"), extras);
    }

    @Test
    void matchesSayWhichRuleMatched() {
        DocumentScore en = doc("tiny-en");
        assertEquals("label", by(en, "State Council"), "\"the State Council\" is \"State Council\" once normalised");
        assertEquals("phrase", by(en, "Local governments"));
        assertEquals("phrase", by(en, "raise the statutory retirement age"));
        assertTrue(en.matches().stream().noneMatch(m -> m.quote().equals("statutory retirement age")));
        assertEquals("label", by(doc("tiny-zh"), "全国统筹"));
    }

    private static String by(DocumentScore d, String quote) {
        return d.matches().stream().filter(m -> m.quote().equals(quote)).findFirst().orElseThrow().by();
    }

    @Test
    void modalityResponsibilityAndReportedWork() {
        DocumentScore en = doc("tiny-en");
        // necessity right for the reform; the goal's commitment given as necessity: a miss and a wrong one
        assertEquals(new Counts(1, 1, 1), en.counts("modality"));
        // local governments -> universal coverage found; State Council -> care pilots missed; local governments ->
        // "basic steps" and the State Council's sspo:responsibleFor the retirement-age reform are extras
        assertEquals(new Counts(1, 2, 1), en.counts("responsibility"));
        // author, venue (an alternative label of the periodical) and issue (the same number) right; the title not
        assertEquals(new Counts(3, 1, 1), en.counts("reportedWork"));
        assertTrue(en.misses().contains(new Results.Miss("reportedWork", "title: Pensions for All")), en.misses().toString());
    }

    @Test
    void offsetsAreCheckedAgainstTheText() {
        DocumentScore en = doc("tiny-en");
        assertEquals(3, en.sentences());
        assertEquals(1, en.offsetErrors().size());
        assertTrue(en.offsetErrors().get(0).sentence().endsWith("#char=365,428"), en.offsetErrors().toString());
        assertEquals(0, doc("tiny-zh").offsetErrors().size());
    }

    @Test
    void microAveragesOverallAndPerLanguage() {
        assertEquals(new Counts(8, 4, 1), results.overall().counts("items"));
        assertEquals(8.0 / 12, results.overall().counts("items").precision(), 1e-9);
        assertEquals(8.0 / 9, results.overall().counts("items").recall(), 1e-9);
        assertEquals(List.of("en", "zh"), List.copyOf(results.byLanguage().keySet()));
        assertEquals(new Counts(2, 1, 0), results.byLanguage().get("zh").counts("items"));
        assertEquals(1.0, results.byLanguage().get("zh").counts("items").recall());
        assertEquals(6.0 / 7, results.byLanguage().get("en").counts("items").recall(), 1e-9);
        assertEquals(1, results.overall().offsetErrors());
        assertEquals(4, results.overall().sentences());
    }

    @Test
    void jsonReportCarriesTheSameFigures() {
        JsonObject json = JSON.parse(JsonReport.write(results));
        JsonObject items = json.getObj("overall").getObj("scores").getObj("items");
        assertEquals(8, items.getNumber("tp").intValue());
        assertEquals(0.6667, items.getNumber("precision").doubleValue(), 1e-9);
        assertEquals(0.8889, items.getNumber("recall").doubleValue(), 1e-9);
        assertEquals(1.0, json.getObj("languages").getObj("zh").getObj("scores").getObj("items").getNumber("recall").doubleValue());
        assertEquals(2, json.getArray("documents").count());
        // principle recall is undefined in tiny-en (its only item is optional): null, not 0
        JsonObject en = json.getArray("documents").filter(d -> d.getAsObject().getString("name").equals("tiny-en")).findFirst().orElseThrow().getAsObject();
        assertTrue(en.getObj("scores").getObj("principle").get("recall").isNull());
        assertEquals(1, en.getObj("offsets").getNumber("errors").intValue());
    }

    @Test
    void tableReportNamesMissesAndExtras() {
        String table = TableReport.write(results);
        assertTrue(table.contains("missed  reform         Long-term care insurance pilots"), table);
        assertTrue(table.contains("extra   principle      rule of law"), table);
        assertTrue(table.contains("== language zh: 1 document(s)"), table);
        assertTrue(table.lines().anyMatch(l -> l.startsWith("items") && l.contains("0.667") && l.contains("0.889")), table);
    }

    @Test
    void aDocumentMissingFromTheDataIsAnError(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("absent.txt"), "The State Council stressed that it is necessary to act.");
        Files.writeString(dir.resolve("absent.gold.json"), "{\"items\": [{\"class\": \"actor\", \"quote\": \"State Council\"}]}");
        Scorer scorer = new Scorer(SparqlSource.documents(DatasetGraphFactory.createGeneral(), "converted"), Project.file("queries/eval"));
        var ex = assertThrows(org.policykg.error.UserError.class, () -> scorer.score(inputs(dir)));
        assertTrue(ex.getMessage().contains("is not in the data"), ex.getMessage());
    }
}
