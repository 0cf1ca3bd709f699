package org.policykg.map;

import static org.junit.jupiter.api.Assertions.*;
import static org.policykg.map.MapFixture.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.*;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.testing.Cli;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** {@code policykg map} through the real entry point on a real TDB2 store, each format read back by a real parser. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MapCommandTest {
    @TempDir static Path store;
    @TempDir Path out;

    @BeforeAll
    void loadFixture() {
        MapFixture.load(store);
    }

    private Path map(String format, String... args) {
        Path file = out.resolve("map." + format);
        List<String> all = new ArrayList<>(List.of("map", "--data", store.toString(), "--format", format, "-o", file.toString()));
        all.addAll(List.of(args));
        Cli r = Cli.run(all.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(Files.isRegularFile(file), r::toString);
        return file;
    }

    private static String read(Path p) throws Exception { return Files.readString(p, StandardCharsets.UTF_8); }

    /** The map as (source label, phrase, target label) triples, and node label → kind, from the JSON. */
    private record Graph(Map<String, String> kinds, Set<String> edges) {
        static Graph of(String json) {
            JsonObject root = JSON.parse(json);
            JsonObject elements = root.get("elements").getAsObject();
            Map<String, String> labelOf = new HashMap<>();
            Map<String, String> kinds = new TreeMap<>();
            for (JsonValue n : elements.get("nodes").getAsArray()) {
                JsonObject d = n.getAsObject().get("data").getAsObject();
                labelOf.put(d.getString("id"), d.getString("label"));
                kinds.put(d.getString("label"), d.getString("kind"));
                assertTrue(n.getAsObject().get("position").getAsObject().hasKey("x"), "nodes have positions");
            }
            Set<String> edges = new TreeSet<>();
            for (JsonValue e : elements.get("edges").getAsArray()) {
                JsonObject d = e.getAsObject().get("data").getAsObject();
                assertTrue(labelOf.containsKey(d.getString("source")) && labelOf.containsKey(d.getString("target")), d.toString());
                edges.add(labelOf.get(d.getString("source")) + " -[" + d.getString("label") + "]-> " + labelOf.get(d.getString("target")));
            }
            return new Graph(kinds, edges);
        }
    }

    @Test
    void theDocumentMapIsPropositionsBetweenConceptsWithTheDocumentAsSource() throws Exception {
        Graph g = Graph.of(read(map("json", "--document", REPORT)));
        String article = "Promoting the high-quality and sustainable development of our country's social security";
        String report = "Qiushi publishes Xi Jinping's article on social security";
        String party = "Party committees and governments at all levels";
        assertEquals(Set.of(
                report + " -[reports on]-> " + article,
                report + " -[publisher]-> Xinhua News Agency",
                article + " -[creator]-> Xi Jinping",
                party + " -[is responsible for (must)]-> a multi-tiered social security system",
                party + " -[is responsible for (must)]-> sound and sustainable social security",
                party + " -[is responsible for (must)]-> raising the statutory retirement age",
                party + " -[is responsible for (must)]-> national pooling of basic pension funds",
                "raising the statutory retirement age -[accords with]-> people first",
                "raising the statutory retirement age -[accords with]-> common prosperity",
                "raising the statutory retirement age -[accords with]-> " + LONG_PRINCIPLE_EN,
                "national pooling of basic pension funds -[serves]-> a multi-tiered social security system",
                "national pooling of basic pension funds -[accords with]-> common prosperity",
                "social security system -[has component]-> social insurance",
                "social security system -[has component]-> social assistance",
                "social security system -[has component]-> social welfare"), g.edges());
        assertEquals("document", g.kinds().get(report));
        assertEquals("reform", g.kinds().get("raising the statutory retirement age"));
        assertEquals("goal", g.kinds().get("a multi-tiered social security system"));
        assertEquals("principle", g.kinds().get("people first"));
        assertEquals("organization", g.kinds().get(party));
        assertEquals("person", g.kinds().get("Xi Jinping"));
        assertEquals("component", g.kinds().get("social insurance"));
        assertFalse(g.kinds().containsKey("Ministry of Human Resources and Social Security"), "another document's actor stays off this map");
    }

    @Test
    void everyPropositionCarriesTheSentencesThatSupportIt() throws Exception {
        JsonObject elements = JSON.parse(read(map("json", "--document", REPORT))).get("elements").getAsObject();
        int withSentence = 0;
        for (JsonValue e : elements.get("edges").getAsArray()) {
            JsonObject d = e.getAsObject().get("data").getAsObject();
            if (d.getString("property").equals("https://w3id.org/sspo#serves")) {
                JsonObject support = d.get("support").getAsArray().get(0).getAsObject();
                assertEquals("National pooling of pension funds builds a multi-tiered system in the spirit of common prosperity.", support.getString("text"));
                assertEquals(ARTICLE, support.getString("document"));
            }
            if (!d.get("support").getAsArray().isEmpty())
                withSentence++;
        }
        assertEquals(12, withSentence, "every proposition from a statement, not the documents' own edges");
    }

    @Test
    void anActorWithOnlyAPrincipleAccordsWithIt() throws Exception {
        Graph g = Graph.of(read(map("json", "--document", OTHER_REPORT)));
        assertEquals(Set.of(
                "Ministry of Human Resources and Social Security -[is responsible for]-> raising the statutory retirement age",
                "national pooling of basic pension funds -[accords with]-> common prosperity",
                "State Council -[accords with]-> people first"), g.edges());
        assertTrue(g.kinds().containsKey("Ministry outlines the pension reform timetable"), "the document appears once, as the source");
        Graph around = Graph.of(read(map("json", "--concept", "State Council")));
        assertEquals(Set.of("State Council -[accords with]-> people first"), around.edges());
    }

    @Test
    void aConceptCentredMapGrowsWithDepth() throws Exception {
        Graph d0 = Graph.of(read(map("json", "--concept", RETIREMENT, "--depth", "0")));
        assertEquals(Set.of("raising the statutory retirement age"), d0.kinds().keySet());

        Graph d1 = Graph.of(read(map("json", "--concept", "raising the statutory retirement age")));
        assertEquals(Set.of(
                "Party committees and governments at all levels -[is responsible for (must)]-> raising the statutory retirement age",
                "Ministry of Human Resources and Social Security -[is responsible for]-> raising the statutory retirement age",
                "raising the statutory retirement age -[accords with]-> people first",
                "raising the statutory retirement age -[accords with]-> common prosperity",
                "raising the statutory retirement age -[accords with]-> " + LONG_PRINCIPLE_EN), d1.edges());

        Graph d2 = Graph.of(read(map("json", "--concept", "Delaying the LEGAL retirement age", "--depth", "2")));
        assertTrue(d2.edges().containsAll(d1.edges()), "an alternative label, in any case, finds the same concept");
        assertEquals("organization", d2.kinds().get("State Council"), "who else upholds the principle is two steps away");
        assertTrue(d2.kinds().containsKey("national pooling of basic pension funds"));
        assertFalse(d2.kinds().containsKey("social insurance"), "not linked to the reform at all");
    }

    @Test
    void theCorpusViewShowsTheConceptsTheMostDocumentsLinkWithWeightsAndSources() throws Exception {
        JsonObject root = JSON.parse(read(map("json", "--top", "4")));
        JsonObject elements = root.get("elements").getAsObject();
        Map<String, String> labelOf = new HashMap<>();
        for (JsonValue n : elements.get("nodes").getAsArray()) {
            JsonObject d = n.getAsObject().get("data").getAsObject();
            labelOf.put(d.getString("id"), d.getString("label"));
            assertEquals(2, d.get("documents").getAsArray().size(), "the four concepts both documents link: " + d);
        }
        assertEquals(Set.of("raising the statutory retirement age", "national pooling of basic pension funds", "people first", "common prosperity"),
                new HashSet<>(labelOf.values()));
        Map<String, Integer> weights = new TreeMap<>();
        for (JsonValue e : elements.get("edges").getAsArray()) {
            JsonObject d = e.getAsObject().get("data").getAsObject();
            weights.put(labelOf.get(d.getString("source")) + " -[" + d.getString("label") + "]-> " + labelOf.get(d.getString("target")),
                    d.getNumber("weight").intValue());
            assertEquals(d.getNumber("weight").intValue(), d.get("support").getAsArray().size(), "the weight is the number of statements");
        }
        assertEquals(Map.of(
                "national pooling of basic pension funds -[accords with]-> common prosperity", 2,
                "raising the statutory retirement age -[accords with]-> common prosperity", 1,
                "raising the statutory retirement age -[accords with]-> people first", 1), weights);
        Set<String> sources = new TreeSet<>();
        root.get("data").getAsObject().get("sources").getAsArray().forEach(v -> sources.add(v.getAsObject().getString("iri")));
        assertEquals(Set.of(ARTICLE, OTHER_REPORT), sources, "every document the propositions come from, to filter by");

        Graph whole = Graph.of(read(map("json")));
        assertTrue(whole.kinds().size() > 4 && whole.edges().size() > 3, "without --top, more of the corpus: " + whole.edges());
        assertFalse(whole.kinds().containsValue("document"), "documents are sources, not nodes");
    }

    @Test
    void aComparisonSaysWhichDocumentEachNodeComesFrom() throws Exception {
        JsonObject root = JSON.parse(read(map("json", "--compare", REPORT, OTHER_REPORT)));
        Map<String, String> sides = new TreeMap<>();
        for (JsonValue n : root.get("elements").getAsObject().get("nodes").getAsArray()) {
            JsonObject d = n.getAsObject().get("data").getAsObject();
            sides.put(d.getString("label"), d.getString("side"));
            Set<String> docs = new TreeSet<>();
            d.get("documents").getAsArray().forEach(v -> docs.add(v.getAsString().value()));
            Set<String> expected = switch (d.getString("side")) {
                case "first" -> Set.of(ARTICLE);
                case "second" -> Set.of(OTHER_REPORT);
                default -> Set.of(ARTICLE, OTHER_REPORT);
            };
            assertEquals(expected, docs, d.toString());
        }
        assertEquals("both", sides.get("raising the statutory retirement age"));
        assertEquals("both", sides.get("common prosperity"));
        assertEquals("first", sides.get("Party committees and governments at all levels"));
        assertEquals("second", sides.get("State Council"));
        assertEquals("second", sides.get("Ministry of Human Resources and Social Security"));
        Document svg = xml(read(map("svg", "--compare", REPORT, OTHER_REPORT)));
        SvgGeometry.assertReadable(svg);
        assertTrue(elements(svg, SvgGeometry.SVG, "g").stream().anyMatch(g -> g.getAttribute("data-side").equals("second")), "the SVG colours by side");
    }

    @Test
    void labelsFollowTheLanguageAndFallBackToEnglish() throws Exception {
        Graph g = Graph.of(read(map("json", "--document", ARTICLE, "--lang", "zh")));
        assertEquals("reform", g.kinds().get("延迟法定退休年龄"));
        assertTrue(g.edges().contains("各级党委和政府 -[必须负责]-> 延迟法定退休年龄"), g.edges()::toString);
        assertEquals("goal", g.kinds().get("sound and sustainable social security"), "no Chinese label: English");
        assertTrue(g.edges().contains("促进我国社会保障事业高质量发展、可持续发展 -[creator]-> 习近平"),
                "a property without labels is named from its IRI: " + g.edges());

        Graph byChineseLabel = Graph.of(read(map("json", "--concept", "延迟法定退休年龄", "--lang", "zh")));
        assertTrue(byChineseLabel.edges().contains("人力资源和社会保障部 -[负责]-> 延迟法定退休年龄"), byChineseLabel.edges()::toString);
    }

    @Test
    void theSvgHasEveryNodeOnTheCanvasNoOverlapsALegendAndWrappedLabels() throws Exception {
        Map<String, Set<String>> legends = Map.of(
                "en", Set.of("policy document", "person", "organization", "goal", "reform", "principle", "system component"),
                "zh", Set.of("政策文件", "person", "organization", "目标", "改革", "principle", "system component"));
        for (String lang : List.of("en", "zh")) {
            Document svg = xml(read(map("svg", "--document", REPORT, "--lang", lang)));
            SvgGeometry.assertReadable(svg);
            List<SvgGeometry.Box> boxes = SvgGeometry.nodeBoxes(svg);
            assertEquals(16, boxes.size());
            Set<String> legend = elements(svg, SvgGeometry.SVG, "g").stream()
                    .filter(g -> g.getAttribute("class").startsWith("legend-item")).map(Element::getTextContent).collect(Collectors.toSet());
            assertEquals(legends.get(lang), legend, "legend names from the class labels, in the language asked for");
            List<Element> edgeGroups = elements(svg, SvgGeometry.SVG, "g").stream().filter(g -> g.getAttribute("class").equals("edge")).toList();
            assertEquals(15, edgeGroups.size());
        }
        Document svg = xml(read(map("svg", "--document", ARTICLE)));
        Element principle = elements(svg, SvgGeometry.SVG, "g").stream()
                .filter(g -> g.getAttribute("data-iri").equals(CONCEPT + "party-leadership-over-social-security")).findFirst().orElseThrow();
        List<Element> lines = elements(svg, SvgGeometry.SVG, "tspan").stream().filter(t -> t.getParentNode().getParentNode() == principle).toList();
        assertTrue(lines.size() >= 3, "a long label is wrapped over several lines");
        assertEquals(LONG_PRINCIPLE_EN, lines.stream().map(Element::getTextContent).collect(Collectors.joining(" ")), "and nothing is cut");
    }

    @Test
    void everyEdgeLabelSitsOnItsEdge() throws Exception {
        Document svg = xml(read(map("svg", "--document", REPORT)));
        for (Element g : elements(svg, SvgGeometry.SVG, "g").stream().filter(g -> g.getAttribute("class").equals("edge")).toList()) {
            Element path = children(g).get(0);
            Element box = children(g).get(1);
            double x = Double.parseDouble(box.getAttribute("x")), y = Double.parseDouble(box.getAttribute("y"));
            double w = Double.parseDouble(box.getAttribute("width")), h = Double.parseDouble(box.getAttribute("height"));
            double[] pts = Arrays.stream(path.getAttribute("d").replaceAll("[ML]", " ").trim().split("[\\s,]+")).mapToDouble(Double::parseDouble).toArray();
            double best = Double.MAX_VALUE;
            for (int i = 0; i + 3 < pts.length; i += 2)
                best = Math.min(best, distanceToBox(pts[i], pts[i + 1], pts[i + 2], pts[i + 3], x, y, w, h));
            double distance = best;
            assertTrue(distance <= 6, () -> "label '" + box.getNextSibling().getTextContent() + "' is " + distance + "px from its edge");
        }
    }

    /** Distance from a segment to a rectangle (0 when they touch), sampled along the segment. */
    private static double distanceToBox(double x1, double y1, double x2, double y2, double x, double y, double w, double h) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i <= 50; i++) {
            double px = x1 + (x2 - x1) * i / 50, py = y1 + (y2 - y1) * i / 50;
            double dx = Math.max(Math.max(x - px, 0), px - (x + w));
            double dy = Math.max(Math.max(y - py, 0), py - (y + h));
            best = Math.min(best, Math.hypot(dx, dy));
        }
        return best;
    }

    @Test
    void graphmlCarriesLabelKeysForYedGephiAndCytoscape() throws Exception {
        Document d = xml(read(map("graphml", "--document", REPORT)));
        String ns = "http://graphml.graphdrawing.org/xmlns";
        Map<String, String> keyFor = new HashMap<>();
        for (Element k : elements(d, ns, "key"))
            if (k.hasAttribute("attr.name"))
                keyFor.put(k.getAttribute("for") + ":" + k.getAttribute("attr.name"), k.getAttribute("id"));
            else
                keyFor.put(k.getAttribute("for") + ":" + k.getAttribute("yfiles.type"), k.getAttribute("id"));
        assertTrue(keyFor.keySet().containsAll(Set.of("node:label", "edge:label", "node:nodegraphics", "edge:edgegraphics")), keyFor::toString);
        Map<String, String> labelOf = new HashMap<>();
        for (Element n : elements(d, ns, "node"))
            labelOf.put(n.getAttribute("id"), data(n, keyFor.get("node:label")));
        assertTrue(labelOf.containsValue("raising the statutory retirement age"));
        assertEquals(16, labelOf.size());
        assertEquals(16, elements(d, "http://www.yworks.com/xml/graphml", "ShapeNode").size(), "yEd graphics for every node");
        Set<String> edges = new HashSet<>();
        for (Element e : elements(d, ns, "edge"))
            edges.add(labelOf.get(e.getAttribute("source")) + " -[" + data(e, keyFor.get("edge:label")) + "]-> " + labelOf.get(e.getAttribute("target")));
        assertEquals(15, edges.size());
        assertTrue(edges.contains("Party committees and governments at all levels -[is responsible for (must)]-> national pooling of basic pension funds"), edges::toString);
        String sentences = elements(d, ns, "data").stream().filter(e -> e.getAttribute("key").equals(keyFor.get("edge:sentence")))
                .map(Element::getTextContent).collect(Collectors.joining("\n"));
        assertTrue(sentences.contains("The social security system comprises social insurance"), "the supporting sentence as an attribute");
    }

    private static String data(Element owner, String key) {
        return children(owner).stream().filter(c -> c.getLocalName().equals("data") && c.getAttribute("key").equals(key))
                .map(Element::getTextContent).findFirst().orElseThrow(() -> new AssertionError("no data " + key));
    }

    @Test
    void cxlIsACmapToolsMapWithConceptsLinkingPhrasesConnectionsAndAppearance() throws Exception {
        Document d = xml(read(map("cxl", "--document", REPORT)));
        String ns = "http://cmap.ihmc.us/xml/cmap/";
        assertEquals("cmap", d.getDocumentElement().getLocalName());
        assertEquals(ns, d.getDocumentElement().getNamespaceURI());
        Map<String, String> concepts = new HashMap<>();
        elements(d, ns, "concept").forEach(c -> concepts.put(c.getAttribute("id"), c.getAttribute("label")));
        Map<String, String> phrases = new HashMap<>();
        elements(d, ns, "linking-phrase").forEach(c -> phrases.put(c.getAttribute("id"), c.getAttribute("label")));
        assertEquals(16, concepts.size());
        assertEquals(15, phrases.size());
        assertTrue(elements(d, ns, "linking-phrase").stream().anyMatch(l -> l.getAttribute("long-comment").startsWith("Raising the retirement age puts people first")),
                "the supporting sentence as the linking phrase's comment");
        Map<String, String> into = new HashMap<>(), outOf = new HashMap<>();
        for (Element c : elements(d, ns, "connection")) {
            if (phrases.containsKey(c.getAttribute("to-id")))
                into.put(c.getAttribute("to-id"), concepts.get(c.getAttribute("from-id")));
            else
                outOf.put(c.getAttribute("from-id"), concepts.get(c.getAttribute("to-id")));
        }
        Set<String> propositions = phrases.keySet().stream().map(id -> into.get(id) + " -[" + phrases.get(id) + "]-> " + outOf.get(id)).collect(Collectors.toSet());
        assertTrue(propositions.contains("social security system -[has component]-> social welfare"), propositions::toString);
        assertFalse(propositions.stream().anyMatch(p -> p.contains("null")), propositions::toString);
        List<Element> looks = elements(d, ns, "concept-appearance");
        assertEquals(concepts.keySet(), looks.stream().map(e -> e.getAttribute("id")).collect(Collectors.toSet()));
        assertEquals(phrases.keySet(), elements(d, ns, "linking-phrase-appearance").stream().map(e -> e.getAttribute("id")).collect(Collectors.toSet()));
        assertTrue(looks.stream().map(e -> e.getAttribute("x") + "," + e.getAttribute("y")).distinct().count() == looks.size(), "laid out, not stacked");
    }

    @Test
    void dotIsAcceptedByGraphviz() throws Exception {
        Path dot = Path.of("/usr/bin/dot");
        Assumptions.assumeTrue(Files.isExecutable(dot), "Graphviz is not installed (/usr/bin/dot): install Debian's graphviz to run this test");
        for (String lang : List.of("en", "zh")) {
            Path file = map("dot", "--document", REPORT, "--lang", lang);
            Path svg = out.resolve("graphviz-" + lang + ".svg");
            Process p = new ProcessBuilder(dot.toString(), "-Tsvg", "-o", svg.toString(), file.toString()).redirectErrorStream(true).start();
            String messages = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "dot finished");
            assertEquals(0, p.exitValue(), messages);
            assertFalse(messages.toLowerCase(Locale.ROOT).contains("error") || messages.contains("syntax"), messages);
            Document drawn = MapFixture.xmlWithDoctype(read(svg));
            long nodes = elements(drawn, SvgGeometry.SVG, "g").stream().filter(g -> g.getAttribute("class").equals("node")).count();
            long edges = elements(drawn, SvgGeometry.SVG, "g").stream().filter(g -> g.getAttribute("class").equals("edge")).count();
            assertEquals(16 + 7, nodes, "the map's nodes and the legend's");
            assertEquals(15, edges);
        }
    }

    @Test
    void mermaidIsAFlowchartInMermaidSyntax() throws Exception {
        String text = read(map("mermaid", "--document", REPORT, "--lang", "zh"));
        MermaidGrammar.check(text);
        assertTrue(text.contains("延迟法定退休年龄"), text);
        assertEquals(15, text.lines().filter(l -> l.contains("-->")).count());
        assertTrue(text.contains("%% The social security system comprises social insurance"), "supporting sentences as comments");
    }

    @Test
    void anUnknownConceptNamesTheClosestMatchesAndWritesNothing() {
        Path file = out.resolve("none.svg");
        Cli r = Cli.run("map", "--data", store.toString(), "--concept", "retirment age", "--format", "svg", "-o", file.toString());
        assertEquals(3, r.exitCode(), r::toString);
        assertTrue(r.err().contains("No concept labelled \"retirment age\""), r.err());
        assertTrue(r.err().contains("raising the statutory retirement age"), "closest match from the text index: " + r.err());
        assertFalse(Files.exists(file));

        Cli byIri = Cli.run("map", "--data", store.toString(), "--concept", CONCEPT + "social-insurence", "--format", "json", "-o", file.toString());
        assertEquals(3, byIri.exitCode(), byIri::toString);
        assertTrue(byIri.err().contains("social insurance"), byIri.err());
        assertFalse(Files.exists(file));
    }

    @Test
    void anUnknownDocumentNamesTheDocumentsThereAreAndWritesNothing() {
        Path file = out.resolve("none.dot");
        Cli r = Cli.run("map", "--data", store.toString(), "--document", DOC + "no-such-report", "--format", "dot", "-o", file.toString());
        assertEquals(3, r.exitCode(), r::toString);
        assertTrue(r.err().contains("No document <" + DOC + "no-such-report>"), r.err());
        assertTrue(r.err().contains(REPORT) && r.err().contains(OTHER_REPORT), r.err());

        Cli near = Cli.run("map", "--data", store.toString(), "--document", DOC + "pension-reports", "--format", "dot", "-o", file.toString());
        assertEquals(3, near.exitCode(), near::toString);
        assertTrue(near.err().indexOf(OTHER_REPORT) < near.err().indexOf(REPORT), "the most similar document first: " + near.err());
        assertFalse(Files.exists(file));
    }

    @Test
    void anEndpointThatDoesNotAnswerIsAnEnvironmentProblem() {
        Path file = out.resolve("remote.svg");
        String endpoint = "http://127.0.0.1:" + org.policykg.testing.Http.freePort() + "/policy/sparql";
        Cli r = Cli.run("map", "--endpoint", endpoint, "--document", REPORT, "--format", "svg", "-o", file.toString());
        assertEquals(4, r.exitCode(), r::toString);
        assertTrue(r.err().contains(endpoint), r.err());
        assertFalse(Files.exists(file));
    }

    @Test
    void anEndpointWithoutATextIndexStillFindsExactLabels() throws Exception {
        org.apache.jena.query.Dataset quads = org.apache.jena.query.DatasetFactory.create();
        org.apache.jena.riot.RDFDataMgr.read(quads, MapFixture.file().toString());
        // all of it in the default graph: a plain endpoint, no text index
        org.apache.jena.rdf.model.Model all = org.apache.jena.rdf.model.ModelFactory.createDefaultModel().add(quads.getUnionModel());
        org.apache.jena.fuseki.main.FusekiServer fuseki = org.apache.jena.fuseki.main.FusekiServer.create().loopback(true)
                .port(org.policykg.testing.Http.freePort()).add("/plain", org.apache.jena.query.DatasetFactory.create(all)).build().start();
        try {
            Path file = out.resolve("plain.json");
            String endpoint = "http://127.0.0.1:" + fuseki.getHttpPort() + "/plain/sparql";
            Cli r = Cli.run("map", "--endpoint", endpoint, "--concept", "STATE COUNCIL", "--format", "json", "-o", file.toString());
            assertEquals(0, r.exitCode(), r::toString);
            assertEquals(Set.of("State Council -[accords with]-> people first"), Graph.of(read(file)).edges());
        } finally {
            fuseki.stop();
        }
    }

    @Test
    void usageMistakesExitWithTwo() {
        Path file = out.resolve("x.svg");
        assertEquals(2, Cli.run("map", "--data", store.toString(), "--format", "svg", "--top", "0", "-o", file.toString()).exitCode(), "top 0");
        assertEquals(2, Cli.run("map", "--data", store.toString(), "--format", "svg", "--compare", REPORT, "--document", REPORT, "-o", file.toString()).exitCode(),
                "a comparison and a document");
        assertEquals(2, Cli.run("map", "--data", store.toString(), "--format", "svg", "--compare", REPORT, "-o", file.toString()).exitCode(), "one document to compare");
        assertEquals(2, Cli.run("map", "--data", store.toString(), "--document", REPORT, "--format", "png", "-o", file.toString()).exitCode());
        assertEquals(2, Cli.run("map", "--data", store.toString(), "--document", REPORT, "--format", "svg", "--depth", "-1", "-o", file.toString()).exitCode());
        assertFalse(Files.exists(file));
    }

    /** The same question, asked twice, gives the same file. */
    @Test
    void outputIsDeterministic() throws Exception {
        String first = read(map("svg", "--document", REPORT));
        String second = read(map("svg", "--document", REPORT));
        assertEquals(first, second);
        assertTrue(Pattern.compile("data-iri=\"" + Pattern.quote(RETIREMENT) + "\"").matcher(first).find());
    }
}
