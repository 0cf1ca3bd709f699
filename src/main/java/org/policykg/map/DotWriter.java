package org.policykg.map;

import java.util.Map;

/** The map in Graphviz's DOT language, styled like the SVG, with a legend cluster; an edge's tooltip is its supporting sentences. */
final class DotWriter {
    /** Labels wrap at this many columns: the tool lays the map out, so lines can be longer than in the SVG. */
    private static final int WRAP = 24;

    private DotWriter() {}

    static String write(ConceptMap map) {
        StringBuilder s = new StringBuilder();
        s.append("digraph \"concept map\" {\n");
        s.append("  graph [rankdir=LR, labelloc=t, fontname=\"sans-serif\", fontsize=16, label=").append(q(map.title())).append("];\n");
        s.append("  node [style=filled, fontname=\"sans-serif\", fontsize=11, margin=\"0.15,0.08\"];\n");
        s.append("  edge [fontname=\"sans-serif\", fontsize=10, color=\"#777777\", fontcolor=\"#444444\"];\n");
        Map<String, String> ids = map.shortIds();
        for (MapNode n : map.nodes())
            s.append("  ").append(ids.get(n.iri())).append(" [").append(look(n.kind()))
                    .append(", label=").append(q(String.join("\n", TextBlock.wrap(map.label(n), WRAP).lines())))
                    .append(", tooltip=").append(q(n.iri())).append(", URL=").append(q(n.iri())).append("];\n");
        for (MapEdge e : map.edges())
            s.append("  ").append(ids.get(e.source())).append(" -> ").append(ids.get(e.target()))
                    .append(" [label=").append(q(String.join("\n", TextBlock.wrap(map.phrase(e), MapLayout.PHRASE_COLUMNS).lines())))
                    .append(", tooltip=").append(q(e.sentences().isEmpty() ? e.property() : String.join(" | ", e.sentences())))
                    .append(", penwidth=").append(Xml.num(Math.min(6, 1 + 0.6 * (e.weight() - 1))))
                    .append(e.side() == null ? "" : ", color=\"" + ConceptMap.SIDE_COLOURS.get(e.side()) + "\"").append("];\n");
        s.append("  subgraph cluster_legend {\n    label=\"Legend\"; fontsize=12; color=\"#bbbbbb\";\n");
        for (NodeKind k : map.kinds())
            s.append("    legend_").append(k.key()).append(" [").append(look(k)).append(", label=").append(q(map.kindLabel(k))).append("];\n");
        s.append("  }\n}\n");
        return s.toString();
    }

    private static String look(NodeKind k) {
        String shape = switch (k.shape()) {
            case NOTE -> "note";
            case ELLIPSE -> "ellipse";
            case ROUNDED, BOX -> "box";
            case HEXAGON -> "hexagon";
        };
        String style = k.shape() == NodeKind.Shape.ROUNDED ? "\"filled,rounded\"" : "filled";
        return "shape=" + shape + ", style=" + style + ", fillcolor=\"" + k.fill() + "\", color=\"" + k.stroke() + "\"";
    }

    /** A DOT double-quoted string; line breaks become centred line breaks. */
    private static String q(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "").replace("\n", "\\n") + "\"";
    }
}
