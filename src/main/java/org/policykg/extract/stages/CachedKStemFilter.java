package org.policykg.extract.stages;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Set;

import org.apache.jena.atlas.lib.Cache;
import org.apache.jena.atlas.lib.CacheFactory;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishMinimalStemmer;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Lucene's {@link KStemFilter}, with each word's stem kept once found: KStem's stem of a word depends on the word
 * alone, and finding it (several dictionary lookups per word) was most of the cost of normalising a text. A word
 * not seen before is stemmed by a KStemFilter of its own, over that word alone. Words marked as keywords are left
 * as they are, as KStemFilter leaves them.
 */
final class CachedKStemFilter extends TokenFilter {
    /** Words kept (Jena's bounded cache). */
    static final int MAX_WORDS = 100_000;
    private static final Cache<String, String> STEMS = CacheFactory.createCache(MAX_WORDS);

    /** A KStemFilter over one word, per thread: KStemFilter is not safe to share. */
    private static final ThreadLocal<SingleWord> STEMMER = ThreadLocal.withInitial(SingleWord::new);

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    /** The plurals left as they are; null: none reduced (KStem alone). */
    private final Set<String> unreduced;

    CachedKStemFilter(TokenStream in) {
        this(in, null);
    }

    /** KStem, then the plurals it leaves reduced to their singular except those in {@code unreduced}. */
    CachedKStemFilter(TokenStream in, Set<String> unreduced) {
        super(in);
        this.unreduced = unreduced == null ? null : Set.copyOf(unreduced);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken())
            return false;
        if (keyword.isKeyword())
            return true;
        String word = term.toString();
        String stem = unreduced == null ? stemOf(word) : stemOf(word, unreduced);
        if (!stem.equals(word))
            term.setEmpty().append(stem);
        return true;
    }

    /** What this filter makes of {@code word} (not a keyword). */
    static String stemOf(String word) {
        return STEMS.get(word, w -> STEMMER.get().stem(w));
    }

    /** As {@link #stemOf}, then a plural KStem left as it is reduced (see {@link #singular}) unless {@code unreduced} lists it. */
    static String stemOf(String word, Set<String> unreduced) {
        String stem = stemOf(word);
        return stem.equals(word) && !unreduced.contains(word) ? singular(word) : stem;
    }

    private static final EnglishMinimalStemmer PLURALS = new EnglishMinimalStemmer();

    /**
     * KStem leaves a word its dictionary lists as it is, and it lists many plurals ("funds", "years", "costs",
     * "provinces"): those get Lucene's minimal plural stemmer (S-stemming), so "pension fund" meets "pension funds".
     * Not words under four letters ("has", "its") nor those ending in "is" ("this", "basis"), which are no plurals.
     */
    static String singular(String word) {
        if (word.length() < 4 || word.charAt(word.length() - 1) != 's' || word.endsWith("is"))
            return word;
        char[] c = word.toCharArray();
        return new String(c, 0, PLURALS.stem(c, c.length));
    }

    /** KStemFilter's output for a word alone. */
    private static final class SingleWord {
        private final Tokenizer single = new KeywordTokenizer();
        private final TokenStream stemmer = new KStemFilter(single);
        private final CharTermAttribute stemmed = stemmer.addAttribute(CharTermAttribute.class);

        String stem(String word) {
            try {
                single.setReader(new StringReader(word));
                stemmer.reset();
                String out = stemmer.incrementToken() ? stemmed.toString() : word;
                stemmer.end();
                stemmer.close();
                return out;
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
    }
}
