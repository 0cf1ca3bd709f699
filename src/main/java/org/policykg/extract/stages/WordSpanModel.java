package org.policykg.extract.stages;

import java.io.IOException;
import java.nio.file.Path;
import java.util.*;

import opennlp.tools.ml.maxent.GISModel;

/**
 * A maximum-entropy model (OpenNLP's GIS) that reads, word by word, where a sentence states a measure (one model per
 * language: English words as the cue analyzer normalises them, Chinese words as smartcn cuts them): each
 * word is the beginning of one, inside one, or neither ({@link #OUTCOMES}), weighed by its {@link WordSpanFeatures}
 * and the labels of the words before it. Kept as a tab-separated file a researcher can read
 * ({@code ontology/measure-spans-en.tsv}, {@code measure-spans-zh.tsv}, as {@link MaxentTable}); its {@code @threshold} line is the mean probability
 * a span's words need for the span to be read. {@code policykg train} writes it from the gold files of the corpus. The
 * goal-span model of Chinese ({@code goal-spans-zh.tsv}) is the same kind of table, read over the gold goals.
 */
public final class WordSpanModel {
    /** The file name under ontology/ of the English model. */
    public static final String FILE = fileFor("en");

    /** The file name under ontology/ of a language's model (each language its own words, cues and gold). */
    public static String fileFor(String language) { return "measure-spans-" + language + ".tsv"; }

    /** The file name under ontology/ of a language's goal-span model: the same features and labels, read over its gold goals. */
    public static String goalFileFor(String language) { return "goal-spans-" + language + ".tsv"; }
    /** A word's label: no part of a measure, its first word, a later word. */
    public static final List<String> OUTCOMES = List.of(WordSpanFeatures.NONE, WordSpanFeatures.BEGIN, WordSpanFeatures.INSIDE);
    /** The longest span read, in words: a measure is a clause at most. */
    static final int MAX_WORDS = 30;

    private final MaxentTable table;

    public WordSpanModel(GISModel model, Map<String, Double> thresholds) {
        this(new MaxentTable(model, OUTCOMES, thresholds));
    }

    private WordSpanModel(MaxentTable table) {
        this.table = table;
    }

    /** The model in {@code file}, or null when there is no such file. */
    public static WordSpanModel read(Path file) {
        return MaxentTable.read(file, OUTCOMES, WordSpanModel::new);
    }

    /** Writes the model as {@link MaxentTable#write} does. */
    public void write(Path file, List<String> header) throws IOException {
        table.write(file, header);
    }

    /** The mean probability a span's words need. */
    public double threshold() { return table.threshold(WordSpanFeatures.BEGIN); }

    /** The probability of each of {@link #OUTCOMES} for a word with these features (as the trained model weighs them). */
    double[] probabilities(List<String> features) {
        return table.probabilities(features);
    }

    /** A span of words [begin, end) of a sentence with the mean probability of its words' labels. */
    record WordSpan(int begin, int end, double probability) {}

    /** Reads the measures of one sentence's words, left to right, each word's label the likeliest the words before allow. */
    List<WordSpan> spans(WordSpanFeatures.Words w, WordSpanFeatures.Scorer scorer) {
        int n = w.size();
        String[] label = new String[n];
        double[] p = new double[n];
        double[][] terms = scorer.terms(w);
        for (int i = 0; i < n; i++) {
            double[] s = scorer.sums(w, terms, i, i > 0 ? label[i - 1] : null, i > 1 ? label[i - 2] : null);
            double[] prob = softmax(s);
            boolean inside = i > 0 && !label[i - 1].equals(WordSpanFeatures.NONE);
            int best = -1;
            for (int k = 0; k < prob.length; k++)
                if ((k != 2 || inside) && (best < 0 || prob[k] > prob[best]))
                    best = k;
            label[i] = OUTCOMES.get(best);
            p[i] = prob[best];
        }
        List<WordSpan> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!label[i].equals(WordSpanFeatures.BEGIN))
                continue;
            int j = i + 1;
            double sum = p[i];
            while (j < n && label[j].equals(WordSpanFeatures.INSIDE))
                sum += p[j++];
            if (j - i <= MAX_WORDS)
                out.add(new WordSpan(i, j, sum / (j - i)));
            i = j - 1;
        }
        return out;
    }

    static double[] softmax(double[] s) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : s)
            max = Math.max(max, v);
        double sum = 0;
        double[] out = new double[s.length];
        for (int k = 0; k < s.length; k++)
            sum += out[k] = Math.exp(s[k] - max);
        for (int k = 0; k < s.length; k++)
            out[k] /= sum;
        return out;
    }

    /** Each feature's weights in the order of {@link #OUTCOMES}. */
    Map<String, double[]> weights() { return table.weights(); }
}
