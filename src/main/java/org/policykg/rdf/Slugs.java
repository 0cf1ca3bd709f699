package org.policykg.rdf;

import java.text.Normalizer;
import java.util.Locale;

/** IRI-safe names made from phrases: lower case, words joined by hyphens, letters of any script kept. */
public final class Slugs {
    private Slugs() {}

    public static String of(String phrase, int maxLength) {
        String s = Normalizer.normalize(phrase, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        boolean dash = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (dash && out.length() > 0) out.append('-');
                out.appendCodePoint(cp);
                dash = false;
            } else {
                dash = true;
            }
            if (out.length() >= maxLength) break;
        }
        String slug = out.toString();
        return slug.isEmpty() ? "x" : slug;
    }
}
