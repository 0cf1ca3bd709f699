package org.policykg.extract.stages;

import java.util.*;

import org.policykg.document.Tokens;

/**
 * Finds known phrases in a token sequence: a trie over normalised words, matched leftmost-longest in
 * one pass, so the cost grows with the text, not with the number of phrases.
 */
final class PhraseMatcher<T> {
    /** A phrase found at tokens [from, to). */
    record Match<T>(int from, int to, T value) {}

    private static final class Node<T> {
        final Map<String, Node<T>> next = new HashMap<>(4);
        T value;
    }

    private final Node<T> root = new Node<>();
    /**
     * The first words' hash codes, one bit each (4,096 bits): most words start no phrase, and a matcher is asked about
     * every word of a sentence, so a clear bit answers without probing the root's map.
     */
    private final long[] firstWordBits = new long[64];

    /** Adds a phrase; the first value added for the same words wins. */
    void add(List<String> terms, T value) {
        if (terms.isEmpty())
            return;
        int h = terms.get(0).hashCode();
        firstWordBits[(h >>> 6) & 63] |= 1L << h;
        Node<T> n = root;
        for (String t : terms)
            n = n.next.computeIfAbsent(t, k -> new Node<>());
        if (n.value == null)
            n.value = value;
    }

    /** The longest phrase starting at token {@code i} and ending by {@code limit}, or null. */
    Match<T> longestAt(Tokens tokens, int i, int limit) {
        if (i >= limit)
            return null;
        int h = tokens.terms[i].hashCode();
        if ((firstWordBits[(h >>> 6) & 63] & 1L << h) == 0)
            return null;
        Node<T> n = root;
        Match<T> best = null;
        for (int j = i; j < limit; j++) {
            n = n.next.get(tokens.terms[j]);
            if (n == null)
                break;
            if (n.value != null)
                best = new Match<>(i, j + 1, n.value);
        }
        return best;
    }

    /**
     * The last text's matches on this thread, by range: the tagger, the statement stage, the phrase features and the
     * measure spans ask the same matcher about the same sentence of the same words.
     */
    private final ThreadLocal<Found<T>> lastFound = ThreadLocal.withInitial(Found::new);

    private static final class Found<T> {
        Tokens tokens;
        final Map<Long, List<Match<T>>> byRange = new HashMap<>();
    }

    /** Non-overlapping matches in tokens [from, to), leftmost first, longest at each place (a list that cannot be changed). */
    List<Match<T>> find(Tokens tokens, int from, int to) {
        Found<T> found = lastFound.get();
        if (found.tokens != tokens) {
            found.tokens = tokens;
            found.byRange.clear();
        }
        Long range = (long) from << 32 | (to & 0xFFFFFFFFL);
        List<Match<T>> out = found.byRange.get(range);
        if (out == null) {
            out = List.copyOf(findIn(tokens, from, to));
            found.byRange.put(range, out);
        }
        return out;
    }

    private List<Match<T>> findIn(Tokens tokens, int from, int to) {
        List<Match<T>> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            Match<T> m = longestAt(tokens, i, to);
            if (m == null) {
                i++;
            } else {
                out.add(m);
                i = m.to();
            }
        }
        return out;
    }
}
