package org.policykg.link;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.*;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.store.PolicyStore;
import org.policykg.store.StoreConfig;
import org.policykg.testing.Cli;
import org.policykg.testing.Http;
import org.policykg.testing.Project;

/** export and push through the real entry point: a TDB2 store, and a second Fuseki with basic auth to push to. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublishTest {
    @TempDir static Path tmp;
    private Path data;
    private DatasetGraph ours;
    private FusekiServer other;
    private DatasetGraph received;
    private String otherData;

    @BeforeAll
    void setUp() throws Exception {
        data = tmp.resolve("data");
        Cli load = Cli.run("load", "--data", data.toString(),
                Project.testResource("link/ours.ttl").toString(), Project.testResource("link/thesaurus.ttl").toString());
        assertEquals(0, load.exitCode(), load.toString());
        try (PolicyStore store = PolicyStore.open(StoreConfig.read(Project.file("fuseki-config.ttl"), data))) {
            Dataset ds = store.dataset();
            ours = Txn.calculateRead(ds, () -> {
                DatasetGraph copy = DatasetGraphFactory.createTxnMem();
                ds.asDatasetGraph().find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(copy::add);
                return copy;
            });
        }
        // The store to push to: every request needs the user "pusher" with the right password.
        Path passwd = tmp.resolve("other-passwd");
        Files.writeString(passwd, "pusher: right-password\n");
        received = DatasetGraphFactory.createTxnMem();
        other = FusekiServer.create().port(Http.freePort()).loopback(true)
                .passwordFile(passwd.toString()).auth(org.apache.jena.atlas.web.AuthScheme.BASIC)
                .serverAuthPolicy(Auth.policyAllowSpecific("pusher"))
                .add("/other", received)
                .build().start();
        otherData = "http://localhost:" + other.getHttpPort() + "/other/data";
    }

    @AfterAll
    void tearDown() {
        if (other != null)
            other.stop();
    }

    private static Set<String> names(DatasetGraph dsg) {
        Set<String> out = new TreeSet<>();
        Txn.executeRead(dsg, () -> dsg.listGraphNodes().forEachRemaining(n -> out.add(n.getURI())));
        return out;
    }

    @Test
    void pushReproducesEveryGraphAndAgainChangesNothing() throws Exception {
        Path pw = tmp.resolve("pw");
        Files.writeString(pw, "right-password\n");
        for (int round = 0; round < 2; round++) {
            Cli push = Cli.run("push", "--data", data.toString(), "--to", otherData, "--user", "pusher", "--password-file", pw.toString());
            assertEquals(0, push.exitCode(), push.toString());
            assertFalse(push.out().contains("right-password") || push.err().contains("right-password"), "the password is never shown");
            assertEquals(3, names(ours).size(), names(ours).toString()); // two files and the dataset description
            for (String g : names(ours))
                assertTrue(push.out().contains("PUT <" + g + ">"), push.out());
            assertEquals(names(ours), names(received));
            Txn.executeRead(received, () -> assertTrue(IsoMatcher.isomorphic(ours, received), "every graph, exactly"));
        }
    }

    @Test
    void aWrongPasswordFailsCleanly() throws Exception {
        Path pw = tmp.resolve("wrong");
        Files.writeString(pw, "not-the-password\n");
        Cli push = Cli.run("push", "--data", data.toString(), "--to", otherData, "--user", "pusher", "--password-file", pw.toString());
        assertEquals(3, push.exitCode(), push.toString());
        assertTrue(push.err().contains("refused the credentials (HTTP 401)"), push.err());
        assertFalse(push.err().contains("not-the-password"), push.err());
        assertFalse(push.out().contains("PUT <"), "stopped at the first graph: " + push.out());
    }

    @Test
    void anUnreachableStoreFailsCleanly() {
        Cli push = Cli.run("push", "--data", data.toString(), "--to", "http://127.0.0.1:" + Http.freePort() + "/x/data");
        assertEquals(4, push.exitCode(), push.toString());
        assertTrue(push.err().contains("cannot connect"), push.err());
    }

    @Test
    void exportsRoundTripInEveryFormat() throws Exception {
        for (String format : new String[] {"trig", "nq", "jsonld"}) {
            Path out = tmp.resolve("export." + format);
            Cli export = Cli.run("export", "--data", data.toString(), "--format", format, "-o", out.toString());
            assertEquals(0, export.exitCode(), export.toString());
            Lang lang = switch (format) { case "trig" -> Lang.TRIG; case "nq" -> Lang.NQUADS; default -> Lang.JSONLD11; };
            DatasetGraph back = RDFParser.source(out).lang(lang).toDatasetGraph();
            assertTrue(IsoMatcher.isomorphic(ours, back), format + " holds every graph, exactly");
        }
        String json = Files.readString(tmp.resolve("export.jsonld"));
        assertTrue(json.contains("\"prefLabel\"") && json.contains("\"broader\"") && json.contains("\"@version\""),
                "compacted with the sspo context: " + json.substring(0, Math.min(json.length(), 600)));
        assertFalse(json.contains("http://www.w3.org/2004/02/skos/core#prefLabel"), "no full IRIs for known terms");
    }

    @Test
    void exportsOneGraphAsTurtleAndAsJsonLdReferringToThePublishedContext() throws Exception {
        String graph = names(ours).stream().filter(g -> g.endsWith("ours.ttl")).findFirst().orElseThrow();
        Path ttl = tmp.resolve("one.ttl");
        assertEquals(0, Cli.run("export", "--data", data.toString(), "--graph", graph, "--format", "ttl", "-o", ttl.toString()).exitCode());
        assertTrue(RDFDataMgr.loadGraph(ttl.toString()).isIsomorphicWith(ours.getGraph(org.apache.jena.graph.NodeFactory.createURI(graph))));

        Path jsonld = tmp.resolve("one.jsonld");
        Cli ref = Cli.run("export", "--data", data.toString(), "--graph", graph, "--format", "jsonld", "-o", jsonld.toString(),
                "--context-url", "https://w3id.org/sspo/context.jsonld");
        assertEquals(0, ref.exitCode(), ref.toString());
        assertTrue(Files.readString(jsonld).contains("\"@context\": \"https://w3id.org/sspo/context.jsonld\""), Files.readString(jsonld));

        Cli missing = Cli.run("export", "--data", data.toString(), "--graph", "https://example.org/none", "--format", "ttl", "-o", tmp.resolve("n.ttl").toString());
        assertEquals(3, missing.exitCode(), missing.toString());
        Cli badFormat = Cli.run("export", "--data", data.toString(), "--format", "xml", "-o", tmp.resolve("n.xml").toString());
        assertEquals(2, badFormat.exitCode(), badFormat.toString());
    }
}
