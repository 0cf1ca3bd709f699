package org.policykg.extract.stages;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policykg.document.*;

/**
 * Noun phrases from part-of-speech tags (OpenNLP has no English chunker model): the lexicon's noun-phrase
 * pattern, a regular expression over the tags written one after another ("DET ADJ NOUN ADP NOUN "), is
 * matched over each run of tagged words; a run ends at a clause or sentence boundary, so no phrase
 * crosses one. A phrase does not start with a verb ("improve pension funds" is the phrase "pension funds").
 */
final class NounPhraseChunker implements Stage {
    private final List<Pattern> patterns;

    NounPhraseChunker(Lexicon lexicon) {
        this.patterns = lexicon.patterns("NounPhrase");
        if (patterns.isEmpty())
            throw new IllegalArgumentException("the lexicon has no noun-phrase pattern (lex:reads lex:NounPhrase) for " + lexicon.language());
    }

    @Override public String name() { return "noun phrases"; }
    @Override public Set<Layer> requires() { return Set.of(Layer.TAGS); }
    @Override public Set<Layer> provides() { return Set.of(Layer.NOUN_PHRASES); }

    @Override
    public Document apply(Document doc) {
        String text = doc.text();
        Words w = doc.words();
        List<Span> out = new ArrayList<>();
        int i = 0;
        while (i < w.size()) {
            Cancellation.check();
            int j = i + 1;
            while (j < w.size() && joined(text, w.ends()[j - 1], w.starts()[j]))
                j++;
            chunk(w, i, j, out);
            i = j;
        }
        out.sort(java.util.Comparator.comparingInt(Span::begin));
        return doc.withNounPhrases(out);
    }

    /** Two tagged words are in one run when only white space (no line end) lies between them. */
    private static boolean joined(String text, int end, int next) {
        for (int k = end; k < next; k++) {
            char c = text.charAt(k);
            if (c == '\n' || c == '\r' || !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                return false;
        }
        return true;
    }

    private void chunk(Words w, int from, int to, List<Span> out) {
        StringBuilder tags = new StringBuilder();
        int[] wordAt = new int[(to - from) * 8 + 1];
        for (int k = from; k < to; k++) {
            int at = tags.length();
            tags.append(w.tags()[k]).append(' ');
            if (tags.length() >= wordAt.length)
                wordAt = java.util.Arrays.copyOf(wordAt, tags.length() * 2);
            for (int c = at; c < tags.length(); c++)
                wordAt[c] = k;
        }
        wordAt[tags.length()] = to;
        String tagged = tags.toString(); // a String: the matcher reads it a character at a time, through CharSequence
        for (Pattern p : patterns) {
            Matcher m = p.matcher(tagged);
            while (m.find()) {
                if (m.end() == m.start())
                    continue;
                int a = wordAt[m.start()], b = wordAt[m.end()];
                while (a < b && (w.tags()[a].equals("VERB") || w.tags()[a].equals("AUX")))
                    a++;
                boolean noun = false;
                for (int k = a; k < b; k++)
                    noun |= UniversalTags.nounAt(w, k);
                if (noun)
                    out.add(new Span(w.starts()[a], w.ends()[b - 1]));
            }
        }
    }
}
