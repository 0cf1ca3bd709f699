package org.policykg.store;

import org.policykg.error.UserError;
import java.io.IOException;
import java.nio.file.Files;
import java.util.*;

import org.apache.jena.assembler.Assembler;
import org.apache.jena.dboe.base.file.AlreadyLocked;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.lucene.store.LockObtainFailedException;

/** The TDB2 store with its text index, assembled from the Fuseki configuration file. */
public final class PolicyStore implements AutoCloseable {
    private final Dataset dataset;
    private final StoreConfig config;
    /** Opened here (and so closed here), or borrowed from a server. */
    private final boolean owned;

    private PolicyStore(StoreConfig config, Dataset dataset, boolean owned) {
        this.config = config;
        this.dataset = dataset;
        this.owned = owned;
    }

    public static PolicyStore open(StoreConfig config) {
        try {
            Files.createDirectories(config.dataDir());
        } catch (IOException ex) {
            throw UserError.environment("Cannot create the data folder " + config.dataDir() + ": " + ex.getMessage(), ex);
        }
        try {
            Object assembled = Assembler.general().open(config.datasetResource().inModel(config.assemblyModel()));
            Dataset ds = assembled instanceof Dataset d ? d : DatasetFactory.wrap((DatasetGraph) assembled);
            return new PolicyStore(config, ds, true);
        } catch (RuntimeException ex) {
            throw translate(ex, config);
        }
    }

    /** Lock and disk problems become a message that says what to do; anything else is passed on. */
    public static RuntimeException translate(RuntimeException ex, StoreConfig config) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("No space left on device"))
                return new UserError(UserError.Kind.ENVIRONMENT,
                        "No space left on the disk holding " + config.dataDir() + ": nothing was changed. Free some space and run the command again.", ex);
            if (t instanceof AlreadyLocked || t instanceof LockObtainFailedException
                    || (t.getMessage() != null && t.getMessage().contains("Failed to get a lock")))
                return new UserError(UserError.Kind.ENVIRONMENT,
                        "The store in " + config.dataDir() + " is in use by another process (" + firstLine(t.getMessage())
                                + "). Stop that process (for example a running 'policykg serve' or 'up') and try again;"
                                + " if no such process runs, the lock is stale: delete " + config.dataDir().resolve("tdb2").resolve("tdb.lock") + ".", ex);
        }
        return ex;
    }

    /** A store over a dataset that is already open, such as the one a Fuseki server was built with. */
    public static PolicyStore over(StoreConfig config, DatasetGraph dsg) {
        return new PolicyStore(config, DatasetFactory.wrap(dsg), false);
    }

    private static String firstLine(String s) {
        return s.lines().findFirst().orElse("").replace("caught: ", "").strip();
    }

    public Dataset dataset() { return dataset; }
    public StoreConfig config() { return config; }

    /**
     * Replaces, in one write transaction, every named graph the sources write: each graph is cleared
     * the first time it is written to, then filled. Any failure aborts and the store is exactly as before.
     * A large first load into an empty store opened here (files of at least {@code policykg.bulkLoadMinBytes},
     * 8 MiB unless that system property says otherwise) takes the bulk path instead, as all-or-nothing
     * ({@link BulkLoad}); sources that {@link GraphSource#readsStore() read the store} then run after the others.
     * @return the number of quads written
     */
    public long replace(List<? extends GraphSource> sources) {
        return replace(sources, () -> { });
    }

    /** As above, running {@code committed} once the transaction committed (readers see the change), before the optimiser's statistics are refreshed. */
    public long replace(List<? extends GraphSource> sources, Runnable committed) {
        return replace(sources, committed, true);
    }

    /**
     * As above; without {@code refreshStatistics} the optimiser's statistics are left for a later write to refresh
     * (TDB2 reads them when it opens a store, so a running server never sees them before it is restarted anyway).
     */
    public long replace(List<? extends GraphSource> sources, Runnable committed, boolean refreshStatistics) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        long[] count = {0};
        boolean bulk;
        try {
            var target = owned ? BulkLoad.target(dsg, sources) : Optional.<DatasetGraphText>empty();
            bulk = target.isPresent();
            if (bulk)
                count[0] = BulkLoad.run(target.get(), sources);
            else
                Txn.executeWrite(dsg, () -> {
                    Set<Node> cleared = new HashSet<>();
                    for (GraphSource source : sources) {
                        ReplacingSink sink = new ReplacingSink(dsg, source.graph(), cleared);
                        source.emit(sink, dataset);
                        count[0] += sink.count;
                    }
                });
        } catch (UserError ex) {
            throw ex;
        } catch (RuntimeException ex) {
            throw translate(ex, config);
        }
        committed.run();
        if (!bulk && refreshStatistics)
            OptimizerStats.refresh(dsg); // the bulk path wrote them with the data, so the switched store plans with them at once
        return count[0];
    }

    /** Total quads in named graphs. */
    public long size() {
        return Txn.calculateRead(dataset, () -> {
            long n = 0;
            for (Iterator<Quad> it = dataset.asDatasetGraph().find(Node.ANY, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); it.next())
                n++;
            return n;
        });
    }

    /** Closes the text index and releases the TDB2 database and its lock, so another process may open it. */
    @Override
    public void close() {
        if (!owned)
            return;
        DatasetGraph dsg = dataset.asDatasetGraph();
        DatasetGraph base = dsg instanceof DatasetGraphWrapper w ? w.getWrapped() : dsg;
        dataset.close();
        if (TDBInternal.isTDB2(base))
            TDBInternal.expel(base);
    }

    /**
     * Closes a dataset a server was built over (the text index with it) and releases its TDB2 database and lock once
     * the queries still running in the stopped server's threads have ended their read transactions: waits at most
     * {@code wait}, and a database still busy after that is left open (only a later open in the same process needs it).
     */
    public static void releaseWhenIdle(DatasetGraph dsg, java.time.Duration wait) {
        DatasetGraph base = dsg instanceof DatasetGraphWrapper w ? w.getWrapped() : dsg;
        dsg.close();
        if (!TDBInternal.isTDB2(base))
            return;
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            try {
                TDBInternal.expel(base);
                return;
            } catch (org.apache.jena.dboe.transaction.txn.TransactionException busy) {
                if (System.nanoTime() > deadline)
                    return;
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /**
     * Triples into the source's graph, quads into theirs; clears each graph before its first quad. Over a stream
     * (a bulk loader's, into a new store) it only sends the quads on: there is nothing to clear.
     */
    static final class ReplacingSink extends StreamRDFBase {
        private final DatasetGraph dsg;
        /** Where quads no text index entry is made from go: see {@link #add}. */
        private final DatasetGraph unindexed;
        private final org.apache.jena.query.text.EntityDefinition indexed;
        private final org.apache.jena.riot.system.StreamRDF out;
        private final Node graph;
        private final Set<Node> cleared;
        long count;

        ReplacingSink(DatasetGraph dsg, Node graph, Set<Node> cleared) {
            this.dsg = dsg;
            this.out = null;
            if (dsg instanceof DatasetGraphText text) {
                this.unindexed = text.getWrapped();
                this.indexed = text.getTextIndex().getDocDef();
            } else {
                this.unindexed = dsg;
                this.indexed = null;
            }
            this.graph = graph;
            this.cleared = cleared;
            if (graph != null)
                clear(graph); // an empty file still replaces its graph
        }

        ReplacingSink(org.apache.jena.riot.system.StreamRDF out, Node graph) {
            this.dsg = null;
            this.unindexed = null;
            this.indexed = null;
            this.out = out;
            this.graph = graph;
            this.cleared = null;
        }

        private void clear(Node g) {
            if (cleared != null && cleared.add(g))
                dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
        }

        @Override public void triple(Triple t) {
            if (graph == null)
                throw new IllegalStateException("a source without a graph of its own emitted a triple");
            add(graph, t.getSubject(), t.getPredicate(), t.getObject());
        }

        @Override public void quad(Quad q) {
            Node g = q.isDefaultGraph() && graph != null ? graph : q.getGraph();
            add(g, q.getSubject(), q.getPredicate(), q.getObject());
        }

        private void add(Node g, Node s, Node p, Node o) {
            count++;
            if (out != null) {
                out.quad(Quad.create(g, s, p, o));
                return;
            }
            clear(g);
            // A text dataset first looks each quad up, so that a quad already there gets no second index entry.
            // Only quads whose predicate the index reads (a label, a text) make entries: the others go straight to
            // the store beneath, whose add is already a no-op for a quad it holds. The same write, a lookup fewer.
            if (indexed != null && indexed.getField(p) == null)
                unindexed.add(g, s, p, o);
            else
                dsg.add(g, s, p, o);
        }
    }
}
