package org.policykg.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.policykg.cli.Main;

/** Runs the real command-line entry point and keeps what it printed. */
public record Cli(int exitCode, String out, String err) {
    public static Cli run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Cli(rc, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** COUNT(*) of a graph pattern, asked through the real {@code query} command on a store folder. */
    public static long count(String dataDir, String where) {
        Cli r = run("query", "--data", dataDir, "--format", "csv", "SELECT (COUNT(*) AS ?n) WHERE { " + where + " }");
        if (r.exitCode() != 0)
            throw new AssertionError("the count query failed: " + r);
        return Long.parseLong(r.out().lines().skip(1).findFirst().orElseThrow().strip());
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
    }
}
