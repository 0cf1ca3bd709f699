package org.policykg.bench;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.testing.Cli;
import org.policykg.testing.Project;

class SoakTest {
    @TempDir Path dir;

    @Test
    void aShortSoakOnAnInProcessServerHasNoErrors() {
        Path nq = dir.resolve("seeds.nq");
        Cli convert = Cli.run("convert", "--format", "nq", "-o", nq.toString(), Project.file("seeds").toString());
        assertEquals(0, convert.exitCode(), convert.toString());
        Path data = dir.resolve("data");
        Cli load = Cli.run("load", "--data", data.toString(), nq.toString(), Project.file("ontology/concepts.ttl").toString());
        assertEquals(0, load.exitCode(), load.toString());

        Cli soak = Cli.run("soak", "--clients", "4", "--seconds", "3", "--data", data.toString());
        assertEquals(0, soak.exitCode(), soak.toString());
        assertTrue(soak.out().matches("(?s).*errors +0\\n.*"), soak.out());
        assertTrue(soak.out().matches("(?s).*requests +[1-9][0-9]* .*"), soak.out());
        assertTrue(soak.out().contains("p99"), soak.out());
        assertTrue(soak.out().matches("(?s).*heap +after GC: [0-9.]+ MB at the start, [0-9.]+ MB at the end.*"), soak.out());
    }

    @Test
    void aMixedSoakThrottlesTheHostileClientAndNotTheOrdinaryOnes() {
        Path data = dir.resolve("data");
        Cli load = Cli.run("load", "--data", data.toString(), Project.file("ontology/concepts.ttl").toString());
        assertEquals(0, load.exitCode(), load.toString());
        Cli soak = Cli.run("soak", "--clients", "3", "--hostile", "4", "--seconds", "4", "--data", data.toString());
        assertEquals(0, soak.exitCode(), soak.toString());
        assertTrue(soak.out().matches("(?s).*ordinary  requests [1-9][0-9]* .*, errors 0\\n.*"), soak.out());
        java.util.regex.Matcher h = java.util.regex.Pattern.compile("hostile   requests (\\d+): answered (\\d+), refused 429 (\\d+), refused 503 (\\d+)")
                .matcher(soak.out());
        assertTrue(h.find(), soak.out());
        assertTrue(Long.parseLong(h.group(3)) > 0, "the hostile client's surplus is refused with 429: " + soak.out());
    }

    @Test
    void aRemoteEndpointIsRefused() {
        Cli soak = Cli.run("soak", "--seconds", "1", "--url", "http://192.0.2.1:3030/policy/sparql");
        assertEquals(2, soak.exitCode(), soak.toString());
        assertTrue(soak.err().contains("only against this machine"), soak.err());
    }

    @Test
    void aFolderWithoutAStoreIsAClearError() {
        Cli soak = Cli.run("soak", "--seconds", "1", "--data", dir.resolve("nothing").toString());
        assertEquals(3, soak.exitCode(), soak.toString());
        assertTrue(soak.err().contains("No store in"), soak.err());
    }
}
