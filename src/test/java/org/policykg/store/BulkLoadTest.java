package org.policykg.store;

import static org.junit.jupiter.api.Assertions.*;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.cli.ExitCode;
import org.policykg.testing.Cli;

/**
 * The bulk path of a first load (issue 17), on real TDB2 and Lucene in temp folders, through the real {@code load}
 * and {@code query} commands: it stores exactly what the one-transaction load stores, text index and dataset
 * description included, and a load that fails half-way leaves the empty store empty.
 */
class BulkLoadTest {
    @TempDir Path tmp;

    @AfterEach
    void ordinaryThreshold() { System.clearProperty(BulkLoad.MIN_BYTES_PROPERTY); }

    /** N-Quads over several graphs: labels in two languages, sentences (text-indexed), types and plain values, some triples in two graphs. */
    private Path quads(String name, int n, boolean brokenAtTheEnd) throws Exception {
        Path f = tmp.resolve(name);
        try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                String g = "<http://example.org/graph/" + (i % 7) + ">";
                String s = "<http://example.org/s" + i + ">";
                w.write(s + " <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://example.org/C" + (i % 5) + "> " + g + " .\n");
                w.write(s + " <http://www.w3.org/2004/02/skos/core#prefLabel> \"pension fund " + i + "\"@en " + g + " .\n");
                w.write(s + " <http://www.w3.org/2004/02/skos/core#prefLabel> \"养老金 " + i + "\"@zh " + g + " .\n");
                w.write(s + " <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf> \"The insurance of sentence " + i
                        + " must be improved.\" " + g + " .\n");
                w.write(s + " <http://example.org/value> \"" + i + "\"^^<http://www.w3.org/2001/XMLSchema#integer> " + g + " .\n");
                if (i % 10 == 0)
                    w.write(s + " <http://www.w3.org/2000/01/rdf-schema#label> \"shared " + i + "\" <http://example.org/graph/shared> .\n");
            }
            if (brokenAtTheEnd)
                w.write("<http://example.org/broken> <http://example.org/p> \"no end\n");
        }
        return f;
    }

    /** Every quad but the description's (which carries the time it was made), sorted, and text hits for words in both fields and languages. */
    private static String contents(String data) {
        Cli all = Cli.run("query", "--data", data, "--format", "tsv",
                "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?g != <https://w3id.org/sspo/id/graph/void>) }");
        assertEquals(0, all.exitCode(), all::toString);
        StringBuilder b = new StringBuilder();
        all.out().lines().skip(1).sorted().forEach(l -> b.append(l).append('\n'));
        for (String q : List.of("pension", "养老金", "shared"))
            b.append(q).append(": ").append(Cli.count(data, "?s <http://jena.apache.org/text#query> \"" + q + "\"")).append('\n');
        for (String q : List.of("insurance", "improved"))
            b.append(q).append(": ").append(Cli.count(data, "?s <http://jena.apache.org/text#query> (<http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf> \""
                    + q + "\")")).append('\n');
        b.append("description: ").append(Cli.count(data, "GRAPH <https://w3id.org/sspo/id/graph/void> { ?d <http://rdfs.org/ns/void#triples> ?t }"));
        return b.toString();
    }

    private static List<String> storageFolders(Path data) throws Exception {
        try (Stream<Path> s = Files.list(data.resolve("tdb2"))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("Data-")).sorted().toList();
        }
    }

    @Test
    void aBulkFirstLoadStoresExactlyWhatOneTransactionStores() throws Exception {
        Path file = quads("a.nq", 3_000, false);
        Path ordinary = tmp.resolve("ordinary"), bulk = tmp.resolve("bulk");
        assertEquals(ExitCode.OK, Cli.run("load", "--data", ordinary.toString(), file.toString()).exitCode());
        System.setProperty(BulkLoad.MIN_BYTES_PROPERTY, "0");
        Cli load = Cli.run("load", "--data", bulk.toString(), file.toString());
        assertEquals(ExitCode.OK, load.exitCode(), load::toString);
        assertEquals(List.of("Data-0001"), storageFolders(ordinary));
        assertEquals(List.of("Data-0002"), storageFolders(bulk), "the bulk path built a new storage folder and switched to it");
        assertTrue(Files.isRegularFile(bulk.resolve("tdb2/Data-0002").resolve(OptimizerStats.FILE)), "the optimiser's statistics come with the data");
        String expected = contents(ordinary.toString());
        assertTrue(expected.contains("pension: 3000\n") && expected.contains("insurance: 3000\n") && !expected.contains("description: 0"),
                expected.lines().skip(15_000).toList().toString());
        assertEquals(expected, contents(bulk.toString()));

        // the store then takes ordinary loads: a second file, and the first again (its graphs replaced, not doubled)
        Path more = quads("b.nq", 50, false);
        assertEquals(ExitCode.OK, Cli.run("load", "--data", bulk.toString(), more.toString()).exitCode());
        assertEquals(ExitCode.OK, Cli.run("load", "--data", ordinary.toString(), more.toString()).exitCode());
        assertEquals(List.of("Data-0002"), storageFolders(bulk), "a load into a store that holds something is one transaction");
        assertEquals(contents(ordinary.toString()), contents(bulk.toString()));
    }

    @Test
    void aBulkLoadThatFailsLeavesTheEmptyStoreEmpty() throws Exception {
        Path data = tmp.resolve("store");
        System.setProperty(BulkLoad.MIN_BYTES_PROPERTY, "0");
        Path broken = quads("broken.nq", 3_000, true);
        Cli r = Cli.run("load", "--data", data.toString(), broken.toString());
        assertEquals(ExitCode.INPUT, r.exitCode(), r::toString);
        assertTrue(r.err().contains("broken.nq:"), r::toString);
        assertEquals(0, Cli.count(data.toString(), "GRAPH ?g { ?s ?p ?o }"));
        assertEquals(0, Cli.count(data.toString(), "?s <http://jena.apache.org/text#query> \"pension\""), "no index entry was committed");
        assertEquals(List.of("Data-0001"), storageFolders(data), "no half-built storage folder is left");
        // and the next load succeeds, by the bulk path
        Path good = quads("good.nq", 200, false);
        assertEquals(ExitCode.OK, Cli.run("load", "--data", data.toString(), good.toString()).exitCode());
        assertEquals(200, Cli.count(data.toString(), "?s <http://jena.apache.org/text#query> \"pension\""));
        assertEquals(List.of("Data-0002"), storageFolders(data));
    }
}
