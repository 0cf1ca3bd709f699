package org.policykg.document;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** The label keys the linker compares: the Lucene chain for alphabetic labels, whole NFKC text for Chinese. */
class LabelNormalizerTest {
    private static double sim(String a, String la, String b, String lb) {
        return LabelNormalizer.key(a, la).similarity(LabelNormalizer.key(b, lb));
    }

    @Test
    void caseInflectionPunctuationPossessivesAndStopWordsDoNotMatter() {
        assertEquals(1.0, sim("Pensions", "en", "pension", "en"));
        assertEquals(1.0, sim("social-insurance", "en", "Social Insurance.", "en"));
        assertEquals(1.0, sim("the State Council's", "en", "State Council", "en"));
        assertEquals(1.0, sim("insurance for long-term care", "en", "Long-Term Care Insurance", "en"));
        assertEquals(1.0, sim("Ｄｉｂａｏ", "en", "dibao", "en"), "full-width Latin folded by NFKC");
    }

    @Test
    void nearMissesScoreBySharedTokens() {
        assertEquals(0.5, sim("retirement", "en", "retirement age", "en"));
        assertEquals(2.0 / 3, sim("social insurance", "en", "social insurance fund", "en"), 1e-9);
        assertEquals(1.0 / 3, sim("medical insurance", "en", "medical assistance", "en"), 1e-9);
        assertEquals(0.0, sim("retirement", "en", "", "en"));
    }

    @Test
    void chineseLabelsAreComparedWholeAfterNfkc() {
        assertEquals(1.0, sim("国务院", "zh", "国务院", "zh"));
        assertEquals(1.0, sim("养老保险（基本）", "zh", "养老保险(基本)", "zh-Hans"), "full-width brackets folded by NFKC");
        assertEquals(0.0, sim("退休", "zh", "退休年龄", "zh"), "a prefix is not a match");
        assertTrue(LabelNormalizer.isChinese("社会保障", ""), "Han script without a language tag");
        assertFalse(LabelNormalizer.isChinese("social security", "en"));
    }
}
