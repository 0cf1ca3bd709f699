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
 * draw the map of the report. It names the reforms the article calls for and the actors responsible.
 * Needs the converter (issue 4) and the ontology (issue 3); skipped, saying so, where they are not yet merged.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedMapTest {
    private static final String SSPO = "https://w3id.org/sspo#";
    private static final String CONCEPT = "https://w3id.org/sspo/id/concept/";
    @TempDir static Path tmp;
    private String report;

    @BeforeAll
    void convertAndLoadTheSeed() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(Project.file("ontology")) && Cli.run("convert", "--help").exitCode() == 0,
                "the converter and the ontology are not on this branch yet: the seed map is tested once they are");
        Path seed = Project.file("seeds/xinhua-qiushi-social-security.txt");
        Path trig = tmp.resolve("seed.trig");
        Cli converted = Cli.run("convert", seed.toString(), "--format", "trig", "-o", trig.toString());
        assertEquals(0, converted.exitCode(), converted::toString);
        List<String> load = new ArrayList<>(List.of("load", "--data", tmp.resolve("store").toString()));
        try (Stream<Path> files = Files.list(Project.file("ontology"))) {
            files.filter(f -> f.toString().endsWith(".ttl")).sorted().forEach(f -> load.add(f.toString()));
        }
        load.add(trig.toString());
        Cli loaded = Cli.run(load.toArray(String[]::new));
        assertEquals(0, loaded.exitCode(), loaded::toString);
        Cli reports = Cli.run("query", "--data", tmp.resolve("store").toString(), "--format", "csv",
                "SELECT DISTINCT ?report WHERE { ?report <" + SSPO + "reportsOn> ?article } ORDER BY ?report");
        assertEquals(0, reports.exitCode(), reports::toString);
        List<String> rows = reports.out().lines().skip(1).map(String::strip).filter(s -> !s.isEmpty()).toList();
        assertEquals(1, rows.size(), "the seed is one report on one article: " + rows);
        report = rows.get(0);
    }

    private Path map(String format, String... more) {
        Path file = tmp.resolve("seed-map." + format);
        List<String> args = new ArrayList<>(List.of("map", "--data", tmp.resolve("store").toString(), "--document", report,
                "--format", format, "-o", file.toString()));
        args.addAll(List.of(more));
        Cli r = Cli.run(args.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r::toString);
        return file;
    }

    @Test
    void theSeedMapHasTheReformsItCallsForAndTheActorsResponsible() throws Exception {
        JsonObject elements = JSON.parse(Files.readString(map("json"))).get("elements").getAsObject();
        Map<String, String> kinds = new HashMap<>();
        for (JsonValue n : elements.get("nodes").getAsArray())
            kinds.put(n.getAsObject().get("data").getAsObject().getString("id"), n.getAsObject().get("data").getAsObject().getString("kind"));
        Set<String> calledFor = new HashSet<>();
        Map<String, Set<String>> responsible = new HashMap<>();
        for (JsonValue e : elements.get("edges").getAsArray()) {
            JsonObject d = e.getAsObject().get("data").getAsObject();
            if (d.getString("property").equals(SSPO + "proposesReform"))
                calledFor.add(d.getString("target"));
            if (d.getString("property").equals(SSPO + "responsibleFor"))
                responsible.computeIfAbsent(d.getString("source"), k -> new HashSet<>()).add(d.getString("target"));
        }
        assertTrue(calledFor.containsAll(Set.of(CONCEPT + "delaying-statutory-retirement-age", CONCEPT + "national-pooling-of-basic-old-age-insurance")),
                calledFor::toString);
        calledFor.forEach(r -> assertEquals("reform", kinds.get(r), r));
        assertFalse(responsible.isEmpty(), "the actors responsible are on the map");
        responsible.keySet().forEach(a -> assertEquals("organization", kinds.get(a), a));
        assertEquals("document", kinds.get(report));
    }

    @Test
    void theSeedMapIsReadableInBothLanguages() throws Exception {
        for (String lang : List.of("en", "zh"))
            SvgGeometry.assertReadable(MapFixture.xml(Files.readString(map("svg", "--lang", lang))));
    }
}
