package org.policykg.map;

import java.util.ArrayList;
import java.util.List;

/**
 * A label broken into lines that fit a width, with the size it needs. Widths are estimated from the
 * characters (wide CJK characters count double), so no font machinery is needed to lay a map out.
 */
record TextBlock(List<String> lines, double width, double height) {
    static final double FONT_SIZE = 12;
    static final double LINE_HEIGHT = 15;
    /** Average advance of a narrow character at {@link #FONT_SIZE} in a sans-serif font, a little generous. */
    static final double COLUMN_WIDTH = 6.8;

    /** Wraps at word boundaries (and between wide characters) so no line is wider than {@code maxColumns}; words longer than that are split. */
    static TextBlock wrap(String text, int maxColumns) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int lineCols = 0;
        for (String token : tokens(text.strip().replaceAll("\\s+", " "))) {
            if (token.equals(" ")) {
                if (lineCols > 0 && lineCols < maxColumns) {
                    line.append(' ');
                    lineCols++;
                }
                continue;
            }
            int cols = columns(token);
            if (lineCols + cols > maxColumns && lineCols > 0) {
                lines.add(line.toString().strip());
                line.setLength(0);
                lineCols = 0;
            }
            while (cols > maxColumns) { // a word too long for any line is split, never cut off
                int cut = prefixFitting(token, maxColumns);
                lines.add(token.substring(0, cut));
                token = token.substring(cut);
                cols = columns(token);
            }
            line.append(token);
            lineCols += cols;
        }
        if (line.length() > 0 || lines.isEmpty())
            lines.add(line.toString().strip());
        double widest = lines.stream().mapToInt(TextBlock::columns).max().orElse(0) * COLUMN_WIDTH;
        return new TextBlock(List.copyOf(lines), widest, lines.size() * LINE_HEIGHT);
    }

    /** Words, single spaces, and each wide character on its own (CJK text has no spaces to break at). */
    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (cp == ' ' || isWide(cp)) {
                if (word.length() > 0) {
                    out.add(word.toString());
                    word.setLength(0);
                }
                out.add(new String(Character.toChars(cp)));
            } else {
                word.appendCodePoint(cp);
            }
        });
        if (word.length() > 0)
            out.add(word.toString());
        return out;
    }

    static int columns(String s) {
        return s.codePoints().map(cp -> isWide(cp) ? 2 : 1).sum();
    }

    private static int prefixFitting(String s, int maxColumns) {
        int cols = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int w = isWide(cp) ? 2 : 1;
            if (cols + w > maxColumns && i > 0)
                break;
            cols += w;
            i += Character.charCount(cp);
        }
        return i;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
