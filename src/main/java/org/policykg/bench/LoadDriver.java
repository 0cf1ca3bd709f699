package org.policykg.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.*;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A number of concurrent clients, each sending SPARQL queries of the mix over HTTP (GET, JSON results) one
 * after another for a fixed time (and at least once through the mix), reading every answer in full. Deterministic in what it asks: client
 * {@code c} draws its queries from {@code new Random(seed + c)}.
 */
final class LoadDriver {
    private LoadDriver() {}

    record Result(int clients, long requests, long errors, long[] latencyNanos, double seconds, List<String> errorSamples,
                  Map<String, long[]> latencyByQuery) {
        double p50Ms() { return Stats.percentile(latencyNanos, 50) / 1e6; }
        double p99Ms() { return Stats.percentile(latencyNanos, 99) / 1e6; }
        double meanMs() { return Arrays.stream(latencyNanos).average().orElse(Double.NaN) / 1e6; }
        double qps() { return requests / seconds; }
    }

    static Result run(String endpoint, QueryMix mix, int clients, Duration duration, long seed) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        ConcurrentLinkedQueue<long[]> latencies = new ConcurrentLinkedQueue<>();
        Map<String, List<Long>> byQuery = new java.util.concurrent.ConcurrentHashMap<>();
        AtomicLong errors = new AtomicLong();
        List<String> samples = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            long clientSeed = seed + c;
            Thread t = new Thread(() -> {
                Random r = new Random(clientSeed);
                int first = r.nextInt(mix.queries());
                long[] mine = new long[1024];
                int n = 0;
                // until the time is up, and at least once through every query (each one's figures need an answer)
                while (System.nanoTime() < deadline || n < mix.queries()) {
                    QueryMix.Request q = mix.pick(r, n, first);
                    HttpRequest req = HttpRequest.newBuilder(URI.create(endpoint + "?query=" + URLEncoder.encode(q.query(), StandardCharsets.UTF_8)))
                            .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(120)).GET().build();
                    long t0 = System.nanoTime();
                    String problem = null;
                    try {
                        HttpResponse<byte[]> resp = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                        if (resp.statusCode() != 200)
                            problem = q.name() + ": HTTP " + resp.statusCode() + " " + new String(resp.body(), StandardCharsets.UTF_8).lines().findFirst().orElse("");
                    } catch (IOException ex) {
                        problem = q.name() + ": " + ex;
                    } catch (InterruptedException ex) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                    long took = System.nanoTime() - t0;
                    if (problem != null) {
                        errors.incrementAndGet();
                        if (samples.size() < 5)
                            samples.add(problem);
                    }
                    byQuery.computeIfAbsent(q.name(), k -> Collections.synchronizedList(new ArrayList<>())).add(took);
                    if (n == mine.length)
                        mine = Arrays.copyOf(mine, n * 2);
                    mine[n++] = took;
                }
                latencies.add(Arrays.copyOf(mine, n));
            }, "load-client-" + c);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads)
            t.join();
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).toArray();
        Map<String, long[]> perQuery = new TreeMap<>();
        byQuery.forEach((k, v) -> perQuery.put(k, Stats.sorted(v.stream().mapToLong(Long::longValue).toArray())));
        return new Result(clients, all.length, errors.get(), Stats.sorted(all), seconds, List.copyOf(samples), perQuery);
    }
}
