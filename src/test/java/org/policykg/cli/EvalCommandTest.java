package org.policykg.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.serve.PolicyServer;
import org.policykg.store.StoreConfig;
import org.policykg.testing.Cli;
import org.policykg.testing.Http;
import org.policykg.testing.Project;

/**
 * {@code eval} end to end: a tiny text converted for real and scored against its gold file; the same
 * figures from a store and from its endpoint; floors; bad gold files; gold files beside texts left alone
 * by {@code convert} and {@code up}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvalCommandTest {
    @TempDir static Path tmp;
    Path gold;
    Cli converted;

    static final String TEXT = "Xinhua News Agency, Beijing, May 2. The State Council stressed that it is necessary to speed up the "
            + "national pooling of basic old-age insurance.\n\nLocal governments must expand the coverage of long-term care insurance.\n";

    // the reported work's title is not in the text (it reports on no work): a sure miss
    static final String GOLD = """
            {"style": "wire-report", "language": "en", "annotator": "EvalCommandTest",
             "items": [
              {"class": "actor", "quote": "Xinhua News Agency"},
              {"class": "actor", "quote": "State Council"},
              {"class": "reform", "quote": "national pooling of basic old-age insurance", "modality": "necessity"},
              {"class": "goal", "quote": "coverage of long-term care insurance", "optional": true}
             ],
             "reportedWork": {"title": "A title the text does not have"}
            }
            """;

    @BeforeAll
    void convertAndScore() throws Exception {
        gold = Files.createDirectories(tmp.resolve("gold"));
        Files.writeString(gold.resolve("pooling.txt"), TEXT);
        Files.writeString(gold.resolve("pooling.gold.json"), GOLD);
        converted = Cli.run("eval", "--gold", gold.toString(), "--format", "json");
    }

    private static JsonObject overall(String json) {
        return JSON.parse(json).getObj("overall").getObj("scores");
    }

    @Test
    void aTextConvertedForRealIsScored() {
        assertEquals(0, converted.exitCode(), converted.toString());
        JsonObject json = JSON.parse(converted.out());
        JsonObject doc = json.getArray("documents").findFirst().orElseThrow().getAsObject();
        assertEquals("pooling", doc.getString("name"));
        assertEquals("https://w3id.org/sspo/id/doc/pooling", doc.getString("document"));
        // the converter knows this reform: found, and said with necessity
        assertTrue(doc.getArray("matches").anyMatch(m -> m.getAsObject().getString("quote").equals("national pooling of basic old-age insurance")),
                converted.out());
        JsonObject reform = doc.getObj("scores").getObj("reform");
        assertEquals(1, reform.getNumber("tp").intValue());
        assertEquals(0, reform.getNumber("fn").intValue());
        assertEquals(1, doc.getObj("scores").getObj("modality").getNumber("tp").intValue());
        // the work the text does not report on: a miss
        assertEquals(0.0, doc.getObj("scores").getObj("reportedWork").getNumber("recall").doubleValue());
        assertTrue(doc.getArray("misses").anyMatch(m -> m.getAsObject().getString("gold").equals("title: A title the text does not have")));
        // the converter's own offsets are right, and every statement's sentence was checked
        assertTrue(doc.getObj("offsets").getNumber("sentences").intValue() >= 2, converted.out());
        assertEquals(0, doc.getObj("offsets").getNumber("errors").intValue());
        // the figures add up: every required item is a match or a miss, every other node an extra
        JsonObject items = doc.getObj("scores").getObj("items");
        long requiredMatches = doc.getArray("matches").filter(m -> !m.getAsObject().getBoolean("optional")).count();
        assertEquals(requiredMatches, items.getNumber("tp").longValue());
        assertEquals(count(doc, "misses", List.of("goal", "reform", "principle", "actor")), items.getNumber("fn").longValue());
        assertEquals(count(doc, "extras", List.of("goal", "reform", "principle", "actor")), items.getNumber("fp").longValue());
        assertEquals(json.getObj("overall").getObj("scores").toString(), json.getObj("languages").getObj("en").getObj("scores").toString());
    }

    private static long count(JsonObject doc, String list, List<String> measures) {
        return doc.getArray(list).filter((JsonValue v) -> measures.contains(v.getAsObject().getString("measure"))).count();
    }

    @Test
    void aQuoteMeetsANodeLabelledWithAnotherRenderingOfItsName() throws Exception {
        // the Party named by its full name only inside a principle's name, and acting as "our Party": the node is
        // labelled "CPC", which the lexicon lists as a rendering of "Communist Party of China" (lex:variant-party-name)
        Path dir = Files.createDirectories(tmp.resolve("renderings"));
        Files.writeString(dir.resolve("party.txt"), "We must uphold the leadership of the Communist Party of China. "
                + "Our Party will keep improving the livelihood of the people.\n");
        Files.writeString(dir.resolve("party.gold.json"), """
                {"language": "en", "annotator": "EvalCommandTest",
                 "items": [{"class": "actor", "quote": "Communist Party of China"}]}
                """);
        Cli r = Cli.run("eval", "--gold", dir.toString(), "--format", "json");
        assertEquals(0, r.exitCode(), r.toString());
        JsonObject doc = JSON.parse(r.out()).getArray("documents").findFirst().orElseThrow().getAsObject();
        assertTrue(doc.getArray("matches").anyMatch(m -> m.getAsObject().getString("quote").equals("Communist Party of China")
                && m.getAsObject().getString("by").equals("label")), r.out());
        assertEquals(1, doc.getObj("scores").getObj("actor").getNumber("tp").intValue(), r.out());
    }

    @Test
    void oneGoldFileMayBeGivenForItsFolder() {
        Cli one = Cli.run("eval", "--gold", gold.resolve("pooling.gold.json").toString(), "--format", "json");
        assertEquals(0, one.exitCode(), one.toString());
        assertEquals(overall(converted.out()).toString(), overall(one.out()).toString());
    }

    @Test
    void theTableGoesToAFileWithMinusO() throws Exception {
        Path out = tmp.resolve("report.txt");
        Cli r = Cli.run("eval", "--gold", gold.toString(), "-o", out.toString());
        assertEquals(0, r.exitCode(), r.toString());
        assertEquals("", r.out());
        String table = Files.readString(out);
        assertTrue(table.startsWith("== overall: 1 document(s)"), table);
        assertTrue(table.contains("missed  reportedWork   title: A title the text does not have"), table);
    }

    @Test
    void floorsPassAndFail() throws Exception {
        Path low = Files.writeString(tmp.resolve("low.json"), "{\"overall\": {\"reform\": {\"recall\": 0.5, \"precision\": 0.1}, \"maxOffsetErrors\": 0},"
                + " \"en\": {\"actor\": {\"recall\": 0.5}}}");
        Cli pass = Cli.run("eval", "--gold", gold.toString(), "--floors", low.toString(), "-o", tmp.resolve("r1.txt").toString());
        assertEquals(0, pass.exitCode(), pass.toString());
        assertFalse(pass.err().contains("floor"), pass.err());

        Path high = Files.writeString(tmp.resolve("high.json"), "{\"overall\": {\"reportedWork\": {\"recall\": 0.5}, \"reform\": {\"recall\": 0.5}},"
                + " \"zh\": {\"goal\": {\"recall\": 0.1}}}");
        Cli fail = Cli.run("eval", "--gold", gold.toString(), "--floors", high.toString(), "--format", "json");
        assertEquals(ExitCode.BELOW_FLOORS, fail.exitCode(), fail.toString());
        assertTrue(fail.err().contains("policykg eval: overall reportedWork recall 0.000 is under its floor 0.500"), fail.err());
        assertTrue(fail.err().contains("policykg eval: zh goal recall: no document in language zh"), fail.err());
        assertFalse(fail.err().contains("overall reform"), "the reform floor is met: " + fail.err());
        assertEquals(overall(converted.out()).toString(), overall(fail.out()).toString(), "the report is still printed");
    }

    @Test
    void aBadFloorsFileOrGoldFileIsOneLine() throws Exception {
        Path floors = Files.writeString(tmp.resolve("bad-floors.json"), "{\"overall\": {\"goals\": {\"recall\": 0.5}}}");
        Cli r = Cli.run("eval", "--gold", gold.toString(), "--floors", floors.toString());
        assertEquals(ExitCode.INPUT, r.exitCode(), r.toString());
        assertTrue(r.err().startsWith("policykg eval: " + floors + ": overall: unknown measure 'goals'"), r.err());

        Path bad = Files.createDirectories(tmp.resolve("bad"));
        Files.writeString(bad.resolve("x.txt"), TEXT);
        Files.writeString(bad.resolve("x.gold.json"), "{\"items\": [{\"class\": \"goal\", \"quote\": \"universal coverage\"}]}");
        r = Cli.run("eval", "--gold", bad.toString());
        assertEquals(ExitCode.INPUT, r.exitCode(), r.toString());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("x.gold.json: item 1 (goal): the quote \"universal coverage\" is not in x.txt"), r.err());
        assertEquals("", r.out());

        Path empty = Files.createDirectories(tmp.resolve("empty"));
        r = Cli.run("eval", "--gold", empty.toString());
        assertEquals(ExitCode.INPUT, r.exitCode());
        assertTrue(r.err().contains("no gold files"), r.err());
        r = Cli.run("eval", "--gold", tmp.resolve("nowhere").toString());
        assertEquals(ExitCode.INPUT, r.exitCode());
        assertTrue(r.err().contains("nowhere: no such folder"), r.err());
        assertEquals(ExitCode.USAGE, Cli.run("eval", "--gold", gold.toString(), "--format", "csv").exitCode());
        assertEquals(ExitCode.USAGE, Cli.run("eval").exitCode());
    }

    @Test
    void aStoreAndItsEndpointGiveTheFiguresOfTheConversion() throws Exception {
        // the store as a user builds it: the converted text and the ontology, loaded
        Path trig = tmp.resolve("pooling.trig");
        Cli convert = Cli.run("convert", "-o", trig.toString(), gold.resolve("pooling.txt").toString());
        assertEquals(0, convert.exitCode(), convert.toString());
        Path data = tmp.resolve("data");
        Cli load = Cli.run("load", "--data", data.toString(), trig.toString(),
                Project.file("ontology/sspo.ttl").toString(), Project.file("ontology/concepts.ttl").toString());
        assertEquals(0, load.exitCode(), load.toString());

        Cli fromStore = Cli.run("eval", "--gold", gold.toString(), "--data", data.toString(), "--format", "json");
        assertEquals(0, fromStore.exitCode(), fromStore.toString());
        assertEquals(overall(converted.out()).toString(), overall(fromStore.out()).toString());

        // a gold file whose text was never loaded
        Path other = Files.createDirectories(tmp.resolve("other"));
        Files.writeString(other.resolve("never-loaded.txt"), TEXT);
        Files.writeString(other.resolve("never-loaded.gold.json"), "{\"items\": []}");
        Cli missing = Cli.run("eval", "--gold", other.toString(), "--data", data.toString());
        assertEquals(ExitCode.INPUT, missing.exitCode(), missing.toString());
        assertTrue(missing.err().contains("<https://w3id.org/sspo/id/doc/never-loaded> is not in the data"), missing.err());

        PolicyServer server = PolicyServer.build(StoreConfig.read(Project.file("fuseki-config.ttl"), data), "127.0.0.1", Http.freePort()).start();
        try {
            Cli fromEndpoint = Cli.run("eval", "--gold", gold.toString(), "--endpoint", server.baseUrl() + "/policy/sparql", "--format", "json");
            assertEquals(0, fromEndpoint.exitCode(), fromEndpoint.toString());
            assertEquals(overall(converted.out()).toString(), overall(fromEndpoint.out()).toString());
        } finally {
            server.stop();
        }

    }

    @Test
    void convertAndUpLeaveGoldFilesAlone() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("texts"));
        Files.writeString(folder.resolve("pooling.txt"), TEXT);
        Files.writeString(folder.resolve("pooling.gold.json"), GOLD);
        Cli convert = Cli.run("convert", "--format", "nq", folder.toString());
        assertEquals(0, convert.exitCode(), convert.toString());
        assertTrue(convert.out().contains("<https://w3id.org/sspo/id/doc/pooling>"));
        assertFalse(convert.out().contains("gold"), "nothing of the gold file is converted");

        var runner = org.policykg.extract.BatchRunner.forOntology(Project.file("ontology"),
                new org.policykg.rdf.DocumentGraphWriter.Run("test", null), 1, java.time.Duration.ofMinutes(1));
        var sources = UpCommand.sources(List.of(folder), runner);
        assertEquals(1, sources.size(), "one batch of texts, nothing else");
        assertEquals(List.of(folder.resolve("pooling.txt")), ((ConvertedTexts) sources.get(0)).files());
    }
}
