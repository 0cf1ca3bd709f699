package org.policykg.extract.stages;

import java.util.Arrays;

/** Finding a document's mentions by offset (they are in text order). */
final class Mentions {
    private Mentions() {}

    /** The index of the first mention starting at or after {@code offset}, given the mentions' start offsets. */
    static int firstAtOrAfter(int[] starts, int offset) {
        int i = Arrays.binarySearch(starts, offset);
        if (i < 0) return -i - 1;
        while (i > 0 && starts[i - 1] == offset) i--;
        return i;
    }
}
