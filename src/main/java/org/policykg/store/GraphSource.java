package org.policykg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;

/**
 * Something that writes one named graph's worth of RDF: a file being parsed, a converted document.
 * Triples it emits land in {@link #graph()}; quads in other named graphs keep their names.
 */
public interface GraphSource {
    /** The named graph this source replaces. */
    Node graph();

    /** A short name for messages: the file, the document. */
    String label();

    /** The file this source reads, or null when it reads none (a computed graph). */
    default java.nio.file.Path file() { return null; }

    /** Emits the RDF; throws {@link StoreException} on bad input. */
    void emit(StreamRDF out);
}
