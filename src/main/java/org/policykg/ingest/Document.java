package org.policykg.ingest;

import java.util.List;

/**
 * A document and what the stages have read from it so far. Immutable: each stage returns a new
 * instance with its layer added.
 */
public record Document(SourceText source, List<Sentence> sentences, Dateline dateline, ReportedWork reportedWork,
                       List<Statement> statements) {

    public static Document of(SourceText source) {
        return new Document(source, List.of(), null, null, List.of());
    }

    public String text() { return source.text(); }

    public Document withSentences(List<Sentence> s) { return new Document(source, List.copyOf(s), dateline, reportedWork, statements); }

    public Document withDateline(Dateline d) { return new Document(source, sentences, d, reportedWork, statements); }

    public Document withReportedWork(ReportedWork r) { return new Document(source, sentences, dateline, r, statements); }

    public Document withStatements(List<Statement> s) { return new Document(source, sentences, dateline, reportedWork, List.copyOf(s)); }
}
