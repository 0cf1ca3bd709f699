package org.policykg.document;

import java.util.List;

/**
 * A document and what the stages have read from it so far. Immutable: each stage returns a new
 * instance with its layer added.
 *
 * @param mentions the known nodes named in the text, in text order, none crossing a sentence boundary
 */
public record Document(SourceText source, List<Sentence> sentences, List<Mention> mentions, Dateline dateline,
                       ReportedWork reportedWork, List<Statement> statements) {

    public static Document of(SourceText source) {
        return new Document(source, List.of(), List.of(), null, null, List.of());
    }

    public String text() { return source.text(); }

    public Document withSentences(List<Sentence> s) { return new Document(source, List.copyOf(s), mentions, dateline, reportedWork, statements); }

    public Document withMentions(List<Mention> m) { return new Document(source, sentences, List.copyOf(m), dateline, reportedWork, statements); }

    public Document withDateline(Dateline d) { return new Document(source, sentences, mentions, d, reportedWork, statements); }

    public Document withReportedWork(ReportedWork r) { return new Document(source, sentences, mentions, dateline, r, statements); }

    public Document withStatements(List<Statement> s) { return new Document(source, sentences, mentions, dateline, reportedWork, List.copyOf(s)); }
}
