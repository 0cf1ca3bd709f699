package org.policykg.cli;

import java.nio.file.Path;

/** Where stack traces go, so that the terminal shows one clear line. */
final class Logs {
    private Logs() {}

    static Path file() {
        String explicit = System.getProperty("policykg.logfile");
        return explicit != null ? Path.of(explicit) : Home.path().resolve("logs").resolve("policykg.log");
    }
}
