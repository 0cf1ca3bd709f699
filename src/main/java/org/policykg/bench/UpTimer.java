package org.policykg.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code policykg up} on the seeds in a JVM of its own, timed from the process start to the first answer to
 * a query for the seed's document: what a user waits for. Runs the build the benchmark itself runs from
 * (the jar when started from it, else the same class path).
 */
final class UpTimer {
    private static final String FIRST_QUERY = "ASK { ?d a <https://w3id.org/sspo#PolicyDocument> }";

    private final List<String> command;
    private final String launchedFrom;

    private UpTimer(List<String> command, String launchedFrom) {
        this.command = command;
        this.launchedFrom = launchedFrom;
    }

    static UpTimer forThisBuild(Path home, String mainClass) {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        String opts = System.getenv("POLICYKG_JAVA_OPTS");
        if (opts != null && !opts.isBlank())
            cmd.addAll(List.of(opts.strip().split("\\s+")));
        cmd.add("-Dpolicykg.home=" + home);
        Path codeSource;
        try {
            codeSource = Path.of(UpTimer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException ex) {
            throw new IllegalStateException(ex);
        }
        String from;
        if (codeSource.toString().endsWith(".jar")) {
            cmd.add("-jar");
            cmd.add(codeSource.toString());
            from = "jar " + codeSource;
        } else {
            cmd.add("-cp");
            cmd.add(System.getProperty("java.class.path"));
            cmd.add(mainClass);
            from = "class path (not a jar: " + codeSource + ")";
        }
        return new UpTimer(cmd, from);
    }

    String launchedFrom() { return launchedFrom; }

    /** Seconds from starting {@code up --data dataDir} to its first answered query; the server is stopped after. */
    double measure(Path dataDir, String endpointPath) throws IOException, InterruptedException {
        int port = freePort();
        List<String> cmd = new ArrayList<>(command);
        cmd.addAll(List.of("up", "--port", Integer.toString(port), "--data", dataDir.toString()));
        Files.createDirectories(dataDir);
        Path log = dataDir.resolveSibling(dataDir.getFileName() + ".log");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ask = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + endpointPath + "?query="
                + URLEncoder.encode(FIRST_QUERY, StandardCharsets.UTF_8))).header("Accept", "application/sparql-results+json")
                .timeout(Duration.ofSeconds(10)).GET().build();
        long start = System.nanoTime();
        Process p = pb.start();
        try {
            long deadline = start + TimeUnit.SECONDS.toNanos(180);
            while (System.nanoTime() < deadline) {
                if (!p.isAlive())
                    throw new IllegalStateException("policykg up ended with exit code " + p.exitValue() + " before answering; see " + log);
                try {
                    HttpResponse<String> r = http.send(ask, HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200 && r.body().contains("true"))
                        return (System.nanoTime() - start) / 1e9;
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(20);
            }
            throw new IllegalStateException("policykg up gave no answer within 180 s; see " + log);
        } finally {
            p.destroy();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }
}
