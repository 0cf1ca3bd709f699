package org.policykg.extract.stages;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** The numbers names write, as ICU reads and writes them for the numbered-name patterns. */
class NumberWordsTest {
    @Test
    void readsDigitsOrdinalWordsAndChineseNumerals() {
        assertEquals(18, NumberWords.parse("18th"));
        assertEquals(21, NumberWords.parse("21ST"));
        assertEquals(18, NumberWords.parse("Eighteenth"));
        assertEquals(21, NumberWords.parse("twenty-first"));
        assertEquals(18, NumberWords.parse("十八"));
        assertEquals(20, NumberWords.parse("二十"));
        assertEquals(1, NumberWords.parse("一"));
        assertEquals(-1, NumberWords.parse("18st"), "a wrong ending is no ordinal");
        assertEquals(-1, NumberWords.parse("eighteen things"));
    }

    @Test
    void writesTheFormsLabelsUse() {
        assertEquals("22nd", NumberWords.ordinal(22));
        assertEquals("11th", NumberWords.ordinal(11));
        assertEquals("十八", NumberWords.number(18, "zh"));
        assertEquals("18", NumberWords.number(18, "en"));
    }
}
