package org.policykg.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;

/**
 * Where a command's start goes: with {@code --verbose}, one line per phase on standard error, with the time
 * since the process started (the JVM's own start included), since the previous phase, and the process's CPU time.
 */
final class Phases {
    private final PrintStream err;
    private final Instant processStart;
    private long last;

    private Phases(PrintStream err, String first) {
        this.err = err;
        // the JVM's own record of its start, to the millisecond (ProcessHandle's start instant is derived from the boot
        // time in whole seconds, and was up to a second early)
        this.processStart = err == null ? Instant.now() : Instant.ofEpochMilli(java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime());
        this.last = System.currentTimeMillis();
        if (err != null)
            mark(first);
    }

    /** Prints to {@code err} when verbose, else nothing. */
    static Phases on(boolean verbose, PrintStream err) { return new Phases(verbose ? err : null, "JVM start, logging and Jena initialised"); }

    /** The phases of applying one change under up --watch, from the moment the change settled. */
    static Phases ofChange(boolean verbose, PrintStream err) { return new Phases(verbose ? err : null, "change settled"); }

    /** The process's CPU time so far (all threads, the JVM's own included): the machine may be shared. */
    private static long cpuMillis() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1_000_000 : -1;
    }

    void mark(String phase) {
        if (err == null)
            return;
        long now = System.currentTimeMillis();
        long sinceStart = Duration.between(processStart, Instant.ofEpochMilli(now)).toMillis();
        err.printf("policykg: %6d ms (+%5d ms, %6d ms CPU in all) %s%n", sinceStart, now - last, cpuMillis(), phase);
        err.flush();
        last = now;
    }
}
