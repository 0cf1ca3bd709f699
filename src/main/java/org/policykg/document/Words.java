package org.policykg.document;

import java.util.Arrays;
import java.util.List;

/**
 * Words of the text with their part-of-speech tags (Universal Dependencies: NOUN, ADJ, ADP, ...), for the
 * stretches the tagger read, and the noun phrases chunked from them. Offsets are chars into the text.
 *
 * @param starts      each word's first char, ascending
 * @param ends        one past each word's last char
 * @param tags        each word's tag
 * @param nounPhrases the noun phrases, in text order, none crossing a clause or sentence boundary (empty before chunking)
 */
public record Words(int[] starts, int[] ends, String[] tags, List<Span> nounPhrases) {
    public Words {
        nounPhrases = List.copyOf(nounPhrases);
    }

    public int size() { return starts.length; }

    /** Index of the first word starting at or after {@code offset}. */
    public int firstAtOrAfter(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : -i - 1;
    }

    /** The tag of the word that starts at {@code offset}, or null where no tagged word starts there. */
    public String tagAt(int offset) {
        int i = firstAtOrAfter(offset);
        return i < size() && starts[i] == offset ? tags[i] : null;
    }

    public Words withNounPhrases(List<Span> phrases) {
        return new Words(starts, ends, tags, phrases);
    }
}
