package org.policykg.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;

/**
 * Where a command's start goes: with {@code --verbose}, one line per phase on standard error, with the time
 * since the process started (the JVM's own start included) and since the previous phase.
 */
final class Phases {
    private final PrintStream err;
    private final Instant processStart;
    private long last;

    private Phases(PrintStream err) {
        this.err = err;
        this.processStart = err == null ? Instant.now() : ProcessHandle.current().info().startInstant().orElse(Instant.now());
        this.last = System.currentTimeMillis();
        if (err != null)
            mark("JVM start, logging and Jena initialised");
    }

    /** Prints to {@code err} when verbose, else nothing. */
    static Phases on(boolean verbose, PrintStream err) { return new Phases(verbose ? err : null); }

    void mark(String phase) {
        if (err == null)
            return;
        long now = System.currentTimeMillis();
        long sinceStart = Duration.between(processStart, Instant.ofEpochMilli(now)).toMillis();
        err.printf("policykg: %6d ms (+%5d ms) %s%n", sinceStart, now - last, phase);
        err.flush();
        last = now;
    }
}
