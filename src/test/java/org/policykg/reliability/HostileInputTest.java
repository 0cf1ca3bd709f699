package org.policykg.reliability;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.cli.ExitCode;
import org.policykg.testing.Cli;

/** Hostile text input: each either converts correctly or fails with one clear line, never a stack trace, a hang or partial output. */
class HostileInputTest {
    @TempDir Path tmp;

    private Cli convert(Path input, String... extra) {
        String[] args = new String[extra.length + 5];
        args[0] = "convert";
        System.arraycopy(extra, 0, args, 1, extra.length);
        args[extra.length + 1] = "--format";
        args[extra.length + 2] = "nq";
        args[extra.length + 3] = "-o=" + tmp.resolve("out.nq");
        args[extra.length + 4] = input.toString();
        return Cli.run(args);
    }

    private void assertCleanFailure(Cli r, String expected) {
        assertEquals(ExitCode.INPUT, r.exitCode(), r::toString);
        assertTrue(r.err().contains(expected), r::toString);
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), "no stack trace on the terminal: " + r.err());
        assertFalse(Files.exists(tmp.resolve("out.nq")), "nothing written");
    }

    private void assertConverted(Cli r) throws Exception {
        assertEquals(ExitCode.OK, r.exitCode(), r::toString);
        assertTrue(Files.size(tmp.resolve("out.nq")) > 0);
        Files.delete(tmp.resolve("out.nq"));
    }

    @Test
    void randomBytesAreRefused() throws Exception {
        byte[] noise = new byte[64 * 1024];
        new Random(42).nextBytes(noise);
        Path f = Files.write(tmp.resolve("noise.txt"), noise);
        assertCleanFailure(convert(f), "noise.txt");
    }

    @Test
    void invalidUtf8IsRefusedWithWhere() throws Exception {
        byte[] text = "It is necessary to improve social assistance. ".getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[text.length + 2];
        System.arraycopy(text, 0, bad, 0, text.length);
        bad[text.length] = (byte) 0xC3; // a lead byte with no continuation
        bad[text.length + 1] = (byte) 0x28;
        Path f = Files.write(tmp.resolve("latin.txt"), bad);
        assertCleanFailure(convert(f), "UTF-8");
    }

    @Test
    void aLongLineWithoutSentenceEndsConverts() throws Exception {
        String words = "it is necessary to improve the social security system and promote common prosperity and ";
        Path f = Files.writeString(tmp.resolve("one line.txt"), words.repeat(20_000)); // ~1.8 MB, one line, no full stop
        assertConverted(convert(f));
    }

    @Test
    void deeplyRepeatedCueWordsConvert() throws Exception {
        Path f = Files.writeString(tmp.resolve("cues.txt"), "It is necessary to ".repeat(20_000) + "improve social assistance.");
        assertConverted(convert(f));
    }

    @Test
    void controlZeroWidthAndBidiCharactersKeepOffsetsExact() throws Exception {
        String text = "It is necessary\u0007 to im\u200Bprove social\u2060 assistance.\u202E Party committees\u202C and governments at all levels must promote common prosperity.\u0000";
        Path f = Files.writeString(tmp.resolve("controls.txt"), text.replace("\u0000", ""));
        Cli r = convert(f);
        assertEquals(ExitCode.OK, r.exitCode(), r::toString);
        // every sentence's anchor is the text between its offsets, code points counted
        var ds = org.apache.jena.riot.RDFDataMgr.loadDataset(tmp.resolve("out.nq").toString());
        var q = org.apache.jena.query.QueryExecution.dataset(ds).query("""
                PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
                SELECT (COUNT(*) AS ?n) (SUM(IF(SUBSTR(?all, ?b + 1, ?e - ?b) = ?a, 1, 0)) AS ?exact) WHERE {
                  GRAPH ?g { ?s a nif:Sentence ; nif:anchorOf ?a ; nif:beginIndex ?b ; nif:endIndex ?e ; nif:referenceContext ?c . ?c nif:isString ?all } }""")
                .build().execSelect().next();
        assertTrue(q.getLiteral("n").getInt() >= 2, "two sentences");
        assertEquals(q.getLiteral("n").getInt(), q.getLiteral("exact").getInt(), "offsets exact despite invisible characters");
    }

    @Test
    void aNulByteMeansBinary() throws Exception {
        Path f = Files.write(tmp.resolve("nul.txt"), "It is necessary\u0000 to improve pensions.".getBytes(StandardCharsets.UTF_8));
        assertCleanFailure(convert(f), "nul.txt");
    }

    @Test
    void aSymlinkLoopIsAClearError() throws Exception {
        Path a = tmp.resolve("a.txt"), b = tmp.resolve("b.txt");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);
        Cli r = convert(a);
        assertNotEquals(ExitCode.OK, r.exitCode(), r::toString);
        assertNotEquals(ExitCode.INTERNAL, r.exitCode(), r::toString);
        assertTrue(r.err().contains("a.txt"), r::toString);
        assertFalse(r.err().contains("\tat "), r::toString);
    }

    @Test
    void namesWithSpacesAndNonAsciiConvert() throws Exception {
        Path f = Files.writeString(tmp.resolve("社会保障 report é.txt"), "It is necessary to speed up the national pooling of basic old-age insurance.");
        assertConverted(convert(f));
    }

    @Test
    void aDocumentThatTakesTooLongFailsInsteadOfHanging() throws Exception {
        String words = "it is necessary to improve the social security system and promote common prosperity and ";
        Path f = Files.writeString(tmp.resolve("slow.txt"), words.repeat(60_000));
        long t0 = System.nanoTime();
        Cli r = convert(f, "--time-limit", "1");
        assertCleanFailure(r, "not converted within 1 s");
        assertTrue(System.nanoTime() - t0 < 120_000_000_000L, "the limit ended the wait");
    }
}
