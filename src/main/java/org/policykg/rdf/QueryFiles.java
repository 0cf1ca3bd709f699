package org.policykg.rdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.policykg.error.UserError;

/** The SPARQL files under queries/: read as text, and a missing or unreadable one is a broken installation. */
public final class QueryFiles {
    private QueryFiles() {}

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw UserError.environment("Cannot read the query " + file + ": " + ex.getMessage(), ex);
        }
    }
}
