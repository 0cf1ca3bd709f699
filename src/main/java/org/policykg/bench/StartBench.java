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

import org.policykg.store.Folders;

/**
 * The start of {@code policykg up} on the seeds against a plain Fuseki started from the same jar
 * ({@code FusekiMainCmd --mem /ds}), side by side in the same run, rounds interleaved: wall-clock seconds from
 * launching the JVM to the first answered query, and the CPU seconds the process used until then. {@code up} is
 * measured on a fresh data folder with an empty start cache (cold), on a fresh data folder whose store the start
 * cache holds (warm), and again on the first folder with nothing changed (same port, so that the dataset
 * description, which names the endpoint, stays valid).
 */
public final class StartBench {
    private static final String PLAIN_MAIN = "org.apache.jena.fuseki.main.cmds.FusekiMainCmd";
    private static final String SEED_QUERY = "ASK { ?d a <https://w3id.org/sspo#PolicyDocument> }";

    /** One start: wall seconds to the first answer, CPU seconds of the process by then. */
    public record Start(double seconds, double cpuSeconds) {}

    private final List<String> java;
    private final List<String> launch; // -jar JAR, or -cp CLASSPATH
    private final List<String> upMain;  // nothing after -jar, the main class after -cp
    private final Path home;
    private final String endpointPath;

    private StartBench(List<String> java, List<String> launch, List<String> upMain, Path home, String endpointPath) {
        this.java = java;
        this.launch = launch;
        this.upMain = upMain;
        this.home = home;
        this.endpointPath = endpointPath;
    }

    /** For the build this benchmark runs from (the jar, else the class path); {@code javaOptions} go to both servers alike. */
    public static StartBench forThisBuild(Path home, String mainClass, String endpointPath, List<String> javaOptions) {
        List<String> java = new ArrayList<>();
        java.add(ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        java.addAll(javaOptions);
        Path codeSource;
        try {
            codeSource = Path.of(StartBench.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException ex) {
            throw new IllegalStateException(ex);
        }
        if (codeSource.toString().endsWith(".jar"))
            return new StartBench(java, List.of("-cp", codeSource.toString()), List.of(mainClass), home, endpointPath);
        return new StartBench(java, List.of("-cp", System.getProperty("java.class.path")), List.of(mainClass), home, endpointPath);
    }

    /** The options of POLICYKG_JAVA_OPTS, given to both servers alike. */
    public static List<String> javaOptions() {
        String opts = System.getenv("POLICYKG_JAVA_OPTS");
        return opts == null || opts.isBlank() ? List.of() : List.of(opts.strip().split("\\s+"));
    }

    /**
     * The JVM options bin/policykg gives {@code up}, as it gives them: the class-data archive it records after a build
     * (target/policykg.jsa, when it exists, is newer than the jar and POLICYKG_CDS is not "off") and the server options
     * of bin/server-jvm.options (when that file exists). Plain Fuseki starts without either, as users start it.
     */
    public static List<String> upLauncherOptions(Path home) {
        List<String> options = new ArrayList<>();
        Path jsa = home.resolve("target").resolve("policykg.jsa");
        Path jar = home.resolve("target").resolve("policykg.jar");
        try {
            if (!"off".equals(System.getenv("POLICYKG_CDS")) && Files.isRegularFile(jsa) && Files.isRegularFile(jar)
                    && Files.getLastModifiedTime(jsa).compareTo(Files.getLastModifiedTime(jar)) >= 0)
                options.addAll(List.of("-XX:SharedArchiveFile=" + jsa, "-Xlog:cds*=off", "-Xlog:cds+dynamic=off"));
        } catch (IOException ex) {
            // unreadable: start without it
        }
        Path server = home.resolve("bin").resolve("server-jvm.options");
        if (Files.isRegularFile(server))
            options.add("@" + server);
        return options;
    }

    /** Plain Fuseki from the same jar, an empty in-memory dataset: the floor any Fuseki-based server starts from. */
    public Start plainFuseki(Path log) throws IOException, InterruptedException {
        int port = LocalPorts.free();
        List<String> cmd = new ArrayList<>(java);
        cmd.addAll(launch);
        cmd.addAll(List.of(PLAIN_MAIN, "--port", Integer.toString(port), "--mem", "/ds"));
        return time(cmd, port, "/ds/query", "ASK {}", log);
    }

    /** {@code up} on the seeds into {@code data} (fresh or as the last run left it), on {@code port}, with the start cache in {@code cache}. */
    public Start up(Path data, int port, Path cache, Path log, List<String> extraJavaOptions) throws IOException, InterruptedException {
        return time(upCommand(data, port, cache, extraJavaOptions), port, endpointPath, SEED_QUERY, log);
    }

    private List<String> upCommand(Path data, int port, Path cache, List<String> extraJavaOptions) {
        List<String> cmd = new ArrayList<>(java);
        cmd.addAll(extraJavaOptions);
        cmd.add("-Dpolicykg.home=" + home);
        cmd.addAll(launch);
        cmd.addAll(upMain);
        cmd.addAll(List.of("up", "--port", Integer.toString(port), "--data", data.toString(), "--start-cache", cache.toString()));
        return cmd;
    }

    /** Fills the start cache {@code cache} for the seeds: one {@code up --exit-when-ready} into a scratch folder, deleted after. */
    private void fillCache(Path cache, Path work, List<String> extraJavaOptions) throws IOException, InterruptedException {
        Path scratch = work.resolve("fill-cache-data");
        Folders.delete(scratch);
        List<String> cmd = upCommand(scratch, 0, cache, extraJavaOptions);
        cmd.add("--exit-when-ready");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(work.resolve("fill-cache.log").toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException("could not fill the start cache; see " + work.resolve("fill-cache.log"));
        }
        Folders.delete(scratch);
    }

    private static Start time(List<String> cmd, int port, String path, String query, Path log) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ask = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(10)).GET().build();
        long start = System.nanoTime();
        Process p = pb.start();
        try {
            long deadline = start + TimeUnit.SECONDS.toNanos(180);
            while (System.nanoTime() < deadline) {
                if (!p.isAlive())
                    throw new IllegalStateException(cmd.get(cmd.size() - 1) + ": the process ended with exit code " + p.exitValue() + " before answering; see " + log);
                try {
                    HttpResponse<String> r = http.send(ask, HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200 && r.body().contains("true")) {
                        double wall = (System.nanoTime() - start) / 1e9;
                        double cpu = p.toHandle().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
                        return new Start(wall, cpu);
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(20);
            }
            throw new IllegalStateException("no answer within 180 s; see " + log);
        } finally {
            p.destroy();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /**
     * {@code rounds} rounds, each: plain Fuseki; up on a fresh folder with an empty start cache (cold: converts and
     * loads everything); up on another fresh folder with the start cache holding these inputs' store (warm: copies
     * it); up again on the first folder (unchanged). Returns the figures by name (medians, minima and maxima of
     * wall and CPU seconds, and the ratios of the medians). The warm cache is filled once before the rounds.
     */
    public Map<String, Object> run(int rounds, Path work, List<String> upJavaOptions, java.io.PrintStream log) throws IOException, InterruptedException {
        Files.createDirectories(work);
        Path warmCache = work.resolve("start-cache-warm");
        Folders.delete(warmCache);
        fillCache(warmCache, work, upJavaOptions);
        Map<String, List<Start>> runs = new LinkedHashMap<>();
        for (String k : List.of("plain_fuseki", "up_fresh", "up_fresh_warm_cache", "up_unchanged"))
            runs.put(k, new ArrayList<>());
        for (int i = 0; i < rounds; i++) {
            Path data = work.resolve("start-data-" + i), warmData = work.resolve("start-data-warm-" + i);
            Path coldCache = work.resolve("start-cache-cold-" + i);
            Folders.delete(data);
            Folders.delete(warmData);
            Folders.delete(coldCache);
            int port = LocalPorts.free();
            Start plain = plainFuseki(work.resolve("plain-" + i + ".log"));
            Start fresh = up(data, port, coldCache, work.resolve("up-fresh-" + i + ".log"), upJavaOptions);
            Start warm = up(warmData, LocalPorts.free(), warmCache, work.resolve("up-fresh-warm-" + i + ".log"), upJavaOptions);
            Start unchanged = up(data, port, coldCache, work.resolve("up-unchanged-" + i + ".log"), upJavaOptions);
            runs.get("plain_fuseki").add(plain);
            runs.get("up_fresh").add(fresh);
            runs.get("up_fresh_warm_cache").add(warm);
            runs.get("up_unchanged").add(unchanged);
            log.printf(Locale.ROOT, "bench:   round %d: plain Fuseki %.2f s (%.2f s CPU), up fresh (cold cache) %.2f s (%.2f s CPU), up fresh (warm cache) %.2f s (%.2f s CPU), up unchanged %.2f s (%.2f s CPU)%n",
                    i + 1, plain.seconds(), plain.cpuSeconds(), fresh.seconds(), fresh.cpuSeconds(), warm.seconds(), warm.cpuSeconds(), unchanged.seconds(), unchanged.cpuSeconds());
            log.flush();
            Folders.delete(data);
            Folders.delete(warmData);
            Folders.delete(coldCache);
        }
        Folders.delete(work);
        Map<String, Object> out = new LinkedHashMap<>();
        runs.forEach((k, starts) -> {
            List<Double> wall = starts.stream().map(Start::seconds).toList();
            List<Double> cpu = starts.stream().map(Start::cpuSeconds).toList();
            out.put("start_seconds_" + k, Stats.median(wall));
            out.put("start_seconds_min_" + k, Collections.min(wall));
            out.put("start_seconds_max_" + k, Collections.max(wall));
            out.put("start_cpu_seconds_" + k, Stats.median(cpu));
        });
        double plain = (Double) out.get("start_seconds_plain_fuseki"), plainCpu = (Double) out.get("start_cpu_seconds_plain_fuseki");
        out.put("start_ratio_up_fresh_vs_plain_fuseki", (Double) out.get("start_seconds_up_fresh") / plain);
        out.put("start_ratio_up_fresh_warm_cache_vs_plain_fuseki", (Double) out.get("start_seconds_up_fresh_warm_cache") / plain);
        out.put("start_ratio_up_unchanged_vs_plain_fuseki", (Double) out.get("start_seconds_up_unchanged") / plain);
        out.put("start_cpu_ratio_up_fresh_warm_cache_vs_plain_fuseki", (Double) out.get("start_cpu_seconds_up_fresh_warm_cache") / plainCpu);
        out.put("start_cpu_ratio_up_fresh_vs_plain_fuseki", (Double) out.get("start_cpu_seconds_up_fresh") / plainCpu);
        out.put("start_cpu_ratio_up_unchanged_vs_plain_fuseki", (Double) out.get("start_cpu_seconds_up_unchanged") / plainCpu);
        out.put("start_rounds", rounds);
        out.put("start_up_java_options", String.join(" ", upJavaOptions));
        return out;
    }

}
