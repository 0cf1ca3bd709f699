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
 * Trains a language's measure-span model from gold files: every word of every sentence of a gold text in it is an event,
 * its outcome "begin" or "inside" where it lies in an occurrence of a gold reform's quote (required or optional: both
 * are measures the text states), else "none"; the labels of the two words before are the gold ones.
 */
public final class WordSpanTraining {
    private WordSpanTraining() {}

    /** The word events of the gold files in {@code language} among {@code golds}, their words as {@code extractor} reads them. */
    public static List<PhraseRoleTraining.Example> examples(Extractor extractor, List<Path> golds, String language) {
        return examples(extractor, golds, language, GoldFile.ItemClass.REFORM);
    }

    /** As above, the spans being the quotes of the gold items of {@code itemClass} (a goal-span model reads goals). */
    public static List<PhraseRoleTraining.Example> examples(Extractor extractor, List<Path> golds, String language, GoldFile.ItemClass itemClass) {
        TextReader reader = new TextReader();
        List<PhraseRoleTraining.Example> out = new ArrayList<>();
        for (Path gold : golds) {
            SourceText text = reader.read(GoldFile.textOf(gold), Metadata.EMPTY);
            GoldFile g = GoldFile.read(gold, text);
            if (!g.language().startsWith(language))
                continue;
            List<GoldFile.Occurrence> measures = new ArrayList<>();
            for (GoldFile.Item item : g.items())
                if (item.itemClass() == itemClass)
                    measures.addAll(item.occurrences());
            // the longest first: a shorter quote inside a longer one does not cut it
            measures.sort(Comparator.comparingInt((GoldFile.Occurrence o) -> o.begin() - o.end()).thenComparingInt(GoldFile.Occurrence::begin));
            Document doc = extractor.extract(text);
            String name = GoldFile.nameOf(gold);
            for (WordSpanFeatures.Words w : extractor.measureWords(language, doc)) {
                String[] labels = labels(w, measures);
                for (int i = 0; i < labels.length; i++)
                    out.add(new PhraseRoleTraining.Example(name, labels[i],
                            extractor.measureFeatures(language, w, i, i > 0 ? labels[i - 1] : null, i > 1 ? labels[i - 2] : null)));
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
