package org.policykg.extract.stages;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.*;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.policykg.document.Cancellation;
import org.policykg.document.Span;
import org.policykg.document.Tokens;

/**
 * Splits text into normalised words with exact offsets (Lucene's analyzer chain), the same way for
 * labels and for the text they are looked for in. Two strengths: {@link #forLabels} folds case,
 * possessives, inflection (KStem, each word's stem kept: {@link CachedKStemFilter}), British spelling and ignorable words; {@link #forCues} only case,
 * possessives and spelling, so cues can tell "promote" from "promoted". Thread-safe.
 */
final class WordAnalyzer {
    private final Analyzer analyzer;
    private Map<String, String> variants = Map.of();
    private final Set<String> ignored;
    private boolean chinese;

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

    /**
     * Chinese (issue 9): every Han character is a word of its own (Lucene's StandardTokenizer splits
     * ideographs so), folded to its simplified form; so a label matches by longest match over
     * characters, with no segmentation, and traditional text matches simplified labels. Latin words
     * inside Chinese text are lower-cased words as in English. The same chain serves labels and cues.
     */
    static WordAnalyzer forChinese() {
        WordAnalyzer a = new WordAnalyzer(new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream ts = new LowerCaseFilter(source);
                return new TokenStreamComponents(source, new ChineseScript.SimplifyFilter(ts));
            }
        }, Map.of(), Set.of());
        a.chinese = true;
        return a;
    }

    /**
     * Chinese words for cues and candidate names: Lucene's smartcn segmenter (HMMChineseTokenizer) over
     * the text folded to simplified characters (folding keeps every offset, one character for one), so
     * 要 is a cue where it is a word and not inside 重要, and candidates start and end at word boundaries.
     * Punctuation is dropped (smartcn's stop set); Latin words are lower-cased.
     */
    static WordAnalyzer forChineseWords() {
        WordAnalyzer a = new WordAnalyzer(new Analyzer() {
            @Override
            protected Reader initReader(String field, Reader reader) {
                return ChineseScript.simplifying(reader);
            }

            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new HMMChineseTokenizer();
                TokenStream ts = new LowerCaseFilter(source);
                ts = new StopFilter(ts, SmartChineseAnalyzer.getDefaultStopSet());
                return new TokenStreamComponents(source, ts);
            }
        }, Map.of(), Set.of());
        a.chinese = true;
        return a;
    }

    /** A phrase of the text as a node's name: as written, but in simplified characters for Chinese, so both scripts mint one node. */
    String nameForm(String phrase) {
        return chinese ? ChineseScript.simplified(phrase) : phrase;
    }

    /** The language tag of names made by {@link #nameForm}: Chinese ones are simplified whatever the text's script ("zh-Hant"), so "zh". */
    String nameLanguage(String textLanguage) {
        return chinese ? "zh" : textLanguage;
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
                    ts = new CachedKStemFilter(ts);
                return new TokenStreamComponents(source, ts);
            }
        };
    }

    /** The words in {@code region} of {@code text}, with offsets into the whole text. */
    Tokens tokens(String text, Span region) {
        if (region.begin() == 0 && region.end() == text.length())
            return tokens(text);
        Tokens t = tokens(region.of(text));
        for (int i = 0; i < t.size; i++) {
            t.starts[i] += region.begin();
            t.ends[i] += region.begin();
        }
        return t;
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
                if ((n & 0x3FF) == 0)
                    Cancellation.check();
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
