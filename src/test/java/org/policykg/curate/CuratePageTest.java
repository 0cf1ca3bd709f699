package org.policykg.curate;

import static org.junit.jupiter.api.Assertions.*;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.*;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.map.Devtools;
import org.policykg.rdf.DocumentGraphWriter;
import org.policykg.serve.PolicyServer;
import org.policykg.store.PolicyStore;
import org.policykg.store.StoreConfig;
import org.policykg.testing.Http;
import org.policykg.testing.Project;

/**
 * The /curate page on a real Fuseki (the project's configuration beside a password file) over a TDB2 store in a
 * temp folder holding the seed and two dev texts: anonymous users can neither see nor act; a curator, in headless
 * Chromium, merges a candidate on the page and /policy/sparql answers differently afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CuratePageTest {
    private static final String AUTH = "Basic " + Base64.getEncoder().encodeToString("admin:s3cret".getBytes(StandardCharsets.UTF_8));
    @TempDir static Path tmp;
    private PolicyServer server;
    private String base;
    private Path onto;

    @BeforeAll
    void start() throws Exception {
        Path config = Project.configWithWriter(tmp);
        StoreConfig storeConfig = StoreConfig.read(config, tmp.resolve("data"));
        onto = CurationFixture.copy(tmp);
        AtomicReference<PolicyServer> built = new AtomicReference<>();
        CuratePage page = new CuratePage(() -> new Curator(onto, Project.file("queries"),
                PolicyStore.over(storeConfig, built.get().dataset("policy")), new DocumentGraphWriter.Run("test", null), null),
                storeConfig.writeUsers(), storeConfig.passwordFile() != null);
        server = PolicyServer.build(storeConfig, "127.0.0.1", Http.freePort(), Map.of(CuratePage.PATH, page));
        built.set(server);
        CurationFixture.load(PolicyStore.over(storeConfig, server.dataset("policy")), tmp);
        server.start();
        base = server.baseUrl();
    }

    @AfterAll
    void stop() {
        if (server != null)
            server.stop();
    }

    private long count(String where) {
        HttpResponse<String> r = Http.query(base + "/policy/sparql", "SELECT (COUNT(*) AS ?n) WHERE { " + where + " }", "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        return Long.parseLong(r.body().lines().skip(1).findFirst().orElseThrow().strip());
    }

    private static String text(Devtools browser) {
        try {
            return browser.eval("document.body.innerText").toString();
        } catch (Exception ex) {
            return ex.toString();
        }
    }

    @Test
    void anonymousUsersCanNeitherSeeNorAct() throws Exception {
        Path curated = onto.resolve("curated.ttl");
        String before = Files.exists(curated) ? Files.readString(curated) : null;
        HttpResponse<String> page = Http.get(base + "/curate", "text/html");
        assertEquals(401, page.statusCode(), page.body());
        assertFalse(page.body().contains("/candidate/"), "no candidate is shown: " + page.body());
        HttpResponse<String> post = Http.postForm(base + "/curate/reject", "candidate=" + Http.enc("https://w3id.org/sspo/id/candidate/goal/x"), null);
        assertEquals(401, post.statusCode(), post.body());
        HttpResponse<String> wrong = Http.postForm(base + "/curate/reject", "candidate=x",
                "admin:guess");
        assertEquals(401, wrong.statusCode(), wrong.body());
        HttpResponse<String> noToken = Http.postForm(base + "/curate/reject", "candidate=x", "admin:s3cret");
        assertEquals(403, noToken.statusCode(), "a form without the page's token (another site's) is refused: " + noToken.body());
        assertEquals(before, Files.exists(curated) ? Files.readString(curated) : null, "nothing was decided");
    }

    @Test
    void theCurateCommandDecidesOnARunningServer() throws Exception {
        org.policykg.testing.Cli listed = org.policykg.testing.Cli.run("candidates", "--endpoint", base + "/policy/sparql", "--format", "json");
        assertEquals(0, listed.exitCode(), listed::toString);
        String candidate = null;
        for (var v : JSON.parseAny(listed.out()).getAsArray()) {
            JsonObject c = v.getAsObject();
            if (c.getString("class").equals("goal") && c.get("labels").getAsArray().get(0).getAsObject().getString("lang").equals("zh"))
                candidate = c.getString("candidate");
        }
        assertNotNull(candidate, listed.out());
        String inDocs = "GRAPH ?g { ?x ?p <" + candidate + "> } FILTER(STRSTARTS(STR(?g), \"https://w3id.org/sspo/id/graph/doc/\"))";
        assertTrue(count(inDocs) > 0);
        Path pw = Files.writeString(tmp.resolve("admin-password"), "s3cret\n");
        Path wrong = Files.writeString(tmp.resolve("wrong-password"), "guess\n");
        org.policykg.testing.Cli refused = org.policykg.testing.Cli.run("curate", "reject", candidate, "--reason", "a heading, not a goal",
                "--server", base, "--user", "admin", "--password-file", wrong.toString());
        assertEquals(3, refused.exitCode(), refused::toString);
        assertTrue(refused.err().contains("401") && !refused.err().contains("guess"), refused.err());
        assertTrue(count(inDocs) > 0, "nothing changed");

        org.policykg.testing.Cli r = org.policykg.testing.Cli.run("curate", "reject", candidate, "--reason", "a heading, not a goal",
                "--server", base, "--user", "admin", "--password-file", pw.toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().startsWith("Rejected"), r.out());
        assertEquals(0, count(inDocs), "/policy/sparql: the rejected candidate is gone at once");
    }

    @Test
    void aMergeOnThePageInChromiumChangesWhatTheEndpointAnswers() throws Exception {
        Path chromium = Path.of("/usr/bin/chromium");
        Assumptions.assumeTrue(Files.isExecutable(chromium), "Chromium is not installed (/usr/bin/chromium): install Debian's chromium to run the browser test");
        try (Devtools browser = Devtools.launch(chromium, tmp.resolve("chromium-curate"))) {
            browser.call("Network.enable", null);
            browser.navigate(base + "/curate");
            assertTrue(browser.waitFor("document.readyState === 'complete'"));
            assertEquals(0, browser.eval("document.querySelectorAll('.candidate').length").getAsNumber().value().intValue(),
                    "anonymous: no candidates on the page");

            JsonObject headers = new JsonObject();
            JsonObject h = new JsonObject();
            h.put("Authorization", AUTH);
            headers.put("headers", h);
            browser.call("Network.setExtraHTTPHeaders", headers);
            browser.navigate(base + "/curate");
            assertTrue(browser.waitFor("document.querySelectorAll('.candidate').length > 0"),
                    () -> "with credentials the candidates are listed: " + text(browser));
            // the page lists what the candidates command reads from the public endpoint
            org.policykg.testing.Cli listed = org.policykg.testing.Cli.run("candidates", "--endpoint", base + "/policy/sparql", "--format", "json");
            assertEquals(0, listed.exitCode(), listed::toString);
            Set<String> fromEndpoint = new TreeSet<>();
            JSON.parseAny(listed.out()).getAsArray().forEach(v -> fromEndpoint.add(v.getAsObject().getString("candidate")));
            Set<String> onPage = new TreeSet<>();
            browser.eval("JSON.stringify([...document.querySelectorAll('.candidate')].map(c => c.dataset.iri))").getAsString().value()
                    .transform(JSON::parseAny).getAsArray().forEach(v -> onPage.add(v.getAsString().value()));
            assertEquals(fromEndpoint, onPage);

            // a candidate with a suggested concept to merge into, whose statements do not name that concept already (where
            // one does, as a mention of the words inside the candidate, the merge leaves the count of statements as it was)
            String eligible = "[...document.querySelectorAll('.candidate')].filter(c => ['goal','reform','principle'].includes(c.dataset.kind)"
                    + " && c.querySelector('form.merge select option') && c.querySelector('blockquote'))";
            String[] chosen = null;
            for (var v : JSON.parseAny(browser.eval("JSON.stringify(" + eligible + ".map(c => [c.dataset.iri, c.querySelector('form.merge select').value]))")
                    .getAsString().value()).getAsArray()) {
                String iri = v.getAsArray().get(0).getAsString().value(), concept = v.getAsArray().get(1).getAsString().value();
                if (count("{ SELECT DISTINCT ?st WHERE { ?st ?r1 <" + iri + "> ; ?r2 <" + concept + "> } }") == 0) {
                    chosen = new String[] {iri, concept};
                    break;
                }
            }
            assertNotNull(chosen, "a candidate to merge whose statements do not name the concept yet");
            String candidate = chosen[0], into = chosen[1];
            String pick = "[...document.querySelectorAll('.candidate')].find(c => c.dataset.iri === '" + candidate + "')";
            String inDocs = "GRAPH ?g { ?x ?p <" + candidate + "> } FILTER(STRSTARTS(STR(?g), \"https://w3id.org/sspo/id/graph/doc/\"))";
            assertTrue(count(inDocs) > 0, () -> candidate + " in the documents: " + count("GRAPH ?g { ?x ?p <" + candidate + "> }"));
            long namingBefore = count("{ SELECT DISTINCT ?st WHERE { ?st a <https://w3id.org/sspo#Statement> ; ?role <" + into + "> } }");

            String button = pick + ".querySelector('form.merge button')";
            browser.eval(button + ".scrollIntoView({block: 'center'})");
            JsonObject box = JSON.parse(browser.eval("JSON.stringify(" + button + ".getBoundingClientRect())").getAsString().value());
            browser.click(box.get("x").getAsNumber().value().doubleValue() + box.get("width").getAsNumber().value().doubleValue() / 2,
                    box.get("y").getAsNumber().value().doubleValue() + box.get("height").getAsNumber().value().doubleValue() / 2);
            // the documents are converted again before the page comes back: allow the time a conversion takes on a busy machine
            boolean reported = false;
            for (int i = 0; i < 6 && !reported; i++)
                reported = browser.waitFor("document.getElementById('done') !== null || document.getElementById('error') !== null");
            assertTrue(reported, "the page reports the decision");
            String done = browser.eval("(document.getElementById('done') || document.getElementById('error')).textContent").getAsString().value();
            assertTrue(done.startsWith("Merged"), done);
            assertEquals(Boolean.FALSE, browser.eval("[...document.querySelectorAll('.candidate')].some(c => c.dataset.iri === '" + candidate + "')")
                    .getAsBoolean().value(), "the merged candidate is gone from the list");
            Files.write(Project.file("target").resolve("curate-page.png"), browser.screenshot());

            assertEquals(0, count(inDocs), "/policy/sparql: the candidate is no longer in any document");
            assertTrue(count("{ SELECT DISTINCT ?st WHERE { ?st a <https://w3id.org/sspo#Statement> ; ?role <" + into + "> } }") > namingBefore,
                    "/policy/sparql: more statements name the known concept");
            assertTrue(Files.readString(onto.resolve("curated.ttl")).contains("\"admin\""), "the decision records who made it");
        }
    }
}
