package org.policykg.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Turns a label into the key labels are compared by. Alphabetic labels become a set of tokens (Lucene's
 * standard tokenizer drops punctuation; then possessives, case, English stop words and inflection (KStem)
 * are normalised away). Chinese labels are compared whole, after NFKC (full-width forms folded), because
 * word boundaries there are not marked and a character-level match would join unrelated terms.
 * Shared by the linker and the evaluation, so both compare labels the same way.
 */
public final class LabelNormalizer {
    private static final Analyzer ENGLISH = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            TokenStream s = new EnglishPossessiveFilter(source);
            s = new LowerCaseFilter(s);
            s = new StopFilter(s, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            s = new KStemFilter(s);
            return new TokenStreamComponents(source, s);
        }
    };

    /** A normalised label: either whole (Chinese) or a token set. */
    public record Key(boolean whole, String text, Set<String> tokens) {
        /** 1 for the same key, else the token-set (Jaccard) similarity; whole labels match only exactly. */
        public double similarity(Key other) {
            if (whole || other.whole)
                return whole && other.whole && text.equals(other.text) ? 1.0 : 0.0;
            if (tokens.isEmpty() || other.tokens.isEmpty())
                return 0.0;
            long shared = tokens.stream().filter(other.tokens::contains).count();
            return (double) shared / (tokens.size() + other.tokens.size() - shared);
        }
    }

    private LabelNormalizer() {}

    public static Key key(String label, String lang) {
        String text = Normalizer.normalize(label, Normalizer.Form.NFKC).strip();
        if (isChinese(text, lang))
            return new Key(true, text, Set.of(text));
        return new Key(false, text, tokens(text));
    }

    public static boolean isChinese(String text, String lang) {
        if (lang != null && (lang.equalsIgnoreCase("zh") || lang.toLowerCase().startsWith("zh-")))
            return true;
        return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    public static Set<String> tokens(String text) {
        Set<String> out = new LinkedHashSet<>();
        try (TokenStream ts = ENGLISH.tokenStream("label", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken())
                out.add(term.toString());
            ts.end();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out;
    }
}
