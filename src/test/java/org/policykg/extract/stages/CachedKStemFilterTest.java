package org.policykg.extract.stages;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;
import org.policykg.extract.Converters;

/**
 * The stems kept per word are KStem's: the label chain with {@link CachedKStemFilter} gives the same words at the
 * same offsets as with Lucene's {@link KStemFilter}, over the texts of seeds/ and corpus/dev and the ontology's files
 * (labels, cues), read twice so that the second pass reads every stem from the cache.
 */
class CachedKStemFilterTest {
    @Test
    void keptStemsAreKStemsStems() throws Exception {
        Analyzer kstem = chain(KStemFilter::new), cached = chain(CachedKStemFilter::new), unstemmed = chain(ts -> ts);
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("seeds", "corpus/dev", "ontology"))
            try (Stream<Path> s = Files.list(Converters.home().resolve(dir))) {
                s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".ttl")).sorted().forEach(files::add);
            }
        int words = 0, changed = 0;
        for (int pass = 0; pass < 2; pass++)
            for (Path f : files) {
                String text = Files.readString(f);
                List<String> expected = words(kstem, text), actual = words(cached, text);
                assertEquals(expected, actual, f.toString());
                words += expected.size();
                List<String> plain = words(unstemmed, text);
                for (int i = 0; i < plain.size(); i++)
                    if (!plain.get(i).equals(expected.get(i)))
                        changed++;
            }
        assertTrue(words > 50_000, words + " words");
        assertTrue(changed > 2_000, "too few words that KStem changes: " + changed);
    }

    private interface Stemmer extends UnaryOperator<TokenStream> {}

    private static Analyzer chain(Stemmer stemmer) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream ts = new EnglishPossessiveFilter(source);
                ts = new LowerCaseFilter(ts);
                ts = new ASCIIFoldingFilter(ts);
                return new TokenStreamComponents(source, stemmer.apply(ts));
            }
        };
    }

    /** "word@start-end" for every word. */
    private static List<String> words(Analyzer a, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken())
                out.add(term + "@" + offset.startOffset() + "-" + offset.endOffset());
            ts.end();
        }
        return out;
    }
}
