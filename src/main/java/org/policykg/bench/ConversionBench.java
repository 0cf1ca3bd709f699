package org.policykg.bench;

import java.io.*;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;

/** Text to N-Quads through the converter, on one thread or many; and RIOT merely parsing the result. */
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
     * Converts every file and writes all graphs as N-Quads to {@code output}. Each document is serialised
     * into its own buffer and appended whole, so threads never interleave inside a document.
     */
    static Pass convert(List<Path> files, DocumentConverter converter, int threads, Path output) throws IOException, InterruptedException {
        AtomicLong sentences = new AtomicLong();
        AtomicLong quads = new AtomicLong();
        double cpu = processCpuSeconds();
        long start = System.nanoTime();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output), 1 << 16)) {
            if (threads <= 1) {
                for (Path f : files)
                    out.write(convertOne(f, converter, sentences, quads));
            } else {
                ExecutorService pool = Executors.newFixedThreadPool(threads);
                try {
                    List<Future<?>> futures = new ArrayList<>();
                    for (Path f : files)
                        futures.add(pool.submit(() -> {
                            byte[] b = convertOne(f, converter, sentences, quads);
                            synchronized (out) {
                                out.write(b);
                            }
                            return null;
                        }));
                    for (Future<?> fu : futures)
                        get(fu);
                } finally {
                    pool.shutdownNow();
                }
            }
        }
        return new Pass((System.nanoTime() - start) / 1e9, processCpuSeconds() - cpu, sentences.get(), quads.get());
    }

    private static byte[] convertOne(Path file, DocumentConverter converter, AtomicLong sentences, AtomicLong quads) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(1 << 17);
        long[] n = {0};
        StreamRDF counting = new StreamRDFWrapper(StreamRDFLib.writer(buf)) {
            @Override public void quad(Quad q) { n[0]++; super.quad(q); }
            @Override public void triple(Triple t) { n[0]++; super.triple(t); }
        };
        sentences.addAndGet(converter.convert(file, counting));
        quads.addAndGet(n[0]);
        return buf.toByteArray();
    }

    private static void get(Future<?> fu) throws InterruptedException {
        try {
            fu.get();
        } catch (ExecutionException ex) {
            throw ex.getCause() instanceof RuntimeException re ? re : new IllegalStateException(ex.getCause());
        }
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
