package org.policykg.cli;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.policykg.document.Metadata;
import org.policykg.extract.BatchRunner;
import org.policykg.extract.Conversion;
import org.policykg.store.GraphSource;

/**
 * Text files converted as they load, through the batch runner (in parallel, checked against the shapes,
 * in input order): a document that fails fails the load, and the transaction leaves the store as it was.
 */
final class ConvertedTexts implements GraphSource {
    private final List<Path> files;
    private final java.util.function.Supplier<BatchRunner> runner;

    /** The runner is asked for only when the texts are emitted: nothing is built for texts that need no conversion. */
    ConvertedTexts(List<Path> files, java.util.function.Supplier<BatchRunner> runner) {
        this.files = List.copyOf(files);
        this.runner = runner;
    }

    List<Path> files() { return files; }

    /** The graphs the texts go into. */
    List<Node> graphs() { return files.stream().map(Conversion::graphOf).toList(); }

    @Override public Node graph() { return null; } // each document's quads name its own graph

    @Override
    public java.util.Map<Node, Path> graphFiles() {
        java.util.Map<Node, Path> map = new java.util.LinkedHashMap<>();
        files.forEach(f -> map.put(Conversion.graphOf(f), f));
        return map;
    }
    @Override public String label() { return files.size() + " text file(s)"; }

    @Override
    public void emit(StreamRDF out) {
        try {
            for (BatchRunner.Outcome o : runner.get().run(files, Metadata.EMPTY, out))
                if (!o.ok())
                    throw o.error();
        } catch (java.util.concurrent.CompletionException ex) {
            throw ex.getCause() instanceof RuntimeException r ? r : ex;
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while converting", ex);
        }
    }
}
