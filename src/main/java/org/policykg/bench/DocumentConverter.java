package org.policykg.bench;

import java.nio.file.Path;

import org.apache.jena.riot.system.StreamRDF;

/**
 * The converter as the benchmark calls it: one text file (with its sidecar) into its named graph.
 * Handed in by the command line, so that this feature does not depend on the extraction feature.
 */
@FunctionalInterface
public interface DocumentConverter {
    /** Emits the file's graph into {@code out}; returns how many sentences the converter read. */
    int convert(Path file, StreamRDF out);
}
