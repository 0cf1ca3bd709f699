package org.policykg.extract.stages;

import java.util.List;
import java.util.function.Predicate;

/**
 * The addressees of an official Chinese document (主送机关: 各省、自治区、直辖市人民政府，国务院各部委：): a line ending in a
 * colon that is only a list of bodies, with no person or post title (a speaker's label has them) and no verb but one that
 * names a kind of body with the noun after it (各参保单位, 生产建设兵团). Those bodies receive the document; they neither act
 * nor speak in it, and the line states nothing: the names stage reads no actor in it and the speakers stage gives it no
 * voice, so no cue inside a body's name (建设 in 生产建设兵团医疗保障局) is read either.
 */
final class AddresseeLines {
    private final Predicate<ChineseWords.Word> isPost;

    AddresseeLines(Predicate<ChineseWords.Word> isPost) { this.isPost = isPost; }

    /** Whether the sentence (folded to simplified characters) is an addressee line; segments it only when it ends in a colon. */
    boolean is(String folded) {
        return endsInAColon(folded) && is(folded, ChineseWords.of(folded));
    }

    /** The same, for a sentence already segmented. */
    boolean is(String folded, List<ChineseWords.Word> words) {
        if (!endsInAColon(folded) || words.isEmpty())
            return false;
        for (int k = 0; k < words.size(); k++) {
            ChineseWords.Word w = words.get(k);
            if (w.isPerson() || isPost.test(w))
                return false;
            if (!w.tag().startsWith("v"))
                continue;
            // a verb (or two, as the segmenter may cut one: 参/vg 保/v) right before a noun names a kind of body with it
            int j = k + 1;
            while (j < words.size() && j <= k + 2 && words.get(j).tag().startsWith("v"))
                j++;
            if (j >= words.size() || !words.get(j).isNoun())
                return false;
        }
        return true;
    }

    private static boolean endsInAColon(String s) {
        String t = s.strip();
        return t.endsWith("：") || t.endsWith(":");
    }
}
