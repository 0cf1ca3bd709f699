package org.policykg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.slf4j.LoggerFactory;

/**
 * Copies of stores as {@code up} left them after loading a fresh data folder, kept outside any data folder
 * (under the project's {@code target/start-cache/}), one folder per key: the SHA-256 of everything that decides
 * the store's content (each input's content hash, the converter's version and the ontology's fingerprint for a
 * converted text, the configuration file). The next {@code up} into a fresh data folder with the same inputs
 * copies the store instead of converting and loading them again; any other key is a miss and loads as before.
 *
 * <p>A copy is made only of a store no transaction writes to (see {@link #saveLocked}), into a temporary folder
 * renamed into place when complete, so an interrupted copy is never used. TDB2's files are sparse (8 MB each, mostly unwritten): a copy
 * here stops after a file's last block that is not zeros and leaves other zero blocks as holes, with the lengths in
 * {@code lengths.properties}, so that it stays as small as the data and is read back without reading the holes.
 * Lock files are not copied.
 */
public final class StartCache {
    /** Entries kept; older ones are deleted when a new one is saved. */
    static final int KEEP = 3;
    /** Stores bigger than this (bytes in use) are not copied: copying would cost more than it saves. */
    static final long MAX_BYTES = 64L << 20;
    private static final Set<String> LOCKS = Set.of("tdb.lock", "write.lock");
    private static final List<String> PARTS = List.of("tdb2", "lucene");
    private static final int BLOCK = 1 << 16;

    private final Path dir;

    public StartCache(Path dir) { this.dir = dir; }

    public Path dir() { return dir; }

    /** True when there is a copy for this key. */
    public boolean has(String key) { return Files.isDirectory(dir.resolve(key)); }

    /**
     * Copies the store saved under {@code key} into {@code dataDir} (which holds no store yet).
     * @return false when there is none (or it cannot be read: the caller then loads as usual)
     */
    public boolean restore(String key, Path dataDir) {
        Path entry = dir.resolve(key);
        if (!Files.isDirectory(entry))
            return false;
        for (String part : PARTS)
            if (notEmpty(dataDir.resolve(part)))
                return false; // something is there already (a text index left without its store): never mix the two
        try {
            for (String part : PARTS)
                if (Files.isDirectory(entry.resolve(part)))
                    copyTree(entry.resolve(part), dataDir.resolve(part), new long[] {Long.MAX_VALUE}, null);
            extend(dataDir, lengths(entry));
            Files.setLastModifiedTime(entry, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
            return true;
        } catch (IOException | UncheckedIOException ex) {
            LoggerFactory.getLogger("policykg").warn("Could not copy the store from the start cache {}: {}", entry, ex.getMessage());
            for (String part : PARTS)
                Folders.deleteQuietly(dataDir.resolve(part));
            return false;
        }
    }

    private static boolean notEmpty(Path dir) {
        if (!Files.isDirectory(dir))
            return Files.exists(dir);
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isPresent();
        } catch (IOException ex) {
            return true;
        }
    }

    /**
     * Saves a copy of {@code store} (whose files are in {@code dataDir}) under {@code key}, holding its write
     * transaction meanwhile (and writing nothing in it), so that no writer changes the files while they are
     * copied; readers go on. Unless a copy exists or the store is too big. A failure only logs.
     */
    public void saveLocked(String key, PolicyStore store, Path dataDir) {
        if (Files.isDirectory(dir.resolve(key)))
            return;
        try {
            org.apache.jena.system.Txn.executeWrite(store.dataset(), () -> save(key, dataDir));
        } catch (RuntimeException ex) {
            LoggerFactory.getLogger("policykg").warn("Could not save the store in the start cache: {}", ex.getMessage());
        }
    }

    /**
     * Saves a copy of the store in {@code dataDir} under {@code key}, unless one exists or the store is too big.
     * Only for a store nothing writes to meanwhile. A failure only logs: the cache is an optimisation.
     */
    public void save(String key, Path dataDir) {
        Path entry = dir.resolve(key);
        if (Files.isDirectory(entry))
            return;
        Path tmp = dir.resolve(key + ".tmp-" + ProcessHandle.current().pid());
        try {
            Files.createDirectories(dir);
            Folders.deleteQuietly(tmp);
            long[] budget = {MAX_BYTES};
            java.util.Properties lengths = new java.util.Properties();
            for (String part : PARTS)
                if (Files.isDirectory(dataDir.resolve(part)))
                    copyTree(dataDir.resolve(part), tmp.resolve(part), budget, lengths);
            try (var out = Files.newOutputStream(tmp.resolve(LENGTHS))) {
                lengths.store(out, "the length of each file of the store, whose copy here stops after its last block that is not zeros");
            }
            if (budget[0] < 0) { // too big to be worth it
                Folders.deleteQuietly(tmp);
                return;
            }
            Files.move(tmp, entry, StandardCopyOption.ATOMIC_MOVE);
            prune(key);
        } catch (IOException | UncheckedIOException ex) {
            LoggerFactory.getLogger("policykg").warn("Could not save the store in the start cache {}: {}", entry, ex.getMessage());
            Folders.deleteQuietly(tmp);
        }
    }

    /** Keeps the {@link #KEEP} most recently used entries (this one among them) and no stale temporary folders. */
    private void prune(String keep) throws IOException {
        List<Path> entries;
        try (Stream<Path> s = Files.list(dir)) {
            entries = s.filter(Files::isDirectory).toList();
        }
        long hourAgo = System.currentTimeMillis() - 3_600_000;
        List<Path> kept = entries.stream().filter(p -> !p.getFileName().toString().contains(".tmp-"))
                .sorted(Comparator.comparing(StartCache::modified).reversed()).toList();
        for (int i = 0; i < kept.size(); i++)
            if (i >= KEEP && !kept.get(i).getFileName().toString().equals(keep))
                Folders.deleteQuietly(kept.get(i));
        for (Path p : entries)
            if (p.getFileName().toString().contains(".tmp-") && modified(p) < hourAgo)
                Folders.deleteQuietly(p); // left by a process that was stopped while copying
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException ex) {
            return 0;
        }
    }

    private static final String LENGTHS = "lengths.properties";

    private static java.util.Properties lengths(Path entry) throws IOException {
        java.util.Properties p = new java.util.Properties();
        try (var in = Files.newInputStream(entry.resolve(LENGTHS))) {
            p.load(in);
        }
        return p;
    }

    /** Gives each copied file its original length back (a hole at the end: nothing written but its last byte). */
    private static void extend(Path dataDir, java.util.Properties lengths) throws IOException {
        for (String name : lengths.stringPropertyNames()) {
            long length = Long.parseLong(lengths.getProperty(name));
            try (FileChannel out = FileChannel.open(dataDir.resolve(name), StandardOpenOption.WRITE)) {
                if (out.size() < length)
                    out.write(ByteBuffer.wrap(new byte[1]), length - 1);
            }
        }
    }

    /**
     * Copies a folder, each file up to its last block that is not zeros, other zero blocks left as holes; records
     * the files' lengths (relative to the folder's parent) in {@code lengths} when given. Stops early once more than
     * {@code budget[0]} bytes were written, leaving it negative.
     */
    private static void copyTree(Path from, Path to, long[] budget, java.util.Properties lengths) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                if (budget[0] < 0)
                    return;
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p))
                    Files.createDirectories(target);
                else if (!LOCKS.contains(p.getFileName().toString())) {
                    budget[0] -= copySparse(p, target);
                    if (lengths != null)
                        lengths.setProperty(from.getParent().relativize(p).toString(), Long.toString(Files.size(p)));
                }
            }
        }
    }

    /** Copies a file up to its last block that is not zeros, leaving other zero blocks unwritten (holes); returns the bytes written. */
    static long copySparse(Path from, Path to) throws IOException {
        long written = 0;
        try (FileChannel in = FileChannel.open(from, StandardOpenOption.READ);
             FileChannel out = FileChannel.open(to, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            long size = in.size();
            ByteBuffer buf = ByteBuffer.allocate(BLOCK);
            for (long pos = 0; pos < size; ) {
                buf.clear();
                int n = in.read(buf, pos);
                if (n <= 0)
                    break;
                if (!allZero(buf.array(), n)) {
                    written += n;
                    buf.flip();
                    while (buf.hasRemaining())
                        out.write(buf, pos + buf.position());
                }
                pos += n;
            }
        }
        return written;
    }

    private static final byte[] ZEROS = new byte[BLOCK];

    private static boolean allZero(byte[] b, int n) {
        return java.util.Arrays.mismatch(b, 0, n, ZEROS, 0, n) < 0;
    }

}
