package org.policykg.map;

/** Escaping for the XML the writers produce (SVG, GraphML, CXL). */
final class Xml {
    private Xml() {}

    /** Escaped for text and for double-quoted attributes; characters XML cannot hold are dropped. */
    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\n' -> b.append("&#10;");
                case '\t' -> b.append("&#9;");
                default -> {
                    if (cp >= 0x20 && cp != 0xFFFE && cp != 0xFFFF && !(cp >= 0xD800 && cp <= 0xDFFF))
                        b.appendCodePoint(cp);
                }
            }
        });
        return b.toString();
    }

    /** A number for coordinates: one decimal at most, no exponent. */
    static String num(double d) {
        long r = Math.round(d * 10);
        return r % 10 == 0 ? Long.toString(r / 10) : Double.toString(r / 10.0);
    }
}
