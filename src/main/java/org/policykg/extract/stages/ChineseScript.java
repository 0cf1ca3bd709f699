package org.policykg.extract.stages;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import com.ibm.icu.text.Transliterator;

/**
 * Chinese characters as matching sees them: traditional forms folded to simplified with ICU4J's
 * Traditional-Simplified transform, one character at a time. Where the transform would change a
 * character's length (it is one to one for almost all of them) the character is kept as written, so
 * every offset into the text stays the offset of the character as written. Thread-safe.
 */
final class ChineseScript {
    /** Built on the first Chinese character folded: ICU takes a third of a second to build it, which Latin-only texts never need. */
    private static final class Transform {
        static final Transliterator TO_SIMPLIFIED = Transliterator.getInstance("Traditional-Simplified");
    }

    private ChineseScript() {}

    /** The simplified form of one code point, or the code point itself when the transform is not one to one. */
    static String simplified(int codePoint) {
        return KNOWN.computeIfAbsent(codePoint, ChineseScript::transform);
    }

    /**
     * Folds a variant the transform leaves as it is to its standard character (lex:characterVariant). Lexicons only ever
     * add such folds, of characters that would otherwise stay as written, so the one table serves every lexicon.
     */
    static void fold(int variant, String standard) {
        if (standard.codePointCount(0, standard.length()) == 1 && Character.charCount(variant) == standard.length())
            KNOWN.put(variant, standard);
    }

    /** Folded characters, so a long text costs one transform per distinct character. */
    private static final java.util.Map<Integer, String> KNOWN = new java.util.concurrent.ConcurrentHashMap<>();

    private static String transform(int codePoint) {
        String in = new String(Character.toChars(codePoint));
        String out;
        synchronized (Transform.TO_SIMPLIFIED) { // Transliterator.transliterate(String) is not documented as thread-safe
            out = Transform.TO_SIMPLIFIED.transliterate(in);
        }
        return out.codePointCount(0, out.length()) == 1 && out.length() == in.length() ? out : in;
    }

    /** The text with every character simplified as {@link #simplified(int)} does: same length, same offsets. */
    static String simplified(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> sb.append(Character.isIdeographic(cp) ? simplified(cp) : new String(Character.toChars(cp))));
        return sb.toString();
    }

    /**
     * The text of {@code in} with every character simplified. The whole text is read at once: policy texts are
     * small and size-limited, and one-to-one folding needs no offset correction.
     */
    static Reader simplifying(Reader in) {
        try {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[8192];
            for (int n; (n = in.read(buf)) > 0; )
                sb.append(buf, 0, n);
            return new StringReader(simplified(sb.toString()));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** A token filter that simplifies each token's characters (the tokens of Chinese text are single characters). */
    static final class SimplifyFilter extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        SimplifyFilter(TokenStream in) { super(in); }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken())
                return false;
            String t = term.toString();
            if (t.codePoints().anyMatch(Character::isIdeographic)) {
                String s = simplified(t);
                term.setEmpty().append(s);
            }
            return true;
        }
    }
}
