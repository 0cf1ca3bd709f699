package org.policykg.rdf;

import java.time.MonthDay;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.policykg.document.Cancellation;
import org.policykg.document.ConceptRef;
import org.policykg.document.Span;

/**
 * What the writers of one document's graph share: the stream they emit into, the graph, the document's
 * IRI, the char-to-code-point index for NIF offsets, and the nodes already described.
 */
final class Emitter {
    static final Node TYPE = RDF.type.asNode();
    private static final Node CANDIDATE = NodeFactory.createURI(Vocab.SSPO + "candidate");
    /** Offsets recur in every document: the literal of each offset under 65,536, made once (a race only makes an equal one twice). */
    private static final java.util.concurrent.atomic.AtomicReferenceArray<Node> INDEXES = new java.util.concurrent.atomic.AtomicReferenceArray<>(1 << 16);

    private final StreamRDF out;
    private final Node graph;
    final String docIri;
    final Node activity;
    private final int[] codePointAt;
    private final Set<Node> described = new HashSet<>();
    /** What has been emitted: a statement may name a node in two roles, two statements the same responsibility. */
    private final Set<Triple> emitted;

    Emitter(StreamRDF out, Node graph, String docIri, Node activity, String text) {
        this.out = out;
        this.graph = graph;
        this.docIri = docIri;
        this.activity = activity;
        this.codePointAt = codePointIndex(text);
        // sized for the graph a text of this length makes (about one triple per three characters), not grown to it
        this.emitted = new HashSet<>(Math.max(16, text.length() / 2));
    }

    /** Emits the quad, once: the stream behind may write as it comes, so nothing is emitted twice. */
    void add(Node s, Node p, Node o) {
        if (!emitted.add(Triple.create(s, p, o)))
            return;
        if ((emitted.size() & 0x3FF) == 0)
            Cancellation.check();
        out.quad(Quad.create(graph, s, p, o));
    }

    /** Type and label of a node the graph points at, so the graph reads on its own; candidates say where they came from. */
    void describe(ConceptRef ref, Span evidence) {
        Node n = uri(ref.iri());
        if (!described.add(n))
            return;
        if (ref.typeIri() != null)
            add(n, TYPE, uri(ref.typeIri()));
        add(n, SKOS.prefLabel.asNode(), lit(ref.label(), ref.language()));
        if (ref.candidate()) {
            add(n, RDFS.label.asNode(), lit(ref.label(), ref.language()));
            add(n, CANDIDATE, typed("true", XSDDatatype.XSDboolean));
            if (!Vocab.Post.getURI().equals(ref.typeIri()) && !Vocab.Person.getURI().equals(ref.typeIri()))
                add(n, TYPE, SKOS.Concept.asNode());
            if (evidence != null)
                add(n, Vocab.provWasDerivedFrom.asNode(), fragment(evidence));
            add(n, Vocab.provWasGeneratedBy.asNode(), activity);
        }
    }

    /** A NIF phrase: the words of {@code text} in {@code span}, in {@code context}, naming {@code target}. */
    void phrase(String text, Span span, Node context, Node target) {
        Node phrase = fragment(span);
        add(phrase, TYPE, Vocab.nifPhrase.asNode());
        add(phrase, TYPE, Vocab.nifString.asNode());
        add(phrase, TYPE, Vocab.nifRFC5147String.asNode());
        add(phrase, Vocab.nifBeginIndex.asNode(), index(cp(span.begin())));
        add(phrase, Vocab.nifEndIndex.asNode(), index(cp(span.end())));
        add(phrase, Vocab.nifAnchorOf.asNode(), lit(span.of(text)));
        add(phrase, Vocab.nifReferenceContext.asNode(), context);
        add(phrase, Vocab.itsTaIdentRef.asNode(), target);
    }

    /** The NIF string of a stretch of the text. */
    Node fragment(Span span) { return uri(Iris.span(docIri, cp(span.begin()), cp(span.end()))); }

    int cp(int charIndex) { return codePointAt == null ? charIndex : codePointAt[charIndex]; }

    /** char index → code point index, or null when the text has no surrogate pairs (they are the same). */
    private static int[] codePointIndex(String text) {
        boolean surrogates = false;
        for (int i = 0; i < text.length() && !surrogates; i++)
            surrogates = Character.isSurrogate(text.charAt(i));
        if (!surrogates)
            return null;
        int[] map = new int[text.length() + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i++) {
            map[i] = cp;
            if (!(Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))))
                cp++;
        }
        map[text.length()] = cp;
        return map;
    }

    static Node uri(String iri) { return NodeFactory.createURI(iri); }
    static Node lit(String s) { return NodeFactory.createLiteralString(s); }
    static Node lit(String s, String lang) { return NodeFactory.createLiteralLang(s, lang); }
    static Node typed(String s, XSDDatatype t) { return NodeFactory.createLiteralDT(s, t); }
    static Node index(int i) {
        if (i < 0 || i >= INDEXES.length())
            return typed(Integer.toString(i), XSDDatatype.XSDnonNegativeInteger);
        Node n = INDEXES.get(i);
        if (n == null)
            INDEXES.set(i, n = typed(Integer.toString(i), XSDDatatype.XSDnonNegativeInteger));
        return n;
    }

    static Node monthDay(MonthDay md) {
        return typed(String.format("--%02d-%02d", md.getMonthValue(), md.getDayOfMonth()), XSDDatatype.XSDgMonthDay);
    }
}
