package org.policykg.cli;

import java.nio.file.Path;

/** The project folder, where the defaults live (ontology/, seeds/, fuseki-config.ttl, data/). bin/policykg sets it. */
final class Home {
    private Home() {}

    static Path path() {
        String home = System.getProperty("policykg.home");
        return (home == null ? Path.of("") : Path.of(home)).toAbsolutePath().normalize();
    }
}
