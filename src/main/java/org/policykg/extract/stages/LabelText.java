package org.policykg.extract.stages;

import java.util.regex.Pattern;

/**
 * What a phrase of the text loses on its way to a node's label: runs of white space become one space, quotation
 * marks go. The patterns are compiled once: {@code String.replaceAll} compiles its pattern on every call, for every
 * candidate of every sentence.
 */
final class LabelText {
    private LabelText() {}

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");
    private static final Pattern QUOTES = Pattern.compile("[\"“”‘’]");

    /** Each run of white space (a no-break space too) as one space. */
    static String oneSpaced(String s) { return SPACES.matcher(s).replaceAll(" "); }

    /** Without straight and curly quotation marks. */
    static String unquoted(String s) { return QUOTES.matcher(s).replaceAll(""); }
}
