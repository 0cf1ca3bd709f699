package org.policykg.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.cmd.textindexer;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.policykg.link.DatasetDescription;
import org.policykg.rdf.Vocab;
import org.policykg.store.PolicyStore;
import org.policykg.store.RdfFileSource;
import org.policykg.store.StoreConfig;

/**
 * Loading the converted N-Quads: our way ({@code PolicyStore.replace}, what {@code policykg load} runs: into an empty
 * store of this size its bulk path, the Lucene index included; the dataset description that {@code load} adds is
 * timed on its own, {@link #describe}) against Jena's own tools on a fresh store: the TDB2
 * bulk loader ({@code tdb2.tdbloader}'s default, the phased loader) without an index, then jena-text's
 * {@code textindexer} building the index afterwards. Each side is timed over the same work: ours from the open empty
 * store (the bulk path creates the storage folder it loads into), the bulk loader from creating its database, as
 * {@code tdb2.tdbloader --loc} does, {@code textindexer} from opening the store as its description says.
 */
final class LoadBench {
    private LoadBench() {}

    record Load(double seconds, double cpuSeconds, long quads) {}

    /** Jena's pair on one file: the bulk loader's wall and CPU seconds, then textindexer's. */
    record Jena(Load tdb, double indexerSeconds, double indexerCpuSeconds) {
        double seconds() { return tdb.seconds() + indexerSeconds; }
        double cpuSeconds() { return tdb.cpuSeconds() + indexerCpuSeconds; }
    }

    /** {@code policykg load} of the file into a fresh store in {@code dataDir}. */
    static Load ours(Path nquads, Path configFile, Path dataDir) {
        StoreConfig config = StoreConfig.read(configFile, dataDir);
        // Timed like the bulk loader: from an open (empty) store to the committed write, index included.
        try (PolicyStore store = PolicyStore.open(config)) {
            double cpu = ConversionBench.processCpuSeconds();
            long start = System.nanoTime();
            long quads = store.replace(List.of(new RdfFileSource(nquads, NodeFactory.createURI(Vocab.GRAPH + "bench"))));
            return new Load((System.nanoTime() - start) / 1e9, ConversionBench.processCpuSeconds() - cpu, quads);
        }
    }

    /** Jena's TDB2 bulk loader (phased, the default of tdb2.tdbloader) into a fresh store, no text index. */
    static Load tdbloader(Path nquads, Path dataDir) {
        double cpu = ConversionBench.processCpuSeconds();
        long start = System.nanoTime();
        // creating the database is timed, as it is in tdb2.tdbloader and in our bulk path (its new storage folder)
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dataDir.resolve("tdb2").toString());
        DataLoader loader = LoaderFactory.phasedLoader(dsg, (fmt, args) -> {});
        loader.startBulk();
        try {
            loader.load(nquads.toString());
            loader.finishBulk();
        } catch (RuntimeException ex) {
            loader.finishException(ex);
            throw ex;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = ConversionBench.processCpuSeconds() - cpu;
        long quads = loader.countQuads() + loader.countTriples();
        TDBInternal.expel(dsg);
        return new Load(seconds, cpuSeconds, quads);
    }

    /** The bulk loader into a fresh store in {@code dataDir}, then textindexer building its index. */
    static Jena jena(Path nquads, Path configFile, Path dataDir) throws IOException {
        Load tdb = tdbloader(nquads, dataDir);
        double[] indexer = textindexer(configFile, dataDir);
        return new Jena(tdb, indexer[0], indexer[1]);
    }

    /** jena-text's textindexer building the Lucene index of the store in {@code dataDir}, as the configuration describes it: wall and CPU seconds. */
    static double[] textindexer(Path configFile, Path dataDir) throws IOException {
        StoreConfig config = StoreConfig.read(configFile, dataDir);
        Path desc = dataDir.resolve("textindexer-config.ttl");
        try (OutputStream out = Files.newOutputStream(desc)) {
            RDFDataMgr.write(out, config.model(), Lang.TURTLE);
        }
        double cpu = ConversionBench.processCpuSeconds();
        long start = System.nanoTime();
        textindexer.testMain("--desc=" + desc);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = ConversionBench.processCpuSeconds() - cpu;
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dataDir.resolve("tdb2").toString());
        TDBInternal.expel(dsg);
        return new double[] {seconds, cpuSeconds};
    }

    /**
     * The dataset description {@code policykg load} computes after the load (queries/void/), over the store our load
     * left in {@code dataDir}: wall and CPU seconds. Jena's tools make no description, so it is reported beside the ratio, not in it.
     */
    static double[] describe(Path configFile, Path dataDir, Path queriesDir) {
        try (PolicyStore store = PolicyStore.open(StoreConfig.read(configFile, dataDir))) {
            double cpu = ConversionBench.processCpuSeconds();
            long start = System.nanoTime();
            new DatasetDescription(queriesDir).compute(store.dataset(), null);
            return new double[] {(System.nanoTime() - start) / 1e9, ConversionBench.processCpuSeconds() - cpu};
        }
    }
}
