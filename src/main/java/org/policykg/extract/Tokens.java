package org.policykg.extract;

import java.util.Arrays;

/** A text's words as one analyzer normalised them, with each word's char offsets in the text. */
final class Tokens {
    final String[] terms;
    final int[] starts;
    final int[] ends;
    final int size;

    Tokens(String[] terms, int[] starts, int[] ends, int size) {
        this.terms = terms;
        this.starts = starts;
        this.ends = ends;
        this.size = size;
    }

    /** Index of the first token starting at or after char offset {@code offset}. */
    int firstAtOrAfter(int offset) {
        int i = Arrays.binarySearch(starts, 0, size, offset);
        return i >= 0 ? i : -i - 1;
    }

    /** Index one past the last token ending at or before {@code offset}. */
    int endAtOrBefore(int offset) {
        int i = firstAtOrAfter(offset);
        while (i > 0 && ends[i - 1] > offset)
            i--;
        return i;
    }
}
