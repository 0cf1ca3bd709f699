package org.policykg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.concurrent.CompletableFuture;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.policykg.document.Metadata;
import org.policykg.document.TextReader;
import org.policykg.extract.BatchRunner;
import org.policykg.extract.Conversion;
import org.policykg.link.DatasetDescription;
import org.policykg.rdf.DocumentGraphWriter;
import org.policykg.store.*;

/**
 * Brings the store in step with {@code up}'s inputs: each input's content hash (and, for a text, the converter's
 * version and the fingerprint of ontology/) is compared with the record of the last load; only what changed is
 * converted and loaded, the graphs of inputs gone are removed, all in one write transaction with the dataset
 * description recomputed (for a fresh store, {@code up} writes the description in a second transaction once the
 * server answers: see {@link #apply(PolicyStore, String, boolean)}). {@code up} runs it once, {@code up --watch} again
 * after every change.
 */
final class InputSync {
    private static final Node VOID_ENDPOINT = NodeFactory.createURI("http://rdfs.org/ns/void#sparqlEndpoint");

    private final Path ontologyDir;
    private final List<Path> inputs;
    private final String converterVersion;
    private final int timeLimitSeconds;
    private final DatasetDescription description;
    private final Path queriesDir;
    /** The converter of one state of ontology/ (its fingerprint), built only when a text is to be converted. */
    private CompletableFuture<BatchRunner> runner;
    private String runnerOntology;
    private Phases phases = Phases.on(false, null);

    /** Where the phases of the first sync are told (up --verbose). */
    InputSync timedBy(Phases phases) {
        this.phases = phases;
        return this;
    }

    /** What one sync did. */
    record Report(int unchanged, int converted, int loaded, List<String> removed, long quads, boolean wrote, boolean describeLater) {
        String summary() {
            return unchanged + " unchanged, " + converted + " converted, " + loaded + " loaded, " + removed.size() + " removed";
        }
    }

    InputSync(Path ontologyDir, List<Path> inputs, Path queriesDir, String converterVersion, int timeLimitSeconds) {
        this.ontologyDir = ontologyDir;
        this.inputs = List.copyOf(inputs);
        this.converterVersion = converterVersion;
        this.timeLimitSeconds = timeLimitSeconds;
        this.description = new DatasetDescription(queriesDir);
        this.queriesDir = queriesDir;
    }

    /** The folders and files watched: ontology/ and the inputs. */
    List<Path> roots() {
        List<Path> roots = new ArrayList<>();
        roots.add(ontologyDir);
        roots.addAll(inputs);
        return roots;
    }

    /** Starts building the converter on another thread now, while the caller opens the store (a fresh store has everything to convert). */
    void prepareConverter() {
        if (inputFiles().texts().isEmpty())
            return;
        converter(LoadedFiles.folderFingerprint(ontologyDir, this::hash));
    }

    /** Texts of a fresh store up to this many bytes in all are converted ahead, into memory, while the store opens. */
    static final long AHEAD_MAX_BYTES = 2L << 20;

    /** Texts converted ahead: the files, their stamps before and after (the same, else not used), the quads and triples in order, the outcomes. */
    private record Ahead(List<Path> files, Map<Node, LoadedFiles.Stamp> stamps, List<Object> written, List<BatchRunner.Outcome> outcomes) {}
    private CompletableFuture<Ahead> ahead;

    /**
     * For a store that does not exist yet (every text is to be converted): builds the converter and converts the texts
     * on other threads now, into memory, while the caller opens the store and builds the server; the first
     * {@link #apply} then writes what they gave. Only for inputs small enough to hold (see {@link #AHEAD_MAX_BYTES}); larger
     * ones are converted as they are written.
     */
    void convertAhead() {
        List<Path> texts = inputFiles().texts();
        if (texts.isEmpty())
            return;
        org.policykg.extract.stages.Stages.loadModelsAhead();
        long bytes = 0;
        for (Path f : texts)
            bytes += f.toFile().length();
        String ontology = LoadedFiles.folderFingerprint(ontologyDir, this::hash);
        CompletableFuture<BatchRunner> runner = converter(ontology);
        if (bytes > AHEAD_MAX_BYTES)
            return;
        ahead = runner.thenApply(r -> {
            Map<Node, LoadedFiles.Stamp> before = textStamps(texts, ontology);
            List<Object> written = new ArrayList<>();
            org.apache.jena.riot.system.StreamRDF sink = new org.apache.jena.riot.system.StreamRDFBase() {
                @Override public void triple(org.apache.jena.graph.Triple t) { written.add(t); }
                @Override public void quad(org.apache.jena.sparql.core.Quad q) { written.add(q); }
            };
            try {
                List<BatchRunner.Outcome> outcomes = r.run(texts, Metadata.EMPTY, sink);
                hashes.forget(texts); // read them again: were they changed while they were converted?
                return before.equals(textStamps(texts, ontology)) ? new Ahead(texts, before, written, outcomes) : null;
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return null;
            } catch (RuntimeException ex) {
                return null; // converted again as they are written, which reports what is wrong
            }
        });
    }

    private Map<Node, LoadedFiles.Stamp> textStamps(List<Path> texts, String ontology) {
        Map<Node, LoadedFiles.Stamp> stamps = new LinkedHashMap<>();
        for (Path f : texts) {
            Path sidecar = Metadata.sidecarOf(f);
            stamps.put(Conversion.graphOf(f), LoadedFiles.Stamp.of(f, hash(f),
                    java.nio.file.Files.isRegularFile(sidecar) ? hash(sidecar) : null, converterVersion, ontology));
        }
        return stamps;
    }

    /** The texts converted ahead, when they are exactly these files as they are now; else null. Used once. */
    private Ahead aheadFor(List<Path> texts, Map<Node, LoadedFiles.Stamp> current) {
        CompletableFuture<Ahead> f = ahead;
        ahead = null;
        if (f == null)
            return null;
        Ahead a = f.exceptionally(ex -> null).join();
        phases.mark("texts converted (on other threads, while the server was built)");
        if (a == null || !a.files().equals(texts))
            return null;
        for (Path t : texts)
            if (!a.stamps().get(Conversion.graphOf(t)).equals(current.get(Conversion.graphOf(t))))
                return null;
        return a;
    }

    private synchronized CompletableFuture<BatchRunner> converter(String ontologyFingerprint) {
        if (runner == null || !ontologyFingerprint.equals(runnerOntology)) {
            runnerOntology = ontologyFingerprint;
            runner = CompletableFuture.supplyAsync(() -> ConvertCommand.runner(new TextReader(),
                    new DocumentGraphWriter.Run(Main.version(), null), Runtime.getRuntime().availableProcessors(), timeLimitSeconds));
        }
        return runner;
    }

    /** The inputs as they are now: graph → stamp, RDF files first, then texts, each in file order. */
    private record Current(Files files, String ontology, Map<Node, LoadedFiles.Stamp> stamps) {}

    private Current current() {
        Files files = inputFiles();
        String ontology = LoadedFiles.folderFingerprint(ontologyDir, this::hash);
        Map<Node, LoadedFiles.Stamp> stamps = new LinkedHashMap<>();
        for (Path f : files.rdf())
            stamps.put(RdfFileSource.graphFor(f), LoadedFiles.Stamp.of(f, hash(f), null, null, null));
        stamps.putAll(textStamps(files.texts(), ontology));
        return new Current(files, ontology, stamps);
    }

    /** Hashes the inputs on another thread now, while the caller opens the store: the first {@link #apply} finds them hashed. */
    void hashAhead() {
        Thread t = new Thread(() -> {
            try {
                current();
            } catch (RuntimeException ex) {
                // apply hashes again and reports what is wrong
            }
        }, "policykg-hash");
        t.setDaemon(true);
        t.start();
    }

    /** Inputs' hashes, computed again only when a file's size or modification time changed (up --watch hashes every input per change). */
    private FileHashes hashes = new FileHashes();

    /** Remembers the inputs' hashes in {@code memo} between runs too (see {@link #saveHashes}). */
    void rememberHashesIn(Path memo) {
        hashes = new FileHashes(memo);
    }

    /** Writes the hashes computed so far to the memo given to {@link #rememberHashesIn}, if any. */
    void saveHashes() {
        hashes.save();
    }

    private String hash(Path f) {
        return hashes.sha256(f);
    }

    /**
     * The key of the start cache for the inputs as they are now: everything that decides what up loads (each
     * input's stamp, the converter's version, the configuration file and the description's queries).
     */
    String cacheKey(Path configFile) {
        return key(current().stamps(), configFile);
    }

    private String key(Map<Node, LoadedFiles.Stamp> stamps, Path configFile) {
        return key("policykg start cache 1\n", stamps, configFile);
    }

    private String key(String kind, Map<Node, LoadedFiles.Stamp> stamps, Path configFile) {
        StringBuilder b = new StringBuilder(kind).append(converterVersion).append('\n')
                .append(hash(configFile)).append('\n')
                .append(LoadedFiles.folderFingerprint(queriesDir.resolve("void"), this::hash)).append('\n');
        new TreeMap<String, LoadedFiles.Stamp>(stamps.entrySet().stream().collect(java.util.stream.Collectors.toMap(
                e -> e.getKey().getURI(), Map.Entry::getValue))).forEach((g, st) -> b.append(g).append(' ').append(st).append('\n'));
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** The RDF files of ontology/ alone, graph → stamp: what the ontology store holds. */
    private Map<Node, LoadedFiles.Stamp> ontologyStamps() {
        Map<Node, LoadedFiles.Stamp> stamps = new LinkedHashMap<>();
        for (Path f : UpCommand.filesIn(ontologyDir))
            if (RdfFileSource.isRdf(f) && !Metadata.isSidecar(f) && !org.policykg.eval.GoldFile.isGold(f))
                stamps.put(RdfFileSource.graphFor(f), LoadedFiles.Stamp.of(f, hash(f), null, null, null));
        return stamps;
    }

    /**
     * The key of the ontology store for ontology/ as it is now: its RDF files (graph names, files, hashes), the
     * converter's build and the configuration file (which decides the store and its text index).
     */
    String ontologyKey(Path configFile) {
        return key("policykg ontology store 1\n", ontologyStamps(), configFile);
    }

    /**
     * Makes the ontology store: a store in a scratch folder holding ontology/'s graphs and their record, as up
     * would load them, saved under {@link #ontologyKey} in {@code cache}. Not saved when ontology/ changed meanwhile.
     */
    void saveOntologyStore(StartCache cache, Path configFile) {
        Map<Node, LoadedFiles.Stamp> before = ontologyStamps();
        String key = key("policykg ontology store 1\n", before, configFile);
        if (cache.has(key))
            return;
        Path scratch = null;
        try {
            scratch = java.nio.file.Files.createTempDirectory("policykg-ontology-store-");
            try (PolicyStore store = PolicyStore.open(StoreConfig.read(configFile, scratch))) {
                List<GraphSource> sources = new ArrayList<>();
                for (Path f : UpCommand.filesIn(ontologyDir))
                    if (before.containsKey(RdfFileSource.graphFor(f)))
                        sources.add(RdfFileSource.of(f));
                store.replace(LoadedFiles.plan(Map.of(), sources, before).sources());
            }
            hashes.clear(); // read the files again: were they changed while they loaded?
            if (before.equals(ontologyStamps()))
                cache.save(key, scratch);
        } catch (java.io.IOException | RuntimeException ex) {
            org.slf4j.LoggerFactory.getLogger("policykg").warn("Could not make the ontology store: {}", ex.toString());
        } finally {
            if (scratch != null)
                Folders.deleteQuietly(scratch);
        }
    }

    /** The key of the inputs the last {@link #apply} loaded (null before the first). */
    String appliedKey(Path configFile) {
        return lastApplied == null ? null : key(lastApplied, configFile);
    }

    private Map<Node, LoadedFiles.Stamp> lastApplied;

    /** Compares the inputs with the store's record and writes what changed (nothing at all when nothing did). */
    Report apply(PolicyStore store, String endpoint) {
        return apply(store, endpoint, false);
    }

    /**
     * As above; with {@code describeLater}, a store that has no description yet (a fresh one) gets none in this
     * transaction: the caller writes it with {@link #describe} once the server answers. Until then the description
     * graph does not exist, and /.well-known/void computes the description when asked.
     */
    Report apply(PolicyStore store, String endpoint, boolean describeLater) {
        Current now = current();
        Files files = now.files();
        String ontology = now.ontology();
        Map<Node, LoadedFiles.Stamp> stored = LoadedFiles.read(store);
        Map<Node, LoadedFiles.Stamp> current = now.stamps();
        lastApplied = current;
        List<GraphSource> toLoad = new ArrayList<>();
        int unchanged = 0;
        for (Path f : files.rdf()) {
            Node graph = RdfFileSource.graphFor(f);
            if (current.get(graph).equals(stored.get(graph)))
                unchanged++;
            else
                toLoad.add(RdfFileSource.of(f));
        }
        int loaded = toLoad.size();
        List<Path> changedTexts = new ArrayList<>();
        for (Path f : files.texts()) {
            Node graph = Conversion.graphOf(f);
            if (current.get(graph).equals(stored.get(graph)))
                unchanged++;
            else
                changedTexts.add(f);
        }
        Ahead converted = changedTexts.isEmpty() ? null : aheadFor(changedTexts, current);
        if (converted != null) {
            Phases p = phases;
            toLoad.add(new GraphSource() { // what convertAhead gave, written as ConvertedTexts would write it
                @Override public Node graph() { return null; }
                @Override public Map<Node, Path> graphFiles() {
                    Map<Node, Path> map = new LinkedHashMap<>();
                    converted.files().forEach(f -> map.put(Conversion.graphOf(f), f));
                    return map;
                }
                @Override public String label() { return converted.files().size() + " text file(s), converted ahead"; }
                @Override public void emit(org.apache.jena.riot.system.StreamRDF out) {
                    p.mark("RDF files loaded");
                    for (BatchRunner.Outcome o : converted.outcomes())
                        if (!o.ok())
                            throw o.error();
                    for (Object w : converted.written())
                        if (w instanceof org.apache.jena.sparql.core.Quad q)
                            out.quad(q);
                        else
                            out.triple((org.apache.jena.graph.Triple) w);
                }
            });
        } else if (!changedTexts.isEmpty()) {
            CompletableFuture<BatchRunner> texts = converter(ontology);
            Phases p = phases;
            toLoad.add(new ConvertedTexts(changedTexts, () -> {
                p.mark("RDF files loaded");
                BatchRunner r = texts.join();
                p.mark("converter ready");
                return r;
            }));
        }
        LoadedFiles plan = LoadedFiles.plan(stored, toLoad, current);
        phases.mark("inputs compared with the record (" + (files.rdf().size() + files.texts().size()) + " hashed)");
        if (plan.nothingToDo()) {
            boolean wrote = false;
            if (!describedWith(store, endpoint)) {
                if (described(store)) {
                    description.replaceEndpoint(store, endpoint); // only the port changed: the rest of the description holds
                } else {
                    description.replaceAndDescribe(store, List.of(), endpoint);
                    wrote = true;
                }
            }
            phases = Phases.on(false, null);
            return new Report(unchanged, 0, 0, List.of(), 0, wrote, false);
        }
        Phases p = phases;
        List<GraphSource> sources = new ArrayList<>(plan.sources());
        sources.add(new GraphSource() { // writes nothing: tells when the sources are in (the description comes next)
            @Override public Node graph() { return null; }
            @Override public String label() { return "phase mark"; }
            @Override public void emit(org.apache.jena.riot.system.StreamRDF out) { p.mark("inputs written"); }
        });
        boolean later = describeLater && !described(store);
        long quads = later ? store.replace(sources, () -> p.mark("committed (readers see it)"), false) // describe refreshes them
                : description.replaceAndDescribe(store, sources, endpoint,
                        () -> p.mark("description computed"), () -> p.mark("committed (readers see it)"));
        if (!later)
            phases.mark("optimiser statistics refreshed");
        phases = Phases.on(false, null); // the first sync only
        return new Report(unchanged, changedTexts.size(), loaded, plan.removed(), quads, true, later);
    }

    /** Writes the dataset description of the store as it is, in its own write transaction (after {@code apply(…, true)}). */
    void describe(PolicyStore store, String endpoint) {
        description.replaceAndDescribe(store, List.of(), endpoint);
    }

    private static boolean described(PolicyStore store) {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        return Txn.calculateRead(dsg, () -> dsg.containsGraph(DatasetDescription.GRAPH));
    }

    /** True when the stored description exists and names this endpoint (it names the port, which may change between runs). */
    private static boolean describedWith(PolicyStore store, String endpoint) {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        return Txn.calculateRead(dsg, () -> endpoint == null
                ? dsg.containsGraph(DatasetDescription.GRAPH)
                : dsg.contains(DatasetDescription.GRAPH, Node.ANY, VOID_ENDPOINT, NodeFactory.createURI(endpoint)));
    }

    /**
     * A piece of the inputs for warming up the text index's analyzer: the start of the first input file with
     * characters the index reads with Lucene's Chinese analyzer (whose dictionaries then load before the first write
     * needs them), else a few English words (an English corpus never needs them). The files of ontology/ count only
     * when {@code withOntology} (they are written only when no ontology store was copied).
     */
    String indexSample(boolean withOntology) {
        Files files = inputFiles();
        List<Path> all = new ArrayList<>(files.texts());
        all.addAll(files.rdf());
        char[] start = new char[8192];
        for (Path f : all) {
            if (!withOntology && f.toAbsolutePath().normalize().startsWith(ontologyDir.toAbsolutePath().normalize()))
                continue;
            try (var in = java.nio.file.Files.newBufferedReader(f, java.nio.charset.StandardCharsets.UTF_8)) {
                int n = in.read(start);
                String s = n <= 0 ? "" : new String(start, 0, n);
                if (!org.policykg.store.LatinOrChineseAnalyzer.isLatinOnly(s))
                    return s;
            } catch (java.io.IOException | java.io.UncheckedIOException ex) {
                // not readable as UTF-8 here: its conversion or load reports that
            }
        }
        return "social security reform";
    }

    private record Files(List<Path> rdf, List<Path> texts) {}

    /** The RDF files and the text files in ontology/ and the inputs, sorted; sidecars ride with their text, gold files are left out. */
    private Files inputFiles() {
        List<Path> rdf = new ArrayList<>(), texts = new ArrayList<>();
        for (Path input : roots()) {
            List<Path> files = UpCommand.filesIn(input);
            for (Path f : files) {
                if (Metadata.isSidecar(f) || org.policykg.eval.GoldFile.isGold(f))
                    continue;
                if (RdfFileSource.isRdf(f))
                    rdf.add(f);
                else if (TextReader.isText(f))
                    texts.add(f);
                else if (files.size() == 1)
                    throw org.policykg.error.UserError.input(f + ": not a file policykg reads");
            }
        }
        return new Files(rdf, texts);
    }
}
