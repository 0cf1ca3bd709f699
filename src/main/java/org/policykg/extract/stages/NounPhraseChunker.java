package org.policykg.extract.stages;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.atlas.lib.Cache;
import org.apache.jena.atlas.lib.CacheFactory;
import org.policykg.document.*;

/**
 * Noun phrases from part-of-speech tags (OpenNLP has no English chunker model): the lexicon's noun-phrase
 * pattern, a regular expression over the tags written one after another ("DET ADJ NOUN ADP NOUN "), is
 * matched over each run of tagged words; a run ends at a clause or sentence boundary, so no phrase
 * crosses one. A phrase does not start with a verb ("improve pension funds" is the phrase "pension funds").
 */
final class NounPhraseChunker implements Stage {
    private final List<Pattern> patterns;
    /**
     * The phrases found in a run of tags, as word offsets from the run's start ({from, to} pairs in the order found): they
     * depend on the tags alone, and runs of the same tags recur from text to text ("DET ADJ NOUN ADP NOUN ").
     */
    private final Cache<String, int[]> byTags = CacheFactory.createCache(50_000);

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
        for (int k = from; k < to; k++)
            tags.append(w.tags()[k]).append(' ');
        String tagged = tags.toString();
        int[] found = byTags.get(tagged, t -> phrases(w.tags(), from, to, t));
        for (int i = 0; i < found.length; i += 2)
            out.add(new Span(w.starts()[from + found[i]], w.ends()[from + found[i + 1] - 1]));
    }

    /** The phrases of the words [from, to) whose tags, each followed by a space, are {@code tagged}: {from, to} pairs relative to {@code from}. */
    private int[] phrases(String[] tagOf, int from, int to, String tagged) {
        int[] wordAt = new int[tagged.length() + 1];
        for (int k = from, c = 0; k < to; k++)
            for (int end = c + tagOf[k].length() + 1; c < end; c++)
                wordAt[c] = k;
        wordAt[tagged.length()] = to;
        List<Integer> out = new ArrayList<>();
        for (Pattern p : patterns) {
            Matcher m = p.matcher(tagged); // a String: the matcher reads it a character at a time, through CharSequence
            while (m.find()) {
                if (m.end() == m.start())
                    continue;
                int a = wordAt[m.start()], b = wordAt[m.end()];
                while (a < b && (tagOf[a].equals("VERB") || tagOf[a].equals("AUX")))
                    a++;
                boolean noun = false;
                for (int k = a; k < b; k++)
                    noun |= UniversalTags.noun(tagOf[k]);
                if (noun) {
                    out.add(a - from);
                    out.add(b - from);
                }
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }
}
