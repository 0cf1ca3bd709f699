package org.policykg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.atlas.io.IO;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.StoreConnection;

/**
 * A large first load into an empty store at bulk-loader speed, still all-or-nothing. Jena's TDB2 phased loader
 * (what {@code tdb2.tdbloader} runs) writes a new storage folder, {@code Data-NNNN-tmp}, beside the store's empty
 * one; the text index gets the loaded labels and sentences in one batch of uncommitted Lucene documents. Only when
 * both are complete is the folder renamed to {@code Data-NNNN} and the open store switched over to it, the way TDB2's
 * own compaction switches. Until then the store is untouched: a failure deletes the folder and rolls the index back,
 * and after a crash TDB2 deletes a leftover {@code -tmp} folder when it next opens the store (as it does for an
 * interrupted compaction) while Lucene drops what was never committed. The index is prepared before the rename and
 * committed after it, as jena-text commits every transaction.
 * <p>
 * The phased loader works with partial transactions of its own, which is why it never writes the store in use.
 */
final class BulkLoad {
    /** The smallest input (bytes of the files to load) for which the bulk path is taken; below it one transaction is as fast. */
    static final String MIN_BYTES_PROPERTY = "policykg.bulkLoadMinBytes";
    private static final long DEFAULT_MIN_BYTES = 8L << 20;
    /** Free space the bulk path asks for, as a multiple of the input's size. */
    private static final long SPACE_FACTOR = 3;
    private static final Pattern STORAGE = Pattern.compile("Data-(\\d+)");

    private BulkLoad() {}

    static long minBytes() {
        return Long.getLong(MIN_BYTES_PROPERTY, DEFAULT_MIN_BYTES);
    }

    /**
     * The text dataset over TDB2 that a bulk load can switch, when {@code dsg} is one, holds nothing yet, and the files
     * of {@code sources} add up to at least {@link #minBytes()} (sources without a file, such as converted texts, count nothing).
     */
    static Optional<DatasetGraphText> target(DatasetGraph dsg, List<? extends GraphSource> sources) {
        if (!(dsg instanceof DatasetGraphText text) || !(text.getWrapped() instanceof DatasetGraphSwitchable sw) || !sw.hasContainerPath()
                || !(sw.get() instanceof DatasetGraphTDB))
            return Optional.empty();
        long bytes = 0;
        for (GraphSource s : sources)
            if (s.file() != null)
                try {
                    bytes += Files.size(s.file());
                } catch (IOException ex) {
                    return Optional.empty(); // the ordinary path reports the missing file
                }
        if (bytes < minBytes())
            return Optional.empty();
        // The phased loader's threads do not survive a full disk (an mmap fault kills one and the load waits forever),
        // so the bulk path is taken only with room to spare: the store takes about 1.5 times its N-Quads, the index more.
        try {
            if (Files.getFileStore(sw.getContainerPath()).getUsableSpace() < SPACE_FACTOR * bytes)
                return Optional.empty(); // the one-transaction load, which reports a full disk and changes nothing
        } catch (IOException ex) {
            return Optional.empty();
        }
        boolean empty = Txn.calculateRead(sw, () -> !sw.find().hasNext());
        return empty ? Optional.of(text) : Optional.empty();
    }

    /** Loads the sources into the empty store behind {@code text}; returns the number of quads written. */
    static long run(DatasetGraphText text, List<? extends GraphSource> sources) {
        DatasetGraphSwitchable container = (DatasetGraphSwitchable) text.getWrapped();
        DatasetGraphTDB current = (DatasetGraphTDB) container.get();
        Path currentDir = Path.of(current.getLocation().getDirectoryPath());
        Matcher m = STORAGE.matcher(currentDir.getFileName().toString());
        if (!m.matches())
            throw new IllegalStateException("unexpected TDB2 storage folder " + currentDir);
        Path next = currentDir.resolveSibling(String.format(Locale.ROOT, "Data-%04d", Integer.parseInt(m.group(1)) + 1));
        Path tmp = next.resolveSibling(next.getFileName() + "-tmp"); // the name TDB2 clears on open
        if (Files.exists(next))
            throw new IllegalStateException("unexpected TDB2 storage folder " + next + " beside " + currentDir);
        if (Files.exists(tmp))
            IO.deleteAll(tmp); // a leftover of a load that died before TDB2 could clear it
        TextIndex index = text.getTextIndex();
        Location stagingLocation = Location.create(tmp);
        long quads;
        try {
            Files.createDirectories(tmp);
            Path cfg = currentDir.resolve("tdb.cfg"); // store parameters, if the store has its own
            if (Files.exists(cfg))
                Files.copy(cfg, tmp.resolve("tdb.cfg"));
            DatasetGraphTDB staging = StoreConnection.connectCreate(stagingLocation).getDatasetGraphTDB();
            quads = fill(staging, sources);
            Txn.executeRead(staging, () -> {
                try {
                    OptimizerStats.write(staging, tmp.resolve(OptimizerStats.FILE));
                } catch (IOException ex) {
                    throw new java.io.UncheckedIOException(ex);
                }
                index(staging, index);
            });
            StoreConnection.internalExpel(stagingLocation, true);
            index.prepareCommit();
            Files.move(tmp, next, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException | Error ex) {
            StoreConnection.internalExpel(stagingLocation, true);
            try {
                if (Files.exists(tmp))
                    IO.deleteAll(tmp);
            } catch (RuntimeException ignored) { /* TDB2 deletes the -tmp folder on its next start */ }
            try {
                index.rollback();
            } catch (RuntimeException ignored) { /* Lucene drops uncommitted documents when it next opens the index */ }
            if (ex instanceof IOException io)
                throw new java.io.UncheckedIOException(io);
            if (ex instanceof Error e)
                throw e;
            throw (RuntimeException) ex;
        }
        switchTo(container, current, next);
        index.commit();
        return quads;
    }

    /** The sources through the phased loader into {@code staging}; those that read the store (the description) after it, on what it loaded. */
    private static long fill(DatasetGraphTDB staging, List<? extends GraphSource> sources) {
        DataLoader loader = LoaderFactory.phasedLoader(staging, (fmt, args) -> {});
        Set<Node> cleared = new HashSet<>(); // nothing to clear in a new store: only the count and the graph rules of ReplacingSink
        long quads = 0;
        loader.startBulk();
        try {
            for (GraphSource source : sources)
                if (!source.readsStore()) {
                    PolicyStore.ReplacingSink sink = new PolicyStore.ReplacingSink(loader.stream(), source.graph());
                    source.emit(sink, null);
                    quads += sink.count;
                }
            loader.finishBulk();
        } catch (RuntimeException ex) {
            loader.finishException(ex);
            throw ex;
        }
        long[] derived = {0};
        List<GraphSource> late = sources.stream().filter(GraphSource::readsStore).map(s -> (GraphSource) s).toList();
        if (!late.isEmpty())
            Txn.executeWrite(staging, () -> {
                for (GraphSource source : late) {
                    PolicyStore.ReplacingSink sink = new PolicyStore.ReplacingSink(staging, source.graph(), cleared);
                    source.emit(sink, DatasetFactory.wrap(staging));
                    derived[0] += sink.count;
                }
            });
        return quads + derived[0];
    }

    /** The text index entries of what {@code staging} holds, exactly as jena-text makes them for each quad it is given: one document per indexed literal. */
    private static void index(DatasetGraphTDB staging, TextIndex index) {
        EntityDefinition def = index.getDocDef();
        Set<Node> predicates = new LinkedHashSet<>();
        for (String field : def.fields())
            predicates.addAll(def.getPredicates(field));
        for (Node p : predicates)
            staging.find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
                Entity e = TextQueryFuncs.entityFromQuad(def, q.isDefaultGraph() ? Quad.defaultGraphNodeGenerated : q.getGraph(),
                        q.getSubject(), q.getPredicate(), q.getObject());
                if (e != null)
                    index.addEntity(e);
            });
    }

    /** The switch TDB2's compaction makes: the new storage takes over the old one's transactions and external parts (the text index). */
    private static void switchTo(DatasetGraphSwitchable container, DatasetGraphTDB current, Path next) {
        DatasetGraphTDB loaded = StoreConnection.connectCreate(Location.create(next)).getDatasetGraphTDB();
        TransactionCoordinator before = current.getTxnSystem().getTxnMgr();
        TransactionCoordinator after = loaded.getTxnSystem().getTxnMgr();
        after.execExclusive(() -> {
            after.takeOverFrom(before);
            after.modifyConfigDirect(() -> before.listExternals().forEach(after::addExternal));
            if (!container.change(current, loaded))
                container.set(loaded);
        });
        before.startExclusiveMode();
        Location old = current.getLocation();
        StoreConnection.release(old);
        IO.deleteAll(Path.of(old.getDirectoryPath())); // it was empty, and TDB2 opens the highest-numbered folder anyway
    }

}
