package org.policykg.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.*;

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

/**
 * Splits text into normalised words with exact offsets (Lucene's analyzer chain), the same way for
 * labels and for the text they are looked for in. Two strengths: {@link #forLabels} folds case,
 * possessives, inflection (KStem), British spelling and ignorable words; {@link #forCues} only case,
 * possessives and spelling, so cues can tell "promote" from "promoted". Thread-safe.
 */
final class WordAnalyzer {
    private final Analyzer analyzer;
    private Map<String, String> variants = Map.of();
    private final Set<String> ignored;

    private WordAnalyzer(Analyzer analyzer, Map<String, String> spellings, Set<String> ignored) {
        this.analyzer = analyzer;
        this.ignored = Set.copyOf(ignored);
        // spelling pairs go through the same chain so that inflected forms ("labours") meet too
        Map<String, String> v = new HashMap<>();
        for (Map.Entry<String, String> e : spellings.entrySet())
            v.put(single(e.getKey()), single(e.getValue()));
        this.variants = Map.copyOf(v);
    }

    static WordAnalyzer forLabels(Lexicon lexicon) {
        return new WordAnalyzer(chain(true), lexicon.spellings(), lexicon.ignoredWords());
    }

    static WordAnalyzer forCues(Lexicon lexicon) {
        return new WordAnalyzer(chain(false), lexicon.spellings(), Set.of());
    }

    private static Analyzer chain(boolean stem) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream ts = new EnglishPossessiveFilter(source);
                ts = new LowerCaseFilter(ts);
                ts = new ASCIIFoldingFilter(ts);
                if (stem)
                    ts = new KStemFilter(ts);
                return new TokenStreamComponents(source, ts);
            }
        };
    }

    /** The words of {@code text}. */
    Tokens tokens(String text) {
        int cap = Math.max(16, text.length() / 5);
        String[] terms = new String[cap];
        int[] starts = new int[cap], ends = new int[cap];
        int n = 0;
        try (TokenStream ts = analyzer.tokenStream("", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String t = term.toString();
                if (ignored.contains(t))
                    continue;
                if (n == terms.length) {
                    terms = Arrays.copyOf(terms, n * 2);
                    starts = Arrays.copyOf(starts, n * 2);
                    ends = Arrays.copyOf(ends, n * 2);
                }
                terms[n] = variants.getOrDefault(t, t);
                starts[n] = offset.startOffset();
                ends[n] = offset.endOffset();
                n++;
            }
            ts.end();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return new Tokens(terms, starts, ends, n);
    }

    /** The normalised words of a phrase. */
    List<String> terms(String phrase) {
        Tokens t = tokens(phrase);
        return Arrays.asList(Arrays.copyOf(t.terms, t.size));
    }

    private String single(String word) {
        Tokens t = tokens(word);
        return t.size == 1 ? t.terms[0] : word;
    }
}
