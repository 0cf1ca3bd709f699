package org.policykg.rdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

/**
 * One document's prefixes and quads, held between the thread that converted it and the one that passes
 * documents on in input order. Triples (default graph) are kept as quads of the default graph.
 */
public final class DocumentBuffer extends StreamRDFBase {
    private final Map<String, String> prefixes = new LinkedHashMap<>();
    private final List<Quad> quads = new ArrayList<>();

    @Override public void prefix(String prefix, String iri) { prefixes.put(prefix, iri); }
    @Override public void triple(Triple t) { quads.add(Quad.create(Quad.defaultGraphNodeGenerated, t)); }
    @Override public void quad(Quad q) { quads.add(q); }

    public int size() { return quads.size(); }

    public List<Quad> quads() { return quads; }

    /** The document into {@code out}, as one start()/finish(). */
    public void replay(StreamRDF out) {
        out.start();
        prefixes.forEach(out::prefix);
        for (Quad q : quads)
            if (q.isDefaultGraph())
                out.triple(q.asTriple());
            else
                out.quad(q);
        out.finish();
    }
}
