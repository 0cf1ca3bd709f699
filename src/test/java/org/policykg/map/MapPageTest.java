package org.policykg.map;

import static org.junit.jupiter.api.Assertions.*;
import static org.policykg.map.MapFixture.*;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.*;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.serve.PolicyServer;
import org.policykg.store.PolicyStore;
import org.policykg.store.RdfFileSource;
import org.policykg.store.StoreConfig;
import org.policykg.testing.Cli;
import org.policykg.testing.Http;
import org.policykg.testing.Project;
import org.w3c.dom.Document;

/**
 * The concept-map page on a real server: Fuseki over a TDB2 store in a temp folder holding the fixture, with the
 * map servlet mounted as {@code serve} and {@code up} mount it; fetched over HTTP, and drawn by headless Chromium.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MapPageTest {
    @TempDir static Path tmp;
    private PolicyServer server;
    private String base;

    @BeforeAll
    void start() throws Exception {
        StoreConfig config = StoreConfig.read(Project.file("fuseki-config.ttl"), tmp.resolve("data"));
        AtomicReference<PolicyServer> built = new AtomicReference<>();
        MapServlet page = new MapServlet(new MapQueries(Project.file("queries/maps")), () -> built.get().dataset(built.get().firstDatasetName()));
        server = PolicyServer.build(config, "127.0.0.1", Http.freePort(), Map.of("/map/*", page));
        built.set(server);
        PolicyStore.over(config, server.dataset("policy")).replace(List.of(RdfFileSource.of(MapFixture.file())));
        server.start();
        base = server.baseUrl();
    }

    @AfterAll
    void stop() {
        if (server != null)
            server.stop();
    }

    private HttpResponse<String> get(String pathAndQuery) {
        return Http.get(base + pathAndQuery, "*/*");
    }

    @Test
    void thePageIsServedWithItsScriptInline() {
        for (String path : List.of("/map", "/map/")) {
            HttpResponse<String> r = get(path);
            assertEquals(200, r.statusCode(), path);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
            assertTrue(r.body().contains("<script>") && r.body().contains("data-base=\"/map\""), r.body());
            assertFalse(Pattern.compile("<script[^>]+src=|<link[^>]+href=\"https?:|import\\s*\\(|https?://[^\"]*\\.js").matcher(r.body()).find(),
                    "nothing is fetched from elsewhere");
        }
    }

    @Test
    void theDocumentListAndTheConceptSearchComeFromTheStore() {
        HttpResponse<String> docs = get("/map/documents?lang=zh");
        assertEquals(200, docs.statusCode(), docs.body());
        Map<String, String> titles = new HashMap<>();
        for (JsonValue v : JSON.parseAny(docs.body()).getAsArray())
            titles.put(v.getAsObject().getString("iri"), v.getAsObject().getString("title"));
        assertEquals(Set.of(REPORT, ARTICLE, OTHER_REPORT), titles.keySet());
        assertEquals("促进我国社会保障事业高质量发展、可持续发展", titles.get(ARTICLE));
        assertEquals("Ministry outlines the pension reform timetable", titles.get(OTHER_REPORT), "English when there is no Chinese title");

        HttpResponse<String> found = get("/map/search?q=" + Http.enc("retirment age"));
        assertEquals(200, found.statusCode(), found.body());
        JsonArray matches = JSON.parseAny(found.body()).getAsArray();
        assertFalse(matches.isEmpty());
        assertEquals(RETIREMENT, matches.get(0).getAsObject().getString("iri"), found.body());
        assertEquals("reform", matches.get(0).getAsObject().getString("kind"));

        HttpResponse<String> zh = get("/map/search?q=" + Http.enc("社会保险"));
        assertTrue(zh.body().contains(CONCEPT + "social-insurance"), zh.body());
    }

    @Test
    void theSvgOfADocumentIsDrawnAndExpandingANodeAddsItsNeighbours() throws Exception {
        HttpResponse<String> r = get("/map/render?format=svg&document=" + Http.enc(REPORT));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("image/svg+xml"));
        Document svg = xml(r.body());
        SvgGeometry.assertReadable(svg);
        Set<String> nodes = iris(svg);
        assertEquals(16, nodes.size());
        assertFalse(nodes.contains(ACTOR + "mohrss"));

        // what the page asks for when the reform is clicked
        HttpResponse<String> expanded = get("/map/render?format=svg&document=" + Http.enc(REPORT) + "&concept=" + Http.enc(RETIREMENT));
        assertEquals(200, expanded.statusCode(), expanded.body());
        Document bigger = xml(expanded.body());
        SvgGeometry.assertReadable(bigger);
        Set<String> more = iris(bigger);
        assertTrue(more.containsAll(nodes));
        assertTrue(more.contains(ACTOR + "mohrss"), more::toString);
        assertFalse(more.contains(OTHER_REPORT), "the other document is a source of the new link, not a node: " + more);
    }

    private static Set<String> iris(Document svg) {
        Set<String> out = new TreeSet<>();
        SvgGeometry.nodeBoxes(svg).forEach(b -> out.add(b.iri()));
        return out;
    }

    @Test
    void everyFormatDownloads() throws Exception {
        for (MapFormat f : MapFormat.values()) {
            HttpResponse<String> r = get("/map/render?download=1&lang=zh&format=" + f.key() + "&concept=" + Http.enc("延迟法定退休年龄"));
            assertEquals(200, r.statusCode(), f + ": " + r.body());
            assertEquals("attachment; filename=\"concept-map." + f.extension() + "\"", r.headers().firstValue("Content-Disposition").orElse(""));
            assertTrue(r.body().contains("延迟法定退休年龄"), f + " in Chinese");
            switch (f) {
                case SVG, GRAPHML, CXL -> xml(r.body());
                case JSON -> JSON.parse(r.body());
                case MERMAID -> MermaidGrammar.check(r.body());
                case DOT -> assertTrue(r.body().startsWith("digraph"));
            }
        }
    }

    @Test
    void unknownThingsAndBadRequestsAreExplained() {
        HttpResponse<String> unknown = get("/map/render?format=svg&concept=" + Http.enc("social insurence"));
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("social insurance"), unknown.body());
        HttpResponse<String> noDoc = get("/map/render?format=svg&document=" + Http.enc(DOC + "nothing"));
        assertEquals(404, noDoc.statusCode());
        assertTrue(noDoc.body().contains(REPORT), noDoc.body());
        assertEquals(400, get("/map/render?format=png&document=" + Http.enc(REPORT)).statusCode());
        HttpResponse<String> corpus = get("/map/render?format=svg");
        assertEquals(200, corpus.statusCode(), "neither document nor concept: the corpus view");
        assertTrue(corpus.body().contains("data-documents=\"" + OTHER_REPORT + " " + ARTICLE + "\""), "the links say which documents support them");
        assertEquals(400, get("/map/render?format=svg&compare=" + Http.enc(REPORT)).statusCode(), "one document to compare");
        assertEquals(400, get("/map/render?format=svg&top=0").statusCode());
        assertEquals(400, get("/map/support?s=" + Http.enc(RETIREMENT) + "&p=nothing&o=" + Http.enc(RETIREMENT)).statusCode());
        assertEquals(400, get("/map/render?format=svg&depth=99&document=" + Http.enc(REPORT)).statusCode());
        assertEquals(404, get("/map/nothing-here").statusCode());
    }

    @Test
    void theMapCommandReadsARemoteEndpoint(@TempDir Path out) throws Exception {
        String endpoint = base + "/policy/sparql";
        Path file = out.resolve("remote.json");
        Cli r = Cli.run("map", "--endpoint", endpoint, "--document", REPORT, "--format", "json", "-o", file.toString());
        assertEquals(0, r.exitCode(), r::toString);
        JsonValue elements = JSON.parse(Files.readString(file)).get("elements");
        assertEquals(16, elements.getAsObject().get("nodes").getAsArray().size());
        assertEquals(15, elements.getAsObject().get("edges").getAsArray().size());

        Cli unknown = Cli.run("map", "--endpoint", endpoint, "--concept", "pooling of pension fund", "--format", "svg", "-o", out.resolve("x.svg").toString());
        assertEquals(3, unknown.exitCode(), unknown::toString);
        assertTrue(unknown.err().contains("national pooling of basic pension funds"), unknown.err());
        assertFalse(Files.exists(out.resolve("x.svg")));
    }

    @Test
    void headlessChromiumDrawsTheMapInThePage() throws Exception {
        Path chromium = Path.of("/usr/bin/chromium");
        Assumptions.assumeTrue(Files.isExecutable(chromium), "Chromium is not installed (/usr/bin/chromium): install Debian's chromium to run the browser test");
        String url = base + "/map?document=" + Http.enc(REPORT);
        String dom = chromium(chromium, "--dump-dom", url);
        Matcher nodes = Pattern.compile("<g class=\"node kind-[a-z]+\" data-iri=\"([^\"]+)\"").matcher(dom);
        Set<String> drawn = new TreeSet<>();
        while (nodes.find())
            drawn.add(nodes.group(1));
        assertEquals(16, drawn.size(), () -> "the map drawn in the page: " + dom);
        assertTrue(drawn.contains(RETIREMENT));
        assertTrue(dom.contains("16 nodes, 15 links"), "the page reports what it drew");
        for (String f : List.of("svg", "dot", "graphml", "cxl", "mermaid", "json"))
            assertTrue(dom.contains("class=\"download download-" + f + "\""), "a download link for " + f);
        assertTrue(dom.contains("<option value=\"" + OTHER_REPORT + "\""), "the document picker is filled");

        Path shot = Project.file("target/map-page.png");
        Files.createDirectories(shot.getParent());
        Files.deleteIfExists(shot);
        chromium(chromium, "--screenshot=" + shot, "--window-size=1400,1000", url);
        assertTrue(Files.size(shot) > 10_000, "a screenshot of the page is saved in target/");
    }

    @Test
    void clickingANodeInChromiumExpandsTheMap() throws Exception {
        Path chromium = Path.of("/usr/bin/chromium");
        Assumptions.assumeTrue(Files.isExecutable(chromium), "Chromium is not installed (/usr/bin/chromium): install Debian's chromium to run the browser test");
        try (Devtools browser = Devtools.launch(chromium, tmp.resolve("chromium-devtools"))) {
            browser.navigate(base + "/map?document=" + Http.enc(REPORT));
            assertTrue(browser.waitFor("document.querySelectorAll('#map g.node').length === 16"), "the document map is drawn");
            String node = "document.querySelector('#map g.node[data-iri=\"" + RETIREMENT + "\"]')";
            browser.eval(node + ".scrollIntoView({block: 'center', inline: 'center'})");
            JsonObject box = JSON.parse(browser.eval("JSON.stringify(" + node + ".getBoundingClientRect())").getAsString().value());
            double x = box.get("x").getAsNumber().value().doubleValue() + box.get("width").getAsNumber().value().doubleValue() / 2;
            double y = box.get("y").getAsNumber().value().doubleValue() + box.get("height").getAsNumber().value().doubleValue() / 2;
            browser.click(x, y);
            assertTrue(browser.waitFor("document.querySelector('#map g.node[data-iri=\"" + ACTOR + "mohrss\"]') !== null"),
                    "clicking the reform brings in the actor another document makes responsible for it");
            assertTrue(browser.waitFor("document.querySelectorAll('#map g.node').length === 17"), "beside the 16 nodes there were");
            assertTrue(browser.eval("document.getElementById('status').textContent").getAsString().value().startsWith("17 nodes"));
            assertEquals("raising the statutory retirement age", browser.eval("document.querySelector('#focus span').textContent").getAsString().value(),
                    "the expanded node is listed by its label");
            assertTrue(browser.eval("document.querySelector('a.download-cxl').href").getAsString().value().contains("concept="),
                    "the downloads follow the expanded map");
            Path shot = Project.file("target/map-page-expanded.png");
            Files.createDirectories(shot.getParent());
            Files.write(shot, browser.screenshot());
        }
    }

    @Test
    void theSentencesBehindALinkAndTheSparqlThatFindsThem() throws Exception {
        String serves = "https://w3id.org/sspo#serves", pooling = CONCEPT + "national-pooling-of-pension-funds",
                goal = CONCEPT + "multi-tiered-social-security-system";
        HttpResponse<String> r = get("/map/support?s=" + Http.enc(pooling) + "&p=" + Http.enc(serves) + "&o=" + Http.enc(goal));
        assertEquals(200, r.statusCode(), r.body());
        JsonObject found = JSON.parse(r.body());
        JsonArray sentences = found.get("sentences").getAsArray();
        assertEquals(1, sentences.size(), r.body());
        assertEquals("National pooling of pension funds builds a multi-tiered system in the spirit of common prosperity.",
                sentences.get(0).getAsObject().getString("text"));
        assertEquals(ARTICLE, sentences.get(0).getAsObject().getString("document"));
        // the SPARQL the page links to finds the same sentence on the endpoint
        HttpResponse<String> query = get("/map/support?format=sparql&s=" + Http.enc(pooling) + "&p=" + Http.enc(serves) + "&o=" + Http.enc(goal));
        assertEquals(200, query.statusCode());
        assertEquals(found.getString("sparql"), query.body());
        HttpResponse<String> answer = Http.get(base + "/policy/sparql?query=" + Http.enc(query.body()), "text/csv");
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("National pooling of pension funds builds"), answer.body());
    }

    @Test
    void clickingALinkInChromiumShowsTheSentenceBehindIt() throws Exception {
        Path chromium = Path.of("/usr/bin/chromium");
        Assumptions.assumeTrue(Files.isExecutable(chromium), "Chromium is not installed (/usr/bin/chromium): install Debian's chromium to run the browser test");
        try (Devtools browser = Devtools.launch(chromium, tmp.resolve("chromium-devtools-edge"))) {
            browser.navigate(base + "/map?document=" + Http.enc(REPORT));
            assertTrue(browser.waitFor("document.querySelectorAll('#map g.edge').length === 15"), "the document map is drawn");
            String edge = "document.querySelector('#map g.edge[data-property=\"https://w3id.org/sspo#serves\"] rect.edge-label-box')";
            browser.eval(edge + ".scrollIntoView({block: 'center', inline: 'center'})");
            JsonObject box = JSON.parse(browser.eval("JSON.stringify(" + edge + ".getBoundingClientRect())").getAsString().value());
            browser.click(box.get("x").getAsNumber().value().doubleValue() + box.get("width").getAsNumber().value().doubleValue() / 2,
                    box.get("y").getAsNumber().value().doubleValue() + box.get("height").getAsNumber().value().doubleValue() / 2);
            assertTrue(browser.waitFor("document.querySelector('#support blockquote.sentence') !== null"), "clicking the link shows its sentences");
            String shown = browser.eval("document.getElementById('support').textContent").getAsString().value();
            assertTrue(shown.contains("National pooling of pension funds builds a multi-tiered system in the spirit of common prosperity."), shown);
            assertTrue(shown.contains("Promoting the high-quality and sustainable development of our country's social security"), "and its document: " + shown);
            assertTrue(browser.eval("document.querySelector('#support a.sparql').href").getAsString().value().contains("/map/support?"),
                    "a link to the SPARQL that finds them");
            Path shot = Project.file("target/map-page-support.png");
            Files.createDirectories(shot.getParent());
            Files.write(shot, browser.screenshot());
        }
    }

    @Test
    void theCorpusViewInChromiumFiltersBySourceDocument() throws Exception {
        Path chromium = Path.of("/usr/bin/chromium");
        Assumptions.assumeTrue(Files.isExecutable(chromium), "Chromium is not installed (/usr/bin/chromium): install Debian's chromium to run the browser test");
        try (Devtools browser = Devtools.launch(chromium, tmp.resolve("chromium-devtools-corpus"))) {
            browser.navigate(base + "/map?corpus=1");
            assertTrue(browser.waitFor("document.querySelectorAll('#sources input[type=checkbox]').length === 2"), "both documents are sources to filter by");
            String council = "document.querySelector('#map g.node[data-iri=\"" + ACTOR + "state-council\"]')";
            String pooling = "document.querySelector('#map g.node[data-iri=\"" + CONCEPT + "national-pooling-of-pension-funds\"]')";
            assertEquals("", browser.eval(council + ".style.display").getAsString().value());
            browser.eval("document.querySelector('#sources input[value=\"" + OTHER_REPORT + "\"]').click()");
            assertTrue(browser.waitFor(council + ".style.display === 'none'"), "what only the unticked document says is hidden");
            assertEquals("", browser.eval(pooling + ".style.display").getAsString().value(), "what the other document says stays");
        }
    }

    private String chromium(Path chromium, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + tmp.resolve("chromium-profile"), "--virtual-time-budget=15000"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectError(tmp.resolve("chromium.log").toFile()).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("chromium did not finish");
        }
        assertEquals(0, p.exitValue(), () -> "chromium failed: " + readQuietly(tmp.resolve("chromium.log")));
        return new String(out, StandardCharsets.UTF_8);
    }

    private static String readQuietly(Path p) {
        try {
            return Files.readString(p);
        } catch (Exception ex) {
            return ex.toString();
        }
    }
}
