package org.policykg.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.policykg.bench.Bench;
import org.policykg.bench.BatchConverter;
import org.policykg.bench.QueryServer;
import org.policykg.bench.StartBench;
import org.policykg.bench.WatchBench;
import org.policykg.document.Metadata;
import org.policykg.document.TextReader;
import org.policykg.extract.BatchRunner;
import org.policykg.extract.Conversion;
import org.policykg.rdf.DocumentGraphWriter;
import org.policykg.serve.PolicyServer;
import org.policykg.store.PolicyStore;
import org.policykg.store.StoreConfig;

/** {@code bench}: conversion, loading and query speed on a generated corpus, side by side with Jena's own tools. */
final class BenchCommand extends Subcommand {
    static final int DEFAULT_DOCS = 10_000;
    static final int QUICK_DOCS = 200;

    @Override String name() { return "bench"; }
    @Override String summary() { return "benchmark conversion, loading and queries on a generated corpus against Jena's own tools"; }
    @Override String synopsis() { return "[--docs 10000] [--threads T] [--quick] [--start-only | --watch | --load-only | --convert-only | --queries-only [--rebuild-store]] [--repeat 3] [--warm-up S] [--query-seconds S] [--dir target/bench]"; }

    @Override
    Options options() {
        return new Options()
                .addOption(Option.builder().longOpt("docs").hasArg().argName("N").desc("articles in the corpus; default 10000 (200 with --quick)").get())
                .addOption(Option.builder().longOpt("threads").hasArg().argName("T").desc("threads for the all-cores conversion; default: the number of cores").get())
                .addOption(Option.builder().longOpt("start-only").desc("only the start figure: up (fresh and unchanged data folder) against plain Fuseki from the same jar, --repeat rounds (default 5)").get())
                .addOption(Option.builder().longOpt("watch").desc("only the up --watch figure: seconds from a change on disk (a text added, edited, deleted) to its answer over HTTP, --repeat rounds (default 5)").get())
                .addOption(Option.builder().longOpt("load-only").desc("only the load comparison: the corpus converted untimed, then our load against tdbloader + textindexer on its N-Quads, --repeat rounds alternating; --docs defaults to 200").get())
                .addOption(Option.builder().longOpt("queries-only").desc("only the queries: our server against plain Fuseki, 1 and 8 clients, each query's p50/p99, on a store kept in DIR/queries-store-N between runs (converted and loaded the first time)").get())
                .addOption(Option.builder().longOpt("rebuild-store").desc("with --queries-only: convert and load the store again (after a change to what the converter writes)").get())
                .addOption(Option.builder().longOpt("convert-only").desc("only the conversion figures (warm-up, then one thread and all threads, --repeat rounds) and each step's share, written to DIR/convert-results.json").get())
                .addOption(Option.builder().longOpt("quick").desc("a short run: 200 articles, shorter query rounds").get())
                .addOption(Option.builder().longOpt("repeat").hasArg().argName("R").desc("repetitions of each measurement (medians are reported); default 3").get())
                .addOption(Option.builder().longOpt("warm-up").hasArg().argName("S").desc("seconds of conversion before anything is timed (and, unless 0, two untimed loads of each kind before the first timed load); default 15").get())
                .addOption(Option.builder().longOpt("query-seconds").hasArg().argName("S").desc("length of one query round; default 10 (3 with --quick)").get())
                .addOption(Option.builder().longOpt("dir").hasArg().argName("DIR").desc("where the corpus, the scratch stores and results.json go; default target/bench in the project").get())
                .addOption(configOption());
    }

    @Override
    int run(CommandLine line, Io io) throws Exception {
        boolean quick = line.hasOption("quick");
        int docs = intOption(line, "docs", quick || line.hasOption("load-only") ? QUICK_DOCS : DEFAULT_DOCS);
        int threads = intOption(line, "threads", Runtime.getRuntime().availableProcessors());
        int repeat = intOption(line, "repeat", 3);
        double querySeconds = seconds(line, "query-seconds", quick ? "3" : "10");
        double warmUp = seconds(line, "warm-up", "15");
        if (docs < 1 || threads < 1 || repeat < 1 || !(querySeconds > 0) || warmUp < 0)
            throw new UsageException("--docs, --threads, --repeat and --query-seconds take positive numbers");
        Path dir = line.hasOption("dir") ? Path.of(line.getOptionValue("dir")) : Home.path().resolve("target").resolve("bench");
        String command = "policykg bench" + describeOptions(line);
        long parts = java.util.stream.Stream.of("start-only", "watch", "load-only", "convert-only", "queries-only").filter(line::hasOption).count();
        if (parts > 1)
            throw new UsageException("--start-only, --watch, --load-only, --convert-only and --queries-only each run one part of the bench: give one at most");
        if (line.hasOption("watch"))
            return watchOnly(dir.toAbsolutePath().normalize(), intOption(line, "repeat", 5), command.strip(), configPath(line), io);
        if (line.hasOption("start-only"))
            return startOnly(dir.toAbsolutePath().normalize(), intOption(line, "repeat", 5), command.strip(), configPath(line), io);
        Bench.Settings settings = new Bench.Settings(docs, threads, repeat, warmUp, querySeconds, dir.toAbsolutePath().normalize(), Home.path(),
                configPath(line), Main.class.getName(), command.strip(), line.hasOption("load-only"));
        Bench bench = new Bench(settings, converter(), BenchCommand::policyServer, io.out());
        if (line.hasOption("rebuild-store") && !line.hasOption("queries-only"))
            throw new UsageException("--rebuild-store goes with --queries-only");
        if (line.hasOption("queries-only"))
            bench.runQueriesOnly(line.hasOption("rebuild-store"));
        else if (line.hasOption("convert-only"))
            bench.runConversionOnly();
        else
            bench.run();
        return ExitCode.OK;
    }

    /** The start figures alone, printed and written to DIR/start-results.json. */
    private static int startOnly(Path dir, int rounds, String command, Path configFile, Io io) throws Exception {
        return alone("start", "start of up on the seeds against plain Fuseki from the same jar, " + rounds + " round(s)", dir, rounds, command, io, () -> {
            StartBench start = StartBench.forThisBuild(Home.path(), Main.class.getName(),
                    Bench.firstQueryPath(StoreConfig.read(configFile, dir.resolve("work").resolve("up"))), StartBench.javaOptions());
            return start.run(rounds, dir.resolve("work").resolve("start"), StartBench.upLauncherOptions(Home.path()), io.out());
        });
    }

    /** The --watch figures alone, printed and written to DIR/watch-results.json. */
    private static int watchOnly(Path dir, int rounds, String command, Path configFile, Io io) throws Exception {
        return alone("watch", "up --watch on a copy of the seeds, " + rounds + " round(s) of add, edit, delete", dir, rounds, command, io, () -> {
            WatchBench watch = WatchBench.forThisBuild(Home.path(), Main.class.getName(),
                    Bench.firstQueryPath(StoreConfig.read(configFile, dir.resolve("work").resolve("up"))),
                    Stream.concat(StartBench.javaOptions().stream(), StartBench.upLauncherOptions(Home.path()).stream()).toList());
            return watch.run(rounds, Home.path().resolve("seeds"), dir.resolve("work").resolve("watch"), io.out());
        });
    }

    private interface Measurement {
        Map<String, Object> run() throws Exception;
    }

    /** One figure measured alone: the machine's load around it, its keys printed, all written to DIR/NAME-results.json. */
    private static int alone(String name, String what, Path dir, int rounds, String command, Io io, Measurement measurement) throws Exception {
        if (rounds < 1)
            throw new UsageException("--repeat takes a positive number");
        var os = ManagementFactory.getOperatingSystemMXBean();
        io.out().printf("bench: %s; load average %.1f%n", what, os.getSystemLoadAverage());
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("command", command);
        results.put("machine_cores", Runtime.getRuntime().availableProcessors());
        results.put("machine_load_average_at_start", os.getSystemLoadAverage());
        results.putAll(measurement.run());
        results.put("machine_load_average_at_end", os.getSystemLoadAverage());
        Path file = dir.resolve(name + "-results.json");
        org.policykg.bench.ResultsFile.write(results, file);
        results.forEach((k, v) -> {
            if (k.startsWith(name + "_") || k.startsWith("machine_"))
                io.out().println(k + " = " + (v instanceof Double d ? String.format(Locale.ROOT, "%.3f", d) : v));
        });
        io.out().println("bench: wrote " + file);
        return ExitCode.OK;
    }

    private static double seconds(CommandLine line, String option, String dflt) throws UsageException {
        try {
            return Double.parseDouble(line.getOptionValue(option, dflt));
        } catch (NumberFormatException ex) {
            throw new UsageException("--" + option + " takes a number of seconds, not '" + line.getOptionValue(option) + "'");
        }
    }

    private static String describeOptions(CommandLine line) {
        StringBuilder sb = new StringBuilder();
        for (Option o : line.getOptions())
            sb.append(" --").append(o.getLongOpt()).append(o.hasArg() ? " " + o.getValue() : "");
        return sb.toString();
    }

    /** The project's batch runner (with the shape check, as convert and up run it), as the benchmark calls it. */
    static BatchConverter converter() {
        TextReader reader = new TextReader();
        DocumentGraphWriter.Run run = new DocumentGraphWriter.Run(Main.version(), null);
        BatchRunner one = ConvertCommand.runner(reader, run, 1, ConvertCommand.DEFAULT_TIME_LIMIT_SECONDS);
        Conversion conversion = one.conversion();
        return new BatchConverter() {
            @Override
            public long convert(List<Path> files, int threads, StreamRDF out) throws InterruptedException {
                BatchRunner runner = threads == 1 ? one : ConvertCommand.runner(conversion, threads, ConvertCommand.DEFAULT_TIME_LIMIT_SECONDS);
                long sentences = 0;
                out.start();
                for (BatchRunner.Outcome o : runner.run(files, Metadata.EMPTY, out)) {
                    if (!o.ok())
                        throw o.error();
                    sentences += o.sentences();
                }
                out.finish();
                return sentences;
            }

            @Override public Map<String, Long> stageNanos() { return conversion.times().snapshot(); }

            @Override public void resetStageTimes() { conversion.times().reset(); }
        };
    }

    /** Our server over the store, on loopback, as {@code serve} builds it (with the features' servlets). */
    static QueryServer policyServer(StoreConfig config, int port) {
        java.util.concurrent.atomic.AtomicReference<PolicyServer> built = new java.util.concurrent.atomic.AtomicReference<>();
        PolicyServer server = PolicyServer.build(config, "127.0.0.1", port, ServeCommand.extraServlets(built, config));
        built.set(server);
        server.start();
        String name = server.firstDatasetName();
        String endpoint = "http://localhost:" + server.port() + Bench.firstQueryPath(config);
        DatasetGraph dsg = server.dataset(name);
        return new QueryServer() {
            @Override public String queryEndpoint() { return endpoint; }
            @Override public DatasetGraph dataset() { return dsg; }
            @Override public void close() {
                server.stop();
                // the index's and the database's locks released too, as PolicyStore.close does: a later run in this
                // process (bench --queries-only reusing its store) opens the store again
                PolicyStore.releaseWhenIdle(dsg, java.time.Duration.ofSeconds(10));
            }
        };
    }
}
