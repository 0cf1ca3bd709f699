package org.policykg.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {
    @TempDir Path dir;

    record Run(int rc, String out, String err) {}

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int rc = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(rc, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static String seed() { return Home.path().resolve("seeds/xinhua-qiushi-social-security.txt").toString(); }

    private Path good(String name) throws Exception {
        return Files.writeString(dir.resolve(name), "It is necessary to speed up the national pooling of basic old-age insurance.");
    }

    @Test
    void twoRunsGiveIdenticalSortedNQuads() throws Exception {
        Path a = dir.resolve("a.nq"), b = dir.resolve("b.nq");
        assertEquals(0, run("convert", "--format", "nq", "-o", a.toString(), seed()).rc());
        Run second = run("convert", "--format", "nq", "-o", b.toString(), seed());
        assertEquals(0, second.rc(), second.err());
        List<String> la = Files.readAllLines(a).stream().sorted().toList(), lb = Files.readAllLines(b).stream().sorted().toList();
        assertTrue(la.size() > 300, "quads: " + la.size());
        assertEquals(la, lb);
        assertTrue(la.stream().noneMatch(l -> l.startsWith("_:") || l.contains(" _:")), "blank nodes in the output");
    }

    @Test
    void everyFormatParsesBack() throws Exception {
        for (String f : new String[] {"ttl", "trig", "nq", "jsonld"}) {
            Path out = dir.resolve("seed." + f);
            Run r = run("convert", "--format", f, "-o", out.toString(), seed());
            assertEquals(0, r.rc(), f + ": " + r.err());
            Dataset ds = RDFDataMgr.loadDataset(out.toString());
            long size = ds.getDefaultModel().size() + ds.getUnionModel().size();
            assertTrue(size > 300, f + " holds " + size + " triples");
        }
        Run stdout = run("convert", "--format", "ttl", seed());
        assertTrue(stdout.out().contains("sspo:proposesReform"), stdout.out());
    }

    @Test
    void severalDocumentsInEveryFormatParseBackToTheSameTriples() throws Exception {
        Path a = good("first.txt"), b = good("second.txt");
        Path nq = dir.resolve("all.nq");
        assertEquals(0, run("convert", "--format", "nq", "-o", nq.toString(), a.toString(), b.toString()).rc());
        org.apache.jena.sparql.core.DatasetGraph reference = org.apache.jena.riot.RDFDataMgr.loadDatasetGraph(nq.toString());
        assertEquals(2, org.apache.jena.atlas.iterator.Iter.count(reference.listGraphNodes()));
        for (String f : List.of("trig", "ttl", "jsonld")) {
            Path out = dir.resolve("all." + f);
            Run r = run("convert", "--format", f, "-o", out.toString(), a.toString(), b.toString());
            assertEquals(0, r.rc(), f + ": " + r.err());
            org.apache.jena.sparql.core.DatasetGraph back = org.apache.jena.riot.RDFDataMgr.loadDatasetGraph(out.toString());
            if (f.equals("ttl"))
                assertTrue(back.getDefaultGraph().isIsomorphicWith(reference.getUnionGraph()), f);
            else
                assertTrue(org.apache.jena.sparql.util.IsoMatcher.isomorphic(back, reference), f);
        }
    }

    @Test
    void aBadFileInABatchWritesNothing() throws Exception {
        Path ok = good("ok.txt");
        Path empty = Files.writeString(dir.resolve("empty.txt"), "  \n");
        Path out = dir.resolve("out.trig");
        Run r = run("convert", "-o", out.toString(), ok.toString(), empty.toString());
        assertEquals(ExitCode.INPUT, r.rc());
        assertTrue(r.err().contains(empty.toString()) && r.err().contains("nothing written"), r.err());
        assertFalse(Files.exists(out));
        assertEquals(List.of(), Files.list(dir).filter(p -> p.getFileName().toString().endsWith(".tmp")).toList());
    }

    @Test
    void keepGoingReportsAndSkipsBadFiles() throws Exception {
        Path ok = good("ok.txt");
        Path latin1 = Files.write(dir.resolve("latin1.txt"), "caf\u00E9".getBytes(StandardCharsets.ISO_8859_1));
        Path out = dir.resolve("out.nq");
        Run r = run("convert", "--keep-going", "--format", "nq", "-o", out.toString(), ok.toString(), latin1.toString());
        assertEquals(ExitCode.INPUT, r.rc());
        assertTrue(r.err().contains(latin1 + ": not valid UTF-8") && r.err().contains("skipped"), r.err());
        String nq = Files.readString(out);
        assertTrue(nq.contains("/graph/doc/ok>"), nq);
        assertFalse(nq.contains("/graph/doc/latin1>"));
    }

    @Test
    void missingPathsBrokenSidecarsAndOversizedFilesAreReported() throws Exception {
        Run missing = run("convert", dir.resolve("nowhere.txt").toString());
        assertEquals(ExitCode.INPUT, missing.rc());
        assertTrue(missing.err().contains("nowhere.txt: no such file"), missing.err());

        Path ok = good("report.txt");
        Files.writeString(dir.resolve("report.meta.json"), "{ \"title\": ");
        Run sidecar = run("convert", ok.toString());
        assertEquals(ExitCode.INPUT, sidecar.rc());
        assertTrue(sidecar.err().contains("report.meta.json: the metadata sidecar is not valid JSON"), sidecar.err());
        assertEquals("", sidecar.out());
        Files.write(dir.resolve("report.meta.json"), "{ \"title\": \"Pensions in the caf\u00e9 economy\" }".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Run latin1 = run("convert", ok.toString());
        assertEquals(ExitCode.INPUT, latin1.rc());
        assertTrue(latin1.err().contains("report.meta.json: the metadata sidecar is not valid JSON: it is not UTF-8 text"), latin1.err());
        Files.writeString(dir.resolve("report.meta.json"), "{ \"title\": \"Pensions\" } and more");
        Run trailing = run("convert", ok.toString());
        assertEquals(ExitCode.INPUT, trailing.rc());
        assertTrue(trailing.err().contains("report.meta.json: the metadata sidecar is not valid JSON: malformed at line 1 column"), trailing.err());

        Path big = good("big.txt");
        Run tooBig = run("convert", "--max-size", "20", big.toString());
        assertEquals(ExitCode.INPUT, tooBig.rc());
        assertTrue(tooBig.err().contains("over the limit of 20 bytes"), tooBig.err());
    }

    @Test
    void foldersAreWalkedWithProgressLinesAndSidecarsRideAlong() throws Exception {
        for (int i = 1; i <= 4; i++)
            good("doc" + i + ".txt");
        Files.writeString(dir.resolve("doc1.meta.json"), "{\"title\": \"First\", \"date\": \"2023-01-02\"}");
        Run r = run("convert", "--format", "nq", "--threads", "2", dir.toString());
        assertEquals(0, r.rc(), r.err());
        // standard error is not a terminal here: progress comes as plain lines, never a bar redrawn with \r
        assertTrue(r.err().contains("converting: 4/4 documents"), r.err());
        assertFalse(r.err().contains("\r") || r.err().contains("converting ["), r.err());
        for (int i = 1; i <= 4; i++)
            assertTrue(r.out().contains("/graph/doc/doc" + i + ">"));
        assertTrue(r.out().contains("\"First\"@en"));
        assertTrue(r.out().contains("\"2023-01-02\"^^<http://www.w3.org/2001/XMLSchema#date>"));
    }

    @Test
    void optionsOverrideTheSidecarAndTimestampIsOptIn() throws Exception {
        Path ok = good("opt.txt");
        Run r = run("convert", "--format", "nq", "--title", "Given title", "--timestamp", ok.toString());
        assertEquals(0, r.rc(), r.err());
        assertTrue(r.out().contains("\"Given title\"@en"));
        assertTrue(r.out().contains("startedAtTime"));
        assertFalse(run("convert", "--format", "nq", ok.toString()).out().contains("startedAtTime"));
        Run lang = run("convert", "--lang", "fr", ok.toString());
        assertEquals(ExitCode.INPUT, lang.rc());
        assertTrue(lang.err().contains("does not read yet"), lang.err());
    }

    @Test
    void anOutputInAMissingFolderIsReported() {
        Run r = run("convert", "-o", dir.resolve("no/such/out.ttl").toString(), seed());
        assertEquals(ExitCode.INPUT, r.rc());
        assertTrue(r.err().contains("does not exist"), r.err());
    }

    @Test
    void usageMistakes() {
        assertEquals(ExitCode.USAGE, run("convert").rc());
        assertEquals(ExitCode.USAGE, run("convert", "--format", "xml", seed()).rc());
    }
}
