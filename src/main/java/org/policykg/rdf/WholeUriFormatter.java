package org.policykg.rdf;

import org.apache.jena.atlas.io.AWriter;
import org.apache.jena.atlas.lib.CharSpace;
import org.apache.jena.riot.out.NodeFormatterNT;

/**
 * Jena's N-Triples/N-Quads node formatter, except that a URI with nothing to escape is written in one call.
 * Jena's own formatter writes every URI a character at a time, so that it can escape the few characters an
 * IRIREF may not hold; in N-Quads output of converted texts that was most of the writing time. A URI holding
 * any such character (or any character below U+0021) goes through Jena's own path, so the bytes written are
 * Jena's in every case.
 */
final class WholeUriFormatter extends NodeFormatterNT {
    WholeUriFormatter() {
        super(CharSpace.UTF8);
    }

    @Override public void formatURI(AWriter w, String uri) {
        if (!needsEscaping(uri)) {
            w.print('<');
            w.print(uri);
            w.print('>');
        } else {
            super.formatURI(w, uri);
        }
    }

    /** The characters Jena's writer escapes in a URI (QuotedURI), and all control characters to be safe. */
    private static final boolean[] ESCAPED = new boolean[128];
    static {
        for (char c = 0; c <= ' '; c++) ESCAPED[c] = true;
        for (char c : "<>\"{}|^`\\\u007F".toCharArray()) ESCAPED[c] = true;
    }

    /** Whether the URI holds a character Jena would escape: a table look-up per character, as this runs over every URI written. */
    static boolean needsEscaping(String uri) {
        for (int i = 0, n = uri.length(); i < n; i++) {
            char c = uri.charAt(i);
            if (c < 128 && ESCAPED[c])
                return true;
        }
        return false;
    }
}
