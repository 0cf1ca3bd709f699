package org.policykg.rdf;

import java.time.LocalDate;
import java.time.MonthDay;

import org.policykg.document.*;

/**
 * The one step where the text and the sidecar metadata meet: what the graph says about a document and
 * the work it reports on, decided field by field before anything is written (docs/pipeline.md has the
 * table). The rule: a node the concept scheme knows beats a name; a whole value beats part of one (a
 * date beats a month and day); otherwise the text wins where it is read from a sentence the graph cites
 * (dateline place, reported venue and issue number) and the user wins for names they give or correct
 * (titles, the publisher's name); what the text never says (author, source, the year) comes from the
 * metadata alone.
 */
final class Precedence {
    private Precedence() {}

    /**
     * @param publisherRef the publisher's node, when the dateline names one the scheme knows or the text names as an actor
     * @param publisher    else the publisher's name
     * @param date         the full date of issue, or null
     * @param day          else month and day, or null
     */
    record DocumentFacts(String title, boolean titleGivenByUser, ConceptRef publisherRef, String publisher, LocalDate date,
                         MonthDay day, String place, String creator, String source) {}

    /**
     * @param year the year of the issue (metadata only: a text's "8th issue" does not give it), "" when unknown
     */
    record ReportedFacts(ReportedWork read, String title, String venue, String year, String issueName, LocalDate date, MonthDay day) {}

    static DocumentFacts document(Document doc) {
        Metadata md = doc.source().metadata();
        Dateline dl = doc.dateline();
        ConceptRef publisherRef = dl != null ? dl.publisherRef() : null;
        String publisher = publisherRef != null ? null : first(md.publisher(), dl == null ? null : dl.publisher());
        LocalDate date = md.date();
        MonthDay day = date == null && dl != null ? dl.day() : null;
        String place = first(dl == null ? null : dl.place(), md.place());
        return new DocumentFacts(md.title(), Boolean.TRUE.equals(md.titleGivenByUser()), publisherRef, publisher, date, day, place,
                md.author(), md.source());
    }

    /** The reported work's facts, or null when the document reports on none. */
    static ReportedFacts reported(Document doc) {
        ReportedWork rw = doc.reportedWork();
        if (rw == null)
            return null;
        Metadata md = doc.source().metadata();
        String year = md.reportedDate() != null ? Integer.toString(md.reportedDate().getYear()) : "";
        return new ReportedFacts(rw, first(md.reportedTitle(), rw.title()), first(rw.venue(), md.reportedVenue()), year,
                first(rw.issue(), md.reportedIssue()), md.reportedDate(), md.reportedDate() == null ? rw.day() : null);
    }

    private static <T> T first(T a, T b) { return a != null ? a : b; }
}
