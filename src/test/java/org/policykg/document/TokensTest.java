package org.policykg.document;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * {@link Tokens#firstAtOrAfter} answers from a kept index once asked often: every answer, before and after the index
 * is made, must be the binary search's, for every offset in and around the words, with gaps of any width between them.
 */
class TokensTest {
    private static int searched(Tokens t, int offset) {
        int i = Arrays.binarySearch(t.starts, 0, t.size, offset);
        return i >= 0 ? i : -i - 1;
    }

    private static Tokens words(int... startsAndEnds) {
        int n = startsAndEnds.length / 2;
        String[] terms = new String[n + 3]; // arrays longer than the tokens, as the analyzers make them
        int[] starts = new int[n + 3], ends = new int[n + 3];
        for (int i = 0; i < n; i++) {
            terms[i] = "w" + i;
            starts[i] = startsAndEnds[2 * i];
            ends[i] = startsAndEnds[2 * i + 1];
        }
        return new Tokens(terms, starts, ends, n);
    }

    @Test
    void everyOffsetGetsTheBinarySearchsAnswerBeforeAndAfterTheIndexIsMade() {
        for (Tokens t : List.of(words(3, 7, 8, 9, 15, 27, 28, 30), words(0, 1), words(5, 6, 6, 9, 40, 41), words())) {
            int last = t.size == 0 ? 10 : t.ends[t.size - 1] + 5;
            for (int round = 0; round < 3; round++) // the first round searches; later ones read the index
                for (int offset = -2; offset <= last; offset++)
                    assertEquals(searched(t, offset), t.firstAtOrAfter(offset), "offset " + offset + ", round " + round);
        }
    }

    @Test
    void wordsThatStartTogetherAreAnsweredByTheSearchAlone() {
        Tokens t = words(2, 4, 2, 5, 9, 11, 9, 12, 20, 22);
        for (int round = 0; round < 3; round++)
            for (int offset = 0; offset <= 25; offset++)
                assertEquals(searched(t, offset), t.firstAtOrAfter(offset), "offset " + offset);
    }
}
