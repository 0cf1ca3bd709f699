package org.policykg.testing;

import java.nio.file.Path;

/** Files of the project under test. */
public final class Project {
    private Project() {}

    public static Path home() {
        return Path.of(System.getProperty("policykg.home", "")).toAbsolutePath();
    }

    public static Path file(String relative) { return home().resolve(relative); }

    public static Path testResource(String relative) { return home().resolve("src/test/resources").resolve(relative); }
}
