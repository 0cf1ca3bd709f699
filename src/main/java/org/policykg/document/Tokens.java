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
        int[] index = firstAt;
        if (index == null) {
            if (++searches < INDEX_AFTER)
                return search(offset);
            index = firstAt = index();
        }
        if (index.length == 0)
            return search(offset);
        if (offset <= starts[0])
            return 0;
        return offset > starts[size - 1] ? size : index[offset - starts[0]];
    }

    private int search(int offset) {
        int i = Arrays.binarySearch(starts, 0, size, offset);
        return i >= 0 ? i : -i - 1;
    }

    /**
     * The stages ask for the token at an offset thousands of times a text: after {@link #INDEX_AFTER} searches, the answer
     * for every offset from the first token's start to the last's is kept (one int per character). Empty where the starts
     * do not rise strictly (no analyzer of the project makes such tokens), which the binary search answers as before.
     * Made once the offsets are final: a reader that moves them (to a region's place in the text) does so first.
     */
    private int[] firstAt;
    private int searches;
    private static final int INDEX_AFTER = 32;

    private int[] index() {
        if (size == 0)
            return new int[0];
        for (int i = 1; i < size; i++)
            if (starts[i] <= starts[i - 1])
                return new int[0];
        int base = starts[0];
        int[] out = new int[starts[size - 1] - base + 1];
        int k = 0;
        for (int o = 0; o < out.length; o++) {
            while (starts[k] < base + o)
                k++;
            out[o] = k;
        }
        return out;
    }

    /** Index one past the last token ending at or before {@code offset}. */
    public int endAtOrBefore(int offset) {
        int i = firstAtOrAfter(offset);
        while (i > 0 && ends[i - 1] > offset)
            i--;
        return i;
    }
}
