package org.policykg.extract.stages;

import org.policykg.document.Words;

/**
 * The Universal Dependencies part-of-speech tags the English tagger gives, and the readings of them the stages share.
 * They are the tagger model's tag set, fixed by the model, not knowledge of the domain (which is in the lexicon).
 */
final class UniversalTags {
    static final String NOUN = "NOUN", PROPN = "PROPN", VERB = "VERB", AUX = "AUX", ADP = "ADP", DET = "DET",
            CCONJ = "CCONJ", SCONJ = "SCONJ", NUM = "NUM";

    private UniversalTags() {
    }

    /** A common or proper noun. */
    static boolean noun(String tag) {
        return NOUN.equals(tag) || PROPN.equals(tag);
    }

    /** Whether a noun stands among the tagged words [from, to). */
    static boolean nounIn(Words w, int from, int to) {
        for (int i = from; i < to; i++)
            if (nounAt(w, i))
                return true;
        return false;
    }

    /** Whether the tagged word k is a noun. */
    static boolean nounAt(Words w, int k) {
        return noun(w.tags()[k]);
    }

    /**
     * The noun joined to the head {@code h} by a coordinating conjunction right before the head's noun run ("the decisions
     * and [plans]", "efforts and [measures]"), when it stands at or after {@code begin}; -1 where there is none. Joined
     * nouns name things of one kind, so what one of them is, the phrase is.
     */
    static int conjunctBefore(Words w, int begin, int h) {
        int i = h;
        while (i - 1 >= begin && nounAt(w, i - 1))
            i--;
        return i - 2 >= begin && CCONJ.equals(w.tags()[i - 1]) && nounAt(w, i - 2) ? i - 2 : -1;
    }

    /**
     * The index of the head of the words from the one at or after {@code begin} to those ending by {@code end}: the last
     * noun before the first preposition ("the unified [management] of pension funds"); -1 where there is none.
     */
    static int head(Words w, int begin, int end) {
        int head = -1;
        for (int i = w.firstAtOrAfter(begin); i < w.size() && w.ends()[i] <= end; i++) {
            if (ADP.equals(w.tags()[i]))
                break;
            if (nounAt(w, i))
                head = i;
        }
        return head;
    }
}
