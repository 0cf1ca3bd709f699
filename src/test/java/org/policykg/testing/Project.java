package org.policykg.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Files of the project under test. */
public final class Project {
    private Project() {}

    public static Path home() {
        return Path.of(System.getProperty("policykg.home", "")).toAbsolutePath();
    }

    public static Path file(String relative) { return home().resolve(relative); }

    public static Path testResource(String relative) { return home().resolve("src/test/resources").resolve(relative); }

    /** The project's fuseki-config.ttl copied into {@code dir}, beside a password file that opens writes to admin (password s3cret). */
    public static Path configWithWriter(Path dir) throws IOException {
        Path config = dir.resolve("fuseki-config.ttl");
        Files.copy(file("fuseki-config.ttl"), config);
        Files.writeString(config.resolveSibling("passwd"), "admin: s3cret\n");
        return config;
    }
}
