package org.policykg.serve;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.*;

import org.eclipse.jetty.client.ContentResponse;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.http.HttpHeader;
import org.junit.jupiter.api.*;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.bench.MixedLoad;
import org.policykg.store.PolicyStore;
import org.policykg.store.RdfFileSource;
import org.policykg.store.StoreConfig;
import org.policykg.testing.Http;
import org.policykg.testing.Project;

/**
 * The fair-share limits on a small scale: clients told apart by their source address (127.0.0.2, .3, .4: all
 * loopback on Linux), a query that would run for hours cut by the client's share of query time.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FairShareTest {
    // 7 triples to the 12th power: never finishes by itself
    private static final String ENDLESS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n1 ?o . ?p ?q ?r ."
            + " ?s ?t ?u . ?v ?w ?x . ?y ?z ?a1 . ?b1 ?c1 ?d1 . ?e1 ?f1 ?g1 . ?h1 ?i1 ?j1 }";
    private static final String QUICK = "ASK { ?s ?p ?o }";
    @TempDir static Path tmp;
    private PolicyServer server;
    private String endpoint;
    private final List<HttpClient> clients = new ArrayList<>();
    private final ExecutorService pool = Executors.newCachedThreadPool();

    @BeforeAll
    void start() throws Exception {
        Path config = tmp.resolve("fuseki-config.ttl");
        String text = Files.readString(Project.file("fuseki-config.ttl"))
                .replaceFirst(":queriesPerClient\\s+\\d+", ":queriesPerClient 2")
                .replaceFirst(":queriesAtOnce\\s+\\d+", ":queriesAtOnce 3")
                .replaceFirst(":queueSeconds\\s+\\d+", ":queueSeconds 1")
                .replaceFirst(":budgetSeconds\\s+\\d+", ":budgetSeconds 3")
                .replaceFirst(":budgetRefillPerSecond\\s+[0-9.]+", ":budgetRefillPerSecond 0.01");
        assertTrue(text.contains(":queriesAtOnce 3") && text.contains(":budgetSeconds 3") && text.contains(":budgetRefillPerSecond 0.01"),
                "the limits are in the configuration file");
        Files.writeString(config, text);
        StoreConfig storeConfig = StoreConfig.read(config, tmp.resolve("data"));
        server = PolicyServer.build(storeConfig, "127.0.0.1", Http.freePort());
        PolicyStore.over(storeConfig, server.dataset("policy")).replace(List.of(RdfFileSource.of(Project.testResource("rdf/labels.ttl"))));
        server.start();
        endpoint = "http://127.0.0.1:" + server.port() + "/policy/sparql";
    }

    @AfterAll
    void stop() throws Exception {
        for (HttpClient c : clients)
            c.stop();
        pool.shutdownNow();
        if (server != null)
            server.stop();
    }

    private HttpClient from(String address) throws Exception {
        HttpClient c = MixedLoad.clientFrom(address, 8, null);
        clients.add(c);
        return c;
    }

    private Future<ContentResponse> send(HttpClient client, String query) {
        return pool.submit(() -> client.newRequest(endpoint + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))
                .headers(h -> h.put(HttpHeader.ACCEPT, "application/sparql-results+json")).timeout(60, TimeUnit.SECONDS).send());
    }

    @Test
    void aClientOverItsShareIsToldToWaitAndTheOthersAreServed() throws Exception {
        HttpClient hostile = from("127.0.0.2");
        HttpClient ordinary = from("127.0.0.3");
        HttpClient third = from("127.0.0.4");

        // four endless queries at once from one address: two run, two are refused at once
        List<Future<ContentResponse>> flood = new ArrayList<>();
        for (int i = 0; i < 4; i++)
            flood.add(send(hostile, ENDLESS));
        // "at once" on a loaded machine: the refusals come back well before the 3-s share could cut the two that run
        long waitUntil = System.nanoTime() + 2_000_000_000L;
        while (flood.stream().filter(Future::isDone).count() < 2 && System.nanoTime() < waitUntil)
            Thread.sleep(50);
        Thread.sleep(200); // a third answer now would be a query that was not held
        long refusedAtOnce = flood.stream().filter(Future::isDone).count();
        assertEquals(2, refusedAtOnce, "two of the four were answered at once");
        for (Future<ContentResponse> f : flood)
            if (f.isDone()) {
                assertEquals(429, f.get().getStatus(), f.get().getContentAsString());
                assertNotNull(f.get().getHeaders().get(HttpHeader.RETRY_AFTER), "429 says when to retry");
            }

        // another client is served meanwhile
        ContentResponse quick = send(ordinary, QUICK).get(10, TimeUnit.SECONDS);
        assertEquals(200, quick.getStatus(), quick.getContentAsString());

        // the global limit (3): a third client gets one slot; its second query waits its turn (1 s), then 503
        Future<ContentResponse> admitted = send(third, ENDLESS);
        Thread.sleep(300);
        ContentResponse busy = send(third, QUICK).get(10, TimeUnit.SECONDS);
        assertEquals(503, busy.getStatus(), busy.getContentAsString());
        assertTrue(busy.getContentAsString().contains("busy"), busy.getContentAsString());
        assertNotNull(busy.getHeaders().get(HttpHeader.RETRY_AFTER), "503 says when to retry");

        // the endless queries are cut when their client's share of query time (3 s) is spent
        long t0 = System.nanoTime();
        for (Future<ContentResponse> f : flood) {
            ContentResponse r = f.get(20, TimeUnit.SECONDS);
            assertNotEquals(200, r.getStatus(), "an endless query cannot have finished");
        }
        admitted.get(20, TimeUnit.SECONDS);
        assertTrue((System.nanoTime() - t0) / 1e9 < 10, "cut by the 3-s share, not by the 30-s timeout");

        // the client that spends its share of processor time is refused even a cheap query until it has refilled
        // (how much of a core each query got depends on the machine: it keeps trying, each try cut by what is left)
        ContentResponse spent = null;
        for (int attempt = 0; attempt < 10; attempt++) {
            spent = send(hostile, ENDLESS).get(20, TimeUnit.SECONDS);
            if (spent.getStatus() == 429)
                break;
            if (spent.getStatus() == 503) // on a loaded machine the cut queries may not have given their slots back yet
                Thread.sleep(500);
        }
        assertEquals(429, spent.getStatus(), spent.getContentAsString());
        assertTrue(spent.getContentAsString().contains("share of query time"), spent.getContentAsString());
        ContentResponse cheap = send(hostile, QUICK).get(10, TimeUnit.SECONDS);
        assertEquals(429, cheap.getStatus(), cheap.getContentAsString());
        int retry = Integer.parseInt(cheap.getHeaders().get(HttpHeader.RETRY_AFTER));
        assertTrue(retry >= 1, "Retry-After " + retry);
        assertEquals(200, send(ordinary, QUICK).get(10, TimeUnit.SECONDS).getStatus());
    }

    @Test
    void theMachineItselfIsCountedOnlyInTheTotal() throws Exception {
        // 127.0.0.1 is unlimitedClient in the configuration: this machine's own tools, or a reverse proxy in front.
        // Three endless queries at once (over the per-client limit of 2), each cut by its own ?timeout=1: none is refused.
        List<Future<java.net.http.HttpResponse<String>>> many = new ArrayList<>();
        for (int i = 0; i < 3; i++)
            many.add(pool.submit(() -> Http.get(endpoint + "?timeout=1&query=" + Http.enc(ENDLESS), "application/sparql-results+json")));
        for (Future<java.net.http.HttpResponse<String>> f : many) {
            java.net.http.HttpResponse<String> r = f.get(30, TimeUnit.SECONDS);
            assertNotEquals(429, r.statusCode(), r.body());
            assertNotEquals(200, r.statusCode(), "cut by its timeout");
        }
    }
}
