package org.policykg.extract.stages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTagFormatMapper;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * Apache OpenNLP's English models (UD English-EWT, from Maven Central), each read once per process
 * when first needed. Models are thread-safe, the ME tools that use them are not: one tool per thread.
 */
final class OpenNlp {
    private OpenNlp() {}

    private static final class Sentences {
        static final SentenceModel MODEL = load("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin", SentenceModel::new);
    }

    /** The part-of-speech model's resource (from Maven Central's opennlp-models-pos-en). */
    static final String TAG_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private static final class Tags {
        static final POSModel MODEL = readTagModel();
        static final TagScores SCORES = scoresFor(MODEL);
    }

    private static final ThreadLocal<SentenceDetectorME> SENTENCES = ThreadLocal.withInitial(() -> new SentenceDetectorME(Sentences.MODEL));
    private static final ThreadLocal<POSTaggerME> TAGGER = ThreadLocal.withInitial(() -> new POSTaggerME(Tags.MODEL, POSTagFormat.UD));
    private static final ThreadLocal<GreedyTagger> GREEDY = ThreadLocal.withInitial(() -> new GreedyTagger(Tags.MODEL));

    /** Reads both models now (on the calling thread), so that the first sentence detected or tagged does not wait for them. */
    static void loadModels() {
        if (Sentences.MODEL == null || Tags.MODEL == null)
            throw new IllegalStateException("an OpenNLP model did not load");
    }

    /** This thread's sentence detector. */
    static SentenceDetectorME sentenceDetector() { return SENTENCES.get(); }

    /** This thread's part-of-speech tagger (Universal Dependencies tags: NOUN, ADJ, ADP, DET, ...). */
    static POSTaggerME tagger() { return TAGGER.get(); }

    /** The part-of-speech model. */
    static POSModel tagModel() { return Tags.MODEL; }

    /** This thread's greedy tagger: the same tags as {@link POSTaggerME#getOrderedTags} word after word, at less cost. */
    static GreedyTagger greedyTagger() { return GREEDY.get(); }

    /**
     * Tags a run of words left to right, each word's best tag given the tags before it: what calling
     * {@link POSTaggerME#getOrderedTags}{@code (words, tagsSoFar, i)[0]} for i = 0, 1, ... gives, without what that
     * call also does per word (copying both lists into arrays, ordering every tag, mapping the tag set) and
     * without the context generator's per-call cache, which a new array of words clears at every call anyway.
     * The model's tags must already be Universal Dependencies tags (checked when built). One per thread.
     *
     * <p>Where the model's features are the ones {@link TagScores} knows (checked once, when the model is loaded,
     * against the model's own context generator), a word's scores are summed from parameters kept per word form
     * and the best tag is taken from them where it leads clearly; elsewhere (a near tie) the model evaluates the
     * word's features as OpenNLP does. The tags are the same either way.
     */
    static final class GreedyTagger {
        private final MaxentModel model;
        private final POSContextGenerator contexts;
        private final TagScores scores;

        GreedyTagger(POSModel posModel) {
            if (POSTagFormatMapper.guessFormat(posModel) != POSTagFormat.UD)
                throw new IllegalStateException("the part-of-speech model does not tag with Universal Dependencies tags");
            this.model = (MaxentModel) posModel.getArtifact("pos.model");
            this.contexts = posModel.getFactory().getPOSContextGenerator(0);
            this.scores = Tags.SCORES;
        }

        /** The tags of {@code words} (a new array per call: the feature generator caches by the array's identity). */
        String[] tag(String[] words) {
            if (scores == null)
                return tagByModel(words);
            String[] tags = new String[words.length];
            int[] tagIndexes = new int[words.length];
            TagScores.Word[] forms = new TagScores.Word[words.length];
            for (int i = 0; i < words.length; i++)
                forms[i] = scores.word(words[i]);
            double[] s = new double[scores.outcomes()];
            for (int i = 0; i < words.length; i++) {
                scores.score(forms, i, tagIndexes, s);
                int best = TagScores.decisive(s);
                if (best < 0) {
                    modelTies++;
                    tags[i] = bestByModel(words, i, tags);
                    tagIndexes[i] = scores.outcome(tags[i]);
                } else {
                    tags[i] = model.getOutcome(best);
                    tagIndexes[i] = best;
                }
            }
            return tags;
        }

        /** Words whose tag was too close a call for the summed scores, so the model evaluated them (for tests). */
        long modelTies;

        /** The tags as the model's own evaluation of each word's features gives them. */
        String[] tagByModel(String[] words) {
            String[] tags = new String[words.length];
            for (int i = 0; i < words.length; i++)
                tags[i] = bestByModel(words, i, tags);
            return tags;
        }

        private String bestByModel(String[] words, int i, String[] tags) {
            // the features read the tags before i only (i - 1 and i - 2), so the array can be passed as it fills
            double[] probs = model.eval(contexts.getContext(i, words, tags, null));
            int best = 0;
            for (int k = 1; k < probs.length; k++)
                if (probs[k] > probs[best]) // the first of equal best, as getOrderedTags orders them
                    best = k;
            return model.getOutcome(best);
        }
    }

    /**
     * The summed scores for {@code model}, or null when its features are not those {@link TagScores} spells out
     * (another model, another OpenNLP): checked word by word on a few sentences against its context generator.
     */
    @SuppressWarnings("unchecked")
    static TagScores scoresFor(POSModel posModel) {
        if (!(posModel.getArtifact("pos.model") instanceof GISModel gis))
            return null;
        String[] outcomes = new String[gis.getNumOutcomes()];
        for (int i = 0; i < outcomes.length; i++)
            outcomes[i] = gis.getOutcome(i);
        POSContextGenerator contexts = posModel.getFactory().getPOSContextGenerator(0);
        for (String sentence : CHECK_SENTENCES) {
            String[] words = opennlp.tools.tokenize.SimpleTokenizer.INSTANCE.tokenize(sentence);
            String[] tags = new String[words.length];
            for (int i = 0; i < words.length; i++) {
                String[] expected = contexts.getContext(i, words, tags, null);
                java.util.List<String> mine = TagScores.features(words, i, tags);
                java.util.List<String> theirs = new java.util.ArrayList<>(java.util.List.of(expected));
                java.util.Collections.sort(mine);
                java.util.Collections.sort(theirs);
                if (!mine.equals(theirs))
                    return null;
                double[] probs = gis.eval(expected);
                int best = 0;
                for (int k = 1; k < probs.length; k++)
                    if (probs[k] > probs[best])
                        best = k;
                tags[i] = gis.getOutcome(best);
            }
        }
        return new TagScores((java.util.Map<String, opennlp.tools.ml.model.Context>) gis.getDataStructures()[1], outcomes);
    }

    /** Words of every class the features tell apart: capitals, digits, hyphens, periods, one-letter words. */
    private static final java.util.List<String> CHECK_SENTENCES = java.util.List.of(
            "The State Council raised the basic pension by 2.5 percent in 2024, covering 1,050 million people.",
            "a 12-month pilot of long-term care insurance in U.S. cities: old-age benefits, NHS and X. Smith's plan / 3/4 of 10:30.",
            "I");

    private interface Reader<M> { M read(InputStream in) throws IOException; }

    /** The part-of-speech model, from the table the build made of it when there is one ({@link TagModelTable}). */
    private static POSModel readTagModel() {
        try {
            return TagModelTable.read(TAG_MODEL);
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot read the OpenNLP model " + TAG_MODEL, ex);
        }
    }

    private static <M> M load(String resource, Reader<M> reader) {
        try (InputStream in = OpenNlp.class.getResourceAsStream(resource)) {
            if (in == null)
                throw new IllegalStateException("the OpenNLP model " + resource + " is not on the class path");
            return reader.read(in);
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot read the OpenNLP model " + resource, ex);
        }
    }
}
