package org.policykg.rdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.policykg.error.UserError;

/**
 * A sink wrapper that checks each document against the SHACL shapes before passing it on: what arrives
 * between start() and finish() is held, validated at finish(), and forwarded whole only when it conforms;
 * otherwise finish() throws a {@link UserError} of kind INVALID (exit 5) naming the document and the
 * violations, and nothing of it reaches the sink behind.
 */
public final class ShapeCheckingSink implements StreamRDF {
    private final ShapeValidator validator;
    private final String label;
    private final StreamRDF next;
    private DocumentBuffer held = new DocumentBuffer();
    /** What of it the shapes can read ({@link ShapeValidator#mayRead}): the graph checked. */
    private Graph graph = GraphFactory.createDefaultGraph();
    /** Types the shapes read only if the document adds to the class hierarchy ({@link ShapeValidator#mayRead}). */
    private List<Triple> typesAside = new ArrayList<>();
    /** The subjects and objects of what is held: the document's own nodes, whose shapes are checked. */
    private Set<Node> own = new HashSet<>();
    private Node lastSubject;
    private long nanos;

    /** @param label names the document in the message (its file) */
    public ShapeCheckingSink(ShapeValidator validator, String label, StreamRDF next) {
        this.validator = validator;
        this.label = label;
        this.next = next;
    }

    @Override public void start() {
        held = new DocumentBuffer();
        graph = GraphFactory.createDefaultGraph();
        typesAside = new ArrayList<>();
        own = new HashSet<>();
        lastSubject = null;
    }

    @Override public void prefix(String prefix, String iri) { held.prefix(prefix, iri); }
    @Override public void base(String base) { }
    @Override public void version(String version) { }

    @Override public void triple(Triple t) {
        held.triple(t);
        add(t);
    }

    @Override public void quad(Quad q) {
        held.quad(q);
        add(q.asTriple()); // the shapes are about one document, whatever graph it is in
    }

    private void add(Triple t) {
        if (validator.mayRead(t))
            graph.add(t);
        else if (t.getPredicate().equals(RDF.type.asNode()))
            typesAside.add(t);
        if (t.getSubject() != lastSubject) // a writer emits a node's triples one after another
            own.add(lastSubject = t.getSubject());
        if (validator.mayFocusOn(t.getObject()))
            own.add(t.getObject());
    }

    @Override public void finish() {
        long t0 = System.nanoTime();
        if (!ClassHierarchy.keptBy(graph))
            typesAside.forEach(graph::add);
        typesAside = null;
        ShapeValidator.Report report = validator.validateDocument(graph, own);
        nanos += System.nanoTime() - t0;
        graph = null;
        own = null;
        if (!report.conforms())
            throw UserError.invalid(label + ": the output does not conform to the shapes:\n" + report.describe().indent(2).stripTrailing());
        held.replay(next);
        held = null;
    }

    /** Time spent validating so far. */
    public long nanos() { return nanos; }
}
