package org.policykg.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.function.Function;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.policykg.store.PolicyStore;
import org.policykg.store.SparqlSource;
import org.policykg.store.StoreConfig;

/** One verb of the command line: its options, its help, and what it does. */
abstract class Subcommand {
    /** Where the command's own output and its messages go. */
    record Io(PrintStream out, PrintStream err) {}

    abstract String name();

    /** One line for the top-level help. */
    abstract String summary();

    /** The argument synopsis after the name, e.g. "--data DIR FILE...". */
    abstract String synopsis();

    abstract Options options();

    abstract int run(CommandLine line, Io io) throws Exception;

    // --- options several commands share

    static Option dataOption(boolean required) {
        return Option.builder().longOpt("data").hasArg().argName("DIR").required(required)
                .desc("the store folder (TDB2 under DIR/tdb2, text index under DIR/lucene)"
                        + (required ? "" : "; default: data/ in the project")).get();
    }

    static Option configOption() {
        return Option.builder().longOpt("config").hasArg().argName("FILE")
                .desc("Fuseki configuration file; default: fuseki-config.ttl in the project").get();
    }

    static Path configPath(CommandLine line) {
        return line.hasOption("config") ? Path.of(line.getOptionValue("config")) : Home.path().resolve("fuseki-config.ttl");
    }

    static Path dataPath(CommandLine line) {
        return line.hasOption("data") ? Path.of(line.getOptionValue("data")) : Home.path().resolve("data");
    }

    static int intOption(CommandLine line, String name, int dflt) throws UsageException {
        if (!line.hasOption(name))
            return dflt;
        String v = line.getOptionValue(name);
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException ex) {
            throw new UsageException("--" + name + " takes a whole number, not '" + v + "'");
        }
    }

    static double doubleOption(CommandLine line, String name, double dflt) throws UsageException {
        if (!line.hasOption(name))
            return dflt;
        try {
            return Double.parseDouble(line.getOptionValue(name));
        } catch (NumberFormatException ex) {
            throw new UsageException("--" + name + " takes a number, not '" + line.getOptionValue(name) + "'");
        }
    }

    /** What a read-only command does with the graph it reads. */
    interface GraphReader<T> {
        T read(SparqlSource source) throws Exception;
    }

    /**
     * Runs {@code reader} on the graph the command names: the endpoint of --endpoint (as {@code remote} opens
     * it), else the store of --data, open while the reader runs.
     */
    static <T> T readGraph(CommandLine line, Function<String, SparqlSource> remote, GraphReader<T> reader) throws Exception {
        if (line.hasOption("endpoint"))
            return reader.read(remote.apply(line.getOptionValue("endpoint")));
        StoreConfig config = StoreConfig.read(configPath(line), dataPath(line));
        try (PolicyStore store = PolicyStore.open(config)) {
            return reader.read(SparqlSource.local(store.dataset(), config.dataDir().toString()));
        }
    }

    /** A command-line mistake found after parsing. */
    static final class UsageException extends Exception {
        UsageException(String message) { super(message); }
    }
}
