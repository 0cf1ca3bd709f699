package org.policykg.map;

import java.nio.file.Path;

import org.apache.jena.query.ParameterizedSparqlString;
import org.policykg.rdf.QueryFiles;

/** The SPARQL files that decide what goes on a map (queries/maps/*.rq), each read into a fresh parameterized query. */
public final class MapQueries {
    private final Path folder;

    public MapQueries(Path folder) {
        this.folder = folder;
    }

    /** The query {@code name}.rq, ready for values to be bound. */
    public ParameterizedSparqlString get(String name) {
        // Whole-line comments are for readers; ParameterizedSparqlString can mistake their words for query text.
        String text = QueryFiles.read(folder.resolve(name + ".rq")).replaceAll("(?m)^\\s*#.*$", "");
        return new ParameterizedSparqlString(text);
    }

    public Path folder() { return folder; }
}
