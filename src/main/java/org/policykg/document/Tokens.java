package org.policykg.document;

import java.util.Arrays;

/** A text's words as one analyzer normalised them, with each word's char offsets in the text. */
public final class Tokens {
    public final String[] terms;
    public final int[] starts;
    public final int[] ends;
    public final int size;

    public Tokens(String[] terms, int[] starts, int[] ends, int size) {
        this.terms = terms;
        this.starts = starts;
        this.ends = ends;
        this.size = size;
    }

    /** Index of the first token starting at or after char offset {@code offset}. */
    public int firstAtOrAfter(int offset) {
        int i = Arrays.binarySearch(starts, 0, size, offset);
        return i >= 0 ? i : -i - 1;
    }

    /** Index one past the last token ending at or before {@code offset}. */
    public int endAtOrBefore(int offset) {
        int i = firstAtOrAfter(offset);
        while (i > 0 && ends[i - 1] > offset)
            i--;
        return i;
    }
}
