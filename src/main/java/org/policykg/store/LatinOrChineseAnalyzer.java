package org.policykg.store;

import java.io.IOException;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.pattern.PatternTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * The text index's analyzer: the terms of Lucene's smartcn analyzer for every text, computed without smartcn
 * where they can be. smartcn cuts Chinese into words (so "退休" finds 延迟法定退休年龄) and reads Latin-script
 * words as English ones (lower case, Porter stem); but it runs its word-graph segmenter over every sentence,
 * English ones too, and reads its dictionaries (a few tenths of a second of CPU) at the first text of a process.
 * A text made only of the characters whose treatment by smartcn is plain (ASCII letters and digits, spaces, and the
 * punctuation smartcn drops: see {@link #isLatinOnly}) is read by a chain of Lucene's own filters that gives the
 * same terms, positions and offsets (LatinOrChineseAnalyzerTest compares them), except that smartcn cuts a word that
 * crosses the 1,024th character of a longer input (it reads in buffers of that size) and the Latin chain keeps it
 * whole; any other text is read by smartcn.
 * So an English corpus never loads the Chinese dictionaries, and one index holds both languages as before:
 * a query is routed by the same rule as the text it should find.
 */
public final class LatinOrChineseAnalyzer extends Analyzer {
    // ASCII letters as one term, digits as another ("covid19" is two terms in smartcn), any other character as a
    // term of its own that is then dropped, leaving its position empty as smartcn does
    private static final Pattern LATIN_TERMS = Pattern.compile("[A-Za-z]+|[0-9]+|[^A-Za-z0-9 \\t\\n\\r]");

    private final Analyzer chinese = new SmartChineseAnalyzer();
    private final Analyzer latin = new Analyzer() {
        @Override protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new PatternTokenizer(LATIN_TERMS, 0);
            TokenStream terms = new PorterStemFilter(new LowerCaseFilter(source));
            return new TokenStreamComponents(source, new WordsOnly(terms));
        }
    };

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer router = new Router(fieldName);
        return new TokenStreamComponents(router);
    }

    @Override
    public void close() {
        super.close();
        chinese.close();
        latin.close();
    }

    /**
     * True when smartcn's treatment of every character of {@code text} is the plain one the Latin chain copies:
     * ASCII letters and digits (terms), space, tab, CR and LF (nothing), ASCII punctuation, U+0080 to U+00BB and the
     * General Punctuation block from U+2010 (each an empty position). Anything else (Chinese, accented letters,
     * full-width forms, other controls) goes to smartcn.
     */
    public static boolean isLatinOnly(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean plain = (c >= 0x20 && c <= 0xBB) || c == '\t' || c == '\n' || c == '\r' || (c >= 0x2010 && c <= 0x206F);
            if (!plain)
                return false;
        }
        return true;
    }

    /** Drops the one-character terms that are not letters or digits; FilteringTokenFilter keeps their positions. */
    private static final class WordsOnly extends FilteringTokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        WordsOnly(TokenStream in) { super(in); }

        @Override protected boolean accept() {
            char c = term.charAt(0);
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        }
    }

    /** Reads the whole text, then hands out the terms of the analyzer its characters call for. */
    private final class Router extends Tokenizer {
        private final String fieldName;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);
        private final TypeAttribute type = addAttribute(TypeAttribute.class);
        private final StringBuilder text = new StringBuilder();
        private final char[] buffer = new char[4096];
        private TokenStream routed;
        private CharTermAttribute routedTerm;
        private OffsetAttribute routedOffset;
        private PositionIncrementAttribute routedIncrement;
        private PositionLengthAttribute routedLength;
        private TypeAttribute routedType;

        Router(String fieldName) { this.fieldName = fieldName; }

        @Override public void reset() throws IOException {
            super.reset();
            text.setLength(0);
            for (int n; (n = input.read(buffer)) != -1; )
                text.append(buffer, 0, n);
            Analyzer analyzer = isLatinOnly(text) ? latin : chinese;
            routed = analyzer.tokenStream(fieldName, text.toString());
            routedTerm = routed.addAttribute(CharTermAttribute.class);
            routedOffset = routed.addAttribute(OffsetAttribute.class);
            routedIncrement = routed.addAttribute(PositionIncrementAttribute.class);
            routedLength = routed.addAttribute(PositionLengthAttribute.class);
            routedType = routed.addAttribute(TypeAttribute.class);
            routed.reset();
        }

        @Override public boolean incrementToken() throws IOException {
            clearAttributes();
            if (!routed.incrementToken())
                return false;
            term.copyBuffer(routedTerm.buffer(), 0, routedTerm.length());
            offset.setOffset(correctOffset(routedOffset.startOffset()), correctOffset(routedOffset.endOffset()));
            increment.setPositionIncrement(routedIncrement.getPositionIncrement());
            length.setPositionLength(routedLength.getPositionLength());
            type.setType(routedType.type());
            return true;
        }

        @Override public void end() throws IOException {
            super.end();
            routed.end();
            int last = correctOffset(routedOffset.endOffset());
            offset.setOffset(last, last);
            increment.setPositionIncrement(routedIncrement.getPositionIncrement());
        }

        @Override public void close() throws IOException {
            try {
                if (routed != null)
                    routed.close();
            } finally {
                routed = null;
                super.close();
            }
        }
    }
}
