package org.policykg.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.*;
import java.util.function.ToDoubleFunction;

import org.apache.jena.fuseki.main.FusekiServer;
import org.policykg.store.Folders;
import org.policykg.store.StoreConfig;

/**
 * The benchmark: a generated corpus converted (one thread, all threads), the output parsed by RIOT, loaded
 * our way and with Jena's tools, queried over HTTP through our server and through a plain Fuseki over the
 * same store, and {@code up} timed from a cold JVM. Every measurement follows a warm-up and is repeated;
 * the figures are medians. Writes {@code results.json} and prints a table with the targets.
 */
public final class Bench {
    /** What to run. */
    public record Settings(int docs, int threads, int repeat, double warmUpSeconds, double querySeconds, Path dir, Path home, Path configFile,
                           String mainClass, String command, boolean loadOnly) {}

    private final Settings s;
    private final BatchConverter converter;
    private final QueryServer.Starter servers;
    private final PrintStream log;
    private final Map<String, Object> results = new LinkedHashMap<>();
    private String resultsName = "results.json";

    public Bench(Settings settings, BatchConverter converter, QueryServer.Starter servers, PrintStream log) {
        this.s = settings;
        this.converter = converter;
        this.servers = servers;
        this.log = log;
    }

    /** Runs everything, writes {@code DIR/results.json}, and returns the results (numbers and notes). */
    public Map<String, Object> run() throws Exception {
        if (s.loadOnly())
            return loadOnly();
        Files.createDirectories(s.dir());
        Files.deleteIfExists(s.dir().resolve("results.json")); // never a mix of two runs' figures
        Path work = s.dir().resolve("work");
        Folders.delete(work);
        Files.createDirectories(work);
        machine();

        step("corpus of " + s.docs() + " articles in " + s.dir().resolve("corpus-" + s.docs()));
        List<Path> files = CorpusGenerator.forProject(s.home(), CorpusGenerator.DEFAULT_SEED).ensure(s.dir().resolve("corpus-" + s.docs()), s.docs());
        long textBytes = 0;
        for (Path f : files)
            textBytes += Files.size(f);
        double mb = textBytes / 1e6;
        results.put("docs", s.docs());
        results.put("text_mb", mb);

        Path nq = work.resolve("corpus.nq");
        Path nqParallel = work.resolve("corpus-parallel.nq");
        Path storeOurs = work.resolve("store-ours");
        Path storeJena = work.resolve("store-tdbloader");
        List<Double> parse = new ArrayList<>(), loadOurs = new ArrayList<>();
        List<Double> parseCpu = new ArrayList<>(), loadOursCpu = new ArrayList<>();
        LoadBench.Load ours = null;
        try (HeapWatch heap = new HeapWatch()) {
            conversion(files, mb, nq, nqParallel);
            long parseWarmUp = System.nanoTime() + 3_000_000_000L;
            do
                ConversionBench.parse(nq);
            while (System.nanoTime() < parseWarmUp);
            for (int i = 0; i < s.repeat(); i++) {
                step("RIOT parse of the N-Quads (" + (i + 1) + "/" + s.repeat() + ")");
                ConversionBench.Pass parsed = ConversionBench.parse(nq);
                note("%.1f s (%.1f s CPU), %,d quads", parsed.seconds(), parsed.cpuSeconds(), parsed.quads());
                parse.add(parsed.seconds());
                parseCpu.add(parsed.cpuSeconds());
            }
            if (s.warmUpSeconds() > 0)
                warmUpLoads(nq, work.resolve("warm-up.nq"), storeOurs, storeJena);
            for (int i = 0; i < s.repeat(); i++) {
                step("our load into TDB2 with the text index (" + (i + 1) + "/" + s.repeat() + ")");
                Folders.delete(storeOurs);
                ours = LoadBench.ours(nq, s.configFile(), storeOurs);
                note("%.1f s (%.1f s CPU), %,d quads", ours.seconds(), ours.cpuSeconds(), ours.quads());
                loadOurs.add(ours.seconds());
                loadOursCpu.add(ours.cpuSeconds());
            }
            results.put("peak_heap_mb", heap.peakUsedMb());
            results.put("peak_live_heap_after_gc_mb", heap.peakLiveMb());
        }
        results.put("max_heap_mb", Runtime.getRuntime().maxMemory() / 1048576.0);
        double c1 = (Double) results.get("convert_seconds_1_thread"), c1Cpu = (Double) results.get("convert_cpu_seconds_1_thread");
        double p = Stats.median(parse);
        results.put("parse_seconds", p);
        results.put("convert_vs_parse_ratio", c1 / p);
        results.put("parse_cpu_seconds", Stats.median(parseCpu));
        results.put("convert_vs_parse_cpu_ratio", c1Cpu / Stats.median(parseCpu));
        double lo = Stats.median(loadOurs);
        results.put("load_seconds", lo);
        results.put("load_triples_per_s", ours.quads() / lo);
        results.put("load_cpu_seconds", Stats.median(loadOursCpu));
        results.put("corpus_convert_and_load_seconds", (Double) results.get("convert_seconds_all_cores") + lo);
        save();

        Jena jena = jenaLoads(nq, storeJena);
        putJena("", lo, Stats.median(loadOursCpu), jena);
        describe(storeOurs, "", lo, jena);
        save();

        queries(storeOurs);
        if (s.docs() > SMALL_LOAD)
            smallLoad(files.subList(0, SMALL_LOAD), work.resolve("corpus-" + SMALL_LOAD + ".nq"), work.resolve("store-ours-" + SMALL_LOAD), storeJena);

        step("start: policykg up on the seeds (fresh and unchanged data folder) against plain Fuseki from the same jar");
        StartBench start = StartBench.forThisBuild(s.home(), s.mainClass(), firstQueryPath(StoreConfig.read(s.configFile(), work.resolve("up"))), StartBench.javaOptions());
        results.putAll(start.run(s.repeat(), work.resolve("start"), StartBench.upLauncherOptions(s.home()), log));
        results.put("up_seconds", results.get("start_seconds_up_fresh"));

        Files.deleteIfExists(nq);
        Folders.delete(work);
        save();
        log.println("bench: wrote " + s.dir().resolve("results.json"));
        printTable();
        return results;
    }

    /**
     * The query comparison alone (our server and plain Fuseki, 1 and 8 clients, each query's p50/p99), on a store kept
     * in {@code DIR/queries-store-N} between runs: converted and loaded when it is missing or {@code rebuild} is set
     * (after a change to what the converter writes), otherwise reused as it is. Writes {@code DIR/queries-results.json}.
     */
    public Map<String, Object> runQueriesOnly(boolean rebuild) throws Exception {
        Files.createDirectories(s.dir());
        resultsName = "queries-results.json";
        Path resultsFile = s.dir().resolve(resultsName);
        Files.deleteIfExists(resultsFile);
        machine();
        Path store = s.dir().resolve("queries-store-" + s.docs());
        Path ready = store.resolve("loaded"); // written last: a store without it was cut short and is built again
        if (rebuild || !Files.exists(ready)) {
            step("corpus of " + s.docs() + " articles in " + s.dir().resolve("corpus-" + s.docs()));
            List<Path> files = CorpusGenerator.forProject(s.home(), CorpusGenerator.DEFAULT_SEED).ensure(s.dir().resolve("corpus-" + s.docs()), s.docs());
            Folders.delete(store);
            Path nq = s.dir().resolve("queries-corpus.nq");
            step("converting them (" + s.threads() + " threads)");
            ConversionBench.Pass pass = ConversionBench.convert(files, converter, s.threads(), nq);
            note("%.1f s, %,d quads", pass.seconds(), pass.quads());
            step("loading them into " + store);
            LoadBench.Load l = LoadBench.ours(nq, s.configFile(), store);
            note("%.1f s, %,d quads", l.seconds(), l.quads());
            Files.deleteIfExists(nq);
            Files.writeString(ready, Instant.now() + "\n");
        } else {
            step("reusing the store in " + store + " (loaded " + Files.readString(ready).strip() + "; --rebuild-store after a converter change)");
        }
        results.put("docs", s.docs());
        queries(store);
        results.put("machine_load_average_at_end", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        write(resultsFile);
        log.println("bench: wrote " + resultsFile);
        log.println();
        for (String k : List.of("query_p50_ms", "query_p99_ms", "query_qps", "query_qps_plain_fuseki", "query_qps_at_8_clients",
                "query_qps_plain_fuseki_at_8_clients", "query_errors", "query_errors_at_8_clients", "query_errors_plain_fuseki_at_8_clients"))
            if (results.get(k) instanceof Number n)
                log.printf("%-42s %14s%n", k, fmt(n.doubleValue()));
        printPerQuery();
        log.printf("(%d articles; %d cores, load average %.1f at the start, %.1f at the end)%n", s.docs(), Runtime.getRuntime().availableProcessors(),
                (Double) results.get("machine_load_average_at_start"), (Double) results.get("machine_load_average_at_end"));
        return results;
    }

    /**
     * The conversion passes (after the warm-up): one thread and all threads, {@code --repeat} times each, the
     * one-thread output left in {@code nq}; puts the {@code convert_*} figures and each step's share.
     */
    private void conversion(List<Path> files, double mb, Path nq, Path nqParallel) throws Exception {
        List<Double> convert1 = new ArrayList<>(), convertN = new ArrayList<>(), convert1Cpu = new ArrayList<>(), convertNCpu = new ArrayList<>();
        ConversionBench.Pass pass = null;
        warmUp(files.subList(0, Math.min(files.size(), 200)), nqParallel);
        converter.resetStageTimes();
        for (int i = 0; i < s.repeat(); i++) {
            step("convert, 1 thread (" + (i + 1) + "/" + s.repeat() + ")");
            pass = ConversionBench.convert(files, converter, 1, nq);
            note("%.1f s (%.1f s CPU), %,d sentences, %,d quads", pass.seconds(), pass.cpuSeconds(), pass.sentences(), pass.quads());
            convert1.add(pass.seconds());
            convert1Cpu.add(pass.cpuSeconds());
            step("convert, " + s.threads() + " threads (" + (i + 1) + "/" + s.repeat() + ")");
            ConversionBench.Pass all = ConversionBench.convert(files, converter, s.threads(), nqParallel);
            note("%.1f s (%.1f s CPU)", all.seconds(), all.cpuSeconds());
            convertN.add(all.seconds());
            convertNCpu.add(all.cpuSeconds());
        }
        Files.deleteIfExists(nqParallel);
        stageShares(converter.stageNanos());
        results.put("sentences", pass.sentences());
        results.put("quads", pass.quads());
        double c1 = Stats.median(convert1), cN = Stats.median(convertN);
        results.put("convert_seconds_1_thread", c1);
        results.put("convert_seconds_all_cores", cN);
        results.put("convert_mb_per_s_per_core", mb / c1);
        results.put("convert_sentences_per_s_per_core", pass.sentences() / c1);
        results.put("convert_speedup_all_cores", c1 / cN);
        // CPU seconds per wall-clock second in the all-cores pass: how many cores the process really got
        // (on a machine shared with other work it can be far below the thread count, and caps the speed-up)
        results.put("convert_all_cores_cpu_per_wall_second", Stats.median(convertNCpu) / cN);
        double c1Cpu = Stats.median(convert1Cpu);
        results.put("convert_cpu_seconds_1_thread", c1Cpu);
        results.put("convert_mb_per_cpu_second", mb / c1Cpu);
        results.put("convert_sentences_per_cpu_second", pass.sentences() / c1Cpu);
    }

    /**
     * The conversion figures alone ({@code --convert-only}): the corpus, the warm-up and the conversion passes
     * of {@link #run()}, written to {@code DIR/convert-results.json}; nothing is loaded or served.
     */
    public Map<String, Object> runConversionOnly() throws Exception {
        Files.createDirectories(s.dir());
        Path work = s.dir().resolve("work-convert");
        Folders.delete(work);
        Files.createDirectories(work);
        machine();
        step("corpus of " + s.docs() + " articles in " + s.dir().resolve("corpus-" + s.docs()));
        List<Path> files = CorpusGenerator.forProject(s.home(), CorpusGenerator.DEFAULT_SEED).ensure(s.dir().resolve("corpus-" + s.docs()), s.docs());
        long textBytes = 0;
        for (Path f : files)
            textBytes += Files.size(f);
        double mb = textBytes / 1e6;
        results.put("docs", s.docs());
        results.put("text_mb", mb);
        conversion(files, mb, work.resolve("corpus.nq"), work.resolve("corpus-parallel.nq"));
        results.put("machine_load_average_at_end", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Folders.delete(work);
        Path file = s.dir().resolve("convert-results.json");
        write(file);
        results.forEach((k, v) -> {
            if (k.startsWith("convert_") || k.startsWith("machine_") || k.equals("text_mb") || k.equals("sentences"))
                log.println(k + " = " + (v instanceof Double d ? String.format(Locale.ROOT, "%.3f", d) : v));
        });
        log.println("bench: wrote " + file);
        return results;
    }

    /** The size of the second load comparison that a larger run makes beside its own (issue 17 asks for both). */
    static final int SMALL_LOAD = 200;
    static final int SMALL_LOAD_ROUNDS = 3;

    /** Medians over the repetitions: TDB2 bulk loader wall and CPU seconds, textindexer wall and CPU seconds. */
    private record Jena(double tdb, double tdbCpu, double indexer, double indexerCpu) {}

    private Jena jenaLoads(Path nq, Path storeJena) throws IOException {
        List<LoadBench.Jena> rounds = new ArrayList<>();
        for (int i = 0; i < s.repeat(); i++) {
            step("Jena's TDB2 bulk loader, then textindexer (" + (i + 1) + "/" + s.repeat() + ")");
            rounds.add(jenaRound(nq, storeJena));
        }
        Folders.delete(storeJena);
        return medians(rounds);
    }

    private LoadBench.Jena jenaRound(Path nq, Path storeJena) throws IOException {
        Folders.delete(storeJena);
        LoadBench.Jena j = LoadBench.jena(nq, s.configFile(), storeJena);
        note("tdbloader %.2f s (%.2f s CPU), %,d quads; textindexer %.2f s (%.2f s CPU)", j.tdb().seconds(), j.tdb().cpuSeconds(), j.tdb().quads(),
                j.indexerSeconds(), j.indexerCpuSeconds());
        return j;
    }

    private static Jena medians(List<LoadBench.Jena> rounds) {
        return new Jena(Stats.median(rounds.stream().map(j -> j.tdb().seconds()).toList()), Stats.median(rounds.stream().map(j -> j.tdb().cpuSeconds()).toList()),
                Stats.median(rounds.stream().map(LoadBench.Jena::indexerSeconds).toList()), Stats.median(rounds.stream().map(LoadBench.Jena::indexerCpuSeconds).toList()));
    }

    private LoadBench.Load oursRound(Path nq, Path storeOurs) throws IOException {
        Folders.delete(storeOurs);
        LoadBench.Load l = LoadBench.ours(nq, s.configFile(), storeOurs);
        note("ours %.2f s (%.2f s CPU), %,d quads", l.seconds(), l.cpuSeconds(), l.quads());
        return l;
    }

    /** The ratios of our load (median wall and CPU seconds) to Jena's pair, under the keys ending in {@code sfx}. */
    private void putJena(String sfx, double lo, double loCpu, Jena jena) {
        results.put("tdbloader_seconds" + sfx, jena.tdb());
        results.put("textindexer_seconds" + sfx, jena.indexer());
        results.put("load_vs_tdbloader_ratio" + sfx, lo / jena.tdb());
        results.put("load_vs_tdbloader_plus_textindexer_ratio" + sfx, lo / (jena.tdb() + jena.indexer()));
        results.put("tdbloader_cpu_seconds" + sfx, jena.tdbCpu());
        results.put("textindexer_cpu_seconds" + sfx, jena.indexerCpu());
        results.put("load_vs_tdbloader_cpu_ratio" + sfx, loCpu / jena.tdbCpu());
        results.put("load_vs_tdbloader_plus_textindexer_cpu_ratio" + sfx, loCpu / (jena.tdbCpu() + jena.indexerCpu()));
    }

    /**
     * The dataset description {@code policykg load} adds after the load, timed once on the store our last load left:
     * Jena's tools make none, so it stays out of the ratios above and is given beside them, with the ratio it would make.
     */
    private void describe(Path storeOurs, String sfx, double lo, Jena jena) {
        step("the dataset description policykg load adds (queries/void/), on our store");
        double[] d = LoadBench.describe(s.configFile(), storeOurs, s.home().resolve("queries"));
        note("%.2f s (%.2f s CPU)", d[0], d[1]);
        results.put("describe_seconds" + sfx, d[0]);
        results.put("describe_cpu_seconds" + sfx, d[1]);
        results.put("load_and_describe_vs_tdbloader_plus_textindexer_ratio" + sfx, (lo + d[0]) / (jena.tdb() + jena.indexer()));
    }

    /**
     * Untimed loads of both kinds (and a description) before the first timed one, on the N-Quads or, when they are
     * large, their first {@value #WARM_UP_BYTES} bytes of lines (above the bulk path's threshold, so the same path
     * runs): the JIT and the class loader's first work would otherwise fall on whichever side is timed first.
     */
    private void warmUpLoads(Path nq, Path slice, Path storeOurs, Path storeJena) throws IOException {
        Path sample = nq;
        if (Files.size(nq) > WARM_UP_BYTES) {
            sample = slice;
            long bytes = 0;
            try (var in = Files.newBufferedReader(nq, java.nio.charset.StandardCharsets.UTF_8);
                 var out = Files.newBufferedWriter(slice, java.nio.charset.StandardCharsets.UTF_8)) {
                for (String line; bytes < WARM_UP_BYTES && (line = in.readLine()) != null; bytes += line.length() + 1)
                    out.write(line + "\n");
            }
        }
        for (int i = 0; i < 2; i++) {
            step("warm-up: our load and Jena's, untimed (" + (i + 1) + "/2)");
            oursRound(sample, storeOurs);
            if (i == 0)
                LoadBench.describe(s.configFile(), storeOurs, s.home().resolve("queries"));
            jenaRound(sample, storeJena);
        }
        Folders.delete(storeOurs);
        Folders.delete(storeJena);
        Files.deleteIfExists(slice);
    }

    static final long WARM_UP_BYTES = 40L << 20;

    /**
     * The load comparison again on the N-Quads of the first {@value #SMALL_LOAD} articles (the same articles a
     * {@code --quick} run uses), so that one run shows the ratio at both sizes.
     */
    private void smallLoad(List<Path> files, Path nq, Path storeOurs, Path storeJena) throws Exception {
        step("load comparison at " + files.size() + " articles: converting them");
        ConversionBench.Pass pass = ConversionBench.convert(files, converter, s.threads(), nq);
        String sfx = "_" + files.size() + "_articles";
        results.put("quads" + sfx, pass.quads());
        // a load of a few seconds is at the mercy of one GC or one burst of other work: at least three alternating
        // rounds (seconds each) even when the big comparison ran once, and the query phase's garbage collected first
        System.gc();
        compareLoads(nq, storeOurs, storeJena, sfx, files.size() + " articles", Math.max(SMALL_LOAD_ROUNDS, s.repeat()));
        Files.deleteIfExists(nq);
        save();
    }

    /**
     * Our load and Jena's pair on the same file, {@code rounds} rounds, which of the two goes first alternating (so
     * neither always gets the quieter moment or the other's warm caches); medians and ratios under keys ending in {@code sfx}.
     */
    private void compareLoads(Path nq, Path storeOurs, Path storeJena, String sfx, String what, int rounds) throws IOException {
        List<Double> ours = new ArrayList<>(), oursCpu = new ArrayList<>();
        List<LoadBench.Jena> jena = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            step("our load and Jena's of " + what + " (" + (i + 1) + "/" + rounds + ")");
            if (i % 2 == 1)
                jena.add(jenaRound(nq, storeJena));
            LoadBench.Load l = oursRound(nq, storeOurs);
            ours.add(l.seconds());
            oursCpu.add(l.cpuSeconds());
            if (i % 2 == 0)
                jena.add(jenaRound(nq, storeJena));
        }
        Folders.delete(storeJena);
        double lo = Stats.median(ours);
        results.put("load_seconds" + sfx, lo);
        results.put("load_cpu_seconds" + sfx, Stats.median(oursCpu));
        Jena j = medians(jena);
        putJena(sfx, lo, Stats.median(oursCpu), j);
        describe(storeOurs, sfx, lo, j);
        Folders.delete(storeOurs);
    }

    /** {@code --load-only}: the corpus converted (untimed), then only the load comparison; writes {@code DIR/load-results.json}. */
    private Map<String, Object> loadOnly() throws Exception {
        Files.createDirectories(s.dir());
        Path file = s.dir().resolve("load-results.json");
        Files.deleteIfExists(file);
        Path work = s.dir().resolve("work");
        Folders.delete(work);
        Files.createDirectories(work);
        machine();
        step("corpus of " + s.docs() + " articles in " + s.dir().resolve("corpus-" + s.docs()));
        List<Path> files = CorpusGenerator.forProject(s.home(), CorpusGenerator.DEFAULT_SEED).ensure(s.dir().resolve("corpus-" + s.docs()), s.docs());
        results.put("docs", s.docs());
        Path nq = work.resolve("corpus.nq"), storeOurs = work.resolve("store-ours"), storeJena = work.resolve("store-tdbloader");
        step("converting them to N-Quads (untimed)");
        ConversionBench.Pass pass = ConversionBench.convert(files, converter, s.threads(), nq);
        results.put("quads", pass.quads());
        results.put("nquads_mb", Files.size(nq) / 1e6);
        if (s.warmUpSeconds() > 0)
            warmUpLoads(nq, work.resolve("warm-up.nq"), storeOurs, storeJena);
        compareLoads(nq, storeOurs, storeJena, "", s.docs() + " articles", s.repeat());
        results.put("machine_load_average_at_end", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Folders.delete(work);
        write(file);
        log.println();
        for (String k : List.of("quads", "load_seconds", "load_cpu_seconds", "tdbloader_seconds", "tdbloader_cpu_seconds", "textindexer_seconds",
                "textindexer_cpu_seconds", "load_vs_tdbloader_ratio", "load_vs_tdbloader_plus_textindexer_ratio", "load_vs_tdbloader_cpu_ratio",
                "load_vs_tdbloader_plus_textindexer_cpu_ratio", "describe_seconds", "describe_cpu_seconds", "load_and_describe_vs_tdbloader_plus_textindexer_ratio",
                "machine_load_average_at_start", "machine_load_average_at_end"))
            if (results.get(k) instanceof Number n)
                log.printf("%-56s %s%n", k, fmt(n.doubleValue()));
        log.println("bench: wrote " + file);
        return results;
    }

    /**
     * Lets the JIT compile the converter's hot paths before anything is timed: passes over a sample, on one
     * thread and on all, for the warm-up time (on this 2-core machine throughput settles after about 2,000 articles).
     */
    private void warmUp(List<Path> sample, Path scratch) throws Exception {
        step(String.format(Locale.ROOT, "warm-up: converting %d articles again and again for %.0f s", sample.size(), s.warmUpSeconds()));
        long until = System.nanoTime() + (long) (s.warmUpSeconds() * 1e9);
        for (int pass = 0; pass < 2 || System.nanoTime() < until; pass++)
            ConversionBench.convert(sample, converter, pass % 2 == 0 ? 1 : s.threads(), scratch);
    }

    /** Each step's share of the conversion time (CPU time summed over threads), so the next optimisation goes where the time is. */
    private void stageShares(Map<String, Long> nanos) {
        double total = nanos.values().stream().mapToLong(Long::longValue).sum();
        if (total <= 0)
            return;
        step("conversion time by step (share of the time in the steps, all passes)");
        nanos.forEach((stage, n) -> {
            results.put("convert_stage_share_" + stage.replace(' ', '_'), n / total);
            note("%-14s %5.1f %%", stage, 100 * n / total);
        });
    }

    /** The queries of queries/ over HTTP: our server against a plain Fuseki over the very same dataset, alternately. */
    private void queries(Path store) throws Exception {
        step("queries: our server and a plain Fuseki over the same store");
        try (QueryServer ours = servers.start(StoreConfig.read(s.configFile(), store), LocalPorts.free())) {
            FusekiServer plain = FusekiServer.create().port(LocalPorts.free()).loopback(true).add("/ds", ours.dataset()).build().start();
            try {
                String plainEndpoint = "http://localhost:" + plain.getHttpPort() + "/ds/query";
                QueryMix mix = QueryMix.load(s.home().resolve("queries"), ours.queryEndpoint(), 20, CorpusGenerator.DEFAULT_SEED, true);
                Duration d = Duration.ofMillis((long) (s.querySeconds() * 1000));
                LoadDriver.run(ours.queryEndpoint(), mix, 2, d, 1); // warm-up
                LoadDriver.run(plainEndpoint, mix, 2, d, 1);
                for (int clients : new int[] {1, 8}) {
                    List<LoadDriver.Result> o = new ArrayList<>(), f = new ArrayList<>();
                    for (int i = 0; i < s.repeat(); i++) {
                        step("queries, " + clients + " client(s), round " + (i + 1) + "/" + s.repeat());
                        // which server goes first alternates, so neither always gets the quieter moment
                        if (i % 2 == 0) {
                            o.add(checked("ours", LoadDriver.run(ours.queryEndpoint(), mix, clients, d, 7)));
                            f.add(checked("plain Fuseki", LoadDriver.run(plainEndpoint, mix, clients, d, 7)));
                        } else {
                            f.add(checked("plain Fuseki", LoadDriver.run(plainEndpoint, mix, clients, d, 7)));
                            o.add(checked("ours", LoadDriver.run(ours.queryEndpoint(), mix, clients, d, 7)));
                        }
                    }
                    String sfx = clients == 1 ? "" : "_at_" + clients + "_clients";
                    if (clients == 1) {
                        results.put("query_p50_ms", med(o, LoadDriver.Result::p50Ms));
                        results.put("query_p99_ms", med(o, LoadDriver.Result::p99Ms));
                        results.put("query_p50_ms_plain_fuseki", med(f, LoadDriver.Result::p50Ms));
                        results.put("query_p99_ms_plain_fuseki", med(f, LoadDriver.Result::p99Ms));
                    } else {
                        results.put("query_p50_ms" + sfx, med(o, LoadDriver.Result::p50Ms));
                        results.put("query_p99_ms" + sfx, med(o, LoadDriver.Result::p99Ms));
                    }
                    results.put("query_qps" + sfx, med(o, LoadDriver.Result::qps));
                    results.put("query_qps_plain_fuseki" + sfx, med(f, LoadDriver.Result::qps));
                    // Latency ratio per round (the two servers back to back), median over rounds.
                    List<Double> ratios = new ArrayList<>();
                    for (int i = 0; i < o.size(); i++)
                        ratios.add(o.get(i).meanMs() / f.get(i).meanMs());
                    results.put("query_vs_plain_fuseki_ratio" + sfx, Stats.median(ratios));
                    results.put("query_requests" + sfx, o.stream().mapToLong(LoadDriver.Result::requests).sum());
                    results.put("query_errors" + sfx, o.stream().mapToLong(LoadDriver.Result::errors).sum());
                    results.put("query_errors_plain_fuseki" + sfx, f.stream().mapToLong(LoadDriver.Result::errors).sum());
                    perQuery(o, clients == 1 ? "" : sfx);
                    save();
                }
            } finally {
                plain.stop();
            }
        }
    }

    /**
     * Each competency query's p50, p99 and slowest answer through our server, over all rounds at this number of
     * clients (issue 17: every query's p99 at the size the bench ran), and how many times each was asked.
     */
    private void perQuery(List<LoadDriver.Result> rounds, String sfx) {
        Map<String, List<Long>> all = new TreeMap<>();
        for (LoadDriver.Result r : rounds)
            r.latencyByQuery().forEach((name, lat) -> {
                List<Long> l = all.computeIfAbsent(name.replaceFirst("\\.rq$", ""), k -> new ArrayList<>());
                for (long x : lat)
                    l.add(x);
            });
        all.forEach((q, l) -> {
            long[] lat = Stats.sorted(l.stream().mapToLong(Long::longValue).toArray());
            results.put("query_p50_ms" + sfx + "__" + q, Stats.percentile(lat, 50) / 1e6);
            results.put("query_p99_ms" + sfx + "__" + q, Stats.percentile(lat, 99) / 1e6);
            results.put("query_max_ms" + sfx + "__" + q, lat[lat.length - 1] / 1e6);
            results.put("query_count" + sfx + "__" + q, lat.length);
        });
    }

    /** A round with failed queries (timeouts on a large store) still counts; the failures are reported beside the figures. */
    private LoadDriver.Result checked(String server, LoadDriver.Result r) {
        note("%s: %d requests, p50 %.1f ms, p99 %.1f ms, %.1f queries/s, %d errors", server, r.requests(), r.p50Ms(), r.p99Ms(), r.qps(), r.errors());
        if (r.errors() > 0)
            log.println("bench: " + r.errors() + " of " + r.requests() + " queries failed, e.g. " + r.errorSamples());
        if (r.requests() == 0)
            throw new IllegalStateException("no query was answered in the time given; give more with --query-seconds");
        return r;
    }

    private static double med(List<LoadDriver.Result> rs, ToDoubleFunction<LoadDriver.Result> f) {
        return Stats.median(rs.stream().map(f::applyAsDouble).toList());
    }

    /** The path of the configuration's SPARQL query endpoint (the one named .../sparql, else the first read endpoint). */
    public static String firstQueryPath(StoreConfig config) {
        List<String> paths = config.readEndpointPaths();
        return paths.stream().filter(p -> p.endsWith("/sparql")).findFirst()
                .orElse(paths.stream().findFirst().orElseThrow(() -> new IllegalStateException("the configuration has no query endpoint")));
    }

    private void machine() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        results.put("machine_cores", Runtime.getRuntime().availableProcessors());
        results.put("machine_load_average_at_start", os.getSystemLoadAverage());
        results.put("java_version", System.getProperty("java.version"));
        results.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        results.put("threads", s.threads());
        results.put("repeat", s.repeat());
        results.put("started", Instant.now().toString());
        results.put("command", s.command());
    }

    private void note(String format, Object... args) {
        log.println("bench:   " + String.format(Locale.ROOT, format, args));
        log.flush();
    }

    private void step(String what) {
        log.printf("bench: %s%n", what);
        log.flush();
    }

    /** results.json as far as the run got: a failure late in a long run keeps the figures already measured. */
    private void save() throws IOException {
        write(s.dir().resolve(resultsName));
    }

    private void write(Path file) throws IOException {
        ResultsFile.write(results, file);
    }

    /** The targets of the issue, as (key, comparison, bound). */
    private static final List<String[]> TARGETS = List.of(
            new String[] {"convert_mb_per_s_per_core", ">=", "1"},
            new String[] {"convert_sentences_per_s_per_core", ">=", "10000"},
            new String[] {"convert_mb_per_cpu_second", "", ""},
            new String[] {"convert_speedup_all_cores", ">=", "1.7"},
            new String[] {"convert_all_cores_cpu_per_wall_second", "", ""},
            new String[] {"convert_vs_parse_ratio", "<=", "5"},
            new String[] {"load_triples_per_s", "", ""},
            new String[] {"load_vs_tdbloader_ratio", "<=", "1.2"},
            new String[] {"load_vs_tdbloader_plus_textindexer_ratio", "<=", "1.2"},
            new String[] {"load_vs_tdbloader_cpu_ratio", "", ""},
            new String[] {"load_vs_tdbloader_plus_textindexer_cpu_ratio", "", ""},
            new String[] {"load_and_describe_vs_tdbloader_plus_textindexer_ratio", "", ""},
            new String[] {"load_vs_tdbloader_ratio_" + SMALL_LOAD + "_articles", "<=", "1.2"},
            new String[] {"load_vs_tdbloader_plus_textindexer_ratio_" + SMALL_LOAD + "_articles", "<=", "1.2"},
            new String[] {"load_and_describe_vs_tdbloader_plus_textindexer_ratio_" + SMALL_LOAD + "_articles", "", ""},
            new String[] {"query_p50_ms", "", ""},
            new String[] {"query_p99_ms", "<=", "1000"},
            new String[] {"query_p99_ms_at_8_clients", "", ""},
            new String[] {"query_qps_at_8_clients", ">=", "20"},
            new String[] {"query_vs_plain_fuseki_ratio", "<=", "1.1"},
            new String[] {"query_vs_plain_fuseki_ratio_at_8_clients", "<=", "1.1"},
            new String[] {"peak_heap_mb", "<=", "1024"},
            new String[] {"peak_live_heap_after_gc_mb", "", ""},
            new String[] {"corpus_convert_and_load_seconds", "<=", "180"},
            new String[] {"up_seconds", "<=", "5"},
            new String[] {"start_seconds_plain_fuseki", "", ""},
            new String[] {"start_ratio_up_fresh_vs_plain_fuseki", "<=", "1.5"},
            new String[] {"start_ratio_up_fresh_warm_cache_vs_plain_fuseki", "<=", "1.5"},
            new String[] {"start_ratio_up_unchanged_vs_plain_fuseki", "<=", "1.2"},
            new String[] {"start_cpu_ratio_up_fresh_vs_plain_fuseki", "", ""},
            new String[] {"start_cpu_ratio_up_unchanged_vs_plain_fuseki", "", ""});

    private void printTable() {
        log.println();
        log.printf("%-42s %14s   %-10s %s%n", "measure", "value", "target", "");
        for (String[] t : TARGETS) {
            Object v = results.get(t[0]);
            if (!(v instanceof Number n))
                continue;
            double d = n.doubleValue();
            String status = "";
            if (!t[1].isEmpty()) {
                double bound = Double.parseDouble(t[2]);
                boolean met = t[1].equals(">=") ? d >= bound : d <= bound;
                status = met ? "met" : "MISSED";
            }
            log.printf("%-42s %14s   %-10s %s%n", t[0], fmt(d), t[1].isEmpty() ? "" : t[1] + " " + t[2], status);
        }
        printPerQuery();
        Object small = results.get("load_vs_tdbloader_plus_textindexer_ratio_" + SMALL_LOAD + "_articles");
        log.printf("  load ÷ (tdbloader + textindexer), side by side: %d articles %s (%s s ÷ %s + %s s)%s%n", s.docs(),
                fmt(((Number) results.get("load_vs_tdbloader_plus_textindexer_ratio")).doubleValue()), fmt((Double) results.get("load_seconds")),
                fmt((Double) results.get("tdbloader_seconds")), fmt((Double) results.get("textindexer_seconds")),
                small instanceof Number n ? String.format(Locale.ROOT, "; %d articles %s (%s s ÷ %s + %s s)", SMALL_LOAD, fmt(n.doubleValue()),
                        fmt((Double) results.get("load_seconds_" + SMALL_LOAD + "_articles")), fmt((Double) results.get("tdbloader_seconds_" + SMALL_LOAD + "_articles")),
                        fmt((Double) results.get("textindexer_seconds_" + SMALL_LOAD + "_articles"))) : "");
        log.printf("(%d articles, %.2f MB of text, %s sentences, %s quads; %d cores, load average %.1f at the start; %s threads)%n",
                s.docs(), (Double) results.get("text_mb"), results.get("sentences"), results.get("quads"),
                Runtime.getRuntime().availableProcessors(), (Double) results.get("machine_load_average_at_start"), s.threads());
        if (s.docs() < 10_000)
            log.println("(the 3-minute target is for 10,000 articles; this run had " + s.docs() + ")");
    }

    private void printPerQuery() {
        results.forEach((k, v) -> {
            if (k.startsWith("query_p99_ms__") && v instanceof Number p99) {
                String q = k.substring("query_p99_ms__".length());
                log.printf("  %-40s p50 %10s ms  p99 %10s ms  (1 client, %s answers)%n", q,
                        fmt(((Number) results.get("query_p50_ms__" + q)).doubleValue()), fmt(p99.doubleValue()), results.get("query_count__" + q));
            }
        });
    }

    private static String fmt(double d) {
        if (Math.abs(d) >= 1000)
            return String.format(Locale.ROOT, "%,.0f", d);
        return String.format(Locale.ROOT, "%.3g", d);
    }
}
