package org.policykg.extract.stages;

import java.io.IOException;
import java.nio.file.Path;
import java.util.*;

import opennlp.tools.ml.maxent.GISModel;

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

    private final MaxentTable table;

    public PhraseRoleModel(GISModel model, Map<String, Double> thresholds) {
        this(new MaxentTable(model, OUTCOMES, thresholds));
    }

    private PhraseRoleModel(MaxentTable table) {
        this.table = table;
    }

    /** The model in {@code file}, or null when there is no such file. */
    public static PhraseRoleModel read(Path file) {
        return MaxentTable.read(file, OUTCOMES, PhraseRoleModel::new);
    }

    /** Writes the model's weights, sorted, rounded to four decimals, and its thresholds, under a header of comment lines. */
    public void write(Path file, List<String> header) throws IOException {
        table.write(file, header);
    }

    /** The probability of each of {@link #OUTCOMES} for a phrase with these features. */
    public double[] probabilities(List<String> features) {
        return table.probabilities(features);
    }

    /** The probability an outcome needs for a phrase to be read as it; above 1 (never) where none is given. */
    public double threshold(String outcome) { return table.threshold(outcome); }

}
