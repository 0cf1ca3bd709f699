package org.policykg.bench;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.testing.Cli;
import org.policykg.testing.Project;

/** bench --quick end to end on a tiny corpus: every figure the issue asks for is there and positive. No timing is asserted. */
class BenchSmokeTest {
    static final List<String> KEYS = List.of("convert_mb_per_s_per_core", "convert_sentences_per_s_per_core", "convert_speedup_all_cores",
            "convert_vs_parse_ratio", "load_triples_per_s", "load_vs_tdbloader_ratio", "load_vs_tdbloader_plus_textindexer_ratio",
            "load_vs_tdbloader_plus_textindexer_cpu_ratio", "describe_seconds", "load_and_describe_vs_tdbloader_plus_textindexer_ratio",
            "query_p50_ms", "query_p99_ms", "query_qps_at_8_clients", "query_vs_plain_fuseki_ratio",
            "query_vs_plain_fuseki_ratio_at_8_clients", "peak_heap_mb", "up_seconds",
            // where conversion time goes: each step of the pipeline, the shape check included
            "convert_stage_share_read", "convert_stage_share_sentences", "convert_stage_share_statements", "convert_stage_share_write",
            "convert_stage_share_check",
            // the start of up against plain Fuseki from the same build (issue 18)
            "start_seconds_plain_fuseki", "start_ratio_up_fresh_vs_plain_fuseki", "start_ratio_up_unchanged_vs_plain_fuseki",
            "start_ratio_up_fresh_warm_cache_vs_plain_fuseki",
            "start_cpu_ratio_up_unchanged_vs_plain_fuseki");

    @TempDir Path dir;

    @Test
    void quickBenchWritesEveryFigure() throws Exception {
        Cli bench = Cli.run("bench", "--quick", "--docs", "10", "--repeat", "1", "--warm-up", "0", "--query-seconds", "0.5", "--dir", dir.toString());
        assertEquals(0, bench.exitCode(), bench.toString());
        Path results = dir.resolve("results.json");
        assertTrue(Files.isRegularFile(results), bench.toString());
        JsonObject json = JSON.read(results.toString());
        for (String key : KEYS) {
            JsonValue v = json.get(key);
            assertNotNull(v, key + " missing in " + json);
            assertTrue(v.isNumber(), key + " is not a number: " + v);
            assertTrue(v.getAsNumber().value().doubleValue() > 0, key + " is not positive: " + v);
        }
        assertEquals(10, json.get("docs").getAsNumber().value().intValue());
        // every query in queries/ and in queries/maps/ (the concept-map page's) has its own figures (issue 17)
        try (var files = java.util.stream.Stream.concat(Files.list(Project.file("queries")), Files.list(Project.file("queries/maps")))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".rq")).toList()) {
                String name = (f.getParent().getFileName().toString().equals("maps") ? "maps/" : "") + f.getFileName().toString().replaceFirst("\\.rq$", "");
                JsonValue p99 = json.get("query_p99_ms__" + name);
                assertTrue(p99 != null && p99.isNumber() && p99.getAsNumber().value().doubleValue() > 0, name + " was measured: " + p99);
            }
        }
        assertTrue(bench.out().contains("convert_mb_per_s_per_core"), "the table is printed:\n" + bench.out());
        assertFalse(Files.exists(dir.resolve("work")), "scratch stores are removed");
    }

    /** bench --load-only: the corpus converted, then only the load comparison (with its warm-up), into load-results.json; nothing else is measured. */
    @Test
    void loadOnlyComparesTheLoadsAlone() throws Exception {
        Cli bench = Cli.run("bench", "--load-only", "--docs", "6", "--repeat", "2", "--warm-up", "1", "--dir", dir.toString());
        assertEquals(0, bench.exitCode(), bench.toString());
        JsonObject json = JSON.read(dir.resolve("load-results.json").toString());
        for (String key : List.of("quads", "load_seconds", "tdbloader_seconds", "textindexer_seconds", "load_vs_tdbloader_ratio",
                "load_vs_tdbloader_plus_textindexer_ratio", "load_vs_tdbloader_plus_textindexer_cpu_ratio", "describe_seconds",
                "load_and_describe_vs_tdbloader_plus_textindexer_ratio")) {
            JsonValue v = json.get(key);
            assertTrue(v != null && v.isNumber() && v.getAsNumber().value().doubleValue() > 0, key + " = " + v + " in " + json);
        }
        assertEquals(6, json.get("docs").getAsNumber().value().intValue());
        assertNull(json.get("query_p99_ms"), "no query was measured");
        assertFalse(Files.exists(dir.resolve("results.json")), "the full run's file is not written");
        assertTrue(bench.out().contains("warm-up: our load and Jena's, untimed (2/2)"), bench.out());
        assertTrue(bench.out().contains("load_vs_tdbloader_plus_textindexer_ratio"), "the figures are printed:\n" + bench.out());
        assertFalse(Files.exists(dir.resolve("work")), "scratch stores are removed");
    }

    /** bench --watch: a running up --watch is given a text to add, edit and delete, and each is timed until it is answered. */
    @Test
    void watchBenchTimesEachKindOfChange() throws Exception {
        Cli bench = Cli.run("bench", "--watch", "--repeat", "1", "--dir", dir.toString());
        assertEquals(0, bench.exitCode(), bench.toString());
        JsonObject json = JSON.read(dir.resolve("watch-results.json").toString());
        for (String key : List.of("watch_seconds_p50_add", "watch_seconds_p50_edit", "watch_seconds_p50_delete", "watch_seconds_p50", "watch_seconds_max")) {
            JsonValue v = json.get(key);
            assertNotNull(v, key + " missing in " + json);
            // hardly sooner than the watcher's settling time (0.3 s after the last event, which may precede the timing by a little): the answer really waited for the change
            assertTrue(v.getAsNumber().value().doubleValue() >= 0.2, key + " = " + v);
        }
        assertEquals(3, json.get("watch_changes").getAsNumber().value().intValue());
        assertTrue(bench.out().contains("round 1: added"), bench.out());
    }
}
