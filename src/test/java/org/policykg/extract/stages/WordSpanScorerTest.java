package org.policykg.extract.stages;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policykg.document.Document;
import org.policykg.document.Metadata;
import org.policykg.document.TextReader;
import org.policykg.extract.Converters;
import org.policykg.extract.Extractor;

/**
 * The measure-span stage sums a word's weights from parts kept per word form and per value ({@code Scorer}); training
 * names the features one by one ({@code WordSpanFeatures.features}). Both must weigh every word alike: checked with
 * each language's committed model on every word of a text written for another test, under every pair of labels before it.
 */
class WordSpanScorerTest {
    @ParameterizedTest
    @CsvSource({"en, src/test/resources/en-measure-spans/dental-rebate.txt", "zh, src/test/resources/zh-genre/hk-laofu-gongbao.txt"})
    void theScorerWeighsEveryWordAsTheModelWeighsItsFeatures(String language, String text) {
        Path ontology = Converters.home().resolve("ontology");
        WordSpanModel model = WordSpanModel.read(ontology.resolve(WordSpanModel.fileFor(language)));
        assertNotNull(model, "the committed model");
        WordSpanFeatures features = featuresOf(language, ontology, model);
        WordSpanFeatures.Scorer scorer = features.scorer(model.weights(), WordSpanModel.OUTCOMES.size());
        Extractor extractor = Extractor.load(ontology.resolve("lexicon.ttl"), List.of(ontology.resolve("concepts.ttl"))).withoutModels();
        Document doc = extractor.extract(new TextReader().read(Converters.home().resolve(text), Metadata.EMPTY));
        List<String> labels = Arrays.asList(null, WordSpanFeatures.NONE, WordSpanFeatures.BEGIN, WordSpanFeatures.INSIDE);
        int words = 0;
        for (WordSpanFeatures.Words w : extractor.measureWords(language, doc)) {
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

    /**
     * Chinese clauses are parted by full-width marks (，：、; the sentence reader parts sentences at ；): the features see
     * them before a word as they see the ASCII marks of English, a list's 、 apart from a clause's ，.
     */
    @Test
    void theMarksBeforeAChineseWordAreSeen(@TempDir Path dir) throws Exception {
        Path ontology = Converters.home().resolve("ontology");
        Extractor extractor = Extractor.load(ontology.resolve("lexicon.ttl"), List.of(ontology.resolve("concepts.ttl"))).withoutModels();
        Path file = dir.resolve("t.txt");
        Files.writeString(file, "困难群众可以申请救助，经审核后按月发放；救助包括医疗、教育和住房等方面：具体办法另行制定。\n");
        Document doc = extractor.extract(new TextReader().read(file, Metadata.EMPTY));
        Map<String, String> before = new HashMap<>(); // the first word after each mark -> the mark the features saw
        String text = doc.text();
        for (WordSpanFeatures.Words w : extractor.measureWords("zh", doc))
            for (int i = 1; i < w.terms().length; i++) {
                String between = text.substring(w.ends()[i - 1], w.starts()[i]).strip();
                if (!between.isEmpty())
                    before.put(between, w.punctuation()[i]);
            }
        assertEquals(",", before.get("，"), before.toString());
        assertEquals(";", before.get("："), before.toString());
        assertEquals("、", before.get("、"), before.toString());
    }

    private static WordSpanFeatures featuresOf(String language, Path ontology, WordSpanModel model) {
        Model lexicon = RDFDataMgr.loadModel(ontology.resolve("lexicon.ttl").toString());
        Model scheme = RDFDataMgr.loadModel(ontology.resolve("concepts.ttl").toString());
        for (Stage s : Stages.of(language, lexicon, scheme, null, model, null))
            if (s instanceof WordSpanReader r)
                return r.features();
        throw new AssertionError("no measure-span stage for " + language);
    }
}
