package org.policykg.cli;

import java.nio.file.Path;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.policykg.document.Metadata;
import org.policykg.rdf.Iris;
import org.policykg.store.GraphSource;

/** A text file converted on the fly into its document graph, for loading with the RDF files. */
final class TextFileSource implements GraphSource {
    private final Path file;
    private final Conversion conversion;
    private final Node graph;

    TextFileSource(Path file, Conversion conversion) {
        this.file = file;
        this.conversion = conversion;
        this.graph = Iris.graphOfFile(file, Metadata.readSidecar(file));
    }

    @Override public Node graph() { return graph; }
    @Override public String label() { return file.toString(); }

    @Override
    public void emit(StreamRDF out) {
        conversion.convert(file, Metadata.EMPTY, out);
    }
}
