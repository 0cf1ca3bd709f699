package org.policykg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The text index's analyzer gives smartcn's terms, positions and offsets on any text, whichever way it reads it, but for a
 * word smartcn cuts at the edge of its 1,024-character buffer in a longer input.
 */
class LatinOrChineseAnalyzerTest {
    private static final Analyzer SMARTCN = new SmartChineseAnalyzer();
    private static final Analyzer ROUTED = new LatinOrChineseAnalyzer();

    @AfterAll
    static void close() {
        SMARTCN.close();
        ROUTED.close();
    }

    /** term@start-end+increment for every term, then the end offset and the final increment. */
    private static List<String> terms(Analyzer a, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken())
                out.add(term + "@" + offset.startOffset() + "-" + offset.endOffset() + "+" + increment.getPositionIncrement());
            ts.end();
            out.add("end@" + offset.endOffset() + "+" + increment.getPositionIncrement());
        }
        return out;
    }

    @Test
    void everySentenceOfTheEnglishCorpusGetsSmartcnsTerms() throws IOException {
        List<Path> texts;
        try (Stream<Path> files = Stream.concat(Files.list(Path.of("corpus/dev")), Files.list(Path.of("seeds")))) {
            texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        int latin = 0;
        for (Path p : texts)
            for (String line : Files.readAllLines(p))
                // sentence by sentence: smartcn cuts a word at the 1,024th character of a longer input (see below)
                for (String sentence : line.split("(?<=[.!?。！？])\\s*")) {
                    if (LatinOrChineseAnalyzer.isLatinOnly(sentence))
                        latin++;
                    assertEquals(terms(SMARTCN, sentence), terms(ROUTED, sentence), p + ": " + sentence);
                }
        assertTrue(latin > 200, "the English texts are read without smartcn (" + latin + " sentences)");
    }

    @Test
    void aLatinWordAtTheThousandTwentyFourthCharacterOfALongLineStaysWhole() throws IOException {
        // smartcn reads its input in buffers of 1,024 characters and cuts a Latin word that crosses the edge ("fu" "nd");
        // the Latin chain does not, and a query is routed as the text is, so the index and its queries agree
        StringBuilder line = new StringBuilder("xx ");
        while (line.length() < 1100)
            line.append("The fund will pay hospitals. ");
        List<String> routed = terms(ROUTED, line.toString()), smartcn = terms(SMARTCN, line.toString());
        assertTrue(routed.contains("fund@1022-1026+1"), routed.toString());
        assertTrue(smartcn.contains("fu@1022-1024+1") && smartcn.contains("nd@1024-1026+1"), "smartcn still cuts at its buffer's edge: "
                + smartcn.stream().filter(t -> t.contains("@10")).toList());
    }

    @Test
    void randomTextsOfAnyScriptGetSmartcnsTerms() throws IOException {
        // ASCII (with tab, CR, LF), the punctuation smartcn drops, and now and then a character only smartcn reads
        String plain = "\t\n\r !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~\u007f\u00a0\u00ad\u00b7\u2013\u2014\u2018\u2019\u201c\u201d\u2026";
        String other = "é退休年龄Ａ\f\u2002Ü";
        Random random = new Random(20261202);
        int routedLatin = 0;
        for (int i = 0; i < 3000; i++) {
            StringBuilder s = new StringBuilder();
            int n = random.nextInt(60);
            for (int k = 0; k < n; k++) {
                int r = random.nextInt(100);
                if (r < 45)
                    s.append((char) ((random.nextBoolean() ? 'a' : 'A') + random.nextInt(26)));
                else if (r < 60)
                    s.append((char) ('0' + random.nextInt(10)));
                else if (r < 80)
                    s.append(' ');
                else if (r < 99 || i % 2 == 0)
                    s.append(plain.charAt(random.nextInt(plain.length())));
                else
                    s.append(other.charAt(random.nextInt(other.length())));
            }
            if (LatinOrChineseAnalyzer.isLatinOnly(s))
                routedLatin++;
            assertEquals(terms(SMARTCN, s.toString()), terms(ROUTED, s.toString()), "[" + s + "]");
        }
        assertTrue(routedLatin > 1500, routedLatin + " of 3000 read without smartcn");
    }

    @Test
    void chineseIsCutIntoWordsSoAWordFindsTheLongerPhrase() throws IOException {
        String text = "要稳妥有序推进渐进式延迟法定退休年龄改革。";
        assertFalse(LatinOrChineseAnalyzer.isLatinOnly(text));
        assertTrue(terms(ROUTED, text).stream().anyMatch(t -> t.startsWith("退休@")), terms(ROUTED, text).toString());
        assertTrue(terms(ROUTED, "退休").get(0).startsWith("退休@"));
    }
}
