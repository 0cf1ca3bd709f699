package org.policykg.cli;

import java.nio.file.Path;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.policykg.ingest.BadInputException;
import org.policykg.ingest.Metadata;
import org.policykg.rdf.DocumentGraphWriter;
import org.policykg.store.GraphSource;
import org.policykg.store.StoreException;

/** A text file converted on the fly into its document graph, for loading with the RDF files. */
final class TextFileSource implements GraphSource {
    private final Path file;
    private final Conversion conversion;
    private final Node graph;

    TextFileSource(Path file, Conversion conversion) {
        this.file = file;
        this.conversion = conversion;
        try {
            this.graph = DocumentGraphWriter.graphOfFile(file, Metadata.readSidecar(file));
        } catch (BadInputException ex) {
            throw new StoreException(StoreException.Kind.INPUT, ex.getMessage(), ex);
        }
    }

    @Override public Node graph() { return graph; }
    @Override public String label() { return file.toString(); }
    @Override public Path file() { return file; }

    @Override
    public void emit(StreamRDF out) {
        try {
            conversion.convert(file, Metadata.EMPTY, out);
        } catch (BadInputException ex) {
            throw new StoreException(StoreException.Kind.INPUT, ex.getMessage(), ex);
        }
    }
}
