package org.policykg.store;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.cli.ExitCode;
import org.policykg.testing.Cli;

/**
 * What the store's writes leave in the text index (real TDB2 and Lucene in a temp folder, through the real
 * {@code load} and {@code query} commands): one index entry per indexed quad however often a file states it or it
 * is loaded again, none for quads the index does not read, and every quad in the store either way.
 */
class TextIndexWritesTest {
    @TempDir Path tmp;

    private static final String G = "<http://example.org/graph/a>";
    private static final String LABEL = "<http://www.w3.org/2004/02/skos/core#prefLabel>";
    private static final String ANCHOR = "<http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf>";

    private Path file(String name, String... lines) throws Exception {
        Path f = tmp.resolve(name);
        Files.writeString(f, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return f;
    }

    /** Hits among the labels (the index's default field). */
    private static long hits(String data, String word) {
        return Cli.count(data, "?s <http://jena.apache.org/text#query> \"" + word + "\"");
    }

    /** Hits among the texts (nif:anchorOf). */
    private static long textHits(String data, String word) {
        return Cli.count(data, "?s <http://jena.apache.org/text#query> (" + ANCHOR + " \"" + word + "\")");
    }

    private static void load(String data, Path file) {
        Cli load = Cli.run("load", "--data", data, file.toString());
        assertEquals(ExitCode.OK, load.exitCode(), load::toString);
    }

    private static long quadsIn(String data) {
        return Cli.count(data, "GRAPH " + G + " { ?s ?p ?o }");
    }

    @Test
    void aQuadStatedTwiceOrLoadedAgainHasOneIndexEntry() throws Exception {
        String data = tmp.resolve("data").toString();
        Path twice = file("twice.nq",
                "<http://example.org/s> " + LABEL + " \"contribution base\"@en " + G + " .",
                "<http://example.org/s> <http://example.org/value> \"7\" " + G + " .",
                "<http://example.org/s> " + LABEL + " \"contribution base\"@en " + G + " .",
                "<http://example.org/s> <http://example.org/value> \"7\" " + G + " .",
                "<http://example.org/t> " + ANCHOR + " \"the contribution years\" " + G + " .",
                "<http://example.org/t> " + ANCHOR + " \"the contribution years\" " + G + " .");
        for (String round : List.of("loaded once", "loaded again: the graph's entries replaced, not added to")) {
            load(data, twice);
            assertEquals(1, hits(data, "contribution"), round);
            assertEquals(1, textHits(data, "contribution"), round);
            assertEquals(3, quadsIn(data), round);
        }
    }

    @Test
    void onlyQuadsTheIndexReadsAreFoundByTextAndAllAreStored() throws Exception {
        String data = tmp.resolve("data").toString();
        Path f = file("mixed.nq",
                "<http://example.org/s> " + LABEL + " \"pooling of funds\"@en " + G + " .",
                "<http://example.org/s> <http://www.w3.org/2004/02/skos/core#definition> \"national pooling\"@en " + G + " .",
                "<http://example.org/s> <http://example.org/note> \"pooling\" " + G + " .");
        load(data, f);
        assertEquals(1, hits(data, "pooling"), "a definition and a note are not indexed");
        assertEquals(0, hits(data, "national"));
        assertEquals(3, quadsIn(data));
    }
}
