package org.policykg.map;

import java.util.Map;

/**
 * The map as GraphML: plain data keys (label, kind, iri; edge label, property) that Gephi and Cytoscape read,
 * and yFiles graphics (shape, colour, position from the layout, labels) so yEd opens it drawn.
 */
final class GraphmlWriter {
    private GraphmlWriter() {}

    static String write(ConceptMap map) {
        MapLayout.Result layout = MapLayout.of(map);
        Map<String, String> ids = map.shortIds();
        StringBuilder s = new StringBuilder();
        s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        s.append("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
                .append(" xmlns:y=\"http://www.yworks.com/xml/graphml\"")
                .append(" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd\">\n");
        s.append("  <key id=\"d0\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n");
        s.append("  <key id=\"d1\" for=\"node\" attr.name=\"kind\" attr.type=\"string\"/>\n");
        s.append("  <key id=\"d2\" for=\"node\" attr.name=\"iri\" attr.type=\"string\"/>\n");
        s.append("  <key id=\"d3\" for=\"node\" attr.name=\"color\" attr.type=\"string\"/>\n");
        s.append("  <key id=\"d4\" for=\"node\" yfiles.type=\"nodegraphics\"/>\n");
        s.append("  <key id=\"d5\" for=\"edge\" attr.name=\"label\" attr.type=\"string\"/>\n");
        s.append("  <key id=\"d6\" for=\"edge\" attr.name=\"property\" attr.type=\"string\"/>\n");
        s.append("  <key id=\"d7\" for=\"edge\" yfiles.type=\"edgegraphics\"/>\n");
        s.append("  <key id=\"d8\" for=\"graph\" attr.name=\"title\" attr.type=\"string\"/>\n");
        s.append("  <key id=\"d9\" for=\"edge\" attr.name=\"weight\" attr.type=\"int\"/>\n");
        s.append("  <key id=\"d10\" for=\"edge\" attr.name=\"sentence\" attr.type=\"string\"/>\n");
        s.append("  <key id=\"d11\" for=\"edge\" attr.name=\"documents\" attr.type=\"string\"/>\n");
        s.append("  <key id=\"d12\" for=\"node\" attr.name=\"documents\" attr.type=\"string\"/>\n");
        s.append("  <key id=\"d13\" for=\"node\" attr.name=\"side\" attr.type=\"string\"/>\n");
        s.append("  <graph id=\"map\" edgedefault=\"directed\">\n");
        s.append("    <data key=\"d8\">").append(Xml.esc(map.title())).append("</data>\n");
        for (MapNode n : map.nodes()) {
            MapLayout.Box b = layout.nodes().get(n.iri());
            String label = map.label(n);
            s.append("    <node id=\"").append(ids.get(n.iri())).append("\">\n");
            s.append("      <data key=\"d0\">").append(Xml.esc(label)).append("</data>\n");
            s.append("      <data key=\"d1\">").append(n.kind().key()).append("</data>\n");
            s.append("      <data key=\"d2\">").append(Xml.esc(n.iri())).append("</data>\n");
            s.append("      <data key=\"d3\">").append(n.kind().fill()).append("</data>\n");
            s.append("      <data key=\"d12\">").append(Xml.esc(String.join(" ", n.documents()))).append("</data>\n");
            if (n.side() != null)
                s.append("      <data key=\"d13\">").append(n.side()).append("</data>\n");
            s.append("      <data key=\"d4\"><y:ShapeNode>")
                    .append("<y:Geometry x=\"").append(Xml.num(b.x())).append("\" y=\"").append(Xml.num(b.y()))
                    .append("\" width=\"").append(Xml.num(b.width())).append("\" height=\"").append(Xml.num(b.height())).append("\"/>")
                    .append("<y:Fill color=\"").append(n.kind().fill()).append("\" transparent=\"false\"/>")
                    .append("<y:BorderStyle color=\"").append(n.kind().stroke()).append("\" type=\"line\" width=\"1.5\"/>")
                    .append("<y:NodeLabel fontSize=\"12\">").append(Xml.esc(String.join("\n", b.lines()))).append("</y:NodeLabel>")
                    .append("<y:Shape type=\"").append(yShape(n.kind())).append("\"/>")
                    .append("</y:ShapeNode></data>\n");
            s.append("    </node>\n");
        }
        int i = 0;
        for (MapLayout.Edge e : layout.edges()) {
            String phrase = map.phrase(e.edge());
            s.append("    <edge id=\"e").append(++i).append("\" source=\"").append(ids.get(e.edge().source()))
                    .append("\" target=\"").append(ids.get(e.edge().target())).append("\">\n");
            s.append("      <data key=\"d5\">").append(Xml.esc(phrase)).append("</data>\n");
            s.append("      <data key=\"d6\">").append(Xml.esc(e.edge().property())).append("</data>\n");
            s.append("      <data key=\"d9\">").append(e.edge().weight()).append("</data>\n");
            s.append("      <data key=\"d10\">").append(Xml.esc(String.join("\n", e.edge().sentences()))).append("</data>\n");
            s.append("      <data key=\"d11\">").append(Xml.esc(String.join(" ", e.edge().documents()))).append("</data>\n");
            s.append("      <data key=\"d7\"><y:PolyLineEdge><y:LineStyle color=\"#777777\" type=\"line\" width=\"1.0\"/>")
                    .append("<y:Arrows source=\"none\" target=\"standard\"/>")
                    .append("<y:EdgeLabel fontSize=\"10\">").append(Xml.esc(phrase)).append("</y:EdgeLabel>")
                    .append("</y:PolyLineEdge></data>\n");
            s.append("    </edge>\n");
        }
        s.append("  </graph>\n</graphml>\n");
        return s.toString();
    }

    private static String yShape(NodeKind k) {
        return switch (k.shape()) {
            case NOTE, BOX -> "rectangle";
            case ELLIPSE -> "ellipse";
            case ROUNDED -> "roundrectangle";
            case HEXAGON -> "hexagon";
        };
    }
}
