package org.policykg.extract.stages;

import java.util.Set;

import org.policykg.document.Document;
import org.policykg.document.Layer;

/**
 * One step of a language's pipeline (in the spirit of CoreNLP's {@code Annotator}): it reads the layers it
 * {@link #requires()} from the immutable document and returns a new document with the layers it
 * {@link #provides()}. {@code Pipeline.build} checks the declarations when the pipeline is assembled,
 * so a missing layer is an error at start-up, not a null at run time. Stages are built once per
 * language and shared by every worker thread, so they keep no per-document state.
 */
public interface Stage {
    /** A short name for messages and for the per-stage times of {@code bench}. */
    String name();

    Set<Layer> requires();

    Set<Layer> provides();

    Document apply(Document doc);
}
