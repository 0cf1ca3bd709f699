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

    /** A sentence's labels, word by word (of {@link #OUTCOMES}), and each word's probability of its label given those before it. */
    record Labels(String[] label, double[] probability) {}

    /**
     * Reads the measures of one sentence's words: left to right, each word's label the likeliest the words before allow,
     * or ({@code wholeSentence}) the likeliest labels of the whole sentence.
     */
    List<WordSpan> spans(WordSpanFeatures.Words w, WordSpanFeatures.Scorer scorer, boolean wholeSentence) {
        int n = w.size();
        Labels labels = labels(w, scorer, wholeSentence);
        String[] label = labels.label();
        double[] p = labels.probability();
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

    /** The labels of a sentence's words, read as {@link #spans} reads them. */
    Labels labels(WordSpanFeatures.Words w, WordSpanFeatures.Scorer scorer, boolean wholeSentence) {
        int n = w.size();
        String[] label = new String[n];
        double[] p = new double[n];
        double[][] terms = scorer.terms(w);
        if (wholeSentence && n > 0)
            decode(w, scorer, terms, label, p);
        else for (int i = 0; i < n; i++) {
            double[] prob = softmax(scorer.sums(w, terms, i, i > 0 ? label[i - 1] : null, i > 1 ? label[i - 2] : null));
            boolean inside = i > 0 && !label[i - 1].equals(WordSpanFeatures.NONE);
            int best = -1;
            for (int k = 0; k < prob.length; k++)
                if (mayFollow(k, inside) && (best < 0 || prob[k] > prob[best]))
                    best = k;
            label[i] = OUTCOMES.get(best);
            p[i] = prob[best];
        }
        return new Labels(label, p);
    }

    /**
     * The decoder's states: the sentence's start, then each of {@link #OUTCOMES} (none, begin, inside), in the order of
     * the scorer's labels ({@code WordSpanFeatures.Scorer}, which indexes the labels before a word the same way).
     */
    private static final int START = 0, NONE = 1, BEGIN = 2, INSIDE = 3, STATES = 4;

    /** The state of outcome {@code k} of {@link #OUTCOMES}. */
    private static int stateOf(int k) { return k + NONE; }

    /**
     * The likeliest labels of the whole sentence (Viterbi over the two labels before each word), with each word's
     * probability of its label given the labels before it on that path.
     */
    private static void decode(WordSpanFeatures.Words w, WordSpanFeatures.Scorer scorer, double[][] terms, String[] label, double[] p) {
        int n = w.size();
        // states: [label before][label], each one of the decoder's states (START … INSIDE)
        double[][][] best = new double[n][STATES][STATES];
        double[][][] local = new double[n][STATES][STATES];
        int[][][] back = new int[n][STATES][STATES];
        for (double[][] b : best)
            for (double[] r : b)
                Arrays.fill(r, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < n; i++) {
            double[] base = scorer.base(w, terms, i);
            for (int c = 0; c < STATES; c++)
                for (int a = 0; a < STATES; a++) {
                    // the first word follows the start only; a later one follows a path that reached (c, a)
                    double before = i == 0 ? (a == START && c == START ? 0 : Double.NEGATIVE_INFINITY) : best[i - 1][c][a];
                    if (before == Double.NEGATIVE_INFINITY)
                        continue;
                    double[] s = base.clone();
                    scorer.addLabels(s, terms, i, a, c);
                    double[] prob = softmax(s);
                    for (int k = 0; k < prob.length; k++) {
                        if (!mayFollow(k, a == BEGIN || a == INSIDE))
                            continue;
                        int b = stateOf(k);
                        double score = before + Math.log(prob[k]);
                        if (score > best[i][a][b]) {
                            best[i][a][b] = score;
                            back[i][a][b] = c;
                            local[i][a][b] = prob[k];
                        }
                    }
                }
        }
        int a = START, b = NONE;
        for (int x = 0; x < STATES; x++)
            for (int y = NONE; y < STATES; y++) // a word's own label is never the start
                if (best[n - 1][x][y] > best[n - 1][a][b]) {
                    a = x;
                    b = y;
                }
        for (int i = n - 1; i >= 0; i--) {
            label[i] = OUTCOMES.get(b - NONE);
            p[i] = local[i][a][b];
            int c = back[i][a][b];
            b = a;
            a = c;
        }
    }

    /** Whether outcome {@code k} (of {@link #OUTCOMES}) may come after a word that is or is not in a span: inside only within one. */
    private static boolean mayFollow(int k, boolean afterSpanWord) {
        return k != 2 || afterSpanWord;
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
