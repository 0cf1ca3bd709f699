package org.policykg.extract.stages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
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

    /** This thread's sentence detector. */
    static SentenceDetectorME sentenceDetector() { return SENTENCES.get(); }

    /** This thread's part-of-speech tagger (Universal Dependencies tags: NOUN, ADJ, ADP, DET, ...). */
    static POSTaggerME tagger() { return TAGGER.get(); }

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
