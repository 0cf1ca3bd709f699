package org.policykg.extract.stages;

import java.util.Set;

import org.policykg.document.Cancellation;

/**
 * Splits a document into sentences with exact offsets. A blank line ends a paragraph and so a
 * sentence; inside a paragraph a sentence ends at . ! ? (or the language's terminators) followed by
 * space and a capital, a digit or a quote, unless the full stop ends a known abbreviation (after "etc.", which
 * may end a sentence, only a word that opens one ends it, in either letter case) or the
 * terminator stands inside quotation marks (titles such as "... development. Sustained ..."). Lowercased,
 * scraped or machine-translated text often starts a sentence in lower case: there a terminator followed
 * by space and a small letter ends the sentence when the word before it is not an abbreviation (any
 * case) and Apache OpenNLP's sentence detector, which reads the words around it, puts a boundary there
 * too (it is asked only at such places, once per paragraph). Line ends of any kind (LF, CRLF, CR) and
 * non-breaking spaces count as white space.
 */
final class SentenceSplitter extends SentenceStage {
    static final String TERMINATORS = ".!?。！？";
    private final Set<String> abbreviations;
    private final Set<String> openAbbreviations;
    /** Words that open a sentence after an open abbreviation, in lower case (lex:sentenceOpener). */
    private final Set<String> sentenceOpeners;

    /** Whether a sentence may start in lower case (English); the Chinese splitter does not ask. */
    private final boolean lowercaseStarts;

    /** Words that want a continuation (the lexicon's function words and prepositions): a line ending in one is wrapped. */
    private final Set<String> continuations;

    /** The most words a line may have and still be a line of its own rather than part of a wrapped sentence (lex:maxLineWords); 0: none is. */
    private final int maxLineWords;

    SentenceSplitter(Lexicon lexicon) {
        this.lowercaseStarts = "en".equals(lexicon.language());
        this.maxLineWords = lexicon.maxLineWords();
        this.continuations = inLowerCase(lexicon.functionWords(), lexicon.prepositions());
        this.abbreviations = inLowerCase(lexicon.abbreviations());
        this.openAbbreviations = inLowerCase(lexicon.openAbbreviations());
        this.sentenceOpeners = inLowerCase(lexicon.sentenceOpeners());
    }

    /** The words of the lexicon's lists, in lower case: the splitter compares words without letter case. */
    @SafeVarargs
    private static Set<String> inLowerCase(java.util.Collection<String>... lists) {
        Set<String> out = new java.util.HashSet<>();
        for (java.util.Collection<String> list : lists)
            for (String w : list)
                out.add(w.toLowerCase(java.util.Locale.ROOT));
        return Set.copyOf(out);
    }

    @Override
    void split(String text, int start, int n, Spans out) {
        while (start < n) {
            Cancellation.check();
            int end = paragraphEnd(text, start, n);
            if (isBlockOfLines(text, start, end))
                for (int from = start; from < end; ) {
                    int line = lineEnd(text, from, end);
                    splitParagraph(text, from, line, out);
                    from = line < end ? line + 1 : end;
                }
            else
                splitParagraph(text, start, end, out);
            start = end;
        }
    }

    /** The end of the paragraph starting at {@code from}: just after its last character before a blank line. */
    private static int paragraphEnd(String text, int from, int n) {
        int i = from;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                int j = i + (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1);
                int k = j;
                while (k < n && isBlank(text.charAt(k)) && text.charAt(k) != '\n' && text.charAt(k) != '\r')
                    k++;
                if (k >= n || text.charAt(k) == '\n' || text.charAt(k) == '\r')
                    return k >= n ? n : k;
                i = j;
            } else {
                i++;
            }
        }
        return n;
    }

    /**
     * Whether the paragraph [from, to) is a block of lines that each stand alone although no blank line parts them:
     * the issuing bodies under an official text ("Ministry of Finance" over "State Taxation Administration" over a
     * date), a heading over the first sentence, a release line over a date. It is one when it has several lines and
     * every line but the last is short and ends in a word that needs nothing after it (not in punctuation, an
     * article, a preposition or a conjunction). A sentence wrapped over several lines fails that: its lines are
     * longer, or some of them end in such a word or a comma. Decided without letter case, so lowercased text splits alike.
     */
    private boolean isBlockOfLines(String text, int from, int to) {
        while (from < to && isBlank(text.charAt(from)))
            from++; // the blank line before it
        boolean several = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != '\n' && c != '\r')
                continue;
            int lineBreak = i;
            if (c == '\r' && i + 1 < to && text.charAt(i + 1) == '\n')
                i++;
            int next = i + 1;
            while (next < to && isBlank(text.charAt(next)))
                next++;
            if (next >= to)
                break; // the paragraph's own last line
            if (!standsAlone(text, from, lineBreak))
                return false;
            several = true;
        }
        return several;
    }

    /** The end of the line that starts at {@code from} (its line break), or {@code to}. */
    private static int lineEnd(String text, int from, int to) {
        for (int i = from; i < to; i++)
            if (text.charAt(i) == '\n' || text.charAt(i) == '\r')
                return i;
        return to;
    }

    /** Whether the line ending at {@code end} (its line break) is short and ends in a word that needs nothing after it. */
    private boolean standsAlone(String text, int from, int end) {
        int start = end;
        while (start > from && text.charAt(start - 1) != '\n' && text.charAt(start - 1) != '\r')
            start--;
        String line = text.substring(start, end).strip();
        if (line.isEmpty() || line.split("\\s+").length > maxLineWords)
            return false;
        char last = line.charAt(line.length() - 1);
        if (!Character.isLetterOrDigit(last) && !isClosing(last))
            return false; // a comma, colon, hyphen, dash or full stop: the sentence goes on or already ended
        String lastWord = line.substring(line.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
        return !continuations.contains(lastWord);
    }

    private void splitParagraph(String text, int from, int to, Spans out) {
        boolean straightBalanced = count(text, from, to, '"') % 2 == 0;
        boolean curlyBalanced = count(text, from, to, '“') == count(text, from, to, '”');
        int quoteDepth = 0;
        boolean inStraight = false;
        int sentenceStart = from;
        int[] modelStarts = null; // where the model starts sentences in this paragraph, asked for when first needed
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '"' && straightBalanced) {
                inStraight = !inStraight;
                continue;
            }
            if (curlyBalanced && (c == '“' || c == '「' || c == '『')) quoteDepth++;
            if (curlyBalanced && (c == '”' || c == '」' || c == '』')) quoteDepth = Math.max(0, quoteDepth - 1);
            if (TERMINATORS.indexOf(c) < 0 || inStraight || quoteDepth > 0)
                continue;
            while (i + 1 < to && TERMINATORS.indexOf(text.charAt(i + 1)) >= 0)
                i++;
            int after = i + 1;
            while (after < to && isClosing(text.charAt(after)))
                after++;
            if (c == '.' && (isAbbreviation(text, from, i) || isListMarker(text, sentenceStart, i)))
                continue;
            boolean cjk = c == '。' || c == '！' || c == '？';
            int next = after;
            while (next < to && isBlank(text.charAt(next)))
                next++;
            if (next >= to || !hasWordChar(text, next, to)) {
                out.add(sentenceStart, to);
                sentenceStart = to;
                break;
            }
            if (!cjk && c == '.' && next > after && Character.isLetter(text.charAt(next))
                    && openAbbreviations.contains(wordBefore(text, from, i).toLowerCase(java.util.Locale.ROOT))) {
                // "etc." closes a list inside a sentence as often as it ends one, before a capital too (a title's
                // "Couriers, Drivers etc. Platform Workers", "etc." for 等 in machine translations): only a word that
                // opens a sentence (lex:sentenceOpener) ends it, read without letter case, so a lowercased text splits alike
                if (sentenceOpeners.contains(wordAt(text, next, to))) {
                    out.add(sentenceStart, after);
                    sentenceStart = after;
                    i = after - 1;
                }
            } else if ((cjk || next > after) && opensSentence(text.charAt(next))) {
                out.add(sentenceStart, after);
                sentenceStart = after;
                i = after - 1;
            } else if (!cjk && next > after && Character.isLowerCase(text.charAt(next)) && lowercaseStarts) {
                if (modelStarts == null)
                    modelStarts = modelStarts(text, from, to);
                // a number takes no abbreviation's full stop ("from jan. 1. under the old rules"): after digits it ends the
                // sentence, as it does before a capital (list markers were passed over above)
                boolean afterNumber = c == '.' && i > from && Character.isDigit(text.charAt(i - 1));
                if (afterNumber || java.util.Arrays.binarySearch(modelStarts, next) >= 0) {
                    out.add(sentenceStart, after);
                    sentenceStart = after;
                    i = after - 1;
                }
            }
        }
        if (sentenceStart < to)
            out.add(sentenceStart, to);
    }

    /** The word of letters that starts at {@code at}, in lower case. */
    private static String wordAt(String text, int at, int to) {
        int e = at;
        while (e < to && Character.isLetter(text.charAt(e)))
            e++;
        return text.substring(at, e).toLowerCase(java.util.Locale.ROOT);
    }

    /** The word that ends with the full stop at {@code dot}, the stop included, as written. */
    private static String wordBefore(String text, int paragraphStart, int dot) {
        int w = dot;
        while (w > paragraphStart && !isBlank(text.charAt(w - 1)) && text.charAt(w - 1) != '(')
            w--;
        return text.substring(w, dot + 1);
    }

    private boolean isAbbreviation(String text, int paragraphStart, int dot) {
        String word = wordBefore(text, paragraphStart, dot);
        if (abbreviations.contains(word.toLowerCase(java.util.Locale.ROOT)))
            return true;
        // a single capital ("J. Smith") is an initial
        return word.length() == 2 && Character.isUpperCase(word.charAt(0));
    }

    /** A number, roman numeral or letter that opens a sentence ("1. Defining ...", "II. Tasks", "b. ..."): an item's marker, in any case. */
    private static boolean isListMarker(String text, int sentenceStart, int dot) {
        int w = sentenceStart;
        while (w < dot && isBlank(text.charAt(w)))
            w++;
        if (w == dot || dot - w > 5)
            return false;
        String word = text.substring(w, dot);
        return word.chars().allMatch(Character::isDigit) || word.length() == 1 && Character.isLetter(word.charAt(0))
                || word.chars().allMatch(ch -> "ivxlcIVXLC".indexOf(ch) >= 0) && word.equals(word.toUpperCase(java.util.Locale.ROOT))
                || word.chars().allMatch(ch -> "ivxlc".indexOf(ch) >= 0);
    }

    /** The offsets where OpenNLP's detector starts a sentence in [from, to), sorted. */
    private static int[] modelStarts(String text, int from, int to) {
        opennlp.tools.util.Span[] spans = OpenNlp.sentenceDetector().sentPosDetect(capitalisedAfterTerminators(text.substring(from, to)));
        int[] starts = new int[spans.length];
        for (int k = 0; k < spans.length; k++)
            starts[k] = from + spans[k].getStart();
        return starts;
    }

    /**
     * The paragraph with the first letter after each terminator and white space in upper case (the same length): the
     * model was trained on text in normal case, where a capital there is what it weighs most, so asked about lowercased
     * text it hears the words around each full stop rather than the missing capital.
     */
    static String capitalisedAfterTerminators(String paragraph) {
        char[] c = paragraph.toCharArray();
        for (int i = 0; i + 2 < c.length; i++) {
            if (TERMINATORS.indexOf(c[i]) < 0 || !Character.isWhitespace(c[i + 1]))
                continue;
            int j = i + 1;
            while (j < c.length && Character.isWhitespace(c[j]))
                j++;
            if (j < c.length && Character.isLowerCase(c[j]))
                c[j] = Character.toUpperCase(c[j]);
        }
        return new String(c);
    }

    /** At the last white space in the second half of the limit, else at the limit (not inside a surrogate pair). */
    @Override
    int cut(String text, int from) {
        int cut = from + MAX_SENTENCE_CHARS;
        while (cut > from + MAX_SENTENCE_CHARS / 2 && !isBlank(text.charAt(cut))) cut--;
        if (!isBlank(text.charAt(cut)) || Character.isLowSurrogate(text.charAt(cut)))
            cut = Character.isLowSurrogate(text.charAt(from + MAX_SENTENCE_CHARS)) ? from + MAX_SENTENCE_CHARS - 1 : from + MAX_SENTENCE_CHARS;
        return cut;
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == ']' || c == '」' || c == '』' || c == '）';
    }

    private static boolean opensSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || Character.isIdeographic(c)
                || c == '"' || c == '“' || c == '‘' || c == '\'' || c == '(' || c == '「' || c == '『' || c == '《';
    }

    private static int count(String text, int from, int to, char c) {
        int k = 0;
        for (int i = from; i < to; i++)
            if (text.charAt(i) == c) k++;
        return k;
    }
}
