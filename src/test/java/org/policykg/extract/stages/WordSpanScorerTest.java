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
        Reading r = Reading.of(language, text);
        WordSpanModel model = r.model();
        WordSpanFeatures features = r.features();
        WordSpanFeatures.Scorer scorer = r.scorer();
        List<String> labels = Arrays.asList(null, WordSpanFeatures.NONE, WordSpanFeatures.BEGIN, WordSpanFeatures.INSIDE);
        int words = 0;
        for (WordSpanFeatures.Words w : r.words()) {
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
     * The whole-sentence reading (lex:wholeSentenceSpans) gives each sentence the labels of highest probability among
     * all the model allows (an inside word only after a begin or an inside one): checked against every such sequence
     * on the sentences of up to nine words of a text, with each language's committed model; the word-by-word reading is
     * never more probable, and is less probable somewhere.
     */
    @ParameterizedTest
    @CsvSource({"en, src/test/resources/en-measure-spans/dental-rebate.txt", "zh, src/test/resources/zh-genre/hk-laofu-gongbao.txt"})
    void theWholeSentenceReadingIsTheLikeliestOfAllLabellings(String language, String text) {
        Reading r = Reading.of(language, text);
        WordSpanModel model = r.model();
        WordSpanFeatures.Scorer scorer = r.scorer();
        int checked = 0, greedyLess = 0;
        List<WordSpanFeatures.Words> all = new ArrayList<>(r.words());
        // and every stretch of seven to nine words of the longer sentences, read as a sentence of its own
        for (WordSpanFeatures.Words w : List.copyOf(all))
            for (int from = 0; from + 9 < w.terms().length; from++)
                for (int length = 7; length <= 9; length++)
                    all.add(slice(w, from, from + length));
        for (WordSpanFeatures.Words w : all) {
            if (w.terms().length > 9)
                continue;
            double best = Double.NEGATIVE_INFINITY;
            for (String[] labels : allowed(w.terms().length))
                best = Math.max(best, logProbability(w, scorer, labels));
            double whole = logProbability(w, scorer, model.labels(w, scorer, true).label());
            double greedy = logProbability(w, scorer, model.labels(w, scorer, false).label());
            assertEquals(best, whole, 1e-9, String.join(" ", w.terms()));
            assertTrue(greedy <= whole + 1e-9, String.join(" ", w.terms()));
            if (greedy < whole - 1e-9)
                greedyLess++;
            checked++;
        }
        assertTrue(checked > 20, checked + " sentences");
        assertTrue(greedyLess > 0, "the word-by-word reading was the likeliest everywhere: the test shows nothing");
    }

    private static WordSpanFeatures.Words slice(WordSpanFeatures.Words w, int from, int to) {
        return new WordSpanFeatures.Words(Arrays.copyOfRange(w.starts(), from, to), Arrays.copyOfRange(w.ends(), from, to),
                Arrays.copyOfRange(w.terms(), from, to), Arrays.copyOfRange(w.shapes(), from, to),
                Arrays.copyOfRange(w.punctuation(), from, to), Arrays.copyOfRange(w.lastCue(), from, to),
                Arrays.copyOfRange(w.cueDistance(), from, to), Arrays.copyOfRange(w.figureBefore(), from, to),
                Arrays.copyOfRange(w.figureAfter(), from, to), Arrays.copyOfRange(w.nextCue(), from, to),
                Arrays.copyOfRange(w.nextCueDistance(), from, to), Arrays.copyOfRange(w.inClause(), from, to),
                Arrays.copyOfRange(w.clauseLeft(), from, to));
    }

    /** Every labelling of n words the model allows. */
    private static List<String[]> allowed(int n) {
        List<String[]> out = new ArrayList<>();
        out.add(new String[0]);
        for (int i = 0; i < n; i++) {
            List<String[]> next = new ArrayList<>();
            for (String[] l : out)
                for (String label : WordSpanModel.OUTCOMES) {
                    if (label.equals(WordSpanFeatures.INSIDE) && (i == 0 || l[i - 1].equals(WordSpanFeatures.NONE)))
                        continue;
                    String[] m = Arrays.copyOf(l, i + 1);
                    m[i] = label;
                    next.add(m);
                }
            out = next;
        }
        return out;
    }

    private static double logProbability(WordSpanFeatures.Words w, WordSpanFeatures.Scorer scorer, String[] labels) {
        double[][] terms = scorer.terms(w);
        double sum = 0;
        for (int i = 0; i < labels.length; i++) {
            double[] p = WordSpanModel.softmax(scorer.sums(w, terms, i, i > 0 ? labels[i - 1] : null, i > 1 ? labels[i - 2] : null));
            sum += Math.log(p[WordSpanModel.OUTCOMES.indexOf(labels[i])]);
        }
        return sum;
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

    /** A language's committed measure-span model, its features and scorer, and the words of a text as the stage reads them. */
    private record Reading(WordSpanModel model, WordSpanFeatures features, WordSpanFeatures.Scorer scorer, List<WordSpanFeatures.Words> words) {
        static Reading of(String language, String text) {
            Path ontology = Converters.home().resolve("ontology");
            WordSpanModel model = WordSpanModel.read(ontology.resolve(WordSpanModel.fileFor(language)));
            assertNotNull(model, "the committed model");
            WordSpanFeatures features = featuresOf(language, ontology, model);
            Extractor extractor = Extractor.load(ontology.resolve("lexicon.ttl"), List.of(ontology.resolve("concepts.ttl"))).withoutModels();
            Document doc = extractor.extract(new TextReader().read(Converters.home().resolve(text), Metadata.EMPTY));
            return new Reading(model, features, features.scorer(model.weights(), WordSpanModel.OUTCOMES.size()), extractor.measureWords(language, doc));
        }
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
