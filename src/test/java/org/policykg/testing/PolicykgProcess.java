package org.policykg.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** The real command in a JVM of its own (as bin/policykg runs it), for servers and for what must cross processes. */
public final class PolicykgProcess implements AutoCloseable {
    private final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();

    private final Thread reader;

    private PolicykgProcess(Process process) {
        this.process = process;
        reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; )
                    lines.add(line);
            } catch (IOException ignored) {
                // the process ended
            }
        }, "policykg-output");
        reader.setDaemon(true);
        reader.start();
    }

    public static PolicykgProcess start(Path logFile, String... args) {
        return start(List.of(), logFile, args);
    }

    /** As {@link #start(Path, String...)}, with more options for the JVM (after those of {@link ChildJvm}). */
    public static PolicykgProcess start(List<String> jvmOptions, Path logFile, String... args) {
        ChildJvm.Launch launch = ChildJvm.launch();
        List<String> cmd = new ArrayList<>();
        cmd.add(ChildJvm.java());
        cmd.addAll(launch.options());
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(launch.classPath());
        cmd.add("-Dpolicykg.home=" + Project.home());
        cmd.add("-Dpolicykg.logfile=" + logFile);
        cmd.add("org.policykg.cli.Main");
        cmd.addAll(List.of(args));
        try {
            return new PolicykgProcess(new ProcessBuilder(cmd).redirectErrorStream(true).start());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Waits until a line starts with the prefix; fails with what was printed if the process ends or time runs out. */
    public void awaitLine(String prefix, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            if (lines.stream().anyMatch(l -> l.startsWith(prefix)))
                return;
            if (!process.isAlive() && lines.stream().noneMatch(l -> l.startsWith(prefix))) {
                Thread.sleep(200);
                throw new AssertionError("policykg ended (exit " + process.exitValue() + ") before printing '" + prefix + "':\n" + output());
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no line '" + prefix + "' within " + seconds + " s:\n" + output());
    }

    /** Waits for the process to end by itself; returns its exit code. */
    public int awaitExit(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("policykg did not end within " + seconds + " s:\n" + output());
        }
        reader.join(10_000);
        return process.exitValue();
    }

    public String output() { return String.join("\n", lines); }

    public Process process() { return process; }

    /** SIGTERM, as Ctrl-C or a service manager would; returns the exit code. */
    public int terminate() throws InterruptedException {
        // kill(1), not Process.destroy(): destroy() also closes our end of the pipe, losing what the process says on its way out
        try {
            new ProcessBuilder("kill", "-TERM", String.valueOf(process.pid())).inheritIO().start().waitFor();
        } catch (IOException ex) {
            process.destroy();
        }
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
        reader.join(10_000); // all it printed, up to the end
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive())
            terminate();
    }
}
