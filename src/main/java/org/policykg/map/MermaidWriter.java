package org.policykg.map;

import java.util.*;

/** The map as a Mermaid flowchart, for Markdown viewers: shapes and colours by kind, and a legend subgraph. */
final class MermaidWriter {
    /** Labels wrap at this many columns: the tool lays the map out, so lines can be longer than in the SVG. */
    private static final int WRAP = 24;

    private MermaidWriter() {}

    static String write(ConceptMap map) {
        Map<String, String> ids = map.shortIds();
        StringBuilder s = new StringBuilder();
        s.append("---\ntitle: \"").append(map.title().replace("\\", "\\\\").replace("\"", "\\\"")).append("\"\n---\n");
        s.append("flowchart LR\n");
        Map<NodeKind, List<String>> byKind = new EnumMap<>(NodeKind.class);
        for (MapNode n : map.nodes()) {
            String id = ids.get(n.iri());
            s.append("    ").append(node(id, n.kind(), TextBlock.wrap(map.label(n), WRAP).lines())).append('\n');
            byKind.computeIfAbsent(n.kind(), k -> new ArrayList<>()).add(id);
        }
        for (MapEdge e : map.edges()) {
            // Mermaid has no notes on links: the supporting sentences go in a comment line above the link
            for (String sentence : e.sentences())
                s.append("    %% ").append(sentence.replaceAll("[\\r\\n]+", " ")).append('\n');
            s.append("    ").append(ids.get(e.source())).append(" -->|\"").append(text(List.of(map.phrase(e)))).append("\"| ")
                    .append(ids.get(e.target())).append('\n');
        }
        s.append("    subgraph legend [\"Legend\"]\n");
        for (NodeKind k : map.kinds()) {
            String id = "legend_" + k.key();
            s.append("        ").append(node(id, k, List.of(map.kindLabel(k)))).append('\n');
            byKind.get(k).add(id);
        }
        s.append("    end\n");
        for (Map.Entry<NodeKind, List<String>> e : byKind.entrySet()) {
            NodeKind k = e.getKey();
            s.append("    classDef ").append(k.key()).append(" fill:").append(k.fill()).append(",stroke:").append(k.stroke()).append(",color:#1a1a1a\n");
            s.append("    class ").append(String.join(",", e.getValue())).append(' ').append(k.key()).append('\n');
        }
        return s.toString();
    }

    private static String node(String id, NodeKind kind, List<String> lines) {
        String t = "\"" + text(lines) + "\"";
        return switch (kind.shape()) {
            case NOTE -> id + "[[" + t + "]]";
            case ELLIPSE -> id + "([" + t + "])";
            case ROUNDED -> id + "(" + t + ")";
            case HEXAGON -> id + "{{" + t + "}}";
            case BOX -> id + "[" + t + "]";
        };
    }

    /** Quoted-label text: Mermaid's entity codes for the characters that would end or confuse it, lines joined by <br/>. */
    static String text(List<String> lines) {
        List<String> escaped = new ArrayList<>();
        for (String line : lines) {
            StringBuilder b = new StringBuilder();
            line.codePoints().forEach(cp -> {
                switch (cp) {
                    case '"' -> b.append("#quot;");
                    case '#' -> b.append("#35;");
                    case '<' -> b.append("#lt;");
                    case '>' -> b.append("#gt;");
                    case '|' -> b.append("#124;");
                    case '`' -> b.append("#96;");
                    default -> { if (cp >= 0x20) b.appendCodePoint(cp); }
                }
            });
            escaped.add(b.toString());
        }
        return String.join("<br/>", escaped);
    }
}
