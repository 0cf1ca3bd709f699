package org.policykg.rdf;

import java.util.Objects;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.policykg.document.*;

import static org.policykg.rdf.Emitter.*;

/** The work a document reports on: the article, its issue and periodical, its author and the author's posts. */
final class ReportedWorkWriter {
    private static final String DCT = DCTerms.NS;

    private ReportedWorkWriter() {}

    /** Emits the reported work and returns its node, or null when there is none. */
    static Node write(Emitter e, Node d, Document doc, Precedence.ReportedFacts f) {
        if (f == null)
            return null;
        ReportedWork rw = f.read();
        String venue = f.venue(), title = f.title(), issueName = f.issueName();
        // named by what identifies it; with neither title nor issue, only within this report
        String key = String.join(" ", Objects.toString(venue, ""), f.year(), Objects.toString(issueName, ""), Objects.toString(title, ""));
        if (title == null && issueName == null)
            key += " reported by " + Iris.slugOf(doc.source());
        Node w = uri(Iris.reportedWork(key));
        e.add(d, uri(Vocab.SSPO + "reportsOn"), w);
        e.add(w, TYPE, uri(Vocab.PolicyDocument.getURI()));
        e.add(w, TYPE, uri(Vocab.SCHEMA + "Article"));
        if (title != null)
            e.add(w, uri(DCT + "title"), lit(title, doc.source().language()));
        else
            e.add(w, uri(DCT + "identifier"), lit(w.getURI().substring(Vocab.ID.length())));
        if (f.date() != null)
            e.add(w, uri(DCT + "issued"), typed(f.date().toString(), XSDDatatype.XSDdate));
        else if (f.day() != null)
            e.add(w, uri(DCT + "issued"), monthDay(f.day()));
        if (rw.span() != null)
            e.add(w, Vocab.provWasDerivedFrom.asNode(), e.fragment(rw.span()));
        if (rw.authorRef() != null) {
            Node author = uri(rw.authorRef().iri());
            e.add(w, uri(DCT + "creator"), author);
            e.describe(rw.authorRef(), rw.span());
            for (ConceptRef post : rw.posts()) {
                e.add(author, Vocab.holdsPost.asNode(), uri(post.iri()));
                e.describe(post, rw.span());
            }
        }
        String userIssue = doc.source().metadata().reportedIssue();
        if (venue != null || rw.issue() != null || userIssue != null) {
            Node periodical = rw.venueRef() != null ? uri(rw.venueRef().iri()) : venue != null ? uri(Iris.periodical(venue)) : null;
            Node issue = uri(Iris.issue(String.join(" ", Objects.toString(venue, ""), f.year(), Objects.toString(issueName, ""))));
            e.add(w, uri(Vocab.SCHEMA + "isPartOf"), issue);
            e.add(issue, TYPE, uri(Vocab.SCHEMA + "PublicationIssue"));
            if (rw.issue() != null)
                e.add(issue, uri(Vocab.SCHEMA + "issueNumber"), lit(rw.issue()));
            if (userIssue != null)
                e.add(issue, uri(Vocab.SCHEMA + "name"), lit(userIssue));
            if (periodical != null) {
                e.add(issue, uri(Vocab.SCHEMA + "isPartOf"), periodical);
                if (rw.venueRef() != null) {
                    e.describe(rw.venueRef(), null);
                } else {
                    e.add(periodical, TYPE, uri(Vocab.SCHEMA + "Periodical"));
                    e.add(periodical, uri(Vocab.SCHEMA + "name"), lit(venue));
                }
                e.add(periodical, uri(Vocab.SCHEMA + "alternateName"), lit(venue));
            }
        }
        return w;
    }
}
