package org.policykg.bench;

import java.io.*;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.policykg.rdf.CountingSink;
import org.policykg.rdf.RdfOutput;

/** Text to N-Quads through the batch runner, on one thread or many; and RIOT merely parsing the result. */
final class ConversionBench {
    private ConversionBench() {}

    /** One pass over the corpus: wall-clock seconds, and CPU seconds of the whole process (JIT and GC included). */
    record Pass(double seconds, double cpuSeconds, long sentences, long quads) {}

    /** CPU time of this process so far, in seconds: unlike the wall clock, not stretched by other processes' load. */
    static double processCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    /**
     * Converts every file through the batch runner and writes all graphs as N-Quads to {@code output}, as the
     * documents come (in input order), counting the quads on the way.
     */
    static Pass convert(List<Path> files, BatchConverter converter, int threads, Path output) throws IOException, InterruptedException {
        double cpu = processCpuSeconds();
        long start = System.nanoTime();
        long sentences;
        CountingSink counting;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output), 1 << 16);
             RdfOutput nquads = RdfOutput.open("nq", out)) {
            counting = new CountingSink(nquads);
            sentences = converter.convert(files, threads, counting);
        }
        return new Pass((System.nanoTime() - start) / 1e9, processCpuSeconds() - cpu, sentences, counting.count());
    }

    /** RIOT parsing the N-Quads into a sink that only counts: the floor under any producer of that output. */
    static Pass parse(Path nquads) {
        double cpu = processCpuSeconds();
        long start = System.nanoTime();
        long[] n = {0};
        StreamRDF sink = new StreamRDFWrapper(StreamRDFLib.sinkNull()) {
            @Override public void quad(Quad q) { n[0]++; }
            @Override public void triple(Triple t) { n[0]++; }
        };
        RDFParser.source(nquads).lang(Lang.NQUADS).parse(sink);
        return new Pass((System.nanoTime() - start) / 1e9, processCpuSeconds() - cpu, 0, n[0]);
    }
}
