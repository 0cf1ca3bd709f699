package org.policykg.bench;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.*;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.jetty.client.ContentResponse;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Ordinary clients and one hostile client on the same endpoint at once, each client sending from a source address
 * of its own on loopback (127.0.0.x: all loopback on Linux), so the server tells them apart as it tells real
 * clients apart. Ordinary client {@code c} sends from 127.0.0.(10 + c) the competency queries one after another;
 * the hostile client sends from 127.0.0.2 the most expensive queries we can write on {@code connections}
 * connections at once, each resent as soon as it is answered (Retry-After ignored).
 */
public final class MixedLoad {
    public static final String HOSTILE_ADDRESS = "127.0.0.2";
    static final int FIRST_ORDINARY = 10;

    /** What the ordinary clients saw, and what the hostile one got. */
    public record Result(long requests, long errors, double p50Ms, double p99Ms, double maxMs, List<String> errorSamples,
                         long hostileRequests, long hostileAnswered, long hostile429, long hostile503, long hostileOther) {}

    private MixedLoad() {}

    /** The source address of ordinary client {@code c}. */
    public static String ordinaryAddress(int c) {
        if (c < 0 || FIRST_ORDINARY + c > 254)
            throw new IllegalArgumentException("at most " + (255 - FIRST_ORDINARY) + " ordinary clients");
        return "127.0.0." + (FIRST_ORDINARY + c);
    }

    /** An HTTP client sending from {@code source} (a loopback address), up to {@code connections} connections. */
    public static HttpClient clientFrom(String source, int connections, QueuedThreadPool pool) throws Exception {
        HttpClient http = new HttpClient();
        http.setBindAddress(new InetSocketAddress(InetAddress.getByName(source), 0));
        http.setMaxConnectionsPerDestination(connections);
        http.setConnectTimeout(10_000);
        if (pool != null)
            http.setExecutor(pool);
        http.start();
        return http;
    }

    /** One GET of a query; the status, or -1 with the reason in {@code problem}. */
    static int get(HttpClient http, String endpoint, String query, long timeoutSeconds, StringBuilder problem) {
        try {
            ContentResponse r = http.newRequest(endpoint + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))
                    .headers(h -> h.put(HttpHeader.ACCEPT, "application/sparql-results+json"))
                    .timeout(timeoutSeconds, TimeUnit.SECONDS).send();
            if (r.getStatus() != 200)
                problem.append("HTTP ").append(r.getStatus()).append(' ').append(r.getContentAsString().lines().findFirst().orElse(""));
            return r.getStatus();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            problem.append("interrupted");
            return -1;
        } catch (Exception ex) {
            problem.append(ex.getClass().getSimpleName()).append(": ").append(ex.getMessage());
            return -1;
        }
    }

    static List<String> hostileQueries() {
        List<String> out = new ArrayList<>();
        for (String part : CorpusGenerator.resource("hostile-queries.rq").split("(?m)^#---\\s*$")) {
            String q = part.lines().filter(l -> !l.startsWith("#")).reduce("", (a, b) -> a + b + "\n").strip();
            if (!q.isEmpty())
                out.add(q);
        }
        return out;
    }

    static Result run(String endpointUrl, QueryMix mix, int ordinary, int connections, Duration duration, long seed) throws Exception {
        // an IPv4 source address needs an IPv4 destination: localhost may resolve to ::1 first
        String endpoint = endpointUrl.replaceFirst("^(https?://)localhost([:/])", "$1127.0.0.1$2");
        QueuedThreadPool pool = new QueuedThreadPool(Math.max(50, 4 * (ordinary + connections)), 8);
        pool.setName("mixed-load");
        pool.start();
        List<HttpClient> clients = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        List<Thread> hostileThreads = new ArrayList<>();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong errors = new AtomicLong();
        List<String> samples = Collections.synchronizedList(new ArrayList<>());
        AtomicLong hostileRequests = new AtomicLong(), hostileOk = new AtomicLong(), h429 = new AtomicLong(), h503 = new AtomicLong(), hOther = new AtomicLong();
        long deadline = System.nanoTime() + duration.toNanos();
        try {
            HttpClient hostile = clientFrom(HOSTILE_ADDRESS, connections, pool);
            clients.add(hostile);
            List<String> expensive = hostileQueries();
            for (int i = 0; i < connections; i++) {
                String q = expensive.get(i % expensive.size());
                hostileThreads.add(new Thread(() -> {
                    while (System.nanoTime() < deadline) {
                        StringBuilder problem = new StringBuilder();
                        int status = get(hostile, endpoint, q, 120, problem);
                        if (System.nanoTime() >= deadline)
                            break; // cut off at the end of the run: not an answer
                        hostileRequests.incrementAndGet();
                        switch (status) {
                            case 200 -> hostileOk.incrementAndGet();
                            case 429 -> h429.incrementAndGet();
                            case 503 -> h503.incrementAndGet();
                            default -> hOther.incrementAndGet();
                        }
                    }
                }, "hostile-" + i));
            }
            for (int c = 0; c < ordinary; c++) {
                HttpClient http = clientFrom(ordinaryAddress(c), 1, pool);
                clients.add(http);
                Random r = new Random(seed + c);
                threads.add(new Thread(() -> {
                    while (System.nanoTime() < deadline) {
                        QueryMix.Request q = mix.pick(r);
                        StringBuilder problem = new StringBuilder();
                        long t0 = System.nanoTime();
                        int status = get(http, endpoint, q.query(), 120, problem);
                        latencies.add(System.nanoTime() - t0);
                        if (status != 200) {
                            errors.incrementAndGet();
                            if (samples.size() < 5)
                                samples.add(q.name() + ": " + problem);
                        }
                    }
                }, "ordinary-" + c));
            }
            hostileThreads.forEach(Thread::start);
            threads.forEach(Thread::start);
            for (Thread t : threads)
                t.join();
            hostile.stop(); // its queries still running are abandoned: the run is over
            for (Thread t : hostileThreads)
                t.join();
        } finally {
            for (HttpClient c : clients)
                c.stop();
            pool.stop();
        }
        long[] all = Stats.sorted(latencies.stream().mapToLong(Long::longValue).toArray());
        return new Result(all.length, errors.get(), Stats.percentile(all, 50) / 1e6, Stats.percentile(all, 99) / 1e6,
                all.length == 0 ? Double.NaN : all[all.length - 1] / 1e6, List.copyOf(samples),
                hostileRequests.get(), hostileOk.get(), h429.get(), h503.get(), hOther.get());
    }
}
