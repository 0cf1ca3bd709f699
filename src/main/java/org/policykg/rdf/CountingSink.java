package org.policykg.rdf;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;

/** Counts the triples and quads passing through (to another sink, or to nowhere). */
public final class CountingSink extends StreamRDFWrapper {
    private long count;

    public CountingSink(StreamRDF next) { super(next); }

    /** A sink that only counts. */
    public CountingSink() { this(StreamRDFLib.sinkNull()); }

    @Override public void triple(Triple t) { count++; super.triple(t); }
    @Override public void quad(Quad q) { count++; super.quad(q); }

    public long count() { return count; }
}
