package org.policykg.reliability;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.cli.ExitCode;
import org.policykg.testing.Cli;
import org.policykg.testing.Project;

/** User values reach the query templates bound, never pasted: quotes, braces and # cannot change a query. */
class BoundValuesTest {
    @TempDir Path tmp;

    private String data() { return tmp.resolve("store").toString(); }

    @BeforeEach
    void load() {
        Cli r = Cli.run("load", "--data", data(), Project.testResource("hostile/tricky-labels.ttl").toString());
        assertEquals(0, r.exitCode(), r::toString);
    }

    @Test
    void aLabelFullOfSparqlSyntaxIsFoundAsItIs() throws Exception {
        Path out = tmp.resolve("map.json");
        Cli r = Cli.run("map", "--data", data(), "--concept", "pension \"reform\" } ?s ?p ?o # 2024", "--format", "json", "-o", out.toString());
        assertEquals(ExitCode.OK, r.exitCode(), r::toString);
        String json = Files.readString(out);
        assertTrue(json.contains("http://example.org/hostile/tricky"), json);
    }

    @Test
    void anInjectionAttemptIsJustAnUnknownLabel() {
        Path out = tmp.resolve("map.json");
        // pasted into a query this would close the literal and match everything
        Cli r = Cli.run("map", "--data", data(), "--concept", "x\" } UNION { ?node ?p ?label } #", "--format", "json", "-o", out.toString());
        assertEquals(ExitCode.INPUT, r.exitCode(), r::toString);
        assertFalse(Files.exists(out), "no file for an unknown concept");
        assertFalse(r.err().contains("\tat "), r::toString);
    }
}
