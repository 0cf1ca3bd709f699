package org.policykg.store;

import org.policykg.error.UserError;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;

/**
 * Something that writes one named graph's worth of RDF: a file being parsed, a converted document.
 * Triples it emits land in {@link #graph()}; quads in other named graphs keep their names.
 */
public interface GraphSource {
    /** The named graph this source replaces, or null when it only emits quads that name their own graphs (a batch of converted documents). */
    Node graph();

    /** A short name for messages: the file, the document. */
    String label();

    /** The file this source reads, or null when it reads none (a computed graph). */
    default java.nio.file.Path file() { return null; }

    /** Every graph this source fills, with the file it comes from (for the record of loaded files). */
    default java.util.Map<Node, java.nio.file.Path> graphFiles() {
        return file() == null || graph() == null ? java.util.Map.of() : java.util.Map.of(graph(), file());
    }

    /** Emits the RDF; throws {@link UserError} on bad input. */
    void emit(StreamRDF out);

    /**
     * True when what this source emits is computed from the store as the sources before it left it (the dataset
     * description). A bulk load (see {@code PolicyStore#replace}) runs such sources after all the others, on what they loaded.
     */
    default boolean readsStore() { return false; }

    /** {@link #emit(StreamRDF)}, with the dataset holding what the sources before it wrote (null for sources that do not {@link #readsStore()}). */
    default void emit(StreamRDF out, org.apache.jena.query.Dataset written) { emit(out); }
}
