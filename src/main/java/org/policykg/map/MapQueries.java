package org.policykg.map;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.query.ParameterizedSparqlString;
import org.policykg.error.UserError;

/** The SPARQL files that decide what goes on a map (queries/maps/*.rq), each read into a fresh parameterized query. */
public final class MapQueries {
    private final Path folder;

    public MapQueries(Path folder) {
        this.folder = folder;
    }

    /** The query {@code name}.rq, ready for values to be bound. */
    public ParameterizedSparqlString get(String name) {
        Path file = folder.resolve(name + ".rq");
        try {
            // Whole-line comments are for readers; ParameterizedSparqlString can mistake their words for query text.
            String text = Files.readString(file, StandardCharsets.UTF_8).replaceAll("(?m)^\\s*#.*$", "");
            return new ParameterizedSparqlString(text);
        } catch (IOException ex) {
            throw UserError.environment("Cannot read the map query " + file + ": " + ex.getMessage(), ex);
        }
    }

    public Path folder() { return folder; }
}
