package org.policykg.extract.stages;

import org.policykg.document.Cancellation;

/**
 * Splits a Chinese document into sentences with exact offsets: a sentence ends at 。！？； (full or half
 * width ! ? ;), or an ellipsis, together with the closing quotation marks and brackets that follow it
 * (」』”’）》), and at every line end (Chinese text does not wrap lines inside a paragraph). Spaces,
 * ideographic ones too, are trimmed off both ends; no sentence is longer than the stage's limit.
 */
final class ChineseSentenceSplitter extends SentenceStage {
    private static final String TERMINATORS = "。！？；!?;…";
    private static final String CLOSING = "」』”’）)》〉】\"'";

    @Override
    void split(String text, int start, int n, Spans out) {
        for (int i = start; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                Cancellation.check();
                out.add(start, i);
                start = i + 1;
            } else if (TERMINATORS.indexOf(c) >= 0) {
                int end = i + 1;
                while (end < n && (TERMINATORS.indexOf(text.charAt(end)) >= 0 || CLOSING.indexOf(text.charAt(end)) >= 0))
                    end++;
                out.add(start, end);
                start = end;
                i = end - 1;
            }
        }
        out.add(start, n);
    }

    /** A run without terminators (a 50 MB line) is cut after a comma or at a space in the second half of the limit, else at the limit. */
    @Override
    int cut(String text, int from) {
        int max = MAX_SENTENCE_CHARS;
        int cut = from + max;
        while (cut > from + max / 2 && "，、,".indexOf(text.charAt(cut - 1)) < 0 && !isBlank(text.charAt(cut)))
            cut--;
        if (cut == from + max / 2)
            cut = from + max;
        if (Character.isLowSurrogate(text.charAt(cut)))
            cut--;
        return cut;
    }
}
