package org.policykg.extract.stages;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.policykg.document.Cancellation;
import org.policykg.document.Document;
import org.policykg.document.Layer;
import org.policykg.document.Sentence;
import org.policykg.document.Span;

/**
 * The sentences stage, whatever the language: it splits the document's region with the language's rule
 * ({@link #split}) and keeps what every language keeps the same way ({@link Spans}): sentences trimmed of
 * blanks, none without a letter or digit, numbered in text order, none longer than {@link #MAX_SENTENCE_CHARS}.
 */
abstract class SentenceStage implements Stage {
    /**
     * No real sentence is this long; a run of text without terminators (a 50 MB line) is cut into pieces
     * of at most this many chars where the language's {@link #cut} says, which keeps the work per sentence bounded.
     */
    static final int MAX_SENTENCE_CHARS = 2_000;

    @Override public final String name() { return "sentences"; }
    @Override public final Set<Layer> requires() { return Set.of(); }
    @Override public final Set<Layer> provides() { return Set.of(Layer.SENTENCES); }

    @Override
    public final Document apply(Document doc) {
        Spans out = new Spans(doc.text(), this);
        split(doc.text(), doc.region().begin(), doc.region().end(), out);
        return doc.withSentences(out.sentences);
    }

    /** Finds the sentences of {@code text} in [from, to) and gives each one's span to {@code out}, in text order. */
    abstract void split(String text, int from, int to, Spans out);

    /** Where to cut a run that starts at {@code from} and is longer than {@link #MAX_SENTENCE_CHARS}: after from, at most that far. */
    abstract int cut(String text, int from);

    /** The sentences found so far. */
    static final class Spans {
        private final String text;
        private final SentenceStage stage;
        private final List<Sentence> sentences = new ArrayList<>();

        private Spans(String text, SentenceStage stage) {
            this.text = text;
            this.stage = stage;
        }

        /** A sentence over [from, to): cut if too long, trimmed, kept when it has a letter or digit. */
        void add(int from, int to) {
            while (to - from > MAX_SENTENCE_CHARS) {
                Cancellation.check();
                int cut = stage.cut(text, from);
                add(from, cut);
                from = cut;
            }
            while (from < to && isBlank(text.charAt(from))) from++;
            while (to > from && isBlank(text.charAt(to - 1))) to--;
            if (from < to && hasWordChar(text, from, to))
                sentences.add(new Sentence(sentences.size() + 1, new Span(from, to)));
        }
    }

    static boolean isBlank(char c) {
        // invisible format characters (zero-width spaces, bidi marks, BOM) separate like white space
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT;
    }

    static boolean hasWordChar(String text, int from, int to) {
        for (int i = from; i < to; i++)
            if (Character.isLetterOrDigit(text.charAt(i)))
                return true;
        return false;
    }
}
