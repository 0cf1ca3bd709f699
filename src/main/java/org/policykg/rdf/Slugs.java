package org.policykg.rdf;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** IRI-safe names made from phrases: lower case, words joined by hyphens, letters of any script kept. */
public final class Slugs {
    private Slugs() {}

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    public static String of(String phrase, int maxLength) {
        // ASCII decomposes to itself and has no marks: most phrases skip both steps
        String s = (ascii(phrase) ? phrase : MARKS.matcher(Normalizer.normalize(phrase, Normalizer.Form.NFKD)).replaceAll("")).toLowerCase(Locale.ROOT);
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
            if (out.length() > maxLength) break;
        }
        String slug = out.toString();
        if (slug.length() > maxLength) {
            // cut at the last whole word that fits, so a slug never ends in half a word
            int cut = slug.lastIndexOf('-', maxLength);
            slug = slug.substring(0, cut > 0 ? cut : maxLength);
        }
        return slug.isEmpty() ? "x" : slug;
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++)
            if (s.charAt(i) >= 0x80)
                return false;
        return true;
    }
}
