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
 * Splits a Chinese document into sentences with exact offsets: a sentence ends at 。！？； (full or half
 * width ! ? ;), or an ellipsis, together with the closing quotation marks and brackets that follow it
 * (」』”’）》), and at every line end (Chinese text does not wrap lines inside a paragraph). Spaces,
 * ideographic ones too, are trimmed off both ends; no sentence is longer than the English splitter's limit.
 */
final class ChineseSentenceSplitter implements Stage {
    private static final String TERMINATORS = "。！？；!?;…";
    private static final String CLOSING = "」』”’）)》〉】\"'";

    @Override public String name() { return "sentences"; }
    @Override public Set<Layer> requires() { return Set.of(); }
    @Override public Set<Layer> provides() { return Set.of(Layer.SENTENCES); }

    @Override
    public Document apply(Document doc) {
        String text = doc.text();
        List<Sentence> out = new ArrayList<>();
        int n = doc.region().end();
        int start = doc.region().begin();
        for (int i = start; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                Cancellation.check();
                add(text, start, i, out);
                start = i + 1;
            } else if (TERMINATORS.indexOf(c) >= 0) {
                int end = i + 1;
                while (end < n && (TERMINATORS.indexOf(text.charAt(end)) >= 0 || CLOSING.indexOf(text.charAt(end)) >= 0))
                    end++;
                add(text, start, end, out);
                start = end;
                i = end - 1;
            }
        }
        add(text, start, n, out);
        return doc.withSentences(out);
    }

    private static void add(String text, int from, int to, List<Sentence> out) {
        // a run without terminators (a 50 MB line) is cut as the English splitter cuts it, preferring a comma or a space
        int max = SentenceSplitter.MAX_SENTENCE_CHARS;
        while (to - from > max) {
            Cancellation.check();
            int cut = from + max;
            while (cut > from + max / 2 && "，、,".indexOf(text.charAt(cut - 1)) < 0 && !SentenceSplitter.isBlank(text.charAt(cut)))
                cut--;
            if (cut == from + max / 2)
                cut = from + max;
            if (Character.isLowSurrogate(text.charAt(cut)))
                cut--;
            add(text, from, cut, out);
            from = cut;
        }
        while (from < to && SentenceSplitter.isBlank(text.charAt(from))) from++;
        while (to > from && SentenceSplitter.isBlank(text.charAt(to - 1))) to--;
        for (int i = from; i < to; i++)
            if (Character.isLetterOrDigit(text.charAt(i))) {
                out.add(new Sentence(out.size() + 1, new Span(from, to)));
                return;
            }
    }
}
