package org.policykg.extract;

import java.util.*;

import org.policykg.document.*;

/**
 * A document whose lines are in two languages (a Chinese report quoting an English paragraph, a
 * bilingual release) is cut once into runs of lines of one language (each line is Chinese or not by
 * {@link SourceText#looksChinese}; lines without letters stay with the run they stand in), each run is
 * read by its own language's pipeline, and the parts are merged in text order, sentences and statements
 * renumbered. The dateline is read from the first run, the reported work from the first run that
 * announces one (else from the metadata, as every run reads it).
 */
final class LanguageSegments {
    private LanguageSegments() {}

    /** A run of lines in one language. */
    record Segment(Span span, boolean chinese) {}

    /** The runs of the document's lines by language, or one run of all of it when the document is of one language or the user named it. */
    static List<Segment> of(SourceText source) {
        String text = source.text();
        Segment whole = new Segment(new Span(0, text.length()), source.language().toLowerCase(Locale.ROOT).startsWith("zh"));
        if (source.metadata().language() != null)
            return List.of(whole);
        List<Segment> out = new ArrayList<>();
        int runStart = 0;
        Boolean runChinese = null;
        int start = 0;
        while (start < text.length()) {
            int end = start;
            while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r')
                end++;
            String line = text.substring(start, end);
            if (line.codePoints().anyMatch(Character::isLetter)) {
                boolean zh = SourceText.looksChinese(line);
                if (runChinese != null && zh != runChinese) {
                    out.add(new Segment(new Span(runStart, start), runChinese));
                    runStart = start;
                }
                runChinese = zh;
            }
            start = end + 1;
        }
        if (out.isEmpty())
            return List.of(whole);
        out.add(new Segment(new Span(runStart, text.length()), runChinese));
        return out;
    }

    /** The parts, each read from its own segment, as one document of {@code source}. */
    static Document merge(SourceText source, List<Document> parts) {
        List<Sentence> sentences = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        List<Voice> voices = new ArrayList<>();
        List<Statement> statements = new ArrayList<>();
        ReportedWork reported = null;
        for (Document p : parts) {
            sentences.addAll(p.sentences());
            mentions.addAll(p.mentions());
            voices.addAll(p.voices());
            statements.addAll(p.statements());
            if (p.reportedWork() != null && (reported == null || reported.span() == null && p.reportedWork().span() != null))
                reported = p.reportedWork();
        }
        Map<Span, Sentence> renumbered = new HashMap<>();
        for (int i = 0; i < sentences.size(); i++)
            renumbered.put(sentences.get(i).span(), new Sentence(i + 1, sentences.get(i).span()));
        List<Statement> numbered = new ArrayList<>();
        for (Statement s : statements)
            numbered.add(new Statement(numbered.size() + 1, renumbered.get(s.sentence().span()), s.modalityIri(),
                    s.reported(), s.speaker(), s.links(), s.whole(), s.components()));
        List<Voice> voicesRenumbered = voices.stream().map(v -> new Voice(renumbered.get(v.sentence().span()), v.contentStart(),
                v.reported(), v.speaker(), v.reportingModalityIri())).toList();
        return Document.of(source)
                .withSentences(sentences.stream().map(s -> renumbered.get(s.span())).toList())
                .withMentions(mentions)
                .withDateline(parts.get(0).dateline())
                .withReportedWork(reported)
                .withVoices(voicesRenumbered)
                .withStatements(numbered);
    }
}
