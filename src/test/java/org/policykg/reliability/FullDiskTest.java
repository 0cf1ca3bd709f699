package org.policykg.reliability;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.cli.ExitCode;
import org.policykg.testing.*;

/** A disk that fills up during a load, for real: a small tmpfs (needs root; skipped with a message elsewhere). */
class FullDiskTest {
    @TempDir Path tmp;
    private Path mount;

    private static int sh(String... cmd) throws Exception {
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
    }

    @AfterEach
    void unmount() throws Exception {
        if (mount != null)
            sh("umount", mount.toString());
    }

    private long count(String data) throws Exception {
        PolicykgProcess q = PolicykgProcess.start(tmp.resolve("q.log"), "query", "--data", data, "--format", "csv",
                "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?g != <https://w3id.org/sspo/id/graph/void>) }"); // the dataset description left aside
        assertEquals(0, q.awaitExit(120), q.output());
        return Long.parseLong(q.output().lines().filter(l -> l.matches("\\d+")).findFirst().orElseThrow());
    }

    @Test
    void aFullDiskIsACleanErrorAndTheStoreSurvivesIt() throws Exception {
        mount = Files.createDirectories(tmp.resolve("small-disk"));
        boolean mounted = sh("mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", mount.toString()) == 0;
        if (!mounted)
            mount = null;
        assumeTrue(mounted, "mounting a small tmpfs needs root; the full-disk test is skipped here");

        String data = mount.resolve("store").toString();
        PolicykgProcess first = PolicykgProcess.start(tmp.resolve("l1.log"), "load", "--data", data, Project.testResource("rdf/labels.ttl").toString());
        assertEquals(0, first.awaitExit(120), first.output());
        long before = count(data);

        Path big = tmp.resolve("big.nt");
        try (BufferedWriter w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            String filler = "disk filler ".repeat(50); // long literals fill the node table fast
            for (int i = 0; i < 40_000; i++)
                w.write("<http://example.org/big/s" + i + "> <http://www.w3.org/2000/01/rdf-schema#label> \"" + filler + i + "\"@en .\n");
        }
        PolicykgProcess load = PolicykgProcess.start(tmp.resolve("l2.log"), "load", "--data", data, big.toString());
        int rc = load.awaitExit(300);
        assertEquals(ExitCode.ENVIRONMENT, rc, load.output());
        assertTrue(load.output().contains("No space left"), load.output());
        assertFalse(load.output().contains("\tat "), "no stack trace on the terminal: " + load.output());
        assertEquals(before, count(data), "nothing of the failed load is in the store");

        // space freed (the disk made larger): the store is usable again
        assertEquals(0, sh("mount", "-o", "remount,size=400m", mount.toString()));
        PolicykgProcess again = PolicykgProcess.start(tmp.resolve("l3.log"), "load", "--data", data, "--graph", "http://example.org/after",
                Project.testResource("rdf/labels.ttl").toString());
        assertEquals(0, again.awaitExit(120), again.output());
        assertEquals(before * 2, count(data));
    }

    /**
     * A large first load (issue 17) onto a disk without room for it: not the bulk path (whose loader threads do not
     * survive a full disk) but the one-transaction load, so the same clean error, the empty store still empty, no
     * half-built folder left; with room, the same load succeeds.
     */
    @Test
    void aLargeFirstLoadOntoADiskWithoutRoomIsACleanErrorAndChangesNothing() throws Exception {
        mount = Files.createDirectories(tmp.resolve("small-disk"));
        boolean mounted = sh("mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", mount.toString()) == 0;
        if (!mounted)
            mount = null;
        assumeTrue(mounted, "mounting a small tmpfs needs root; the full-disk test is skipped here");
        String data = mount.resolve("store").toString();
        Path big = tmp.resolve("big.nt");
        try (BufferedWriter w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            String filler = "disk filler ".repeat(50);
            for (int i = 0; i < 40_000; i++)
                w.write("<http://example.org/big/s" + i + "> <http://www.w3.org/2000/01/rdf-schema#label> \"" + filler + i + "\"@en .\n");
        }
        assertTrue(Files.size(big) > 8L << 20, "large enough for the bulk path");
        PolicykgProcess load = PolicykgProcess.start(tmp.resolve("l2.log"), "load", "--data", data, big.toString());
        int rc = load.awaitExit(300);
        assertEquals(ExitCode.ENVIRONMENT, rc, load.output());
        assertTrue(load.output().contains("No space left"), load.output());
        assertFalse(load.output().contains("\tat "), "no stack trace on the terminal: " + load.output());
        assertEquals(0, count(data), "nothing of the failed load is in the store");
        try (var folders = Files.list(Path.of(data, "tdb2"))) {
            assertTrue(folders.noneMatch(f -> f.getFileName().toString().endsWith("-tmp")), "no half-built storage folder is left");
        }
        assertEquals(0, sh("mount", "-o", "remount,size=400m", mount.toString()));
        PolicykgProcess again = PolicykgProcess.start(tmp.resolve("l3.log"), "load", "--data", data, big.toString());
        assertEquals(0, again.awaitExit(300), again.output());
        assertEquals(40_000, count(data));
    }
}
