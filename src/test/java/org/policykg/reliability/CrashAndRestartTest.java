package org.policykg.reliability;

import static org.junit.jupiter.api.Assertions.*;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.cli.ExitCode;
import org.policykg.testing.*;

/** Damage done for real: a load killed with SIGKILL, a server stopped with SIGTERM. Nothing committed is lost, nothing half-written stays. */
class CrashAndRestartTest {
    @TempDir Path tmp;

    private String data() { return tmp.resolve("store").toString(); }

    private record State(long quads, long hits, long bigHits) {}

    /** Triples (the dataset description left aside) and text-index hits, asked in one query: the store is opened once. */
    private State state() {
        Cli r = Cli.run("query", "--data", data(), "--format", "csv", "PREFIX text: <http://jena.apache.org/text#> SELECT ?quads ?hits ?bigHits WHERE {"
                + " { SELECT (COUNT(*) AS ?quads) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?g != <https://w3id.org/sspo/id/graph/void>) } }"
                + " { SELECT (COUNT(*) AS ?hits) WHERE { ?s1 text:query \"social OR pension\" } }"
                + " { SELECT (COUNT(*) AS ?bigHits) WHERE { ?s2 text:query \"crashlabel\" } } }");
        if (r.exitCode() != 0)
            throw new AssertionError("the store does not open or answer: " + r);
        String[] row = r.out().lines().skip(1).findFirst().orElseThrow().strip().split(",");
        return new State(Long.parseLong(row[0]), Long.parseLong(row[1]), Long.parseLong(row[2]));
    }

    private static final int BIG = 20_000;
    private static final int LABEL_EVERY = 10;

    /** N-Triples of about 3 MB: every tenth triple a label (text-indexed), the others long plain values. */
    private Path bigFile() throws Exception {
        Path big = tmp.resolve("big.nt");
        String pad = "x".repeat(100);
        try (BufferedWriter w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            for (int i = 0; i < BIG; i++)
                w.write(i % LABEL_EVERY == 0
                        ? "<http://example.org/big/s" + i + "> <http://www.w3.org/2000/01/rdf-schema#label> \"crashlabel " + i + " pension\"@en .\n"
                        : "<http://example.org/big/s" + i + "> <http://example.org/big/value> \"" + i + " " + pad + "\" .\n");
        }
        return big;
    }

    /**
     * The descriptor under which the process has {@code file} open (/proc/PID/fd), or null while it has not. Looked up
     * once per load: listing every descriptor each time the offset is read would take CPU from the load it watches.
     */
    private static Path openDescriptor(long pid, Path file) {
        try (var fds = Files.list(Path.of("/proc", String.valueOf(pid), "fd"))) {
            for (Path fd : (Iterable<Path>) fds::iterator) {
                try {
                    if (Files.readSymbolicLink(fd).equals(file))
                        return fd;
                } catch (Exception ex) {
                    // closed meanwhile
                }
            }
        } catch (Exception ex) {
            return null; // the process is gone
        }
        return null;
    }

    /**
     * How far the process has read the file open under {@code fd}: the descriptor's offset (/proc/PID/fdinfo), -1 once
     * it is closed. The load's own progress, read from outside without slowing it.
     */
    private static long readOffset(Path fd, Path file) {
        try {
            if (!Files.readSymbolicLink(fd).equals(file))
                return -1; // closed, the number taken by another file
            for (String line : Files.readAllLines(fd.getParent().resolveSibling("fdinfo").resolve(fd.getFileName())))
                if (line.startsWith("pos:"))
                    return Long.parseLong(line.substring(4).strip());
        } catch (Exception ex) {
            return -1; // closed, or the process is gone
        }
        return -1;
    }

    @Test
    void aLoadKilledAtAnyPointLeavesTheStoreAsItWas() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self/fdinfo")), "needs Linux /proc to follow the load's progress");
        assertEquals(0, Cli.run("load", "--data", data(), Project.testResource("rdf/labels.ttl").toString()).exitCode());
        // 11 points spread over the reading of the file (its offset past 1/12, 2/12, ... 11/12 of it), and one after
        // the file is closed, while the transaction commits (TDB2 and the text index); each point costs a JVM start
        killLoads(12, List.of());
    }

    /**
     * The bulk path of a first load (issue 17: the phased loader into a new storage folder, then the switch), taken
     * here for any size: killed while it reads the file, and once after, while it builds the indexes and switches.
     */
    @Test
    void aBulkFirstLoadKilledAtAnyPointLeavesTheStoreEmpty() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self/fdinfo")), "needs Linux /proc to follow the load's progress");
        assertEquals(new State(0, 0, 0), state(), "an empty store to begin with");
        killLoads(10, List.of("-Dpolicykg.bulkLoadMinBytes=0"));
        try (var folders = Files.list(tmp.resolve("store").resolve("tdb2"))) {
            assertTrue(folders.noneMatch(f -> f.getFileName().toString().endsWith("-tmp")), "no half-built storage folder is left");
        }
    }

    /** Loads the big file again and again, each load killed at the next of {@code points} points; then checks the store is still usable. */
    private void killLoads(int points, List<String> jvmOptions) throws Exception {
        State before = state();
        Path big = bigFile().toRealPath();
        long size = Files.size(big);
        java.util.List<String> killedAt = new java.util.ArrayList<>();
        for (int i = 1; i <= points; i++) {
            long target = i < points ? size * i / points : Long.MAX_VALUE;
            PolicykgProcess load = PolicykgProcess.start(jvmOptions, tmp.resolve("load.log"),
                    "load", "--data", data(), big.toString());
            long pid = load.process().pid();
            Path fd = null;
            long offset = -1;
            while (load.process().isAlive()) {
                if (fd == null)
                    fd = openDescriptor(pid, big);
                offset = fd == null ? -1 : readOffset(fd, big);
                if (offset >= target || (fd != null && offset < 0))
                    break;
                Thread.sleep(2);
            }
            if (!load.process().isAlive()) {
                // the load got to its end before the kill: then it must have loaded the whole file, not a part
                assertEquals(0, load.awaitExit(30), "the load ended by itself, and not well:\n" + load.output());
                assertTrue(i == points, "the load ended before " + i + "/" + points + " of the file was read:\n" + load.output());
                State after = state();
                assertEquals(before.quads() + BIG, after.quads(), "a completed load holds all of the file");
                assertEquals(BIG / LABEL_EVERY, after.bigHits());
                killedAt.add("completed");
                continue;
            }
            load.process().destroyForcibly(); // SIGKILL
            assertTrue(load.process().waitFor(30, TimeUnit.SECONDS));
            killedAt.add(i < points ? (offset * 100 / size) + "%" : "commit");
            assertEquals(before, state(), "after a SIGKILL at " + killedAt.get(killedAt.size() - 1) + " of the file the store opens and holds exactly what it held before");
        }
        System.out.println("load killed at " + killedAt + " of " + size + " bytes");
        assertEquals(points, killedAt.size());
        // each kill comes at or after its point; on a busy machine the watcher can be late and two kills land together
        java.util.List<Integer> percents = killedAt.stream().filter(k -> k.endsWith("%")).map(k -> Integer.parseInt(k.replace("%", ""))).toList();
        assertTrue(percents.stream().distinct().count() >= 3 * points / 4 && percents.get(0) < 20
                        && percents.stream().mapToInt(Integer::intValue).max().orElse(0) > 80,
                "the kills are spread over the load: " + killedAt);
        // and the store is still usable
        Cli small = Cli.run("load", "--data", data(), "--graph", "http://example.org/after", Project.testResource("rdf/labels.ttl").toString());
        assertEquals(ExitCode.OK, small.exitCode(), small::toString);
        assertTrue(state().quads() > before.quads());
    }

    @Test
    void aCommittedWriteSurvivesSigtermAndTheServerStartsAgain() throws Exception {
        Path config = Project.configWithWriter(tmp);
        int port = Http.freePort();
        String endpoint = "http://localhost:" + port + "/policy";
        try (PolicykgProcess serve = PolicykgProcess.start(tmp.resolve("serve.log"), "serve", "--data", data(), "--config", config.toString(),
                "--port", String.valueOf(port))) {
            serve.awaitLine("Ready.", 120);
            String update = "update=" + Http.enc("INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/kept> <http://www.w3.org/2000/01/rdf-schema#label> \"committed before shutdown\" } }");
            assertEquals(200, Http.postForm(endpoint + "/update", update, "admin:s3cret").statusCode());
            serve.terminate();
            assertTrue(serve.output().contains("Stopped."), serve.output());
        }
        try (PolicykgProcess again = PolicykgProcess.start(tmp.resolve("serve2.log"), "serve", "--data", data(), "--config", config.toString(),
                "--port", String.valueOf(port))) {
            again.awaitLine("Ready.", 120);
            var r = Http.query(endpoint + "/sparql", "PREFIX text: <http://jena.apache.org/text#> SELECT ?s { ?s text:query \"shutdown\" }", "text/csv");
            assertTrue(r.body().contains("http://example.org/kept"), "the write and its index entry survived: " + r.body());
        }
    }
}
