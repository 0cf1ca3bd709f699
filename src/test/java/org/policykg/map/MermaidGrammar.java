package org.policykg.map;

import static org.junit.jupiter.api.Assertions.*;

import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small grammar for the subset of Mermaid's flowchart syntax the map writer uses: front matter with a title,
 * the header, node declarations in the five shapes, labelled edges, a subgraph, classDef and class lines.
 * Checks every line matches, quoted labels hold no raw quote, and every id used is declared.
 */
final class MermaidGrammar {
    private static final String ID = "[A-Za-z][A-Za-z0-9_]*";
    private static final String QUOTED = "\"[^\"\\n]*\"";
    private static final Pattern NODE = Pattern.compile("\\s*(" + ID + ")(\\[\\[" + QUOTED + "\\]\\]|\\(\\[" + QUOTED + "\\]\\)|\\(" + QUOTED
            + "\\)|\\{\\{" + QUOTED + "\\}\\}|\\[" + QUOTED + "\\])");
    private static final Pattern EDGE = Pattern.compile("\\s*(" + ID + ") -->\\|" + QUOTED + "\\| (" + ID + ")");
    private static final Pattern SUBGRAPH = Pattern.compile("\\s*subgraph " + ID + " \\[" + QUOTED + "\\]");
    private static final Pattern CLASSDEF = Pattern.compile("\\s*classDef (" + ID + ") fill:#[0-9a-f]{6},stroke:#[0-9a-f]{6},color:#[0-9a-f]{6}");
    private static final Pattern CLASS = Pattern.compile("\\s*class (" + ID + "(?:," + ID + ")*) (" + ID + ")");

    private MermaidGrammar() {}

    static void check(String text) {
        List<String> lines = text.lines().toList();
        assertEquals("---", lines.get(0));
        assertTrue(lines.get(1).matches("title: " + QUOTED.replace("[^\"\\n]", "(?:[^\"\\\\\\n]|\\\\.)")), lines.get(1));
        assertEquals("---", lines.get(2));
        assertEquals("flowchart LR", lines.get(3));
        Set<String> declared = new HashSet<>();
        Set<String> used = new HashSet<>();
        Set<String> classes = new HashSet<>();
        Set<String> classesUsed = new HashSet<>();
        int depth = 0;
        for (String line : lines.subList(4, lines.size())) {
            Matcher m;
            if ((m = NODE.matcher(line)).matches()) {
                assertTrue(declared.add(m.group(1)), "declared twice: " + line);
            } else if ((m = EDGE.matcher(line)).matches()) {
                used.add(m.group(1));
                used.add(m.group(2));
            } else if (SUBGRAPH.matcher(line).matches()) {
                depth++;
            } else if (line.strip().startsWith("%% ")) {
                // a comment line (Mermaid ignores it; the maps put supporting sentences there)
            } else if (line.strip().equals("end")) {
                depth--;
                assertTrue(depth >= 0, "end without subgraph");
            } else if ((m = CLASSDEF.matcher(line)).matches()) {
                classes.add(m.group(1));
            } else if ((m = CLASS.matcher(line)).matches()) {
                used.addAll(Arrays.asList(m.group(1).split(",")));
                classesUsed.add(m.group(2));
            } else {
                fail("not Mermaid flowchart syntax: " + line);
            }
        }
        assertEquals(0, depth, "every subgraph ends");
        assertTrue(declared.containsAll(used), "undeclared ids: " + used);
        assertTrue(classes.containsAll(classesUsed), "undefined classes: " + classesUsed);
    }
}
