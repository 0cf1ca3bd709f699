package org.policykg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import org.policykg.store.Folders;

/**
 * Fuseki's web UI as files on disk, taken out of the jar once per build (target/fuseki-ui/BUILD/webapp, BUILD a digest of
 * the jar's path, time and size). Fuseki's UI module looks for FUSEKI_BASE/webapp before the class path; found
 * on the class path, the jar (39,000 entries) is opened as a zip file system at every start, which costs the start
 * a tenth of a second or more. Not used when run from classes (the tests): there the class path is folders anyway.
 */
final class UiFiles {
    private static final String PREFIX = "webapp/";

    private UiFiles() {}

    private static Path root() { return Home.path().resolve("target").resolve("fuseki-ui"); }

    /** This build's folder: target/fuseki-ui/ and a digest of the build (a server of another build may still serve from its own). */
    private static Path dir(String build) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(build.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return root().resolve(java.util.HexFormat.of().formatHex(d, 0, 8));
        } catch (java.security.NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** The folder to give Fuseki as its base, whose webapp/ holds this build's UI; null when there is none yet. */
    static Path base() {
        String build = build();
        if (build == null)
            return null;
        Path dir = dir(build);
        return Files.isDirectory(dir.resolve("webapp")) ? dir : null; // renamed into place complete
    }

    /** Keeps the two most recent builds' folders. */
    private static void prune() throws IOException {
        try (var s = Files.list(root())) {
            List<Path> dirs = s.filter(p -> !p.getFileName().toString().contains(".tmp-"))
                    .sorted(java.util.Comparator.comparing((Path p) -> p.toFile().lastModified()).reversed()).toList();
            for (int i = 2; i < dirs.size(); i++)
                Folders.deleteQuietly(dirs.get(i));
        }
    }

    /** Takes the UI out of the jar when this build's is not on disk yet (into a temporary folder renamed when complete). A failure only logs. */
    static void extract() {
        String build = build();
        if (build == null || base() != null)
            return;
        Path dir = dir(build);
        Path tmp = dir.resolveSibling(dir.getFileName() + ".tmp-" + ProcessHandle.current().pid());
        try (JarFile jar = new JarFile(jarFile().toFile())) {
            Folders.deleteQuietly(tmp);
            Files.createDirectories(tmp);
            for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                JarEntry entry = e.nextElement();
                if (!entry.getName().startsWith(PREFIX) || entry.getName().contains(".."))
                    continue;
                Path target = tmp.resolve(entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = jar.getInputStream(entry)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            if (!Files.isDirectory(tmp.resolve("webapp")))
                return; // no UI in this jar
            Files.writeString(tmp.resolve("build"), build);
            Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
            prune();
        } catch (IOException | RuntimeException ex) {
            org.slf4j.LoggerFactory.getLogger("policykg").warn("Could not take the web UI out of the jar: {}", ex.toString());
        } finally {
            Folders.deleteQuietly(tmp);
        }
    }

    /** As {@link #extract}, on a thread of its own. */
    static void extractInBackground() {
        if (build() == null || base() != null)
            return;
        Thread t = new Thread(UiFiles::extract, "policykg-ui-files");
        t.setDaemon(true);
        t.start();
    }

    /** The jar this runs from, or null (run from classes). */
    private static Path jarFile() {
        try {
            Path p = Path.of(UiFiles.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(p) ? p : null;
        } catch (Exception ex) {
            return null;
        }
    }

    /** The jar's build: its modification time and size; null when run from classes. */
    private static String build() {
        Path jar = jarFile();
        if (jar == null)
            return null;
        try {
            return jar.toAbsolutePath() + " " + Files.getLastModifiedTime(jar) + " " + Files.size(jar);
        } catch (IOException ex) {
            return null;
        }
    }
}
