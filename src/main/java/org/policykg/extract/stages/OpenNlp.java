package org.policykg.extract.stages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

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

    private static final class Tags {
        static final POSModel MODEL = load("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", POSModel::new);
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

    /** This thread's greedy tagger: the same tags as {@link POSTaggerME#getOrderedTags} word after word, at less cost. */
    static GreedyTagger greedyTagger() { return GREEDY.get(); }

    /**
     * Tags a run of words left to right, each word's best tag given the tags before it: what calling
     * {@link POSTaggerME#getOrderedTags}{@code (words, tagsSoFar, i)[0]} for i = 0, 1, ... gives, without what that
     * call also does per word (copying both lists into arrays, ordering every tag, mapping the tag set) and
     * without the context generator's per-call cache, which a new array of words clears at every call anyway.
     * The model's tags must already be Universal Dependencies tags (checked when built). One per thread.
     */
    static final class GreedyTagger {
        private final MaxentModel model;
        private final POSContextGenerator contexts;

        GreedyTagger(POSModel posModel) {
            if (POSTagFormatMapper.guessFormat(posModel) != POSTagFormat.UD)
                throw new IllegalStateException("the part-of-speech model does not tag with Universal Dependencies tags");
            this.model = (MaxentModel) posModel.getArtifact("pos.model");
            this.contexts = posModel.getFactory().getPOSContextGenerator(0);
        }

        /** The tags of {@code words} (a new array per call: the feature generator caches by the array's identity). */
        String[] tag(String[] words) {
            String[] tags = new String[words.length];
            for (int i = 0; i < words.length; i++) {
                // the features read the tags before i only (i - 1 and i - 2), so the array can be passed as it fills
                double[] probs = model.eval(contexts.getContext(i, words, tags, null));
                int best = 0;
                for (int k = 1; k < probs.length; k++)
                    if (probs[k] > probs[best]) // the first of equal best, as getOrderedTags orders them
                        best = k;
                tags[i] = model.getOutcome(best);
            }
            return tags;
        }
    }

    private interface Reader<M> { M read(InputStream in) throws IOException; }

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
