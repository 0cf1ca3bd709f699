package org.policykg.ingest;

import java.nio.file.Path;

/**
 * A document's text as read: the plain text every offset points into, where it came from and what
 * the user says about it.
 *
 * @param path     the input file
 * @param text     the text (markup stripped for HTML; no BOM)
 * @param metadata sidecar and option metadata
 * @param sha256   SHA-256 of the input file's bytes, lower-case hex
 * @param mediaType the input's media type (text/plain, text/markdown, text/html)
 */
public record SourceText(Path path, String text, Metadata metadata, String sha256, String mediaType) {
    /** The language to process the text as: the metadata's, else English. */
    public String language() {
        return metadata.language() == null ? "en" : metadata.language();
    }
}
