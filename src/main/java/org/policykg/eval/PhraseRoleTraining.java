package org.policykg.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.*;

import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.maxent.GISTrainer;
import opennlp.tools.ml.model.Event;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;
import org.policykg.document.Document;
import org.policykg.document.Metadata;
import org.policykg.document.SourceText;
import org.policykg.document.TextReader;
import org.policykg.extract.Extractor;
import org.policykg.extract.stages.PhraseFeatures;
import org.policykg.extract.stages.PhraseRoleModel;

/**
 * Trains the phrase-role model from gold files: every English noun phrase the rules' stages read is an event, its
 * outcome the class of the gold goal, reform or principle it overlaps as eval matches (by at least half of the shorter
 * span), else "none"; a phrase that overlaps only an optional item says nothing either way and is left out.
 */
public final class PhraseRoleTraining {
    private PhraseRoleTraining() {}

    /** A phrase of a document with what the gold says it is. */
    public record Example(String document, String outcome, List<String> features) {}

    /** A gold file with its text as an extractor read it: what the examples of each model are drawn from. */
    public record Reading(String name, GoldFile gold, Document doc) {}

    /** The gold files in {@code language} among {@code golds}, each text read once by {@code extractor}. */
    public static List<Reading> read(Extractor extractor, List<Path> golds, String language) {
        TextReader reader = new TextReader();
        List<Reading> out = new ArrayList<>();
        for (Path gold : golds) {
            SourceText text = reader.read(GoldFile.textOf(gold), Metadata.EMPTY);
            GoldFile g = GoldFile.read(gold, text);
            if (g.language().startsWith(language))
                out.add(new Reading(GoldFile.nameOf(gold), g, extractor.extract(text)));
        }
        return out;
    }

    /** The examples of the English readings, read by {@code rulesOnly} (an extractor without the model). */
    public static List<Example> examples(Extractor rulesOnly, List<Reading> english) {
        List<Example> out = new ArrayList<>();
        for (Reading r : english) {
            GoldFile g = r.gold();
            Document doc = r.doc();
            for (PhraseFeatures.Candidate c : rulesOnly.phraseCandidates(doc)) {
                String outcome = "none";
                boolean optionalOnly = false;
                for (GoldFile.Item item : g.items()) {
                    if (item.itemClass() == GoldFile.ItemClass.ACTOR)
                        continue;
                    boolean hit = item.occurrences().stream().anyMatch(o -> o.overlapsHalf(c.span().begin(), c.span().end()));
                    if (!hit)
                        continue;
                    if (item.optional()) {
                        optionalOnly = true;
                        continue;
                    }
                    outcome = item.itemClass().key();
                    break;
                }
                if (outcome.equals("none") && optionalOnly)
                    continue;
                out.add(new Example(r.name(), outcome, c.features()));
            }
        }
        return out;
    }

    /**
     * A maximum-entropy model of the examples (GIS with a Gaussian prior, so rare features weigh little). A feature
     * counts only where it occurs in at least {@code minDocuments} documents: nothing is learnt from one text's wording.
     */
    public static PhraseRoleModel train(List<Example> examples, Map<String, Double> thresholds, int iterations, double sigma,
                                        int minDocuments) throws IOException {
        return new PhraseRoleModel(fit(examples, iterations, sigma, minDocuments), thresholds);
    }

    /** GIS with a Gaussian prior over the examples, each feature kept only where it occurs in at least {@code minDocuments} documents. */
    static GISModel fit(List<Example> examples, int iterations, double sigma, int minDocuments) throws IOException {
        Map<String, Set<String>> documents = new HashMap<>();
        for (Example e : examples)
            for (String f : e.features())
                documents.computeIfAbsent(f, k -> new HashSet<>()).add(e.document());
        List<Event> events = examples.stream().map(e -> new Event(e.outcome(), e.features().stream()
                .filter(f -> documents.get(f).size() >= minDocuments).toArray(String[]::new))).toList();
        GISTrainer trainer = new GISTrainer();
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        trainer.init(params, new HashMap<>());
        trainer.setGaussianSigma(sigma);
        return trainer.trainModel(new CollectionObjectStream<>(events), iterations, 1);
    }
}
