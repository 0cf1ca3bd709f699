package org.policykg.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.testing.Cli;
import org.policykg.testing.Project;

/** {@code load} and {@code query} through the real entry point, on a real TDB2 store in a temp folder. */
class LoadCommandTest {
    @TempDir Path tmp;

    private String data() { return tmp.resolve("store").toString(); }

    private long count(String where) {
        return Cli.count(data(), where);
    }

    private long textHits(String term) {
        return count("?s <http://jena.apache.org/text#query> \"" + term + "\"");
    }

    @Test
    void loadingTheSameFileTwiceGivesTheSameTriplesAndTextHits() {
        Path labels = Project.testResource("rdf/labels.ttl");
        Cli first = Cli.run("load", "--data", data(), labels.toString());
        assertEquals(0, first.exitCode(), first::toString);
        long triples = count("GRAPH ?g { ?s ?p ?o } FILTER(?g != <https://w3id.org/sspo/id/graph/void>)");
        long hits = textHits("social");
        assertEquals(7, triples);
        assertEquals(2, hits, "social assistance and social welfare");

        Cli second = Cli.run("load", "--data", data(), labels.toString());
        assertEquals(0, second.exitCode(), second::toString);
        assertEquals(triples, count("GRAPH ?g { ?s ?p ?o } FILTER(?g != <https://w3id.org/sspo/id/graph/void>)"));
        assertEquals(hits, textHits("social"));
        assertEquals(1, count("{ SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?g != <https://w3id.org/sspo/id/graph/void>) } }"));
    }

    @Test
    void theUnionDefaultGraphSeesNamedGraphs() {
        assertEquals(0, Cli.run("load", "--data", data(), Project.testResource("rdf/labels.ttl").toString()).exitCode());
        // the dataset description (its own graph, refreshed on load) left aside
        assertEquals(7, count("?s ?p ?o FILTER NOT EXISTS { GRAPH <https://w3id.org/sspo/id/graph/void> { ?s ?p ?o } }"));
    }

    @Test
    void anExplicitGraphNameIsUsed() {
        Cli r = Cli.run("load", "--data", data(), "--graph", "http://example.org/g/labels", Project.testResource("rdf/labels.ttl").toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals(7, count("GRAPH <http://example.org/g/labels> { ?s ?p ?o }"));
    }

    @Test
    void aMalformedFileNamesFileAndLineAndChangesNothing() {
        Path labels = Project.testResource("rdf/labels.ttl");
        assertEquals(0, Cli.run("load", "--data", data(), labels.toString()).exitCode());
        long before = count("GRAPH ?g { ?s ?p ?o } FILTER(?g != <https://w3id.org/sspo/id/graph/void>)");
        long hitsBefore = textHits("fine OR social");

        Path broken = Project.testResource("rdf/broken.ttl");
        Cli r = Cli.run("load", "--data", data(), labels.toString(), broken.toString());
        assertEquals(ExitCode.INPUT, r.exitCode(), r::toString);
        assertTrue(r.err().contains("broken.ttl:4:"), r::toString);
        assertFalse(r.err().contains("\tat "), "no stack trace on the terminal: " + r.err());
        assertEquals(before, count("GRAPH ?g { ?s ?p ?o } FILTER(?g != <https://w3id.org/sspo/id/graph/void>)"));
        assertEquals(hitsBefore, textHits("fine OR social"), "the index is rolled back with the store");
    }

    /** The optimiser's statistics (what tdb2.tdbstats writes) follow every load: counts of what is stored now, not of what was loaded before. */
    @Test
    void aLoadLeavesTheOptimiserStatisticsOfWhatIsStored() throws Exception {
        Path labels = Project.testResource("rdf/labels.ttl");
        assertEquals(0, Cli.run("load", "--data", data(), labels.toString()).exitCode());
        Path stats;
        try (var dirs = Files.list(tmp.resolve("store").resolve("tdb2"))) {
            stats = dirs.filter(d -> d.getFileName().toString().startsWith("Data-")).sorted().reduce((a, b) -> b).orElseThrow().resolve("stats.opt");
        }
        assertTrue(Files.isRegularFile(stats), "no " + stats);
        var first = org.apache.jena.sparql.sse.SSE.readFile(stats.toString());
        String text = Files.readString(stats);
        long labelCount = predicateCount(text, "http://www.w3.org/2004/02/skos/core#prefLabel");
        assertEquals(count("GRAPH ?g { ?s <http://www.w3.org/2004/02/skos/core#prefLabel> ?o }"), labelCount, text);
        assertTrue(first.isList(), text);

        // loading the same file again replaces its graph: the counts stay those of the store
        assertEquals(0, Cli.run("load", "--data", data(), labels.toString()).exitCode());
        assertEquals(labelCount, predicateCount(Files.readString(stats), "http://www.w3.org/2004/02/skos/core#prefLabel"));
    }

    /** The count TDB2's statistics file gives a predicate: a line "(<IRI> N)". */
    private static long predicateCount(String stats, String predicate) {
        var m = java.util.regex.Pattern.compile("\\(<" + java.util.regex.Pattern.quote(predicate) + ">\\s+(\\d+)\\)").matcher(stats);
        assertTrue(m.find(), predicate + " not in " + stats);
        return Long.parseLong(m.group(1));
    }

    @Test
    void aMissingFileIsAClearInputError() {
        Cli r = Cli.run("load", "--data", data(), tmp.resolve("nope.ttl").toString());
        assertEquals(ExitCode.INPUT, r.exitCode(), r::toString);
        assertTrue(r.err().contains("nope.ttl: no such file"), r::toString);
    }

    @Test
    void usageMistakesExitWithTheUsageCode() {
        Cli unknown = Cli.run("frobnicate");
        assertEquals(ExitCode.USAGE, unknown.exitCode());
        assertTrue(unknown.err().contains("unknown command 'frobnicate'"), unknown::toString);

        Cli noFiles = Cli.run("load", "--data", data());
        assertEquals(ExitCode.USAGE, noFiles.exitCode(), noFiles::toString);

        Cli badOption = Cli.run("load", "--frob");
        assertEquals(ExitCode.USAGE, badOption.exitCode(), badOption::toString);
    }

    @Test
    void helpAndVersionAnswer() {
        Cli help = Cli.run("--help");
        assertEquals(0, help.exitCode());
        for (String command : new String[] {"up", "load", "serve", "query"})
            assertTrue(help.out().contains("  " + command + " "), help::toString);
        Cli loadHelp = Cli.run("load", "--help");
        assertEquals(0, loadHelp.exitCode());
        assertTrue(loadHelp.out().contains("--data"), loadHelp::toString);
        Cli version = Cli.run("--version");
        assertTrue(version.out().startsWith("policykg "), version::toString);
    }

    @Test
    void queryFormatsAndBadQueries() {
        assertEquals(0, Cli.run("load", "--data", data(), Project.testResource("rdf/labels.ttl").toString()).exitCode());
        Cli ask = Cli.run("query", "--data", data(), "ASK { ?s <http://www.w3.org/2004/02/skos/core#prefLabel> \"social assistance\"@en }");
        assertEquals("yes", ask.out().strip(), ask::toString);
        Cli json = Cli.run("query", "--data", data(), "--format", "json", "SELECT ?l { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l }");
        assertTrue(json.out().contains("\"social welfare\""), json::toString);
        Cli construct = Cli.run("query", "--data", data(), "CONSTRUCT { ?s a <http://example.org/Thing> } WHERE { ?s ?p ?o }");
        assertEquals(0, construct.exitCode(), construct::toString);
        assertTrue(construct.out().contains("<http://example.org/Thing>"), construct::toString);

        Path q = tmp.resolve("q.rq");
        assertDoesNotThrow(() -> Files.writeString(q, "SELECT * WHERE { ?s ?p }"));
        Cli bad = Cli.run("query", "--data", data(), "--file", q.toString());
        assertEquals(ExitCode.INPUT, bad.exitCode(), bad::toString);
        assertTrue(bad.err().contains("bad query"), bad::toString);
    }

    @Test
    void aMissingConfigurationIsAnEnvironmentError() {
        Cli r = Cli.run("load", "--data", data(), "--config", tmp.resolve("none.ttl").toString(), Project.testResource("rdf/labels.ttl").toString());
        assertEquals(ExitCode.ENVIRONMENT, r.exitCode(), r::toString);
        assertTrue(r.err().contains("Configuration file not found"), r::toString);
    }
}
