package org.policykg.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.*;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.policykg.error.UserError;
import org.policykg.rdf.Vocab;

/**
 * Which file each graph loaded by {@code up} came from, with the file's content hash and, for converted texts,
 * the converter and ontology they were made with, kept in a graph of its own. The next {@code up} loads only
 * what changed and removes the graphs of files deleted since (in the same transaction as the load). Graphs
 * loaded otherwise ({@code load}, Graph Store writes) are not recorded and never removed here.
 */
public final class LoadedFiles {
    public static final Node GRAPH = NodeFactory.createURI(Vocab.GRAPH + "loaded-files");
    private static final Node FROM = NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom");
    private static final Node SHA256 = NodeFactory.createURI(Vocab.SCHEMA + "sha256");
    private static final String CONFIG = "https://w3id.org/sspo/config#";
    private static final Node SIDECAR_SHA256 = NodeFactory.createURI(CONFIG + "sidecarSha256");
    private static final Node CONVERTER = NodeFactory.createURI(CONFIG + "converterVersion");
    private static final Node ONTOLOGY = NodeFactory.createURI(CONFIG + "ontologyFingerprint");

    /**
     * What a graph was made from: the file and its SHA-256 (and its sidecar's, for a text), and for a converted
     * text the converter's version and the fingerprint of ontology/ (null for an RDF file, loaded as it is).
     */
    public record Stamp(String file, String sha256, String sidecarSha256, String converter, String ontology) {
        public static Stamp of(Path file, String sha256, String sidecarSha256, String converter, String ontology) {
            return new Stamp(uri(file), sha256, sidecarSha256, converter, ontology);
        }
    }

    private final List<GraphSource> sources;
    private final List<String> removed;
    private final boolean recordChanged;

    private LoadedFiles(List<GraphSource> sources, List<String> removed, boolean recordChanged) {
        this.sources = sources;
        this.removed = removed;
        this.recordChanged = recordChanged;
    }

    /** The record as the store holds it: graph → stamp. */
    public static Map<Node, Stamp> read(PolicyStore store) {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        return Txn.calculateRead(dsg, () -> {
            Map<Node, Stamp> record = new LinkedHashMap<>();
            dsg.find(GRAPH, Node.ANY, FROM, Node.ANY).forEachRemaining(q -> {
                Node g = q.getSubject();
                record.put(g, new Stamp(q.getObject().getURI(), value(dsg, g, SHA256), value(dsg, g, SIDECAR_SHA256),
                        value(dsg, g, CONVERTER), value(dsg, g, ONTOLOGY)));
            });
            return record;
        });
    }

    private static String value(DatasetGraph dsg, Node s, Node p) {
        var it = dsg.find(GRAPH, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
    }

    /**
     * The sources to load: {@code toLoad}, an empty replacement for every recorded graph whose file no longer
     * exists (or, still an input, no longer makes that graph), and the new record when it differs from the
     * stored one: {@code current} (every graph the inputs make, loaded now or unchanged) plus the earlier entries
     * whose files still exist outside these inputs.
     */
    public static LoadedFiles plan(Map<Node, Stamp> stored, List<? extends GraphSource> toLoad, Map<Node, Stamp> current) {
        Set<String> inputFiles = new HashSet<>();
        current.values().forEach(s -> inputFiles.add(s.file()));
        Map<Node, Stamp> record = new LinkedHashMap<>();
        List<GraphSource> all = new ArrayList<>(toLoad);
        List<String> removed = new ArrayList<>();
        stored.forEach((graph, stamp) -> {
            if (current.containsKey(graph))
                return;
            if (exists(stamp.file()) && !inputFiles.contains(stamp.file())) {
                record.put(graph, stamp); // an earlier up's input that still exists: kept
                return;
            }
            removed.add(graph.getURI() + " (" + stamp.file() + ")");
            all.add(empty(graph));
        });
        record.putAll(current);
        boolean changed = !record.equals(stored);
        if (changed)
            all.add(new GraphSource() {
                @Override public Node graph() { return GRAPH; }
                @Override public String label() { return "the record of loaded files"; }
                @Override public void emit(StreamRDF out) {
                    record.forEach((g, s) -> {
                        out.triple(Triple.create(g, FROM, NodeFactory.createURI(s.file())));
                        literal(out, g, SHA256, s.sha256());
                        literal(out, g, SIDECAR_SHA256, s.sidecarSha256());
                        literal(out, g, CONVERTER, s.converter());
                        literal(out, g, ONTOLOGY, s.ontology());
                    });
                }
            });
        return new LoadedFiles(all, removed, changed);
    }

    /**
     * For a writer that replaces some of up's graphs outside up (curation converting documents again): these
     * sources' graphs are recorded with their files but without a hash, so the next {@code up} loads them again
     * as it converts them; the other entries stay, those of files deleted since are removed.
     */
    public static LoadedFiles plan(PolicyStore store, List<? extends GraphSource> sources) {
        Map<Node, Stamp> current = new LinkedHashMap<>();
        for (GraphSource s : sources)
            s.graphFiles().forEach((graph, file) -> current.put(graph, Stamp.of(file, null, null, null, null)));
        return plan(read(store), sources, current);
    }

    private static void literal(StreamRDF out, Node s, Node p, String value) {
        if (value != null)
            out.triple(Triple.create(s, p, NodeFactory.createLiteralString(value)));
    }

    private static String uri(Path file) { return file.toAbsolutePath().normalize().toUri().toString(); }

    private static boolean exists(String file) {
        try {
            return Files.exists(Path.of(URI.create(file)));
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

    /** Everything to write, in order: the sources, the removals, the record (when it changed). */
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

    /** True when nothing is to be written: no source, no removal, the record as stored. */
    public boolean nothingToDo() { return sources.isEmpty() && !recordChanged; }

    /** The SHA-256 of a file's bytes, in hex. */
    public static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; )
                md.update(buf, 0, n);
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException ex) {
            throw UserError.input(file + ": cannot read: " + ex.getMessage(), ex);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** One fingerprint of every file in a folder (names and contents): what the converter reads from ontology/. */
    public static String folderFingerprint(Path folder) {
        return folderFingerprint(folder, LoadedFiles::sha256);
    }

    /** As above, with the files' hashes from {@code sha256} (which may remember them). */
    public static String folderFingerprint(Path folder, java.util.function.Function<Path, String> sha256) {
        try (Stream<Path> files = Files.walk(folder)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Path f : files.filter(Files::isRegularFile).sorted().toList())
                md.update((folder.relativize(f) + "\0" + sha256.apply(f) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException ex) {
            throw UserError.input(folder + ": cannot read the folder: " + ex.getMessage(), ex);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
