package org.policykg.document;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A document and what the stages have read from it so far. Immutable: each stage returns a new
 * instance with its layer added. Reading a layer that no stage has run is an error
 * ({@link IllegalStateException}); a layer that ran and found nothing is an empty list or a null.
 *
 * @param region   the stretch of the text the stages read: all of it, or one language's lines of a mixed document
 * @param layers   the layers run so far
 * @param tokens   the words of the region as the cue analyzer reads them
 * @param mentions the known nodes named in the text, in text order, none crossing a sentence boundary
 * @param voices   who speaks, per sentence that may make a statement
 * @param words    part-of-speech tags and noun phrases where the tagger read (English only)
 */
public record Document(SourceText source, Span region, Set<Layer> layers, List<Sentence> sentences, Tokens tokens, List<Mention> mentions,
                       Dateline dateline, ReportedWork reportedWork, List<Voice> voices, List<Statement> statements, Words words) {

    public Document {
        layers = Set.copyOf(layers);
    }

    /** The document before any stage: its whole text to read. */
    public static Document of(SourceText source) {
        return of(source, new Span(0, source.text().length()));
    }

    /** The document before any stage, with only {@code region} of its text to read. */
    public static Document of(SourceText source, Span region) {
        return new Document(source, region, Set.of(), List.of(), null, List.of(), null, null, List.of(), List.of(), null);
    }

    public String text() { return source.text(); }

    public boolean has(Layer layer) { return layers.contains(layer); }

    private void require(Layer layer) {
        if (!layers.contains(layer))
            throw new IllegalStateException("the " + layer.label() + " layer has not been run on " + source.path());
    }

    private Set<Layer> plus(Layer layer) {
        EnumSet<Layer> s = layers.isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(layers);
        s.add(layer);
        return s;
    }

    @Override public List<Sentence> sentences() { require(Layer.SENTENCES); return sentences; }
    @Override public Tokens tokens() { require(Layer.TOKENS); return tokens; }
    @Override public List<Mention> mentions() { require(Layer.MENTIONS); return mentions; }
    /** The dateline, or null when the text has none. */
    @Override public Dateline dateline() { require(Layer.DATELINE); return dateline; }
    /** The reported work, or null when neither the text nor the metadata names one. */
    @Override public ReportedWork reportedWork() { require(Layer.REPORTED_WORK); return reportedWork; }
    @Override public List<Voice> voices() { require(Layer.SPEAKERS); return voices; }
    @Override public List<Statement> statements() { require(Layer.STATEMENTS); return statements; }
    /** The tagged words (their noun phrases are empty until the chunker has run). */
    @Override public Words words() { require(Layer.TAGS); return words; }
    public List<Span> nounPhrases() { require(Layer.NOUN_PHRASES); return words.nounPhrases(); }

    public Document withSentences(List<Sentence> s) {
        return new Document(source, region, plus(Layer.SENTENCES), List.copyOf(s), tokens, mentions, dateline, reportedWork, voices, statements, words);
    }

    public Document withTokens(Tokens t) {
        return new Document(source, region, plus(Layer.TOKENS), sentences, t, mentions, dateline, reportedWork, voices, statements, words);
    }

    public Document withMentions(List<Mention> m) {
        return new Document(source, region, plus(Layer.MENTIONS), sentences, tokens, List.copyOf(m), dateline, reportedWork, voices, statements, words);
    }

    public Document withDateline(Dateline d) {
        return new Document(source, region, plus(Layer.DATELINE), sentences, tokens, mentions, d, reportedWork, voices, statements, words);
    }

    public Document withReportedWork(ReportedWork r) {
        return new Document(source, region, plus(Layer.REPORTED_WORK), sentences, tokens, mentions, dateline, r, voices, statements, words);
    }

    public Document withVoices(List<Voice> v) {
        return new Document(source, region, plus(Layer.SPEAKERS), sentences, tokens, mentions, dateline, reportedWork, List.copyOf(v), statements, words);
    }

    public Document withStatements(List<Statement> s) {
        return new Document(source, region, plus(Layer.STATEMENTS), sentences, tokens, mentions, dateline, reportedWork, voices, List.copyOf(s), words);
    }

    public Document withTags(Words w) {
        return new Document(source, region, plus(Layer.TAGS), sentences, tokens, mentions, dateline, reportedWork, voices, statements, w);
    }

    public Document withNounPhrases(List<Span> phrases) {
        require(Layer.TAGS);
        return new Document(source, region, plus(Layer.NOUN_PHRASES), sentences, tokens, mentions, dateline, reportedWork, voices, statements,
                words.withNounPhrases(phrases));
    }
}
