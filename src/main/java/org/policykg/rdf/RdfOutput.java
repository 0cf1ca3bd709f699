package org.policykg.rdf;

import java.io.OutputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.atlas.io.IO;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.riot.writer.WriterStreamRDFPlain;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Documents written to an output stream as they come, in one RDF syntax: a sink that takes many
 * documents, each as one start()/finish(), and is ended by {@link #close()}.
 * <ul>
 * <li>{@code nq} and {@code trig}: Jena's streaming writers ({@link StreamRDFWriter}; for {@code nq} the one it
 * makes, with {@link WholeUriFormatter}); nothing is held.
 * Each prefix is written once, the first time a document declares it.</li>
 * <li>{@code ttl}: all documents' triples in the default graph; each document is held until its finish() and
 * written as a pretty Turtle block with its prefixes (a later block may describe a node again; Turtle merges them).</li>
 * <li>{@code jsonld}: JSON-LD is one JSON value, so the documents are held until close() and written as one.</li>
 * </ul>
 */
public final class RdfOutput implements StreamRDF, AutoCloseable {
    /** The format names the command line takes. */
    public static final String FORMATS = "trig, ttl, nq or jsonld";

    private final String format;
    private final OutputStream out;
    private final StreamRDF stream; // nq, trig
    private final Map<String, String> prefixesSent = new HashMap<>();
    private Graph document; // ttl: the document being held
    private DatasetGraph all; // jsonld

    private RdfOutput(String format, OutputStream out) {
        this.format = format;
        this.out = out;
        this.stream = switch (format) {
            case "nq" -> new WriterStreamRDFPlain(IO.wrapUTF8(out), new WholeUriFormatter()); // Jena's RDFFormat.NQUADS writer, faster URIs
            case "trig" -> StreamRDFWriter.getWriterStream(out, RDFFormat.TRIG_BLOCKS);
            default -> null;
        };
        if (format.equals("jsonld"))
            all = DatasetGraphFactory.create();
        if (stream != null)
            stream.start();
    }

    /** The format's short name (trig, ttl, nq, jsonld), or null when it is not one of {@link #FORMATS}. */
    public static String formatName(String format) {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "trig" -> "trig";
            case "ttl", "turtle" -> "ttl";
            case "nq", "nquads" -> "nq";
            case "jsonld", "json-ld" -> "jsonld";
            default -> null;
        };
    }

    /** @throws IllegalArgumentException for a format name not in {@link #FORMATS} */
    public static RdfOutput open(String format, OutputStream out) {
        String f = formatName(format);
        if (f == null)
            throw new IllegalArgumentException("the format is one of " + FORMATS + ", not '" + format + "'");
        return new RdfOutput(f, out);
    }

    @Override public void start() {
        if (format.equals("ttl"))
            document = GraphFactory.createDefaultGraph();
    }

    @Override public void prefix(String prefix, String iri) {
        if (stream != null) {
            if (!iri.equals(prefixesSent.put(prefix, iri)))
                stream.prefix(prefix, iri);
        } else if (document != null) {
            document.getPrefixMapping().setNsPrefix(prefix, iri);
        } else if (all != null) {
            all.prefixes().add(prefix, iri);
        }
    }

    @Override public void triple(Triple t) {
        if (stream != null) stream.triple(t);
        else if (document != null) document.add(t);
        else all.getDefaultGraph().add(t);
    }

    @Override public void quad(Quad q) {
        if (stream != null) stream.quad(q);
        else if (document != null) document.add(q.asTriple()); // Turtle has no named graphs
        else all.add(q);
    }

    @Override public void base(String base) { }
    @Override public void version(String version) { }

    @Override public void finish() {
        if (document != null) {
            RDFDataMgr.write(out, document, RDFFormat.TURTLE_PRETTY);
            document = null;
        }
    }

    /** Ends the output (and writes it, for JSON-LD); does not close the underlying stream. */
    @Override public void close() {
        if (stream != null)
            stream.finish();
        if (all != null)
            RDFDataMgr.write(out, DatasetFactory.wrap(all), RDFFormat.JSONLD_PRETTY);
    }
}
