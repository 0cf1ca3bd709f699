package org.policykg.store;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.policykg.rdf.Vocab;

/**
 * Which file each graph loaded by {@code up} came from, kept in a graph of its own, so that the next {@code up}
 * removes the graphs of files deleted since (in the same transaction as the load). Graphs loaded otherwise
 * ({@code load}, Graph Store writes) are not recorded and never removed here.
 */
public final class LoadedFiles {
    public static final Node GRAPH = NodeFactory.createURI(Vocab.GRAPH + "loaded-files");
    private static final Node FROM = NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom");

    private final List<GraphSource> sources;
    private final List<String> removed;

    private LoadedFiles(List<GraphSource> sources, List<String> removed) {
        this.sources = sources;
        this.removed = removed;
    }

    /**
     * The sources to load: {@code sources}, an empty replacement for every recorded graph whose file no longer
     * exists, and the new record (earlier entries whose files still exist are kept).
     */
    public static LoadedFiles plan(PolicyStore store, List<? extends GraphSource> sources) {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        Map<Node, Node> record = new LinkedHashMap<>();
        Txn.executeRead(dsg, () -> dsg.find(GRAPH, Node.ANY, FROM, Node.ANY)
                .forEachRemaining(q -> record.put(q.getSubject(), q.getObject())));
        Set<Node> loadedNow = new HashSet<>();
        for (GraphSource s : sources)
            s.graphFiles().forEach((graph, file) -> {
                record.put(graph, NodeFactory.createURI(file.toAbsolutePath().normalize().toUri().toString()));
                loadedNow.add(graph);
            });
        List<GraphSource> all = new ArrayList<>(sources);
        List<String> removed = new ArrayList<>();
        for (Iterator<Map.Entry<Node, Node>> it = record.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Node, Node> e = it.next();
            if (loadedNow.contains(e.getKey()) || exists(e.getValue()))
                continue;
            it.remove();
            removed.add(e.getKey().getURI() + " (" + e.getValue().getURI() + ")");
            all.add(empty(e.getKey()));
        }
        all.add(new GraphSource() {
            @Override public Node graph() { return GRAPH; }
            @Override public String label() { return "the record of loaded files"; }
            @Override public void emit(StreamRDF out) {
                record.forEach((g, f) -> out.triple(Triple.create(g, FROM, f)));
            }
        });
        return new LoadedFiles(all, removed);
    }

    private static boolean exists(Node file) {
        try {
            return Files.exists(Path.of(URI.create(file.getURI())));
        } catch (RuntimeException ex) {
            return true; // not a file we can check: keep it
        }
    }

    /** Replacing a graph by nothing removes it (and its text-index entries). */
    private static GraphSource empty(Node graph) {
        return new GraphSource() {
            @Override public Node graph() { return graph; }
            @Override public String label() { return "removed " + graph.getURI(); }
            @Override public void emit(StreamRDF out) {}
        };
    }

    public List<GraphSource> sources() { return sources; }

    /** The file each recorded graph was loaded from (files given as URIs that are not files are left out). */
    public static Map<Node, Path> recorded(PolicyStore store) {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        Map<Node, Path> out = new LinkedHashMap<>();
        Txn.executeRead(dsg, () -> dsg.find(GRAPH, Node.ANY, FROM, Node.ANY).forEachRemaining(q -> {
            try {
                out.put(q.getSubject(), Path.of(URI.create(q.getObject().getURI())));
            } catch (RuntimeException ex) {
                // not a file URI: nothing to convert again from
            }
        }));
        return out;
    }

    /** The graphs removed, each with the file it came from. */
    public List<String> removed() { return removed; }

}
