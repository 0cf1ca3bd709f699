package org.policykg.cli;

import java.io.PrintStream;

import org.policykg.extract.BatchRunner;

/**
 * How far a batch has got, on standard error: a bar redrawn in place on a terminal; elsewhere (a log, a
 * pipe) a plain line every few seconds and one at the end, so a log of 2,000 files is not 100 KB of bar.
 */
final class Progress implements BatchRunner.Progress {
    private static final long LINE_EVERY_NANOS = 5_000_000_000L;
    private final String what;
    private final PrintStream err;
    private final boolean terminal;
    private long lastLine = System.nanoTime();

    Progress(String what, PrintStream err, boolean terminal) {
        this.what = what;
        this.err = err;
        this.terminal = terminal;
    }

    /** Standard error is a terminal when the JVM has a console. */
    static Progress on(String what, PrintStream err) { return new Progress(what, err, System.console() != null); }

    @Override
    public void done(int finished, int total) {
        if (total <= 3)
            return;
        if (terminal) {
            int width = 30, filled = finished * width / total;
            err.print("\r" + what + " [" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + finished + "/" + total);
            if (finished == total)
                err.println();
            err.flush();
        } else if (finished == total || System.nanoTime() - lastLine >= LINE_EVERY_NANOS) {
            lastLine = System.nanoTime();
            err.println(what + ": " + finished + "/" + total + " documents");
        }
    }
}
