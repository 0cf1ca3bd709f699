package org.policykg.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.slf4j.LoggerFactory;

/**
 * Files' SHA-256, each hashed again only when its size or modification time changed, as make and git's index
 * decide. Optionally remembered in a file between runs: a cold JVM hashes at a few tens of MB per second (the digest
 * runs interpreted), and {@code up} hashes ontology/ (about 0.8 MB) before its first answer.
 *
 * <p>A hash is remembered across runs only for a file last modified well before it was hashed, so that a file
 * changed again within the file system's timestamp granularity, keeping its size, is never taken for the old one.
 */
public final class FileHashes {
    /** A file modified less than this before it was hashed is not remembered across runs. */
    static final long SETTLED_NANOS = TimeUnit.SECONDS.toNanos(2);

    private record Hashed(long size, FileTime modified, String sha256, boolean settled) {}

    private final Map<Path, Hashed> hashes = new ConcurrentHashMap<>();
    private final Path memo;
    private volatile boolean changed;

    /** Hashes remembered in this process only. */
    public FileHashes() {
        this.memo = null;
    }

    /** Hashes remembered in {@code memo} too (read now if it exists; see {@link #save}). An unreadable memo is ignored. */
    public FileHashes(Path memo) {
        this.memo = memo;
        try {
            if (Files.isRegularFile(memo))
                for (String line : Files.readAllLines(memo, StandardCharsets.UTF_8)) {
                    String[] f = line.split("\t", 4);
                    if (f.length == 4 && f[0].length() == 64)
                        hashes.put(Path.of(f[3]), new Hashed(Long.parseLong(f[1]), FileTime.from(Long.parseLong(f[2]), TimeUnit.NANOSECONDS), f[0], true));
                }
        } catch (IOException | RuntimeException ex) {
            hashes.clear(); // a damaged memo: every file is hashed again
        }
    }

    /** The file's SHA-256 (hex). */
    public String sha256(Path file) {
        Path key = file.toAbsolutePath().normalize();
        try {
            BasicFileAttributes attrs = Files.readAttributes(key, BasicFileAttributes.class);
            Hashed h = hashes.get(key);
            if (h != null && h.size() == attrs.size() && h.modified().equals(attrs.lastModifiedTime()))
                return h.sha256();
            long now = System.currentTimeMillis();
            String sha = LoadedFiles.sha256(key);
            boolean settled = TimeUnit.MILLISECONDS.toNanos(now) - attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS) > SETTLED_NANOS;
            hashes.put(key, new Hashed(attrs.size(), attrs.lastModifiedTime(), sha, settled));
            changed = true;
            return sha;
        } catch (IOException ex) {
            return LoadedFiles.sha256(file); // says what is wrong with the file
        }
    }

    /** Forgets these files' hashes: they are hashed again when next asked for. */
    public void forget(Iterable<Path> files) {
        for (Path f : files)
            hashes.remove(f.toAbsolutePath().normalize());
    }

    /** Forgets every hash. */
    public void clear() {
        hashes.clear();
    }

    /** Writes the settled hashes to the memo, when any was computed since it was read (atomically; a failure is logged, and the next run hashes the files again). */
    public void save() {
        if (memo == null || !changed)
            return;
        List<String> lines = new ArrayList<>();
        hashes.forEach((p, h) -> {
            if (h.settled())
                lines.add(h.sha256() + "\t" + h.size() + "\t" + h.modified().to(TimeUnit.NANOSECONDS) + "\t" + p);
        });
        lines.sort(null);
        Path tmp = null;
        try {
            Files.createDirectories(memo.getParent());
            tmp = Files.createTempFile(memo.getParent(), memo.getFileName().toString(), ".tmp");
            Files.write(tmp, lines, StandardCharsets.UTF_8);
            Files.move(tmp, memo, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            changed = false;
        } catch (IOException ex) {
            // not fatal: the next run hashes the files again
            LoggerFactory.getLogger("policykg").warn("Could not remember the inputs' hashes in {}: {}", memo, ex.toString());
            if (tmp != null)
                tmp.toFile().delete();
        }
    }
}
