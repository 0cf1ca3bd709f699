package org.policykg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.slf4j.LoggerFactory;

/** Deleting a folder with everything in it, the one way every command does it. */
public final class Folders {
    private Folders() {}

    /** Deletes {@code dir} and everything under it (nothing if it does not exist); fails on the first file that will not go. */
    public static void delete(Path dir) throws IOException {
        if (!Files.exists(dir))
            return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList())
                Files.deleteIfExists(p);
        }
    }

    /**
     * As {@link #delete}, where what is left is only scratch space (a copy, a staging folder): a failure is logged, not
     * thrown, so cleaning up never hides the outcome of the work it follows.
     */
    public static void deleteQuietly(Path dir) {
        try {
            delete(dir);
        } catch (IOException ex) {
            LoggerFactory.getLogger("policykg").warn("Could not delete {}: {}", dir, ex.getMessage());
        }
    }
}
