package org.policykg.reliability;

import static org.junit.jupiter.api.Assertions.*;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.*;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.*;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.serve.PolicyServer;
import org.policykg.store.StoreConfig;
import org.policykg.testing.Http;
import org.policykg.testing.Project;

/** A real server under concurrent readers while a graph is replaced again and again; and a query that must be stopped. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadersDuringWritesTest {
    private static final String GRAPH = "http://example.org/g/replaced";
    @TempDir static Path tmp;
    private PolicyServer server;
    private String base;

    @BeforeAll
    void start() throws Exception {
        Path config = tmp.resolve("fuseki-config.ttl");
        // The project's config with a short timeout, so the timeout test is quick.
        String text = Files.readString(Project.file("fuseki-config.ttl")).replace("ja:cxtValue \"30000\"", "ja:cxtValue \"1500\"")
                .replace("ja:cxtValue \"100000\"", "ja:cxtValue \"50\"");
        assertTrue(text.contains("\"1500\"") && text.contains("\"50\""), "the config sets timeout and row limit where this test expects them");
        Files.writeString(config, text);
        Files.writeString(config.resolveSibling("passwd"), "admin: s3cret\n");
        server = PolicyServer.build(StoreConfig.read(config, tmp.resolve("data")), "127.0.0.1", Http.freePort()).start();
        base = server.baseUrl() + "/policy";
    }

    @AfterAll
    void stop() {
        if (server != null)
            server.stop();
    }

    private static String version(String tag, int triples) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < triples; i++)
            sb.append("<http://example.org/").append(tag).append("/s").append(i)
              .append("> <http://www.w3.org/2000/01/rdf-schema#label> \"").append(tag).append(' ').append(i).append("\" .\n");
        return sb.toString();
    }

    private int put(String body) {
        return Http.put(base + "/data?graph=" + Http.enc(GRAPH), "application/n-triples", body, "admin:s3cret").statusCode();
    }

    @Test
    void everyReaderSeesTheWholeOldGraphOrTheWholeNewOne() throws Exception {
        String oldVersion = version("old", 100);
        String newVersion = version("new", 250);
        assertTrue(Set.of(200, 201, 204).contains(put(oldVersion)));
        ExecutorService pool = Executors.newFixedThreadPool(9);
        AtomicInteger failures = new AtomicInteger();
        ConcurrentLinkedQueue<String> bad = new ConcurrentLinkedQueue<>();
        CountDownLatch readersDone = new CountDownLatch(8);
        AtomicInteger puts = new AtomicInteger();
        Future<?> writer = pool.submit(() -> {
            for (int i = 0; i < 500 && readersDone.getCount() > 0; i++) {
                int status = put(i % 2 == 0 ? newVersion : oldVersion);
                puts.incrementAndGet();
                if (!Set.of(200, 201, 204).contains(status))
                    bad.add("PUT answered " + status);
            }
        });
        String query = "SELECT (COUNT(*) AS ?n) (COUNT(DISTINCT ?tag) AS ?tags) WHERE { GRAPH <" + GRAPH + "> { ?s ?p ?o "
                + "BIND(REPLACE(STR(?s), '^http://example.org/([a-z]+)/.*$', '$1') AS ?tag) } }";
        List<Future<?>> readers = new java.util.ArrayList<>();
        for (int c = 0; c < 8; c++) {
            readers.add(pool.submit(() -> {
                // read at least 15 times, and on until the graph has been replaced several times
                for (int q = 0; q < 2_000 && (q < 15 || puts.get() < 6); q++) {
                    HttpResponse<String> r = Http.query(base + "/sparql", query, "text/csv");
                    if (r.statusCode() != 200) {
                        failures.incrementAndGet();
                        bad.add("query answered " + r.statusCode());
                        continue;
                    }
                    String row = r.body().lines().skip(1).findFirst().orElse("").strip();
                    if (!row.equals("100,1") && !row.equals("250,1"))
                        bad.add("a mixed or partial graph: " + row);
                }
                readersDone.countDown();
            }));
        }
        writer.get(120, TimeUnit.SECONDS);
        for (Future<?> f : readers)
            f.get(60, TimeUnit.SECONDS);
        pool.shutdown();
        assertTrue(bad.isEmpty(), String.join("\n", bad));
        assertEquals(0, failures.get());
        assertTrue(puts.get() >= 6, "the graph was replaced while the readers read (" + puts.get() + " times)");
    }

    @Test
    void anAnswerHasAtMostTheConfiguredRows() {
        assertTrue(Set.of(200, 201, 204).contains(Http.put(base + "/data?graph=" + Http.enc("http://example.org/g/rows"),
                "application/n-triples", version("rows", 120), "admin:s3cret").statusCode()));
        HttpResponse<String> all = Http.query(base + "/sparql", "SELECT ?s WHERE { GRAPH <http://example.org/g/rows> { ?s ?p ?o } }", "text/csv");
        assertEquals(200, all.statusCode());
        assertEquals(50, all.body().lines().count() - 1, "capped at the configured 50 rows");
        HttpResponse<String> few = Http.query(base + "/sparql", "SELECT ?s WHERE { GRAPH <http://example.org/g/rows> { ?s ?p ?o } } LIMIT 7", "text/csv");
        assertEquals(7, few.body().lines().count() - 1, "a smaller LIMIT is kept");
        HttpResponse<String> count = Http.query(base + "/sparql", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <http://example.org/g/rows> { ?s ?p ?o } }", "text/csv");
        assertEquals("120", count.body().lines().skip(1).findFirst().orElseThrow().strip(), "aggregates still see everything");
    }

    @Test
    void theQueryTimeoutStopsAPathologicalQuery() {
        assertTrue(Set.of(200, 201, 204).contains(put(version("cross", 2000))));
        long start = System.nanoTime();
        HttpResponse<String> r = Http.query(base + "/sparql",
                "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f . ?g ?s ?h }", "text/csv");
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertNotEquals(200, r.statusCode(), "8e12 rows cannot be counted in time: the query must be stopped, not answered");
        // the limit is 1.5 s; the margin is generous because CI machines are shared
        assertTrue(ms < 20_000, "stopped after " + ms + " ms");
    }
}
