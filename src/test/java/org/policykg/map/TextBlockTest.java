package org.policykg.map;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Label wrapping: lines fit, nothing is lost, Chinese breaks between characters. */
class TextBlockTest {
    @Test
    void englishWrapsAtSpacesAndKeepsEveryWord() {
        String label = "upholding the Party's centralized and unified leadership over social security work";
        TextBlock b = TextBlock.wrap(label, 24);
        assertTrue(b.lines().size() > 1);
        b.lines().forEach(l -> assertTrue(TextBlock.columns(l) <= 24, l));
        assertEquals(label, String.join(" ", b.lines()));
        assertEquals(b.lines().size() * TextBlock.LINE_HEIGHT, b.height());
    }

    @Test
    void chineseCountsDoubleAndBreaksBetweenCharacters() {
        String label = "坚持党中央对社会保障工作的集中统一领导";
        TextBlock b = TextBlock.wrap(label, 24);
        assertEquals(List.of("坚持党中央对社会保障工作", "的集中统一领导"), b.lines());
        assertEquals(label, String.join("", b.lines()));
    }

    @Test
    void aWordLongerThanALineIsSplitNotCut() {
        String word = "Xinhua-Qiushi-social-security-high-quality-development";
        TextBlock b = TextBlock.wrap(word, 20);
        assertEquals(word, String.join("", b.lines()));
        b.lines().forEach(l -> assertTrue(l.length() <= 20, l));
    }

    @Test
    void anEmptyLabelIsOneEmptyLine() {
        assertEquals(List.of(""), TextBlock.wrap("   ", 10).lines());
    }
}
