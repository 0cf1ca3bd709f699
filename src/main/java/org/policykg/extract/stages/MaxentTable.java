package org.policykg.extract.stages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;

import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;

/**
 * A maximum-entropy model (OpenNLP's GIS) kept as a tab-separated file a researcher can read: comment lines, a line per
 * outcome with the probability it needs ({@code @threshold}), and a line per feature and outcome with its weight
 * (log-linear: a case's features' weights are summed per outcome). The trained models under ontology/ are such files.
 * A table read from a file holds the weights as read and builds OpenNLP's model only when asked for it (reading is on
 * the path of {@code up}'s first answer; the measure-span stage sums the weights itself).
 */
public final class MaxentTable {
    private final List<String> outcomes;
    private final Map<String, double[]> weights; // feature -> weight per outcome, in the order of outcomes
    private final Map<String, Double> thresholds;
    private volatile GISModel model;

    /** A table of a trained model over these outcomes (in any order of the model's own). */
    public MaxentTable(GISModel model, List<String> outcomes, Map<String, Double> thresholds) {
        this.outcomes = List.copyOf(outcomes);
        this.thresholds = Map.copyOf(thresholds);
        this.model = model;
        Object[] data = model.getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> pmap = (Map<String, Context>) data[1];
        String[] names = (String[]) data[2];
        this.weights = new HashMap<>();
        for (Map.Entry<String, Context> e : pmap.entrySet()) {
            double[] w = new double[outcomes.size()];
            Context c = e.getValue();
            for (int k = 0; k < c.getOutcomes().length; k++)
                w[outcomes.indexOf(names[c.getOutcomes()[k]])] = c.getParameters()[k];
            weights.put(e.getKey(), w);
        }
    }

    private MaxentTable(List<String> outcomes, Map<String, double[]> weights, Map<String, Double> thresholds) {
        this.outcomes = List.copyOf(outcomes);
        this.weights = weights;
        this.thresholds = Map.copyOf(thresholds);
    }

    /** The table in {@code file} over these outcomes, or null when there is no such file; a broken line is named by file and line. */
    public static MaxentTable read(Path file, List<String> outcomes) {
        if (!Files.isRegularFile(file))
            return null;
        Map<String, double[]> weights = new HashMap<>();
        Map<String, Double> thresholds = new HashMap<>();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new IllegalArgumentException(file + ": cannot be read: " + ex.getMessage(), ex);
        }
        // read line by line without a regular expression or a list of lines: a model has tens of thousands of lines,
        // and reading them is on the path of up's first answer
        int n = 0;
        for (int at = 0; at < text.length(); ) {
            int end = text.indexOf('\n', at);
            if (end < 0)
                end = text.length();
            n++;
            String line = text.substring(at, end > at && text.charAt(end - 1) == '\r' ? end - 1 : end);
            at = end + 1;
            if (line.isBlank() || line.startsWith("#"))
                continue;
            int t1 = line.indexOf('\t'), t2 = t1 < 0 ? -1 : line.indexOf('\t', t1 + 1);
            if (t1 < 0 || t2 < 0 || line.indexOf('\t', t2 + 1) >= 0)
                throw new IllegalArgumentException(file + ":" + n + ": expected three tab-separated columns");
            String feature = line.substring(0, t1), outcomeName = line.substring(t1 + 1, t2), weight = line.substring(t2 + 1);
            int outcome = outcomes.indexOf(outcomeName);
            if (outcome < 0)
                throw new IllegalArgumentException(file + ":" + n + ": unknown outcome '" + outcomeName + "' (one of " + outcomes + ")");
            double value = number(weight);
            if (Double.isNaN(value))
                throw new IllegalArgumentException(file + ":" + n + ": the weight '" + weight + "' is not a number");
            if (feature.equals("@threshold"))
                thresholds.put(outcomeName, value);
            else
                weights.computeIfAbsent(feature, k -> new double[outcomes.size()])[outcome] = value;
        }
        return new MaxentTable(outcomes, weights, thresholds);
    }

    /**
     * The number a weight column holds, NaN when it is none: "-1.2345", as {@code write} writes them, read by hand (far
     * quicker than Double.parseDouble before the JIT has compiled it); any other form through Double.parseDouble.
     */
    static double number(String s) {
        int i = 0, len = s.length();
        boolean negative = len > 0 && s.charAt(0) == '-';
        if (negative)
            i++;
        long whole = 0, fraction = 0, scale = 1;
        int digits = 0, point = -1;
        for (; i < len; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (point < 0)
                    whole = whole * 10 + (c - '0');
                else {
                    fraction = fraction * 10 + (c - '0');
                    scale *= 10;
                }
                digits++;
            } else if (c == '.' && point < 0) {
                point = i;
            } else {
                digits = -1;
                break;
            }
        }
        if (digits > 0 && digits <= 15) {
            double v = (double) (whole * scale + fraction) / scale; // both exact: one rounding, as parseDouble's
            return negative ? -v : v;
        }
        try {
            return Double.parseDouble(s.strip());
        } catch (NumberFormatException ex) {
            return Double.NaN;
        }
    }

    /** The model {@code as} makes of the table in {@code file} over these outcomes, or null when there is no such file. */
    static <T> T read(Path file, List<String> outcomes, java.util.function.Function<MaxentTable, T> as) {
        MaxentTable t = read(file, outcomes);
        return t == null ? null : as.apply(t);
    }

    /** OpenNLP's model of these weights (built on first use when the table was read from a file). */
    public GISModel model() {
        GISModel m = model;
        return m != null ? m : built();
    }

    private synchronized GISModel built() {
        if (model == null) {
            String[] predicates = new TreeSet<>(weights.keySet()).toArray(String[]::new);
            Context[] params = new Context[predicates.length];
            for (int i = 0; i < predicates.length; i++) {
                double[] w = weights.get(predicates[i]);
                List<Integer> at = new ArrayList<>();
                for (int k = 0; k < w.length; k++)
                    if (w[k] != 0)
                        at.add(k);
                params[i] = new Context(at.stream().mapToInt(Integer::intValue).toArray(), at.stream().mapToDouble(k -> w[k]).toArray());
            }
            model = new GISModel(params, predicates, outcomes.toArray(String[]::new));
        }
        return model;
    }

    /** Writes the weights of the trained model, sorted, rounded to four decimals, and the thresholds, under a header of comment lines. */
    public void write(Path file, List<String> header) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String h : header)
            sb.append("# ").append(h).append('\n');
        for (String o : outcomes)
            if (thresholds.containsKey(o))
                sb.append("@threshold\t").append(o).append('\t').append(String.format(Locale.ROOT, "%.2f", thresholds.get(o))).append('\n');
        Object[] data = model().getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> pmap = (Map<String, Context>) data[1];
        String[] names = (String[]) data[2];
        for (String pred : new TreeSet<>(pmap.keySet())) {
            Context c = pmap.get(pred);
            for (int k = 0; k < c.getOutcomes().length; k++) {
                double v = c.getParameters()[k];
                if (Math.abs(v) >= 0.00005)
                    sb.append(pred).append('\t').append(names[c.getOutcomes()[k]]).append('\t')
                            .append(String.format(Locale.ROOT, "%.4f", v)).append('\n');
            }
        }
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    }

    /** The probability of each outcome, in the order the table was made over, for an event with these features (as OpenNLP's model weighs them). */
    public double[] probabilities(List<String> features) {
        GISModel m = model();
        double[] byModel = m.eval(features.toArray(String[]::new));
        double[] out = new double[outcomes.size()];
        for (int i = 0; i < out.length; i++) {
            int k = m.getIndex(outcomes.get(i));
            out[i] = k < 0 ? 0 : byModel[k];
        }
        return out;
    }

    /** Each feature's weight per outcome, in the order of the outcomes the table was made over. */
    public Map<String, double[]> weights() { return weights; }

    public Map<String, Double> thresholds() { return thresholds; }

    /** The probability an outcome needs; above 1 (never) where none is given. */
    public double threshold(String outcome) { return thresholds.getOrDefault(outcome, 2.0); }
}
