package org.policykg.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.extract.BatchRunner;
import org.policykg.rdf.Vocab;
import org.policykg.testing.*;

/** convert and up run one conversion: the same quads, the same shape check, the same time limit. */
class OneConversionTest {
    @TempDir Path tmp;

    private Path inputs() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("inputs"));
        for (String f : List.of("seeds/xinhua-qiushi-social-security.txt", "seeds/xinhua-qiushi-social-security.meta.json",
                "examples/retirement-age/retirement-age-report-en.txt", "examples/retirement-age/retirement-age-report-en.meta.json",
                "examples/retirement-age/retirement-age-report-zh.txt", "examples/retirement-age/retirement-age-report-zh.meta.json"))
            Files.copy(Project.file(f), in.resolve(Path.of(f).getFileName()));
        return in;
    }

    private static Set<Quad> documentQuads(Path nquads) {
        DatasetGraph dsg = RDFDataMgr.loadDatasetGraph(nquads.toString());
        Set<Quad> out = new java.util.HashSet<>();
        dsg.find().forEachRemaining(q -> {
            if (q.getGraph().getURI().startsWith(Vocab.GRAPH + "doc/"))
                out.add(q);
        });
        return out;
    }

    /** A text that names a known actor by a spelling whose IRI is the scheme's but whose label is not: two English names for one node. */
    private Path nonConforming(Path dir) throws Exception {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("report.meta.json"), "{\"title\": \"A report\", \"reportedAuthor\": \"Xi_Jinping\", \"reportedVenue\": \"Qiushi\"}");
        return Files.writeString(dir.resolve("report.txt"), "The State Council stressed that it is necessary to raise the statutory retirement age.\n");
    }

    @Test
    void convertWritesTheQuadsUpLoads() throws Exception {
        Path in = inputs();
        Path nq = tmp.resolve("converted.nq");
        Cli convert = Cli.run("convert", "--format", "nq", "-o", nq.toString(), in.toString());
        assertEquals(0, convert.exitCode(), convert::toString);

        Path data = tmp.resolve("data");
        try (PolicykgProcess up = PolicykgProcess.start(tmp.resolve("up.log"), "up", "--data", data.toString(), "--port",
                String.valueOf(Http.freePort()), in.toString())) {
            up.awaitLine("Ready.", 120);
            assertTrue(up.output().contains("Inputs: 0 unchanged, 3 converted, "), up.output());
            up.terminate();
        }
        Path exported = tmp.resolve("exported.nq");
        Cli export = Cli.run("export", "--data", data.toString(), "--format", "nq", "-o", exported.toString());
        assertEquals(0, export.exitCode(), export::toString);

        Set<Quad> converted = documentQuads(nq), loaded = documentQuads(exported);
        assertTrue(converted.size() > 1000, "quads: " + converted.size());
        assertEquals(3, converted.stream().map(Quad::getGraph).distinct().count());
        // no --timestamp: the run metadata (tool version, input) is the same on both sides, so nothing is set aside
        Set<Quad> onlyConverted = converted.stream().filter(q -> !loaded.contains(q)).collect(Collectors.toSet());
        Set<Quad> onlyLoaded = loaded.stream().filter(q -> !converted.contains(q)).collect(Collectors.toSet());
        assertEquals(Set.of(), onlyConverted, "converted but not loaded");
        assertEquals(Set.of(), onlyLoaded, "loaded but not converted");
    }

    @Test
    void upRefusesANonConformingDocumentAsConvertDoes() throws Exception {
        Path in = tmp.resolve("bad");
        Path text = nonConforming(in);
        Cli convert = Cli.run("convert", "--format", "nq", text.toString());
        assertEquals(ExitCode.INVALID, convert.exitCode(), convert::toString);
        assertTrue(convert.err().contains(text + ": the output does not conform to the shapes"), convert::toString);
        assertTrue(convert.err().contains("two preferred names"), convert::toString);

        Path data = tmp.resolve("data");
        try (PolicykgProcess up = PolicykgProcess.start(tmp.resolve("up.log"), "up", "--data", data.toString(), "--port",
                String.valueOf(Http.freePort()), in.toString())) {
            assertEquals(ExitCode.INVALID, up.awaitExit(120), up.output());
            assertTrue(up.output().contains("policykg up: " + text + ": the output does not conform to the shapes"), up.output());
            assertTrue(up.output().contains("two preferred names"), up.output());
            assertFalse(up.output().contains("Ready."), up.output());
        }
        assertEquals(0, Cli.count(data.toString(), "GRAPH ?g { ?s ?p ?o }"), "nothing was loaded, not even the ontology");
    }

    /** Far more text than converts in a second (the seed, 4,000 times: 20 MB). */
    private Path longText(Path dir) throws Exception {
        Files.createDirectories(dir);
        String seed = Files.readString(Project.file("seeds/xinhua-qiushi-social-security.txt"));
        Path f = dir.resolve("long.txt");
        try (var w = Files.newBufferedWriter(f)) {
            for (int i = 0; i < 4000; i++)
                w.write(seed + "\n\n");
        }
        return f;
    }

    private static List<Thread> conversionThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith(BatchRunner.THREAD_NAME) && t.isAlive()).toList();
    }

    @Test
    void aDocumentPastTheTimeLimitStops() throws Exception {
        Path f = longText(tmp.resolve("long"));
        long t0 = System.nanoTime();
        Cli r = Cli.run("convert", "--format", "nq", "--time-limit", "1", "--threads", "1", f.toString());
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(ExitCode.INPUT, r.exitCode(), r::toString);
        assertTrue(r.err().contains(f + ": not converted within 1 s"), r::toString);
        // the worker was stopped, not abandoned: no conversion thread runs on after the command returned
        assertEquals(List.of(), conversionThreads());
        assertTrue(seconds < 60, "returned after " + seconds + " s");
    }

    @Test
    void upAppliesTheSameTimeLimit() throws Exception {
        Path in = tmp.resolve("long");
        Path f = longText(in);
        Path data = tmp.resolve("data");
        try (PolicykgProcess up = PolicykgProcess.start(tmp.resolve("up.log"), "up", "--data", data.toString(), "--port",
                String.valueOf(Http.freePort()), "--time-limit", "1", in.toString())) {
            assertEquals(ExitCode.INPUT, up.awaitExit(120), up.output());
            assertTrue(up.output().contains(f + ": not converted within 1 s"), up.output());
        }
        assertEquals(0, Cli.count(data.toString(), "GRAPH ?g { ?s ?p ?o }"), "nothing was loaded");
    }
}
