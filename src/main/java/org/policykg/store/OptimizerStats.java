package org.policykg.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.solver.stats.Stats;
import org.apache.jena.tdb2.solver.stats.StatsCollectorNodeId;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.LoggerFactory;

/**
 * TDB2's statistics for its query optimiser ({@code stats.opt} in the storage folder, what {@code tdb2.tdbstats}
 * writes): how many quads use each predicate and how many resources each class has, so that a query's patterns
 * are run most selective first. TDB2 reads the file when it opens the store, so a load refreshes it for the next
 * {@code serve} or {@code query}. Counted over the quads of every named graph (what the union default graph the
 * queries see is made of; a triple several graphs hold counts once per graph), on node ids: no node is decoded but
 * the predicates and classes.
 */
public final class OptimizerStats {
    /** The file name TDB2 looks for in its storage folder. */
    public static final String FILE = "stats.opt";

    private OptimizerStats() {}

    /** Rewrites the statistics of the TDB2 store under {@code dsg} (a no-op for other stores); a failure only logs, the data is already committed. */
    static void refresh(DatasetGraph dsg) {
        DatasetGraph base = dsg;
        while (!TDBInternal.isTDB2(base) && base instanceof DatasetGraphWrapper w)
            base = w.getWrapped(); // the text dataset around TDB2
        if (!TDBInternal.isTDB2(base))
            return;
        DatasetGraph txn = base;
        try {
            Txn.executeRead(txn, () -> {
                DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(txn);
                try {
                    write(tdb, file(tdb));
                } catch (IOException ex) {
                    throw new java.io.UncheckedIOException(ex);
                }
            });
        } catch (RuntimeException ex) {
            LoggerFactory.getLogger("policykg").warn("Could not refresh the query optimiser's statistics: {}", ex.getMessage());
        }
    }

    /** Where TDB2 reads the statistics of this store: its current storage folder (Data-NNNN). */
    public static Path file(DatasetGraphTDB tdb) {
        return Path.of(tdb.getLocation().getDirectoryPath()).resolve(FILE);
    }

    /** Inside a read transaction. */
    static void write(DatasetGraphTDB tdb, Path target) throws IOException {
        StatsCollectorNodeId collector = new StatsCollectorNodeId(tdb.getQuadTable().getNodeTupleTable().getNodeTable());
        for (Iterator<Tuple<NodeId>> it = tdb.getQuadTable().getNodeTupleTable().findAll(); it.hasNext(); ) {
            Tuple<NodeId> q = it.next();
            collector.record(q.get(0), q.get(1), q.get(2), q.get(3));
        }
        for (Iterator<Tuple<NodeId>> it = tdb.getTripleTable().getNodeTupleTable().findAll(); it.hasNext(); ) {
            Tuple<NodeId> t = it.next();
            collector.record(null, t.get(0), t.get(1), t.get(2));
        }
        var results = collector.results();
        Path tmp = target.resolveSibling(FILE + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            Stats.write(out, results);
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
