package org.policykg.serve;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.*;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.store.StoreConfig;
import org.policykg.testing.Http;
import org.policykg.testing.Project;

/**
 * SERVICE from the public endpoint: off unless the operator lists the endpoint, and refused before any connection
 * is opened. A listener on a loopback port counts the connections the server makes to it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceAllowListTest {
    @TempDir static Path tmp;
    private ServerSocket listener;
    private final AtomicInteger connections = new AtomicInteger();
    private String target;
    private PolicyServer closed;
    private PolicyServer listing;

    @BeforeAll
    void start() throws Exception {
        listener = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        Thread t = new Thread(() -> {
            while (!listener.isClosed()) {
                try (Socket s = listener.accept()) {
                    connections.incrementAndGet();
                } catch (IOException ex) {
                    return;
                }
            }
        }, "recording-listener");
        t.setDaemon(true);
        t.start();
        target = "http://127.0.0.1:" + listener.getLocalPort() + "/sparql";
        closed = server("closed", "");
        listing = server("listing", "\n<https://w3id.org/sspo/config#server> <https://w3id.org/sspo/config#allowService> <" + target + "> .\n");
    }

    private static PolicyServer server(String name, String extraConfig) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(name));
        Path config = dir.resolve("fuseki-config.ttl");
        Files.copy(Project.file("fuseki-config.ttl"), config);
        Files.writeString(config, extraConfig, StandardOpenOption.APPEND);
        return PolicyServer.build(StoreConfig.read(config, dir.resolve("data")), "127.0.0.1", Http.freePort()).start();
    }

    @AfterAll
    void stop() throws IOException {
        for (PolicyServer s : new PolicyServer[] {closed, listing})
            if (s != null)
                s.stop();
        listener.close();
    }

    private HttpResponse<String> ask(PolicyServer server, String query) {
        return Http.query(server.baseUrl() + "/policy/sparql", query, "application/sparql-results+json");
    }

    @Test
    void byDefaultServiceIsOffAndNoConnectionIsOpened() {
        int before = connections.get();
        HttpResponse<String> r = ask(closed, "SELECT * WHERE { SERVICE <" + target + "> { ?s ?p ?o } }");
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("SERVICE is switched off"), r.body());
        // the endpoint named by a variable is checked with its value, during execution
        HttpResponse<String> v = ask(closed, "SELECT * WHERE { VALUES ?ep { <" + target + "> } SERVICE ?ep { ?s ?p ?o } }");
        assertNotEquals(200, v.statusCode(), v.body());
        assertTrue(v.body().contains("SERVICE is switched off"), v.body());
        assertEquals(before, connections.get(), "the server opened no connection");
    }

    @Test
    void anUnlistedEndpointIsRefusedAndAListedOneIsCalled() throws Exception {
        int before = connections.get();
        String other = "http://127.0.0.1:" + Http.freePort() + "/sparql";
        HttpResponse<String> r = ask(listing, "SELECT * WHERE { SERVICE <" + other + "> { ?s ?p ?o } }");
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("not in this server's allow-list"), r.body());
        HttpResponse<String> v = ask(listing, "SELECT * WHERE { VALUES ?ep { <http://169.254.169.254/latest/meta-data/> } SERVICE ?ep { ?s ?p ?o } }");
        assertNotEquals(200, v.statusCode(), v.body());
        assertTrue(v.body().contains("not in this server's allow-list"), v.body());
        assertEquals(before, connections.get(), "nothing was called for the unlisted endpoints");
        // the listed loopback endpoint (listed as an address: explicit) is called: our listener is no SPARQL server,
        // so the query fails, but the connection was made
        ask(listing, "SELECT * WHERE { SERVICE <" + target + "> { ?s ?p ?o } }");
        long deadline = System.currentTimeMillis() + 5_000;
        while (connections.get() == before && System.currentTimeMillis() < deadline)
            Thread.sleep(50);
        assertTrue(connections.get() > before, "the listed endpoint was called");
    }

    @Test
    void aListedEndpointCannotRedirectTheServerElsewhere() throws Exception {
        // the listed endpoint answers with a redirect to an unlisted one, which counts its connections
        try (ServerSocket elsewhere = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
             ServerSocket redirecting = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            AtomicInteger reached = new AtomicInteger();
            Thread count = new Thread(() -> {
                try (Socket s = elsewhere.accept()) {
                    reached.incrementAndGet();
                } catch (IOException ignored) {
                    // closed at the end of the test
                }
            });
            count.setDaemon(true);
            count.start();
            Thread redirect = new Thread(() -> {
                while (!redirecting.isClosed()) {
                    try (Socket s = redirecting.accept()) {
                        s.setSoTimeout(5_000);
                        var in = new java.io.BufferedReader(new java.io.InputStreamReader(s.getInputStream(), java.nio.charset.StandardCharsets.US_ASCII));
                        for (String line; (line = in.readLine()) != null && !line.isEmpty(); ) { /* the request head */ }
                        s.getOutputStream().write(("HTTP/1.1 302 Found\r\nLocation: http://127.0.0.1:" + elsewhere.getLocalPort()
                                + "/sparql\r\nContent-Length: 0\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    } catch (IOException ex) {
                        return;
                    }
                }
            });
            redirect.setDaemon(true);
            redirect.start();
            String listed = "http://127.0.0.1:" + redirecting.getLocalPort() + "/sparql";
            PolicyServer server = server("redirect", "\n<https://w3id.org/sspo/config#server> <https://w3id.org/sspo/config#allowService> <" + listed + "> .\n");
            try {
                HttpResponse<String> r = ask(server, "SELECT * WHERE { SERVICE <" + listed + "> { ?s ?p ?o } }");
                assertNotEquals(200, r.statusCode(), r.body());
            } finally {
                server.stop();
            }
            Thread.sleep(300);
            assertEquals(0, reached.get(), "the redirect was not followed");
        }
    }

    @Test
    void internalAddressesAreRecognisedWithoutAnyConnection() throws Exception {
        for (String a : List.of("127.0.0.1", "127.5.5.5", "10.0.0.1", "172.16.5.4", "172.31.255.255", "192.168.1.1", "169.254.169.254",
                "100.64.0.1", "0.0.0.0", "::1", "fe80::1", "fd00::1", "fc00::2", "::ffff:10.0.0.1", "224.0.0.1"))
            assertTrue(ServiceAllowList.isInternal(InetAddress.getByName(a)), a + " is internal");
        for (String a : List.of("8.8.8.8", "172.32.0.1", "100.128.0.1", "193.0.0.1", "2001:4860:4860::8888"))
            assertFalse(ServiceAllowList.isInternal(InetAddress.getByName(a)), a + " is public");
    }

    @Test
    void aListedNameThatResolvesInsideIsRefusedUnlessTheAddressIsListed() throws Exception {
        // name resolution is given to the allow-list, so that no lookup leaves the machine
        Map<String, String> dns = Map.of("metadata.example", "169.254.169.254", "intranet.example", "10.1.2.3",
                "rebound.example", "127.0.0.1", "public.example", "8.8.8.8");
        ServiceAllowList list = new ServiceAllowList(List.of("http://metadata.example/latest", "https://intranet.example/sparql",
                "http://rebound.example:3030/policy/sparql", "https://public.example/sparql", "http://10.1.2.3:8890/sparql",
                "http://localhost:3030/policy/sparql"), host -> {
                    try {
                        return new InetAddress[] {InetAddress.getByName(dns.get(host))};
                    } catch (Exception ex) {
                        return new InetAddress[0];
                    }
                });
        assertTrue(list.refusal("http://metadata.example/latest").contains("internal address 169.254.169.254"));
        assertTrue(list.refusal("https://intranet.example/sparql").contains("internal address 10.1.2.3"));
        assertTrue(list.refusal("http://rebound.example:3030/policy/sparql").contains("internal address 127.0.0.1"));
        assertNull(list.refusal("https://public.example/sparql"));
        assertNull(list.refusal("https://PUBLIC.example:443/sparql"), "compared in normal form");
        assertNull(list.refusal("http://10.1.2.3:8890/sparql"), "an internal address the operator wrote himself");
        assertNull(list.refusal("http://localhost:3030/policy/sparql"));
        assertNotNull(list.refusal("http://10.1.2.3:8891/sparql"), "another port is another endpoint");
        assertNotNull(list.refusal("https://public.example/sparql2"));
    }
}
