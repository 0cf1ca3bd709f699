package org.policykg.map;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.stream.Stream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.*;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.testing.Cli;
import org.policykg.testing.Project;

/**
 * The seed article's map, end to end through the real commands: convert the seed, load it with the ontology,
 * draw the map of the report: propositions between the concepts and actors the article's statements link, fitting a slide.
 * The same for a text nobody here wrote (another rendering of the news).
 * Needs the converter (issue 4) and the ontology (issue 3); skipped, saying so, where they are not yet merged.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedMapTest {
    private static final String SSPO = "https://w3id.org/sspo#";
    private static final String CONCEPT = "https://w3id.org/sspo/id/concept/";
    @TempDir static Path tmp;
    private String report;

    private String devReport;

    @BeforeAll
    void convertAndLoadTheSeed() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(Project.file("ontology")) && Cli.run("convert", "--help").exitCode() == 0,
                "the converter and the ontology are not on this branch yet: the seed map is tested once they are");
        report = convertAndLoad(Project.file("seeds/xinhua-qiushi-social-security.txt"), "store");
        // a text nobody here wrote: another rendering of the same news
        Path dev = tmp.resolve("dev/other-rendering.txt");
        Files.createDirectories(dev.getParent());
        Files.copy(Project.testResource("other-rendering.txt"), dev);
        devReport = convertAndLoad(dev, "dev-store");
    }

    /** Converts one text, loads it with the ontology into a store of its own, and returns the report's IRI. */
    private static String convertAndLoad(Path text, String store) throws Exception {
        Path trig = tmp.resolve(store + ".trig");
        Cli converted = Cli.run("convert", text.toString(), "--format", "trig", "-o", trig.toString());
        assertEquals(0, converted.exitCode(), converted::toString);
        List<String> load = new ArrayList<>(List.of("load", "--data", tmp.resolve(store).toString()));
        try (Stream<Path> files = Files.list(Project.file("ontology"))) {
            files.filter(f -> f.toString().endsWith(".ttl")).sorted().forEach(f -> load.add(f.toString()));
        }
        load.add(trig.toString());
        Cli loaded = Cli.run(load.toArray(String[]::new));
        assertEquals(0, loaded.exitCode(), loaded::toString);
        Cli reports = Cli.run("query", "--data", tmp.resolve(store).toString(), "--format", "csv",
                "SELECT DISTINCT ?report WHERE { ?report <" + SSPO + "reportsOn> ?article } ORDER BY ?report");
        assertEquals(0, reports.exitCode(), reports::toString);
        List<String> rows = reports.out().lines().skip(1).map(String::strip).filter(s -> !s.isEmpty()).toList();
        assertEquals(1, rows.size(), "the text is one report on one article: " + rows);
        return rows.get(0);
    }

    private Path map(String format, String... more) {
        return mapOf("store", report, format, more);
    }

    private Path mapOf(String store, String document, String format, String... more) {
        Path file = tmp.resolve(store + "-map." + format);
        List<String> args = new ArrayList<>(List.of("map", "--data", tmp.resolve(store).toString(), "--document", document,
                "--format", format, "-o", file.toString()));
        args.addAll(List.of(more));
        Cli r = Cli.run(args.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r::toString);
        return file;
    }

    /** The map's propositions whose ends are both concepts or actors: (source kind, property, target kind, source, target). */
    private static List<String[]> propositions(Path json) throws Exception {
        JsonObject elements = JSON.parse(Files.readString(json)).get("elements").getAsObject();
        Map<String, String> kinds = new HashMap<>();
        for (JsonValue n : elements.get("nodes").getAsArray())
            kinds.put(n.getAsObject().get("data").getAsObject().getString("id"), n.getAsObject().get("data").getAsObject().getString("kind"));
        List<String[]> out = new ArrayList<>();
        for (JsonValue e : elements.get("edges").getAsArray()) {
            JsonObject d = e.getAsObject().get("data").getAsObject();
            String sk = kinds.get(d.getString("source")), tk = kinds.get(d.getString("target"));
            if (!sk.equals("document") && !tk.equals("document"))
                out.add(new String[] {sk, d.getString("property"), tk, d.getString("source"), d.getString("target")});
        }
        return out;
    }

    /**
     * An actor responsible for a goal or reform, and a reform that serves a goal or accords with a principle. (The seed's
     * gold makes Party committees and governments responsible for one goal only; the two "implementation of ..." tasks
     * that once made them responsible for three are no goals.)
     */
    private static void assertConceptMap(List<String[]> props) {
        assertConceptMap(props, true, 1);
    }

    /** An actor responsible for at least {@code targets} goals or reforms, and a reform link where one is expected. */
    private static void assertConceptMap(List<String[]> props, boolean reformLinkExpected, int targets) {
        Map<String, Set<String>> responsible = new HashMap<>();
        boolean reformLinked = false;
        for (String[] p : props) {
            if (p[1].equals(SSPO + "responsibleFor") && Set.of("goal", "reform").contains(p[2]))
                responsible.computeIfAbsent(p[3], k -> new HashSet<>()).add(p[4]);
            if (p[0].equals("reform") && (p[1].equals(SSPO + "serves") && p[2].equals("goal") || p[1].equals(SSPO + "accordsWith") && p[2].equals("principle")))
                reformLinked = true;
        }
        assertTrue(responsible.values().stream().anyMatch(t -> t.size() >= targets), "an actor responsible for " + targets + " or more goals or reforms: " + responsible);
        responsible.keySet().forEach(a -> assertTrue(a.contains("/actor/"), a));
        if (reformLinkExpected)
            assertTrue(reformLinked, "a reform linked to the goal it serves or the principle it accords with");
    }

    @Test
    void theSeedMapIsPropositionsBetweenConceptsAndActors() throws Exception {
        Path json = map("json");
        List<String[]> props = propositions(json);
        assertTrue(props.size() >= 15, "at least 15 propositions between concepts or actors, not the document: " + props.size());
        assertConceptMap(props);
        Set<String> reforms = new HashSet<>();
        props.forEach(p -> { if (p[0].equals("reform")) reforms.add(p[3]); });
        // several of the reforms the article calls for connect to other concepts (which ones depends on the roles
        // the sentences give: a principle under a reform verb is only mentioned, and links to nothing)
        assertTrue(reforms.size() >= 3 && reforms.contains(CONCEPT + "national-pooling-of-basic-old-age-insurance"), reforms::toString);
        JsonObject elements = JSON.parse(Files.readString(json)).get("elements").getAsObject();
        long documentEdges = 0;
        for (JsonValue e : elements.get("edges").getAsArray()) {
            JsonObject d = e.getAsObject().get("data").getAsObject();
            if (d.getString("source").equals(report) || d.getString("target").equals(report))
                documentEdges++;
        }
        assertTrue(documentEdges <= 2, "the document is a source, not the hub: " + documentEdges + " edges");
    }

    @Test
    void aTextNobodyHereWroteGivesAConceptMapToo() throws Exception {
        // no sentence of this rendering names a reform together with a goal, a principle or who is responsible
        // (its reforms stand in a sentence of their own, "Efforts should be made to ..."), so no reform link is drawn
        List<String[]> props = propositions(mapOf("dev-store", devReport, "json"));
        assertConceptMap(props, false, 2);
        for (String lang : List.of("en", "zh"))
            SvgGeometry.assertReadable(MapFixture.xml(Files.readString(mapOf("dev-store", devReport, "svg", "--lang", lang))));
    }

    @Test
    void theSeedMapFitsASlideWithNoOverlappingNodes() throws Exception {
        for (String lang : List.of("en", "zh")) {
            org.w3c.dom.Document svg = MapFixture.xml(Files.readString(map("svg", "--lang", lang)));
            SvgGeometry.assertReadable(svg);
            double w = Double.parseDouble(svg.getDocumentElement().getAttribute("width"));
            double h = Double.parseDouble(svg.getDocumentElement().getAttribute("height"));
            assertTrue(w <= 1600 && h <= 900, "the " + lang + " seed map is " + w + " x " + h + ", more than a 1600 x 900 slide");
        }
    }
}
