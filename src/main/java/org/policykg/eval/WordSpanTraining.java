package org.policykg.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.*;

import org.policykg.document.Document;
import org.policykg.document.Metadata;
import org.policykg.document.SourceText;
import org.policykg.document.TextReader;
import org.policykg.extract.Extractor;
import org.policykg.extract.stages.WordSpanFeatures;
import org.policykg.extract.stages.WordSpanModel;

/**
 * Trains a language's word-span models from gold files: every word of every sentence of a gold text in it is an event,
 * its outcome "begin" or "inside" where it lies in an occurrence of a quote of a gold item of the model's class (a
 * measure-span model: the reforms, required or optional, both being measures the text states; a goal-span model: the
 * goals), else "none"; the labels of the two words before are the gold ones.
 */
public final class WordSpanTraining {
    private WordSpanTraining() {}

    /**
     * The word events of the readings in {@code language}, for each of {@code classes} over the quotes of its gold items
     * (a measure-span model reads reforms, a goal-span model goals), their words as {@code extractor} reads them.
     */
    public static Map<GoldFile.ItemClass, List<PhraseRoleTraining.Example>> examples(Extractor extractor, List<PhraseRoleTraining.Reading> readings,
                                                                                   String language, List<GoldFile.ItemClass> classes) {
        Map<GoldFile.ItemClass, List<PhraseRoleTraining.Example>> out = new EnumMap<>(GoldFile.ItemClass.class);
        classes.forEach(c -> out.put(c, new ArrayList<>()));
        for (PhraseRoleTraining.Reading r : readings) {
            GoldFile g = r.gold();
            List<WordSpanFeatures.Words> words = extractor.measureWords(language, r.doc());
            String name = r.name();
            for (GoldFile.ItemClass itemClass : classes) {
                List<GoldFile.Occurrence> spans = new ArrayList<>();
                for (GoldFile.Item item : g.items())
                    if (item.itemClass() == itemClass)
                        spans.addAll(item.occurrences());
                // the longest first: a shorter quote inside a longer one does not cut it
                spans.sort(Comparator.comparingInt((GoldFile.Occurrence o) -> o.begin() - o.end()).thenComparingInt(GoldFile.Occurrence::begin));
                for (WordSpanFeatures.Words w : words) {
                    String[] labels = labels(w, spans);
                    for (int i = 0; i < labels.length; i++)
                        out.get(itemClass).add(new PhraseRoleTraining.Example(name, labels[i],
                                extractor.measureFeatures(language, w, i, i > 0 ? labels[i - 1] : null, i > 1 ? labels[i - 2] : null)));
                }
            }
        }
        return out;
    }

    private static String[] labels(WordSpanFeatures.Words w, List<GoldFile.Occurrence> measures) {
        String[] labels = new String[w.starts().length];
        Arrays.fill(labels, WordSpanModel.OUTCOMES.get(0));
        boolean[] taken = new boolean[labels.length];
        for (GoldFile.Occurrence o : measures) {
            List<Integer> in = new ArrayList<>();
            for (int i = 0; i < labels.length; i++)
                if (w.starts()[i] >= o.begin() && w.ends()[i] <= o.end())
                    in.add(i);
            if (in.isEmpty() || in.stream().anyMatch(i -> taken[i]))
                continue;
            for (int k = 0; k < in.size(); k++) {
                labels[in.get(k)] = WordSpanModel.OUTCOMES.get(k == 0 ? 1 : 2);
                taken[in.get(k)] = true;
            }
        }
        return labels;
    }

    /** A model of the events (as {@link PhraseRoleTraining#fit}) reading a span whose words' mean probability is at least {@code threshold}. */
    public static WordSpanModel train(List<PhraseRoleTraining.Example> examples, double threshold, int iterations, double sigma,
                                         int minDocuments) throws IOException {
        return new WordSpanModel(PhraseRoleTraining.fit(examples, iterations, sigma, minDocuments),
                Map.of(WordSpanModel.OUTCOMES.get(1), threshold));
    }
}
