package org.policykg.extract.stages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import opennlp.tools.ml.model.Context;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;
import org.apache.jena.atlas.lib.Cache;
import org.apache.jena.atlas.lib.CacheFactory;

/**
 * The part-of-speech model's score of every tag for a word, summed from parts that depend on one word or one
 * pair of tags each, instead of from the feature strings OpenNLP builds and looks up for every word.
 *
 * <p>The UD English-EWT model's features (its {@code generator.featuregen}: outcome prior, suffixes and prefixes
 * up to 4 letters, the lower-cased word in a window of two before and after, the sentence start in the same
 * window, the word's class and the word with its class, the two tags before) split into: the word's own features,
 * the word as the first or second word before or after another, the position at the sentence start, and the tags
 * before. The parameters of a word's features are looked up once per word form and kept (a word's own features
 * summed into one vector), so tagging a word adds a handful of vectors. {@link #features} spells out the same
 * features as strings; {@link OpenNlp.GreedyTagger} uses this class only after checking, when the model is
 * loaded, that those are exactly the features the model's own context generator makes.
 *
 * <p>The sums are the model's sums in another order, so they can differ from OpenNLP's in the last bits: the
 * tagger takes the best tag from them only where it leads the next by far more than that ({@link #decisive}),
 * and otherwise asks the model itself.
 */
final class TagScores {
    /** Word forms kept (about 200 bytes a word; Jena's bounded cache). */
    static final int MAX_WORDS = 50_000;

    /** The parameters of one word form's features: its own (summed), and as a word before or after another. */
    record Word(double[] self, Context p1, Context p2, Context n1, Context n2) {}

    private final Map<String, Context> parameters;
    private final String[] outcomes;
    private final Map<String, Integer> outcomeIndex;
    private final Context[] sentenceStart;
    private final Context[] previousTag;
    private final Context[][] previousTwoTags;
    private final Cache<String, Word> words = CacheFactory.createCache(MAX_WORDS);

    /** @param parameters the model's features and their parameters ({@code AbstractModel.getDataStructures()[1]}) */
    TagScores(Map<String, Context> parameters, String[] outcomes) {
        this.parameters = parameters;
        this.outcomes = outcomes.clone();
        this.outcomeIndex = new java.util.HashMap<>();
        for (int i = 0; i < outcomes.length; i++)
            outcomeIndex.putIfAbsent(outcomes[i], i);
        sentenceStart = new Context[] {parameters.get("S=begin"), parameters.get("p1S=begin"), parameters.get("p2S=begin")};
        previousTag = new Context[outcomes.length];
        previousTwoTags = new Context[outcomes.length][outcomes.length];
        for (int a = 0; a < outcomes.length; a++) {
            previousTag[a] = parameters.get("t=" + outcomes[a]);
            for (int b = 0; b < outcomes.length; b++)
                previousTwoTags[a][b] = parameters.get("t2=" + outcomes[a] + "," + outcomes[b]);
        }
    }

    int outcomes() { return outcomes.length; }

    /** The index of a tag the model gives, or -1. */
    int outcome(String tag) {
        Integer i = outcomeIndex.get(tag);
        return i == null ? -1 : i;
    }

    /** The word form's parameters, looked up once. */
    Word word(String form) {
        return words.get(form, this::lookUp);
    }

    private Word lookUp(String form) {
        String lower = StringUtil.toLowerCase(form);
        double[] self = new double[outcomes.length];
        for (String f : ownFeatures(form, lower))
            add(self, parameters.get(f));
        return new Word(self, parameters.get("p1w=" + lower), parameters.get("p2w=" + lower), parameters.get("n1w=" + lower), parameters.get("n2w=" + lower));
    }

    /**
     * The scores (before the model's normalisation) of every tag for word {@code i}, into {@code scores}.
     *
     * @param forms the words' parameters ({@link #word}); @param tags the indexes of the tags of the words before i
     */
    void score(Word[] forms, int i, int[] tags, double[] scores) {
        System.arraycopy(forms[i].self(), 0, scores, 0, scores.length);
        if (i >= 1)
            add(scores, forms[i - 1].p1());
        if (i >= 2)
            add(scores, forms[i - 2].p2());
        if (i + 1 < forms.length)
            add(scores, forms[i + 1].n1());
        if (i + 2 < forms.length)
            add(scores, forms[i + 2].n2());
        if (i <= 2)
            add(scores, sentenceStart[i]);
        if (i >= 1)
            add(scores, previousTag[tags[i - 1]]);
        if (i >= 2)
            add(scores, previousTwoTags[tags[i - 2]][tags[i - 1]]);
    }

    /**
     * The index of the best score when it beats every other by a margin far above the rounding of summing in
     * another order (and the scores are ones the model's exponentials can hold); else -1.
     */
    static int decisive(double[] scores) {
        int best = 0;
        for (int k = 1; k < scores.length; k++)
            if (scores[k] > scores[best])
                best = k;
        double top = scores[best];
        if (!(Math.abs(top) < 500))
            return -1;
        for (int k = 0; k < scores.length; k++)
            if (k != best && !(top - scores[k] > MARGIN))
                return -1;
        return best;
    }

    /** Summing some 30 parameters of magnitude below 100 in another order moves a score by less than 1e-11. */
    static final double MARGIN = 1e-6;

    private static void add(double[] scores, Context c) {
        if (c == null)
            return;
        int[] o = c.getOutcomes();
        double[] p = c.getParameters();
        for (int j = 0; j < o.length; j++)
            scores[o[j]] += p[j];
    }

    /**
     * The features of word {@code i}, as the model's context generator makes them (in another order): see the
     * class comment. The tags before {@code i} must be given.
     */
    static List<String> features(String[] forms, int i, String[] tags) {
        List<String> f = new ArrayList<>(ownFeatures(forms[i], StringUtil.toLowerCase(forms[i])));
        if (i >= 1)
            f.add("p1w=" + StringUtil.toLowerCase(forms[i - 1]));
        if (i >= 2)
            f.add("p2w=" + StringUtil.toLowerCase(forms[i - 2]));
        if (i + 1 < forms.length)
            f.add("n1w=" + StringUtil.toLowerCase(forms[i + 1]));
        if (i + 2 < forms.length)
            f.add("n2w=" + StringUtil.toLowerCase(forms[i + 2]));
        if (i == 0)
            f.add("S=begin");
        else if (i == 1)
            f.add("p1S=begin");
        else if (i == 2)
            f.add("p2S=begin");
        if (i >= 1)
            f.add("t=" + tags[i - 1]);
        if (i >= 2)
            f.add("t2=" + tags[i - 2] + "," + tags[i - 1]);
        return f;
    }

    /** A word's own features: the outcome prior, suffixes, prefixes, the word, its class, the word with its class. */
    private static List<String> ownFeatures(String form, String lower) {
        List<String> f = new ArrayList<>(14);
        f.add("def");
        int n = Math.min(4, form.length());
        for (int k = 0; k < n; k++)
            f.add("suf=" + form.substring(Math.max(form.length() - k - 1, 0)));
        for (int k = 0; k < n; k++)
            f.add("pre=" + form.substring(0, Math.min(k + 1, form.length())));
        f.add("w=" + lower);
        String wordClass = FeatureGeneratorUtil.tokenFeature(form);
        f.add("wc=" + wordClass);
        f.add("w&c=" + lower + "," + wordClass);
        return f;
    }
}
