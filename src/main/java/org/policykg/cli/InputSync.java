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
 * description recomputed. {@code up} runs it once, {@code up --watch} again after every change.
 */
final class InputSync {
    private static final Node VOID_ENDPOINT = NodeFactory.createURI("http://rdfs.org/ns/void#sparqlEndpoint");

    private final Path ontologyDir;
    private final List<Path> inputs;
    private final String converterVersion;
    private final int timeLimitSeconds;
    private final DatasetDescription description;
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
    record Report(int unchanged, int converted, int loaded, List<String> removed, long quads, boolean wrote) {
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
        converter(LoadedFiles.folderFingerprint(ontologyDir));
    }

    private synchronized CompletableFuture<BatchRunner> converter(String ontologyFingerprint) {
        if (runner == null || !ontologyFingerprint.equals(runnerOntology)) {
            runnerOntology = ontologyFingerprint;
            runner = CompletableFuture.supplyAsync(() -> ConvertCommand.runner(new TextReader(),
                    new DocumentGraphWriter.Run(Main.version(), null), Runtime.getRuntime().availableProcessors(), timeLimitSeconds));
        }
        return runner;
    }

    /** Compares the inputs with the store's record and writes what changed (nothing at all when nothing did). */
    Report apply(PolicyStore store, String endpoint) {
        Files files = inputFiles();
        String ontology = LoadedFiles.folderFingerprint(ontologyDir);
        Map<Node, LoadedFiles.Stamp> stored = LoadedFiles.read(store);
        Map<Node, LoadedFiles.Stamp> current = new LinkedHashMap<>();
        List<GraphSource> toLoad = new ArrayList<>();
        int unchanged = 0;
        for (Path f : files.rdf()) {
            Node graph = RdfFileSource.graphFor(f);
            LoadedFiles.Stamp stamp = LoadedFiles.Stamp.of(f, LoadedFiles.sha256(f), null, null, null);
            current.put(graph, stamp);
            if (stamp.equals(stored.get(graph)))
                unchanged++;
            else
                toLoad.add(RdfFileSource.of(f));
        }
        int loaded = toLoad.size();
        List<Path> changedTexts = new ArrayList<>();
        for (Path f : files.texts()) {
            Node graph = Conversion.graphOf(f);
            Path sidecar = Metadata.sidecarOf(f);
            LoadedFiles.Stamp stamp = LoadedFiles.Stamp.of(f, LoadedFiles.sha256(f),
                    java.nio.file.Files.isRegularFile(sidecar) ? LoadedFiles.sha256(sidecar) : null, converterVersion, ontology);
            current.put(graph, stamp);
            if (stamp.equals(stored.get(graph)))
                unchanged++;
            else
                changedTexts.add(f);
        }
        if (!changedTexts.isEmpty()) {
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
        if (plan.nothingToDo() && describedWith(store, endpoint))
            return new Report(unchanged, 0, 0, List.of(), 0, false);
        long quads = description.replaceAndDescribe(store, plan.sources(), endpoint);
        phases = Phases.on(false, null); // the first sync only
        return new Report(unchanged, changedTexts.size(), loaded, plan.removed(), quads, true);
    }

    /** True when the stored description exists and names this endpoint (it names the port, which may change between runs). */
    private static boolean describedWith(PolicyStore store, String endpoint) {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        return Txn.calculateRead(dsg, () -> endpoint == null
                ? dsg.containsGraph(DatasetDescription.GRAPH)
                : dsg.contains(DatasetDescription.GRAPH, Node.ANY, VOID_ENDPOINT, NodeFactory.createURI(endpoint)));
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
