package org.policykg.document;

import java.util.Locale;

/**
 * What a pipeline stage adds to a {@link Document}. A stage declares the layers it requires and the
 * ones it provides; a document records the layers that have been run, so "not run" (asking for the
 * layer is an error) differs from "ran, found nothing" (an empty list, a null dateline).
 */
public enum Layer {
    /** The sentences, with their offsets. */
    SENTENCES,
    /** The words of the text as the cue analyzer normalises them. */
    TOKENS,
    /** The known concepts, actors and posts named in the sentences. */
    MENTIONS,
    /** The dateline (publisher, place, day), if the text opens with one. */
    DATELINE,
    /** The work the document reports on, from the text or the metadata. */
    REPORTED_WORK,
    /** Who speaks in each sentence that may make a statement, and where what is said begins. */
    SPEAKERS,
    /** The statements. */
    STATEMENTS,
    /** Part-of-speech tags of the words where roles are read (English). */
    TAGS,
    /** Noun phrases chunked from the tags (English). */
    NOUN_PHRASES;

    /** The layer's name for messages: "reported work". */
    public String label() { return name().toLowerCase(Locale.ROOT).replace('_', ' '); }
}
