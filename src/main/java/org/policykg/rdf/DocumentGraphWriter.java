package org.policykg.rdf;

import java.nio.file.Path;
import java.time.Instant;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.*;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.policykg.document.*;

/**
 * Writes a converted {@link Document} as RDF into one named graph: the document with its Dublin Core
 * metadata, its text as a NIF context, every sentence as a NIF string (offsets in Unicode code points),
 * the statements with their links, the reported work, and the conversion run. IRIs depend only on the
 * input (file name or identifier, text, hash), so the same input gives the same triples.
 */
public final class DocumentGraphWriter {
    /** The converting tool and, optionally, when it ran (left out for repeatable output). */
    public record Run(String toolVersion, Instant startedAt) {}

    private static final String DCT = DCTerms.NS;
    /** ITS 2.0 in RDF: how NIF links a phrase to the entity it names. */
    private static final String ITSRDF = "http://www.w3.org/2005/11/its/rdf#";
    private static final Node TYPE = RDF.type.asNode();
    private static final Node CANDIDATE = NodeFactory.createURI(Vocab.SSPO + "candidate");
    private final Document doc;
    private final Run run;
    private final StreamRDF out;
    private final Node graph;
    private final String docIri;
    private final int[] codePointAt;
    private final Set<Node> described = new HashSet<>();
    private Node activity;

    private DocumentGraphWriter(Document doc, Run run, StreamRDF out) {
        this.doc = doc;
        this.run = run;
        this.out = out;
        this.docIri = documentIri(doc.source());
        this.graph = graphOf(doc.source());
        this.codePointAt = codePointIndex(doc.text());
    }

    /** Emits the document's graph as quads. */
    public static void write(Document doc, Run run, StreamRDF out) {
        new DocumentGraphWriter(doc, run, out).write();
    }

    /** The slug a document is named by: its identifier, else its file name without extension. */
    public static String slugOf(SourceText source) {
        String id = source.metadata().identifier();
        if (id != null && !id.isBlank())
            return slug(id);
        String name = source.path().getFileName().toString();
        int dot = name.lastIndexOf('.');
        return slug(dot > 0 ? name.substring(0, dot) : name);
    }

    public static String documentIri(SourceText source) { return Vocab.ID + "doc/" + slugOf(source); }

    public static Node graphOf(SourceText source) { return NodeFactory.createURI(Vocab.GRAPH + "doc/" + slugOf(source)); }

    /** The graph a file would be converted into, without reading it (metadata identifiers aside). */
    public static Node graphOfFile(Path file, Metadata metadata) {
        return graphOf(new SourceText(file, "", metadata, "", "text/plain"));
    }

    private void write() {
        out.start();
        Node d = uri(docIri);
        SourceText src = doc.source();
        Metadata md = src.metadata();
        String text = doc.text();
        activity = uri(Vocab.ID + "activity/convert-" + src.sha256().substring(0, 16) + "-" + slug(run.toolVersion()));

        add(d, TYPE, uri(Vocab.PolicyDocument.getURI()));
        add(d, p(DCT + "identifier"), lit(slugOf(src)));
        if (md.title() != null) {
            add(d, p(DCT + "title"), lit(md.title(), src.language()));
            if (Boolean.TRUE.equals(md.titleGivenByUser()))
                add(d, RDFS.comment.asNode(), lit("The title is descriptive, given by the user: the text itself has none.", "en"));
        }
        Dateline dl = doc.dateline();
        if (dl != null && dl.publisherRef() != null) {
            add(d, p(DCT + "publisher"), uri(dl.publisherRef().iri()));
            describe(dl.publisherRef(), null);
        } else if (md.publisher() != null) {
            add(d, p(DCT + "publisher"), lit(md.publisher()));
        } else if (dl != null) {
            add(d, p(DCT + "publisher"), lit(dl.publisher()));
        }
        if (md.author() != null)
            add(d, p(DCT + "creator"), lit(md.author()));
        if (md.date() != null)
            add(d, p(DCT + "issued"), typed(md.date().toString(), XSDDatatype.XSDdate));
        else if (dl != null && dl.day() != null)
            add(d, p(DCT + "issued"), monthDay(dl.day()));
        if (dl != null) {
            add(d, p(Vocab.SCHEMA + "dateline"), lit(dl.span().of(text).strip()));
            if (dl.place() != null)
                add(d, p(Vocab.SCHEMA + "locationCreated"), lit(dl.place()));
        } else if (md.place() != null) {
            add(d, p(Vocab.SCHEMA + "locationCreated"), lit(md.place()));
        }
        if (md.source() != null)
            add(d, p(DCT + "source"), md.source().matches("(?i)https?://\\S+") ? uri(md.source()) : lit(md.source()));
        add(d, p(DCT + "language"), lit(src.language()));
        add(d, p(DCT + "format"), lit(src.mediaType()));
        add(d, p(Vocab.SCHEMA + "sha256"), lit(src.sha256()));
        add(d, Vocab.provWasGeneratedBy.asNode(), activity);

        // the run
        add(activity, TYPE, Vocab.provActivity.asNode());
        add(activity, RDFS.label.asNode(), lit("policykg convert " + run.toolVersion(), "en"));
        add(activity, p(Vocab.SCHEMA + "softwareVersion"), lit(run.toolVersion()));
        add(activity, Vocab.provUsed.asNode(), d);
        add(activity, p(Vocab.SCHEMA + "name"), lit(src.path().getFileName().toString()));
        if (run.startedAt() != null)
            add(activity, Vocab.provStartedAtTime.asNode(),
                    typed(DateTimeFormatter.ISO_INSTANT.format(run.startedAt().atOffset(ZoneOffset.UTC)), XSDDatatype.XSDdateTime));

        // the text and its sentences
        int length = cp(text.length());
        Node context = uri(docIri + "#char=0," + length);
        add(context, TYPE, Vocab.nifContext.asNode());
        add(context, TYPE, Vocab.nifRFC5147String.asNode());
        add(context, Vocab.nifIsString.asNode(), lit(text));
        add(context, Vocab.nifBeginIndex.asNode(), index(0));
        add(context, Vocab.nifEndIndex.asNode(), index(length));
        add(context, p(Vocab.NIF + "sourceUrl"), d);
        for (Sentence s : doc.sentences()) {
            Node sn = sentence(s.span());
            int b = cp(s.span().begin()), e = cp(s.span().end());
            add(sn, TYPE, Vocab.nifSentence.asNode());
            add(sn, TYPE, Vocab.nifString.asNode());
            add(sn, TYPE, Vocab.nifRFC5147String.asNode());
            add(sn, Vocab.nifBeginIndex.asNode(), index(b));
            add(sn, Vocab.nifEndIndex.asNode(), index(e));
            add(sn, Vocab.nifAnchorOf.asNode(), lit(s.span().of(text)));
            add(sn, Vocab.nifReferenceContext.asNode(), context);
        }

        // the words that name known nodes, as NIF phrases linked to what they name
        Node taIdentRef = uri(ITSRDF + "taIdentRef");
        for (Mention m : doc.mentions()) {
            Node phrase = sentence(m.span());
            add(phrase, TYPE, uri(Vocab.NIF + "Phrase"));
            add(phrase, TYPE, Vocab.nifString.asNode());
            add(phrase, TYPE, Vocab.nifRFC5147String.asNode());
            add(phrase, Vocab.nifBeginIndex.asNode(), index(cp(m.span().begin())));
            add(phrase, Vocab.nifEndIndex.asNode(), index(cp(m.span().end())));
            add(phrase, Vocab.nifAnchorOf.asNode(), lit(m.span().of(text)));
            add(phrase, Vocab.nifReferenceContext.asNode(), context);
            add(phrase, taIdentRef, uri(m.concept().iri()));
        }

        Node reported = reportedWork(d, activity);
        for (Statement st : doc.statements())
            statement(st, d, reported, activity);
        out.finish();
    }

    private Node reportedWork(Node d, Node activity) {
        ReportedWork rw = doc.reportedWork();
        if (rw == null)
            return null;
        Metadata md = doc.source().metadata();
        String title = md.reportedTitle() != null ? md.reportedTitle() : rw.title();
        String venue = rw.venue() != null ? rw.venue() : md.reportedVenue();
        String year = md.reportedDate() != null ? Integer.toString(md.reportedDate().getYear()) : "";
        String issueName = rw.issue() != null ? rw.issue() : md.reportedIssue();
        // named by what identifies it; with neither title nor issue, only within this report
        String key = String.join(" ", Objects.toString(venue, ""), year, Objects.toString(issueName, ""), Objects.toString(title, ""));
        if (title == null && issueName == null)
            key += " reported by " + slugOf(doc.source());
        Node w = uri(Vocab.ID + "doc/" + slug(key, 100));
        add(d, p(Vocab.SSPO + "reportsOn"), w);
        add(w, TYPE, uri(Vocab.PolicyDocument.getURI()));
        add(w, TYPE, uri(Vocab.SCHEMA + "Article"));
        if (title != null)
            add(w, p(DCT + "title"), lit(title, doc.source().language()));
        else
            add(w, p(DCT + "identifier"), lit(w.getURI().substring(Vocab.ID.length())));
        if (md.reportedDate() != null)
            add(w, p(DCT + "issued"), typed(md.reportedDate().toString(), XSDDatatype.XSDdate));
        else if (rw.day() != null)
            add(w, p(DCT + "issued"), monthDay(rw.day()));
        if (rw.span() != null)
            add(w, Vocab.provWasDerivedFrom.asNode(), sentence(rw.span()));
        if (rw.authorRef() != null) {
            Node author = uri(rw.authorRef().iri());
            add(w, p(DCT + "creator"), author);
            describe(rw.authorRef(), rw.span());
            for (ConceptRef post : rw.posts()) {
                add(author, Vocab.holdsPost.asNode(), uri(post.iri()));
                describe(post, rw.span());
            }
        }
        if (venue != null || rw.issue() != null || md.reportedIssue() != null) {
            Node periodical = rw.venueRef() != null ? uri(rw.venueRef().iri())
                    : venue != null ? uri(Vocab.ID + "periodical/" + slug(venue)) : null;
            Node issue = uri(Vocab.ID + "issue/" + slug(String.join(" ", Objects.toString(venue, ""), year, Objects.toString(issueName, ""))));
            add(w, p(Vocab.SCHEMA + "isPartOf"), issue);
            add(issue, TYPE, uri(Vocab.SCHEMA + "PublicationIssue"));
            if (rw.issue() != null)
                add(issue, p(Vocab.SCHEMA + "issueNumber"), lit(rw.issue()));
            if (md.reportedIssue() != null)
                add(issue, p(Vocab.SCHEMA + "name"), lit(md.reportedIssue()));
            if (periodical != null) {
                add(issue, p(Vocab.SCHEMA + "isPartOf"), periodical);
                if (rw.venueRef() != null) {
                    describe(rw.venueRef(), null);
                } else {
                    add(periodical, TYPE, uri(Vocab.SCHEMA + "Periodical"));
                    add(periodical, p(Vocab.SCHEMA + "name"), lit(venue));
                }
                add(periodical, p(Vocab.SCHEMA + "alternateName"), lit(rw.venue() != null ? rw.venue() : venue));
            }
        }
        return w;
    }

    private void statement(Statement st, Node d, Node reported, Node activity) {
        Node s = uri(docIri + "/statement/" + st.number());
        Node sentence = sentence(st.sentence().span());
        add(s, TYPE, uri(Vocab.Statement.getURI()));
        add(s, RDFS.label.asNode(), lit("Statement " + st.number() + " of " + slugOf(doc.source()), "en"));
        boolean reportedSpeech = st.reported() && reported != null;
        add(s, Vocab.statedIn.asNode(), reportedSpeech ? reported : d);
        if (reportedSpeech && doc.reportedWork().authorRef() != null) {
            add(s, p(Vocab.PROV + "wasAttributedTo"), uri(doc.reportedWork().authorRef().iri()));
        } else if (st.speaker() != null) {
            add(s, p(Vocab.PROV + "wasAttributedTo"), uri(st.speaker().iri()));
            describe(st.speaker(), st.sentence().span());
        }
        add(s, Vocab.provWasDerivedFrom.asNode(), sentence);
        add(s, Vocab.provWasGeneratedBy.asNode(), activity);
        if (st.modalityIri() != null)
            add(s, Vocab.modality.asNode(), uri(st.modalityIri()));
        List<ConceptRef> actors = st.targets(Role.RESPONSIBLE_ACTOR);
        for (Link l : st.links()) {
            Node target = uri(l.target().iri());
            describe(l.target(), st.sentence().span());
            switch (l.role()) {
                case GOAL -> add(s, Vocab.setsGoal.asNode(), target);
                case REFORM -> add(s, Vocab.proposesReform.asNode(), target);
                case PRINCIPLE -> add(s, Vocab.upholdsPrinciple.asNode(), target);
                case RESPONSIBLE_ACTOR -> add(s, Vocab.responsibleActor.asNode(), target);
                case MENTION -> { }
            }
            add(s, Vocab.mentions.asNode(), target);
            if (l.role() == Role.GOAL || l.role() == Role.REFORM)
                for (ConceptRef a : actors)
                    add(uri(a.iri()), Vocab.responsibleFor.asNode(), target);
        }
        if (st.whole() != null) {
            describe(st.whole(), st.sentence().span());
            for (ConceptRef c : st.components()) {
                describe(c, st.sentence().span());
                add(uri(st.whole().iri()), Vocab.hasComponent.asNode(), uri(c.iri()));
            }
        }
    }

    /** Type and label of a node the graph points at, so the graph reads on its own; candidates say where they came from. */
    private void describe(ConceptRef ref, Span evidence) {
        Node n = uri(ref.iri());
        if (!described.add(n))
            return;
        if (ref.typeIri() != null)
            add(n, TYPE, uri(ref.typeIri()));
        add(n, SKOS.prefLabel.asNode(), lit(ref.label(), ref.language()));
        if (ref.candidate()) {
            add(n, RDFS.label.asNode(), lit(ref.label(), ref.language()));
            add(n, CANDIDATE, typed("true", XSDDatatype.XSDboolean));
            if (!Vocab.SSPO.concat("Post").equals(ref.typeIri()) && !Vocab.Person.getURI().equals(ref.typeIri()))
                add(n, TYPE, SKOS.Concept.asNode());
            if (evidence != null)
                add(n, Vocab.provWasDerivedFrom.asNode(), sentence(evidence));
            add(n, Vocab.provWasGeneratedBy.asNode(), activity);
        }
    }

    private Node sentence(Span span) {
        return uri(docIri + "#char=" + cp(span.begin()) + "," + cp(span.end()));
    }

    private int cp(int charIndex) { return codePointAt == null ? charIndex : codePointAt[charIndex]; }

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

    private void add(Node s, Node p, Node o) { out.quad(Quad.create(graph, s, p, o)); }

    private static Node uri(String iri) { return NodeFactory.createURI(iri); }
    private static Node p(String iri) { return NodeFactory.createURI(iri); }
    private static Node lit(String s) { return NodeFactory.createLiteralString(s); }
    private static Node lit(String s, String lang) { return NodeFactory.createLiteralLang(s, lang); }
    private static Node typed(String s, XSDDatatype t) { return NodeFactory.createLiteralDT(s, t); }
    private static Node index(int i) { return typed(Integer.toString(i), XSDDatatype.XSDnonNegativeInteger); }

    private static Node monthDay(MonthDay md) {
        return typed(String.format("--%02d-%02d", md.getMonthValue(), md.getDayOfMonth()), XSDDatatype.XSDgMonthDay);
    }

    private static String slug(String s) { return Slugs.of(s, 80); }

    private static String slug(String s, int max) { return Slugs.of(s, max); }
}
