package org.policykg.bench;

import java.io.PrintStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * A bounded load on a local SPARQL endpoint: many clients sending the competency queries for a while. Reports
 * requests, errors, latency percentiles and, for a server running in this process, the heap after a full
 * collection at the start and at the end: a heap that grows under a steady load is a leak.
 */
public final class Soak {
    /** What the soak found. */
    public record Report(long requests, long errors, double p50Ms, double p99Ms, double qps, double heapStartMb, double heapEndMb) {}

    private Soak() {}

    /** Refuses anything but a loopback http(s) URL: the soak is a load generator and must stay on this machine. */
    public static URI loopbackEndpoint(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("'" + url + "' is not a URL");
        }
        if (uri.getScheme() == null || !uri.getScheme().matches("(?i)https?") || uri.getHost() == null)
            throw new IllegalArgumentException("'" + url + "' is not an http:// endpoint URL such as http://localhost:3030/policy/sparql");
        boolean loopback;
        try {
            loopback = InetAddress.getByName(uri.getHost()).isLoopbackAddress();
        } catch (UnknownHostException ex) {
            loopback = false;
        }
        if (!loopback)
            throw new IllegalArgumentException("the soak runs only against this machine (localhost, 127.0.0.1, ::1), not " + uri.getHost()
                    + ": a load test aimed at someone else's server is an attack");
        return uri;
    }

    /**
     * Runs {@code clients} clients for {@code duration} against {@code endpoint}; {@code inProcess} says whether the
     * server shares this JVM (then its heap is measured).
     */
    public static Report run(String endpoint, Path queriesDir, int clients, Duration duration, boolean inProcess, PrintStream out)
            throws InterruptedException {
        QueryMix mix = QueryMix.load(queriesDir, endpoint, 50, CorpusGenerator.DEFAULT_SEED);
        double heapStart = inProcess ? HeapWatch.usedAfterGcMb() : Double.NaN;
        out.printf(Locale.ROOT, "soak: %d clients for %d s against %s, %d queries from %s%n", clients, duration.toSeconds(), endpoint, mix.queries(), queriesDir);
        if (inProcess)
            out.printf(Locale.ROOT, "soak: heap after GC at the start: %.1f MB%n", heapStart);
        out.flush();
        LoadDriver.Result r = LoadDriver.run(endpoint, mix, clients, duration, CorpusGenerator.DEFAULT_SEED);
        double heapEnd = inProcess ? HeapWatch.usedAfterGcMb() : Double.NaN;
        out.printf(Locale.ROOT, "requests  %d (%.1f per second)%n", r.requests(), r.qps());
        out.printf(Locale.ROOT, "errors    %d%n", r.errors());
        for (String e : r.errorSamples())
            out.println("          e.g. " + e);
        out.printf(Locale.ROOT, "latency   p50 %.1f ms, p99 %.1f ms%n", r.p50Ms(), r.p99Ms());
        if (inProcess)
            out.printf(Locale.ROOT, "heap      after GC: %.1f MB at the start, %.1f MB at the end (%+.1f MB)%n", heapStart, heapEnd, heapEnd - heapStart);
        else
            out.println("heap      not measured: the server runs in another process (use --data to run it in this one)");
        out.flush();
        return new Report(r.requests(), r.errors(), r.p50Ms(), r.p99Ms(), r.qps(), heapStart, heapEnd);
    }

    /**
     * Mixed mode: {@code ordinary} clients running the competency queries, each from an address of its own, and one
     * hostile client holding {@code connections} connections of expensive queries; the two reported apart.
     * @return the ordinary clients' figures (the hostile client's are printed)
     */
    public static MixedLoad.Result runMixed(String endpoint, Path queriesDir, int ordinary, int connections, Duration duration, PrintStream out)
            throws Exception {
        QueryMix mix = QueryMix.load(queriesDir, endpoint, 50, CorpusGenerator.DEFAULT_SEED);
        out.printf(Locale.ROOT, "soak: %d ordinary clients (from %s on) and a hostile client (from %s, %d connections of expensive queries) for %d s against %s%n",
                ordinary, MixedLoad.ordinaryAddress(0), MixedLoad.HOSTILE_ADDRESS, connections, duration.toSeconds(), endpoint);
        out.flush();
        MixedLoad.Result r = MixedLoad.run(endpoint, mix, ordinary, connections, duration, CorpusGenerator.DEFAULT_SEED);
        out.printf(Locale.ROOT, "ordinary  requests %d (%.1f per second), errors %d%n", r.requests(), r.requests() / (double) duration.toSeconds(), r.errors());
        for (String e : r.errorSamples())
            out.println("          e.g. " + e);
        out.printf(Locale.ROOT, "ordinary  latency p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", r.p50Ms(), r.p99Ms(), r.maxMs());
        out.printf(Locale.ROOT, "hostile   requests %d: answered %d, refused 429 %d, refused 503 %d, other %d%n",
                r.hostileRequests(), r.hostileAnswered(), r.hostile429(), r.hostile503(), r.hostileOther());
        out.flush();
        return r;
    }
}
