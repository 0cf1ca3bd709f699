package org.policykg.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.*;
import java.util.concurrent.TimeUnit;

import org.policykg.extract.Conversion;
import org.policykg.store.Folders;

/**
 * How soon {@code up --watch} serves a change: a separate {@code up --watch} process on a copy of the seeds; the
 * benchmark adds a text (a copy of the seed with its sidecar), edits it (a sentence with a word of its own
 * appended), deletes it, round after round, and from the moment each change is complete on disk polls the
 * SPARQL endpoint every 10 ms until the answer shows it. The time includes the watcher's settling (the quiet time
 * it waits for before applying a change), the conversion and the write transaction.
 */
public final class WatchBench {
    private static final String NIF_ANCHOR = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf";

    private final List<String> upCommand; // java ... Main up, without its arguments
    private final String endpointPath;

    public WatchBench(List<String> upCommand, String endpointPath) {
        this.upCommand = List.copyOf(upCommand);
        this.endpointPath = endpointPath;
    }

    /** For the build this benchmark runs from, as {@link StartBench} launches up. */
    public static WatchBench forThisBuild(Path home, String mainClass, String endpointPath, List<String> javaOptions) {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(javaOptions);
        cmd.add("-Dpolicykg.home=" + home);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass, "up"));
        return new WatchBench(cmd, endpointPath);
    }

    /** {@code rounds} rounds of add, edit, delete; the figures by name (seconds from the change on disk to its answer). */
    public Map<String, Object> run(int rounds, Path seeds, Path work, java.io.PrintStream log) throws IOException, InterruptedException {
        Folders.delete(work);
        Path inputs = Files.createDirectories(work.resolve("inputs"));
        Path seedText;
        try (var s = Files.list(seeds)) {
            seedText = s.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst()
                    .orElseThrow(() -> new IllegalStateException("no .txt file in " + seeds));
        }
        Path seedSidecar = seedText.resolveSibling(seedText.getFileName().toString().replaceAll("\\.txt$", ".meta.json"));
        Files.copy(seedText, inputs.resolve(seedText.getFileName()));
        if (Files.isRegularFile(seedSidecar))
            Files.copy(seedSidecar, inputs.resolve(seedSidecar.getFileName()));
        int port = LocalPorts.free();
        Path upLog = work.resolve("up-watch.log");
        List<String> cmd = new ArrayList<>(upCommand);
        cmd.addAll(List.of("--watch", "--port", Integer.toString(port), "--data", work.resolve("data").toString(), "--start-cache", "off", inputs.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(upLog.toFile()).start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        String endpoint = "http://127.0.0.1:" + port + endpointPath;
        Map<String, List<Double>> seconds = new LinkedHashMap<>();
        for (String k : List.of("add", "edit", "delete"))
            seconds.put(k, new ArrayList<>());
        try {
            awaitLine(p, upLog, "Watching", 180);
            for (int i = 0; i < rounds; i++) {
                String name = "watched-" + i;
                Path text = inputs.resolve(name + ".txt");
                String graph = Conversion.graphOf(text).getURI();
                String has = "ASK { GRAPH <" + graph + "> { ?s ?p ?o } }";
                Thread.sleep(1000); // the previous change long settled: each change is applied on its own

                if (Files.isRegularFile(seedSidecar))
                    Files.copy(seedSidecar, inputs.resolve(name + ".meta.json"));
                Files.copy(seedText, text);
                seconds.get("add").add(until(http, endpoint, has, true, p, upLog));
                Thread.sleep(1000);

                String word = "watchmark" + i + "x" + Long.toString(System.nanoTime() % 100_000, 36);
                Files.writeString(text, "\n\nIt is necessary to improve the " + word + " pension scheme.\n", java.nio.file.StandardOpenOption.APPEND);
                seconds.get("edit").add(until(http, endpoint, "ASK { GRAPH <" + graph + "> { ?s <" + NIF_ANCHOR + "> ?t FILTER(CONTAINS(?t, \"" + word + "\")) } }", true, p, upLog));
                Thread.sleep(1000);

                Files.delete(text);
                Files.deleteIfExists(inputs.resolve(name + ".meta.json"));
                seconds.get("delete").add(until(http, endpoint, has, false, p, upLog));
                log.printf(Locale.ROOT, "bench:   round %d: added %.2f s, edited %.2f s, deleted %.2f s (from the change on disk to its answer)%n",
                        i + 1, last(seconds.get("add")), last(seconds.get("edit")), last(seconds.get("delete")));
                log.flush();
            }
        } finally {
            p.destroy();
            if (!p.waitFor(30, TimeUnit.SECONDS))
                p.destroyForcibly();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        List<Double> all = new ArrayList<>();
        seconds.forEach((k, v) -> {
            out.put("watch_seconds_p50_" + k, Stats.median(v));
            out.put("watch_seconds_max_" + k, Collections.max(v));
            all.addAll(v);
        });
        out.put("watch_seconds_p50", Stats.median(all));
        out.put("watch_seconds_max", Collections.max(all));
        out.put("watch_changes", all.size());
        out.put("watch_settle_seconds", 0.3);
        Folders.delete(work);
        return out;
    }

    private static double last(List<Double> l) { return l.get(l.size() - 1); }

    /** Seconds until {@code ask} answers {@code expected}, polling every 10 ms (at most 60 s). */
    private static double until(HttpClient http, String endpoint, String ask, boolean expected, Process p, Path upLog) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpRequest req = HttpRequest.newBuilder(URI.create(endpoint + "?query=" + URLEncoder.encode(ask, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(10)).GET().build();
        while (System.nanoTime() - start < TimeUnit.SECONDS.toNanos(60)) {
            if (!p.isAlive())
                throw new IllegalStateException("up --watch ended with exit code " + p.exitValue() + "; see " + upLog);
            HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200 && r.body().replace(" ", "").contains("\"boolean\":" + expected))
                return (System.nanoTime() - start) / 1e9;
            Thread.sleep(10);
        }
        throw new IllegalStateException("the change was not served within 60 s; see " + upLog);
    }

    private static void awaitLine(Process p, Path log, String prefix, int seconds) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive())
                throw new IllegalStateException("up --watch ended with exit code " + p.exitValue() + "; see " + log);
            if (Files.isRegularFile(log) && Files.readAllLines(log).stream().anyMatch(l -> l.startsWith(prefix)))
                return;
            Thread.sleep(50);
        }
        throw new IllegalStateException("up --watch did not start within " + seconds + " s; see " + log);
    }
}
