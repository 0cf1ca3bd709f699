package org.policykg.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.document.*;

/** The English linguistic layer (sentences, part-of-speech tags, noun phrases) on texts written for the test and on dev texts. */
class EnglishLinguisticsTest {
    @TempDir Path dir;

    private static List<String> sentences(Document doc) {
        return doc.sentences().stream().map(s -> s.span().of(doc.text())).toList();
    }

    @Test
    void lowercasedSentencesAreSplitWhereTheyEnd() throws Exception {
        String text = "the ministry said on tuesday that the minimum contribution period will rise to twenty years. "
                + "the premier stressed that pension benefits must be paid in full. "
                + "local bureaus, e.g. those in the west, will report by no. 3 of the plan. it takes effect in 2026.";
        Document doc = Converters.convert(dir, "lower.txt", text);
        assertEquals(List.of("the ministry said on tuesday that the minimum contribution period will rise to twenty years.",
                "the premier stressed that pension benefits must be paid in full.",
                "local bureaus, e.g. those in the west, will report by no. 3 of the plan.",
                "it takes effect in 2026."), sentences(doc));
        // offsets point into the text as written
        for (Sentence s : doc.sentences())
            assertTrue(text.startsWith(s.span().of(text), s.span().begin()));
    }

    @Test
    void theSameTextInNormalCaseSplitsAlike() throws Exception {
        String normal = "The Ministry said on Tuesday that the minimum contribution period will rise to twenty years. "
                + "The Premier stressed that pension benefits must be paid in full.";
        Document a = Converters.convert(dir, "normal.txt", normal);
        Document b = Converters.convert(dir, "lowered.txt", normal.toLowerCase(java.util.Locale.ROOT));
        assertEquals(a.sentences().stream().map(Sentence::span).toList(), b.sentences().stream().map(Sentence::span).toList());
    }
}
