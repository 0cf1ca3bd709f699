package org.policykg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.policykg.document.Metadata;
import org.policykg.document.TextReader;
import org.policykg.error.UserError;
import org.policykg.extract.BatchRunner;
import org.policykg.rdf.DocumentGraphWriter;
import org.policykg.serve.PolicyServer;
import org.policykg.store.*;

/** {@code up}: the main job. The ontology and the inputs into the store, then serve it. */
final class UpCommand extends Subcommand {
    @Override String name() { return "up"; }
    @Override String summary() { return "load ontology/ and the inputs (default seeds/) into the store, then serve it"; }
    @Override String synopsis() { return "[--port 3030] [--host 127.0.0.1] [--https KEYSTORE --https-password-file F [--https-port 3443]] [--data data] [--config FILE] [--time-limit 300] [--watch] [--start-cache DIR|off] [--verbose] [PATH...]"; }

    @Override
    Options options() {
        return ServeCommand.serverOptions(new Options()
                .addOption(dataOption(false))
                .addOption(configOption())
                .addOption(ConvertCommand.timeLimitOption())
                .addOption(Option.builder().longOpt("watch").desc("keep watching the inputs and ontology/ and load what changes while serving").get())
                .addOption(Option.builder().longOpt("exit-when-ready").desc("load, start the server, then stop it and exit (for scripts and bin/policykg's class-data archive)").get())
                .addOption(Option.builder().longOpt("start-cache").hasArg().argName("DIR|off")
                        .desc("where copies of freshly loaded stores are kept, so that a fresh data folder with the same inputs starts from a copy; default target/start-cache when run from the jar, off otherwise").get())
                .addOption(Option.builder().longOpt("verbose").desc("print the time each phase of the start takes").get()));
    }

    @Override
    int run(CommandLine line, Io io) throws Exception {
        Phases phases = Phases.on(line.hasOption("verbose"), io.err());
        List<Path> inputs = new ArrayList<>();
        if (line.getArgList().isEmpty())
            inputs.add(Home.path().resolve("seeds"));
        else
            line.getArgList().forEach(a -> inputs.add(Path.of(a)));
        InputSync sync = new InputSync(Home.path().resolve("ontology"), inputs, Home.path().resolve("queries"),
                converterVersion(), ConvertCommand.timeLimitOption(line));
        Path data = dataPath(line);
        boolean fresh = !Files.isDirectory(data.resolve("tdb2"));
        StartCache cache = startCache(line);
        StartCache ontologyStore = cache == null ? null : ontologyStore();
        if (ontologyStore != null) // beside the per-build stores: ontology/ (0.8 MB) hashed cold was on the path to the first answer
            sync.rememberHashesIn(ontologyStore.dir().resolve("file-hashes.tsv"));
        boolean copied = false;
        if (fresh && cache != null && Files.isRegularFile(configPath(line))) {
            String key = sync.cacheKey(configPath(line));
            copied = cache.restore(key, data);
            phases.mark(copied ? "store copied from the start cache" : "no copy in the start cache for these inputs");
            if (copied)
                io.out().println("Start cache: a store of exactly these inputs copied from " + cache.dir().resolve(key));
        }
        // A store that does not exist yet has every text to convert: build the converter (and convert) while the
        // ontology store is copied and the server is built.
        if (fresh && !copied)
            sync.convertAhead();
        else if (!copied)
            sync.hashAhead(); // an existing store: compared with the inputs once it is open
        // Not copied: a fresh store starts from the graphs of ontology/ alone, as made once per build (and per state of
        // ontology/): only the texts are left to load.
        boolean based = false;
        if (fresh && !copied && ontologyStore != null && Files.isRegularFile(configPath(line))) {
            String key = sync.ontologyKey(configPath(line));
            based = ontologyStore.restore(key, data);
            phases.mark(based ? "ontology store copied" : "no ontology store for this ontology/ yet");
            if (based)
                io.out().println("Ontology store: the graphs of ontology/ copied from " + ontologyStore.dir().resolve(key));
        }
        StoreConfig config = StoreConfig.read(configPath(line), data);
        boolean ontologyWritten = !based;
        if (fresh && !copied)
            config.warmUpAnalyzers(() -> sync.indexSample(ontologyWritten)); // the texts' literals go into the text index soon
        String host = line.getOptionValue("host", ServeCommand.DEFAULT_HOST);
        PolicyServer server = ServeCommand.buildServer(line, config);
        phases.mark("server built (store opened)");
        // Load into the very dataset the server was built with: one store, opened once.
        PolicyStore store = PolicyStore.over(config, server.dataset(server.firstDatasetName()));
        String endpoint = server.baseUrl() + server.firstDatasetName() + "/sparql";
        InputSync.Report report;
        try {
            // a fresh store's description is written once the server answers: the first answer does not need it
            report = sync.timedBy(phases).apply(store, endpoint, true);
        } catch (RuntimeException ex) {
            if (based) // a failed first load leaves nothing loaded, not even the ontology store's graphs
                clear(store);
            throw ex;
        }
        if (!report.wrote())
            phases.mark("nothing to load");
        // A freshly loaded store goes into the start cache once the server answers (off the path to the first answer).
        String cacheKey = fresh && !copied && cache != null && report.wrote() && Files.isRegularFile(configPath(line))
                ? sync.appliedKey(configPath(line)) : null;
        boolean makeOntologyStore = fresh && !copied && !based && ontologyStore != null && Files.isRegularFile(configPath(line));
        InputSync.Report applied = report;
        Runnable describe = () -> {
            if (!applied.describeLater())
                return;
            try {
                sync.describe(store, endpoint);
                phases.mark("description written");
            } catch (RuntimeException ex) { // the data is in; /.well-known/void computes the description when asked
                org.slf4j.LoggerFactory.getLogger("policykg.trace").error("description", ex);
                io.err().println("policykg up: could not write the dataset description: " + ex + " (the stack trace is in " + Logs.file() + ")");
            }
        };
        Runnable saveInCache = () -> {
            sync.saveHashes();
            if (cacheKey != null)
                cache.saveLocked(cacheKey, store, config.dataDir());
            if (makeOntologyStore)
                sync.saveOntologyStore(ontologyStore, configPath(line));
        };
        io.out().printf("Inputs: %s; %d triples written into %s%n", report.summary(), report.quads(), config.dataDir());
        report.removed().forEach(g -> io.out().println("Removed the graph of an input that no longer exists: " + g));
        if (line.hasOption("exit-when-ready")) {
            // a start and nothing more: bin/policykg's class-data-sharing archive is recorded from such a run
            server.start();
            phases.mark("server started");
            describe.run();
            saveInCache.run();
            if (cacheKey != null || makeOntologyStore)
                phases.mark("store saved in the start cache");
            UiFiles.extract();
            server.stop();
            io.out().println("Ready; stopped again (--exit-when-ready).");
            return ExitCode.OK;
        }
        if (line.hasOption("watch")) {
            InputWatcher watcher = new InputWatcher(sync.roots(), () -> {
                try {
                    InputSync.Report r = sync.timedBy(Phases.ofChange(line.hasOption("verbose"), io.err())).apply(store, endpoint);
                    if (r.wrote()) {
                        io.out().printf("Changed inputs: %s; %d triples written%n", r.summary(), r.quads());
                        r.removed().forEach(g -> io.out().println("Removed the graph of an input that no longer exists: " + g));
                    }
                } catch (UserError ex) {
                    io.err().println("policykg up: " + ex.getMessage().lines().findFirst().orElse("") + " (nothing changed; fix the file and save it again)");
                } catch (RuntimeException ex) {
                    org.slf4j.LoggerFactory.getLogger("policykg.trace").error("watch", ex);
                    io.err().println("policykg up: could not apply the change: " + ex + " (the stack trace is in " + Logs.file() + ")");
                }
                io.out().flush();
            });
            ServeCommand.startAndWait(server, config, host, io, () -> {
                phases.mark("server started");
                describe.run(); // before the watcher's first change and the copy into the start cache
                inBackground(saveInCache, 0); // at once: before the watcher can apply a change (the copy must be of these inputs)
                watcher.start();
                sync.prepareConverter(); // so that the first text changed is not kept waiting for it
                io.out().println("Watching " + sync.roots().size() + " folder(s) and file(s) for changes.");
            });
        } else {
            ServeCommand.startAndWait(server, config, host, io, () -> {
                phases.mark("server started");
                describe.run();
                // a moment later: the copy (about a tenth of a second of processor time) does not compete with the first queries
                inBackground(saveInCache, CACHE_SAVE_DELAY_MILLIS);
            });
        }
        return ExitCode.OK;
    }

    /** Removes every graph (and so its text-index entries), in one write transaction. */
    private static void clear(PolicyStore store) {
        var dsg = store.dataset().asDatasetGraph();
        org.apache.jena.system.Txn.executeWrite(dsg, () -> {
            for (var g : org.apache.jena.atlas.iterator.Iter.toList(dsg.listGraphNodes()))
                dsg.deleteAny(g, org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY);
        });
    }

    /** How long after the server started (without --watch) the start cache is filled. */
    static final long CACHE_SAVE_DELAY_MILLIS = 2000;

    private static void inBackground(Runnable r, long delayMillis) {
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException ex) {
                return;
            }
            r.run();
        }, "policykg-start-cache");
        t.setDaemon(true);
        t.start();
    }

    /**
     * The start cache: --start-cache DIR, or off; by default target/start-cache of the project when run from the
     * jar, whose build is part of the key (run from classes, as the tests do, a changed build could not be told apart).
     */
    static StartCache startCache(CommandLine line) {
        String opt = line.getOptionValue("start-cache");
        if ("off".equals(opt))
            return null;
        if (opt != null)
            return new StartCache(Path.of(opt).toAbsolutePath());
        return fromJar() ? new StartCache(Home.path().resolve("target").resolve("start-cache")) : null;
    }

    /**
     * The ontology store: stores of ontology/'s graphs alone, one per state of ontology/ and build, from which a fresh
     * data folder starts when the start cache has no store of its inputs; target/ontology-store when run from the jar
     * (bin/policykg's first run after a build makes it), else only where the system property policykg.ontologyStore says.
     */
    static StartCache ontologyStore() {
        String dir = System.getProperty("policykg.ontologyStore");
        if (dir != null)
            return new StartCache(Path.of(dir).toAbsolutePath());
        return fromJar() ? new StartCache(Home.path().resolve("target").resolve("ontology-store")) : null;
    }

    private static boolean fromJar() {
        try {
            return Files.isRegularFile(Path.of(UpCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (Exception ex) {
            return false;
        }
    }

    /** The converter's version: the release, and the build it comes from (a rebuilt jar converts again). */
    static String converterVersion() {
        String built = null;
        try {
            java.net.URL src = UpCommand.class.getProtectionDomain().getCodeSource().getLocation();
            Path p = Path.of(src.toURI());
            if (Files.isRegularFile(p))
                built = Files.getLastModifiedTime(p).toString() + " " + Files.size(p);
        } catch (Exception ex) {
            // not from a jar (tests): the release alone
        }
        return Main.version() + (built == null ? "" : " (" + built + ")");
    }

    /**
     * The RDF files and the text files (converted by {@code texts} as they load, after the RDF files) in
     * files and folders, sorted so runs are repeatable; metadata sidecars ride with their text file.
     */
    static List<GraphSource> sources(List<Path> inputs, BatchRunner texts) {
        List<GraphSource> sources = new ArrayList<>();
        List<Path> textFiles = new ArrayList<>();
        for (Path input : inputs) {
            List<Path> files = filesIn(input);
            for (Path f : files) {
                // sidecars ride with their text; gold files are for eval, never loaded
                if (Metadata.isSidecar(f) || org.policykg.eval.GoldFile.isGold(f))
                    continue;
                if (RdfFileSource.isRdf(f))
                    sources.add(RdfFileSource.of(f));
                else if (TextReader.isText(f))
                    textFiles.add(f);
                else if (files.size() == 1)
                    throw UserError.input(f + ": not a file policykg reads");
            }
        }
        if (!textFiles.isEmpty())
            sources.add(new ConvertedTexts(textFiles, () -> texts));
        return sources;
    }

    static List<Path> filesIn(Path input) {
        if (!Files.exists(input))
            throw UserError.input(input + ": no such file or folder");
        if (!Files.isDirectory(input))
            return List.of(input);
        try (Stream<Path> s = Files.walk(input)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException ex) {
            throw UserError.input(input + ": cannot read the folder: " + ex.getMessage(), ex);
        }
    }
}
