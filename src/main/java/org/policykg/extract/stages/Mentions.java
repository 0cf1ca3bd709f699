package org.policykg.extract.stages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.policykg.document.Mention;

/** Finding a document's mentions by offset (they are in text order), and putting names read as a whole among them. */
final class Mentions {
    private Mentions() {}

    /** The index of the first mention starting at or after {@code offset}, given the mentions' start offsets. */
    static int firstAtOrAfter(int[] starts, int offset) {
        int i = Arrays.binarySearch(starts, offset);
        if (i < 0) return -i - 1;
        while (i > 0 && starts[i - 1] == offset) i--;
        return i;
    }

    /**
     * The mentions with {@code whole} put in: each a name read as a whole, so every mention it overlaps (a known name
     * inside it, another reading of its words) gives way. In text order.
     */
    static List<Mention> withWholeNames(List<Mention> mentions, List<Mention> whole) {
        List<Mention> out = new ArrayList<>(mentions);
        out.removeIf(k -> whole.stream().anyMatch(m -> m.span().overlaps(k.span())));
        out.addAll(whole);
        out.sort(Comparator.comparingInt((Mention m) -> m.span().begin()).thenComparingInt(m -> m.span().end()));
        return out;
    }
}
