package org.policykg.document;

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
    /** The language to process the text as: the metadata's, else Chinese when the text looks Chinese, else English. */
    public String language() {
        return metadata.language() != null ? metadata.language() : looksChinese(text) ? "zh" : "en";
    }

    /**
     * The language heuristic: a text is Chinese when at least a fifth of its letters are Han
     * ideographs. A Chinese text quoting English names stays Chinese (one ideograph carries about a
     * word, so even a few sentences of Chinese pass the bar); an English text quoting a Chinese term stays English.
     */
    public static boolean looksChinese(String text) {
        long letters = 0, han = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letters++;
                if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                    han++;
            }
        }
        return letters > 0 && han * 5 >= letters;
    }
}
