package org.policykg.extract.stages;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.*;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.policykg.document.Document;
import org.policykg.document.Metadata;
import org.policykg.document.TextReader;
import org.policykg.extract.Converters;
import org.policykg.extract.Extractor;

/**
 * The measure-span stage sums a word's weights from parts kept per word form and per value ({@code Scorer}); training
 * names the features one by one ({@code WordSpanFeatures.features}). Both must weigh every word alike: checked with
 * the committed model on every word of a text written for another test, under every pair of labels before it.
 */
class WordSpanScorerTest {
    @Test
    void theScorerWeighsEveryWordAsTheModelWeighsItsFeatures() {
        Path ontology = Converters.home().resolve("ontology");
        WordSpanModel model = WordSpanModel.read(ontology.resolve(WordSpanModel.FILE));
        assertNotNull(model, "the committed model");
        Model lexicon = RDFDataMgr.loadModel(ontology.resolve("lexicon.ttl").toString());
        Model scheme = RDFDataMgr.loadModel(ontology.resolve("concepts.ttl").toString());
        WordSpanFeatures features = null;
        for (Stage s : Stages.of("en", lexicon, scheme, null, model, null))
            if (s instanceof WordSpanReader r)
                features = r.features();
        assertNotNull(features);
        WordSpanFeatures.Scorer scorer = features.scorer(model.weights(), WordSpanModel.OUTCOMES.size());
        Extractor extractor = Extractor.load(ontology.resolve("lexicon.ttl"), List.of(ontology.resolve("concepts.ttl"))).withoutModels();
        Document doc = extractor.extract(new TextReader().read(Converters.home().resolve("src/test/resources/en-measure-spans/dental-rebate.txt"), Metadata.EMPTY));
        List<String> labels = Arrays.asList(null, WordSpanFeatures.NONE, WordSpanFeatures.BEGIN, WordSpanFeatures.INSIDE);
        int words = 0;
        for (WordSpanFeatures.Words w : extractor.measureWords("en", doc)) {
            double[][] terms = scorer.terms(w);
            for (int i = 0; i < w.terms().length; i++)
                for (String prev : labels)
                    for (String prev2 : labels) {
                        if (i == 0 && prev != null || i <= 1 && prev2 != null)
                            continue;
                        double[] byModel = model.probabilities(features.features(w, i, prev, prev2));
                        double[] byScorer = WordSpanModel.softmax(scorer.sums(w, terms, i, prev, prev2));
                        assertArrayEquals(byModel, byScorer, 1e-9, w.terms()[i] + " after " + prev2 + ", " + prev);
                    }
            words += w.terms().length;
        }
        assertTrue(words > 80, words + " words");
    }
}
