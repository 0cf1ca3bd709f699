package org.policykg.rdf;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.policykg.document.*;

import static org.policykg.rdf.Emitter.*;

/**
 * Emits a converted {@link Document} into a {@link StreamRDF}, as one named graph: the project's prefixes,
 * the document with its Dublin Core metadata, its text as a NIF context, every sentence, every phrase
 * that names a known node and every phrase a candidate was minted from as a NIF string (offsets in Unicode
 * code points), the reported work
 * ({@link ReportedWorkWriter}), the statements ({@link StatementWriter}) and the conversion run. It only
 * emits: IRIs come from {@link Iris}, what wins between text and metadata from {@link Precedence}, and
 * where the quads go is the stream's business. One document is one {@code start()}/{@code finish()}.
 */
public final class DocumentGraphWriter {
    /** The converting tool and, optionally, when it ran (left out for repeatable output). */
    public record Run(String toolVersion, Instant startedAt) {}

    private static final String DCT = DCTerms.NS;
    /** ITS 2.0 in RDF: how NIF links a phrase to the entity it names. */

    private DocumentGraphWriter() {}

    /** Emits the document's graph: prefixes, then quads, between start() and finish(). */
    public static void write(Document doc, Run run, StreamRDF out) {
        SourceText src = doc.source();
        Emitter e = new Emitter(out, Iris.graph(src), Iris.document(src), uri(Iris.activity(src.sha256(), run.toolVersion())), doc.text());
        out.start();
        Vocab.prefixes().getNsPrefixMap().forEach(out::prefix);
        Node d = uri(e.docIri);
        document(e, d, doc, Precedence.document(doc));
        run(e, d, src, run);
        Node context = text(e, d, doc);
        phrases(e, doc, context);
        Node reported = ReportedWorkWriter.write(e, d, doc, Precedence.reported(doc));
        StatementWriter statements = new StatementWriter(e, d, reported, doc);
        for (Statement st : doc.statements())
            statements.write(st);
        out.finish();
    }

    private static void document(Emitter e, Node d, Document doc, Precedence.DocumentFacts f) {
        SourceText src = doc.source();
        e.add(d, TYPE, uri(Vocab.PolicyDocument.getURI()));
        e.add(d, uri(DCT + "identifier"), lit(Iris.slugOf(src)));
        if (f.title() != null) {
            e.add(d, uri(DCT + "title"), lit(f.title(), src.language()));
            if (f.titleGivenByUser())
                e.add(d, RDFS.comment.asNode(), lit("The title is descriptive, given by the user: the text itself has none.", "en"));
        }
        if (f.publisherRef() != null) {
            e.add(d, uri(DCT + "publisher"), uri(f.publisherRef().iri()));
            e.describe(f.publisherRef(), null);
        } else if (f.publisher() != null) {
            e.add(d, uri(DCT + "publisher"), lit(f.publisher()));
        }
        if (f.creator() != null)
            e.add(d, uri(DCT + "creator"), lit(f.creator()));
        if (f.date() != null)
            e.add(d, uri(DCT + "issued"), typed(f.date().toString(), XSDDatatype.XSDdate));
        else if (f.day() != null)
            e.add(d, uri(DCT + "issued"), monthDay(f.day()));
        if (doc.dateline() != null)
            e.add(d, uri(Vocab.SCHEMA + "dateline"), lit(doc.dateline().span().of(doc.text()).strip()));
        if (f.place() != null)
            e.add(d, uri(Vocab.SCHEMA + "locationCreated"), lit(f.place()));
        if (f.source() != null)
            e.add(d, uri(DCT + "source"), f.source().matches("(?i)https?://\\S+") ? uri(f.source()) : lit(f.source()));
        e.add(d, uri(DCT + "language"), lit(src.language()));
        e.add(d, uri(DCT + "format"), lit(src.mediaType()));
        e.add(d, uri(Vocab.SCHEMA + "sha256"), lit(src.sha256()));
        e.add(d, Vocab.provWasGeneratedBy.asNode(), e.activity);
    }

    private static void run(Emitter e, Node d, SourceText src, Run run) {
        Node a = e.activity;
        e.add(a, TYPE, Vocab.provActivity.asNode());
        e.add(a, RDFS.label.asNode(), lit("policykg convert " + run.toolVersion(), "en"));
        e.add(a, uri(Vocab.SCHEMA + "softwareVersion"), lit(run.toolVersion()));
        e.add(a, Vocab.provUsed.asNode(), d);
        e.add(a, uri(Vocab.SCHEMA + "name"), lit(src.path().getFileName().toString()));
        if (run.startedAt() != null)
            e.add(a, Vocab.provStartedAtTime.asNode(),
                    typed(DateTimeFormatter.ISO_INSTANT.format(run.startedAt().atOffset(ZoneOffset.UTC)), XSDDatatype.XSDdateTime));
    }

    /** The text as a NIF context and its sentences; returns the context. */
    private static Node text(Emitter e, Node d, Document doc) {
        String text = doc.text();
        int length = e.cp(text.length());
        Node context = uri(Iris.span(e.docIri, 0, length));
        e.add(context, TYPE, Vocab.nifContext.asNode());
        e.add(context, TYPE, Vocab.nifRFC5147String.asNode());
        e.add(context, Vocab.nifIsString.asNode(), lit(text));
        e.add(context, Vocab.nifBeginIndex.asNode(), index(0));
        e.add(context, Vocab.nifEndIndex.asNode(), index(length));
        e.add(context, uri(Vocab.NIF + "sourceUrl"), d);
        for (Sentence s : doc.sentences()) {
            Node sn = e.fragment(s.span());
            e.add(sn, TYPE, Vocab.nifSentence.asNode());
            e.add(sn, TYPE, Vocab.nifString.asNode());
            e.add(sn, TYPE, Vocab.nifRFC5147String.asNode());
            e.add(sn, Vocab.nifBeginIndex.asNode(), index(e.cp(s.span().begin())));
            e.add(sn, Vocab.nifEndIndex.asNode(), index(e.cp(s.span().end())));
            e.add(sn, Vocab.nifAnchorOf.asNode(), lit(s.span().of(text)));
            e.add(sn, Vocab.nifReferenceContext.asNode(), context);
        }
        return context;
    }

    /**
     * The words that name known nodes, as NIF phrases linked to what they name; and the words a statement
     * minted a candidate from, so a candidate named in traditional characters (labelled in simplified ones)
     * can still be found where the text names it.
     */
    private static void phrases(Emitter e, Document doc, Node context) {
        for (Mention m : doc.mentions()) {
            e.phrase(doc.text(), m.span(), context, uri(m.concept().iri()));
            // an actor the text names (the names stage), with the posts it gives, reads on its own
            if (m.concept().candidate() || !m.posts().isEmpty())
                e.describe(m.concept(), m.span());
            for (ConceptRef post : m.posts()) {
                e.add(uri(m.concept().iri()), Vocab.holdsPost.asNode(), uri(post.iri()));
                e.describe(post, m.span());
            }
        }
        for (Statement st : doc.statements())
            for (Link l : st.links())
                if (l.target().candidate() && l.evidence() != null) {
                    Span words = wordsOf(doc.text(), l);
                    if (words != null)
                        e.phrase(doc.text(), words, context, uri(l.target().iri()));
                }
    }

    /**
     * The words a candidate was minted from: its label where the evidence holds it as written, else the evidence
     * trimmed (a label normalised from traditional characters or from letter case is not found as written).
     */
    private static Span wordsOf(String text, Link l) {
        Span ev = l.evidence();
        int b = text.indexOf(l.target().label(), ev.begin());
        if (b >= 0 && b + l.target().label().length() <= ev.end())
            return new Span(b, b + l.target().label().length());
        return trimmed(text, ev);
    }

    /** The evidence without the spaces and punctuation at its ends (a clause's object runs to the full stop). */
    private static Span trimmed(String text, Span s) {
        int b = s.begin(), end = s.end();
        while (b < end && !Character.isLetterOrDigit(text.codePointAt(b))) b += Character.charCount(text.codePointAt(b));
        while (end > b && !Character.isLetterOrDigit(text.codePointBefore(end))) end -= Character.charCount(text.codePointBefore(end));
        return b < end ? new Span(b, end) : null;
    }
}
