package org.policykg.extract.stages;

import java.util.List;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

/**
 * Chinese words with their part of speech and person-name tags (nr), from HanLP's portable release (its
 * dictionary also tags known organisations nt/nis and places ns). HanLP's organisation and place recognisers
 * are left off: they cost ten times the segmentation (66 against 900 thousand characters a second here), and
 * organisations are found by their head words instead ({@link ChineseNameReader}). Its dictionaries and models are in the jar and are loaded
 * once per process, on first use (about half a second). A {@code Segment} keeps settings per instance,
 * so each thread gets its own; the models behind them are shared and read-only.
 */
final class ChineseWords {
    /** A word of the text: chars [begin, end) of the string segmented, and its HanLP tag. */
    record Word(int begin, int end, String text, String tag) {
        boolean isPunctuation() { return tag.startsWith("w"); }
        boolean isPerson() { return tag.equals("nr") || tag.equals("nrf") || tag.equals("nrj"); }
        boolean isNoun() { return tag.startsWith("n") || tag.equals("j") || tag.equals("b"); }
    }

    private static final ThreadLocal<Segment> SEGMENT = ThreadLocal.withInitial(() -> HanLP.newSegment()
            .enableNameRecognize(true).enableOrganizationRecognize(false).enablePlaceRecognize(false)
            .enableTranslatedNameRecognize(false).enableJapaneseNameRecognize(false).enableOffset(true));

    private ChineseWords() {}

    /** Whether HanLP's core dictionary holds {@code word} as a word of its own (部分, 处分). */
    static boolean isWord(String word) {
        return com.hankcs.hanlp.dictionary.CoreDictionary.contains(word);
    }

    /** The words of {@code simplified} (a text already folded to simplified characters), in order, offsets into it. */
    static List<Word> of(String simplified) {
        List<Term> terms = SEGMENT.get().seg(simplified);
        java.util.ArrayList<Word> out = new java.util.ArrayList<>(terms.size());
        for (Term t : terms) {
            int b = t.offset, e = b + t.word.length();
            if (b < 0 || e > simplified.length())
                continue; // HanLP's offsets are chars of its input; never trust one outside it
            out.add(new Word(b, e, t.word, t.nature == null ? "x" : t.nature.toString()));
        }
        return out;
    }
}
