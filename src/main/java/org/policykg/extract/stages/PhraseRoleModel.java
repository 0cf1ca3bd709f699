package org.policykg.extract.stages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;

import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;

/**
 * A maximum-entropy model (OpenNLP's GIS) that weighs what a noun phrase is from its {@link PhraseFeatures}: one of
 * {@link #OUTCOMES}. Kept as a tab-separated file a researcher can read ({@code ontology/phrase-roles-en.tsv}): a line
 * per feature and outcome with its weight, and a line per outcome with the probability it needs to be read
 * ({@code @threshold}). {@code policykg train} writes it from the gold files of the evaluation corpus.
 */
public final class PhraseRoleModel {
    /** The file name under ontology/. */
    public static final String FILE = "phrase-roles-en.tsv";
    /** What a phrase may be: "none" is what most phrases are. */
    public static final List<String> OUTCOMES = List.of("none", "goal", "reform", "principle");

    private final GISModel model;
    private final Map<String, Double> thresholds;

    public PhraseRoleModel(GISModel model, Map<String, Double> thresholds) {
        this.model = model;
        this.thresholds = Map.copyOf(thresholds);
    }

    /** The model in {@code file}, or null when there is no such file. */
    public static PhraseRoleModel read(Path file) {
        if (!Files.isRegularFile(file))
            return null;
        Map<String, Map<Integer, Double>> weights = new TreeMap<>();
        Map<String, Double> thresholds = new HashMap<>();
        int n = 0;
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                n++;
                if (line.isBlank() || line.startsWith("#"))
                    continue;
                String[] col = line.split("\t");
                if (col.length != 3)
                    throw new IllegalArgumentException(file + ":" + n + ": expected three tab-separated columns");
                int outcome = OUTCOMES.indexOf(col[1]);
                if (outcome < 0)
                    throw new IllegalArgumentException(file + ":" + n + ": unknown outcome '" + col[1] + "' (one of " + OUTCOMES + ")");
                double value;
                try {
                    value = Double.parseDouble(col[2]);
                } catch (NumberFormatException ex) {
                    throw new IllegalArgumentException(file + ":" + n + ": the weight '" + col[2] + "' is not a number", ex);
                }
                if (col[0].equals("@threshold"))
                    thresholds.put(col[1], value);
                else
                    weights.computeIfAbsent(col[0], k -> new TreeMap<>()).put(outcome, value);
            }
        } catch (IOException ex) {
            throw new IllegalArgumentException(file + ": cannot be read: " + ex.getMessage(), ex);
        }
        String[] predicates = weights.keySet().toArray(String[]::new);
        Context[] params = new Context[predicates.length];
        for (int i = 0; i < predicates.length; i++) {
            Map<Integer, Double> w = weights.get(predicates[i]);
            params[i] = new Context(w.keySet().stream().mapToInt(Integer::intValue).toArray(),
                    w.values().stream().mapToDouble(Double::doubleValue).toArray());
        }
        return new PhraseRoleModel(new GISModel(params, predicates, OUTCOMES.toArray(String[]::new)), thresholds);
    }

    /** Writes the model's weights, sorted, rounded to four decimals, and its thresholds, under a header of comment lines. */
    public void write(Path file, List<String> header) throws IOException {
        Object[] data = model.getDataStructures();
        Context[] params = (Context[]) data[0];
        @SuppressWarnings("unchecked")
        Map<String, Context> pmap = (Map<String, Context>) data[1];
        String[] outcomes = (String[]) data[2];
        StringBuilder sb = new StringBuilder();
        for (String h : header)
            sb.append("# ").append(h).append('\n');
        for (String o : OUTCOMES)
            if (thresholds.containsKey(o))
                sb.append("@threshold\t").append(o).append('\t').append(String.format(Locale.ROOT, "%.2f", thresholds.get(o))).append('\n');
        for (String pred : new TreeSet<>(pmap.keySet())) {
            Context c = pmap.get(pred);
            for (int k = 0; k < c.getOutcomes().length; k++) {
                double v = c.getParameters()[k];
                if (Math.abs(v) >= 0.00005)
                    sb.append(pred).append('\t').append(outcomes[c.getOutcomes()[k]]).append('\t')
                            .append(String.format(Locale.ROOT, "%.4f", v)).append('\n');
            }
        }
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    }

    /** The probability of each of {@link #OUTCOMES} for a phrase with these features. */
    public double[] probabilities(List<String> features) {
        double[] byModel = model.eval(features.toArray(String[]::new));
        double[] out = new double[OUTCOMES.size()];
        for (int i = 0; i < out.length; i++) {
            int k = model.getIndex(OUTCOMES.get(i));
            out[i] = k < 0 ? 0 : byModel[k];
        }
        return out;
    }

    /** The probability an outcome needs for a phrase to be read as it; above 1 (never) where none is given. */
    public double threshold(String outcome) { return thresholds.getOrDefault(outcome, 2.0); }

}
