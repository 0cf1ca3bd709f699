package org.policykg.serve;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.*;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.store.StoreConfig;
import org.policykg.testing.Http;
import org.policykg.testing.Project;
import org.policykg.testing.SelfSignedKeystore;

/**
 * HTTPS through Fuseki's own connector, with a self-signed keystore the test makes; and the rules that keep
 * passwords and admin functions from crossing the network (decided on the remote address, which tests cannot
 * set to anything outside 127.0.0.0/8 by sending traffic, so the filters' own checks are asked).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HttpsTest {
    @TempDir static Path tmp;
    private PolicyServer server;
    private HttpClient client;

    @BeforeAll
    void start() throws Exception {
        Path keystore = SelfSignedKeystore.create(tmp);
        Path config = Project.configWithWriter(tmp);
        server = PolicyServer.build(StoreConfig.read(config, tmp.resolve("data")), "127.0.0.1", Http.freePort(),
                new PolicyServer.Https(keystore, SelfSignedKeystore.PASSWORD, Http.freePort()), java.util.Map.of()).start();
        client = SelfSignedKeystore.trustingClient(keystore);
    }

    @AfterAll
    void stop() {
        if (server != null)
            server.stop();
    }

    private HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return client.send(b.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String basic(String userPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userPassword.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aWriteWithThePasswordSucceedsOverHttps() throws Exception {
        String https = server.httpsBaseUrl();
        assertTrue(https.startsWith("https://localhost:"), https);
        String graph = Http.enc("http://example.org/over-https");
        HttpResponse<String> put = send(HttpRequest.newBuilder(URI.create(https + "/policy/data?graph=" + graph))
                .header("Content-Type", "text/turtle").header("Authorization", basic("admin:s3cret"))
                .PUT(HttpRequest.BodyPublishers.ofString("<http://example.org/a> <http://www.w3.org/2000/01/rdf-schema#label> \"sent encrypted\" .")));
        assertTrue(put.statusCode() == 200 || put.statusCode() == 201 || put.statusCode() == 204, put.statusCode() + " " + put.body());
        HttpResponse<String> anonymous = send(HttpRequest.newBuilder(URI.create(https + "/policy/data?graph=" + graph))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<http://a> <http://b> <http://c> .")));
        assertTrue(anonymous.statusCode() == 401 || anonymous.statusCode() == 403, "anonymous over HTTPS: " + anonymous.statusCode());
        HttpResponse<String> read = send(HttpRequest.newBuilder(URI.create(https + "/policy/sparql?query="
                + Http.enc("ASK { ?s ?p \"sent encrypted\" }"))).header("Accept", "application/sparql-results+json").GET());
        assertEquals(200, read.statusCode());
        assertTrue(read.body().contains("true"), read.body());
        // plain HTTP still answers (on loopback, from loopback)
        assertEquals(200, Http.query(server.baseUrl() + "/policy/sparql", "ASK {}", "application/sparql-results+json").statusCode());
    }

    @Test
    void plainHttpWritesFromOtherMachinesAreRefusedWithTheReason() {
        String why = PolicyServer.WritesOverHttps.refusal("203.0.113.9", false, "PUT");
        assertNotNull(why);
        assertTrue(why.contains("password would cross the network in clear"), why);
        for (String method : new String[] {"POST", "PUT", "DELETE", "PATCH"})
            assertNotNull(PolicyServer.WritesOverHttps.refusal("10.0.0.7", false, method), method);
        assertNull(PolicyServer.WritesOverHttps.refusal("203.0.113.9", true, "PUT"), "the same write over HTTPS");
        assertNull(PolicyServer.WritesOverHttps.refusal("203.0.113.9", false, "GET"), "reading the graph store");
        assertNull(PolicyServer.WritesOverHttps.refusal("127.0.0.1", false, "POST"), "from this machine");
        assertNull(PolicyServer.WritesOverHttps.refusal("0:0:0:0:0:0:0:1", false, "POST"), "from this machine (IPv6)");
    }

    @Test
    void adminPathsAnswerOnlyToThisMachine() {
        for (String outside : new String[] {"203.0.113.9", "10.0.0.7", "192.168.1.20", "169.254.1.1", "fe80::1", "2001:db8::5", "localhost", "", "not-an-address"})
            assertFalse(PolicyServer.fromThisMachine(outside), outside);
        for (String local : new String[] {"127.0.0.1", "127.0.0.2", "127.255.255.254", "::1", "0:0:0:0:0:0:0:1", "[::1]", "::ffff:127.0.0.1"})
            assertTrue(PolicyServer.fromThisMachine(local), local);
    }
}
