package org.policykg.map;

import java.util.List;
import java.util.Map;

/**
 * The map in CmapTools' XML (CXL): concepts, one linking phrase per edge (its property as short comment, the
 * supporting sentences as long comment, which CmapTools shows on hover), and connections concept → phrase → concept;
 * the appearance lists place everything where the ELK layout put it (CXL positions are centres).
 */
final class CxlWriter {
    static final String NS = "http://cmap.ihmc.us/xml/cmap/";

    private CxlWriter() {}

    static String write(ConceptMap map) {
        MapLayout.Result layout = MapLayout.of(map);
        Map<String, String> ids = map.shortIds();
        List<MapLayout.Edge> edges = layout.edges();
        double margin = 20;
        StringBuilder s = new StringBuilder();
        s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        s.append("<cmap xmlns=\"").append(NS).append("\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n");
        s.append("  <res-meta>\n    <dc:title>").append(Xml.esc(map.title())).append("</dc:title>\n");
        s.append("    <dc:language>").append(Xml.esc(map.lang())).append("</dc:language>\n");
        s.append("    <dc:format>x-cmap/x-storable</dc:format>\n  </res-meta>\n");
        s.append("  <map width=\"").append(Xml.num(layout.width() + 2 * margin)).append("\" height=\"").append(Xml.num(layout.height() + 2 * margin)).append("\">\n");

        s.append("    <concept-list>\n");
        for (MapNode n : map.nodes())
            s.append("      <concept id=\"").append(ids.get(n.iri())).append("\" label=\"").append(Xml.esc(map.label(n)))
                    .append("\" short-comment=\"").append(Xml.esc(map.kindLabel(n.kind()))).append("\" long-comment=\"").append(Xml.esc(n.iri())).append("\"/>\n");
        s.append("    </concept-list>\n");

        s.append("    <linking-phrase-list>\n");
        for (int i = 0; i < edges.size(); i++)
            s.append("      <linking-phrase id=\"l").append(i + 1).append("\" label=\"").append(Xml.esc(map.phrase(edges.get(i).edge())))
                    .append("\" short-comment=\"").append(Xml.esc(edges.get(i).edge().property()))
                    .append("\" long-comment=\"").append(Xml.esc(String.join("\n", edges.get(i).edge().sentences()))).append("\"/>\n");
        s.append("    </linking-phrase-list>\n");

        s.append("    <connection-list>\n");
        for (int i = 0; i < edges.size(); i++) {
            MapEdge e = edges.get(i).edge();
            s.append("      <connection id=\"k").append(2 * i + 1).append("\" from-id=\"").append(ids.get(e.source())).append("\" to-id=\"l").append(i + 1).append("\"/>\n");
            s.append("      <connection id=\"k").append(2 * i + 2).append("\" from-id=\"l").append(i + 1).append("\" to-id=\"").append(ids.get(e.target())).append("\"/>\n");
        }
        s.append("    </connection-list>\n");

        s.append("    <concept-appearance-list>\n");
        for (MapNode n : map.nodes()) {
            MapLayout.Box b = layout.nodes().get(n.iri());
            s.append("      <concept-appearance id=\"").append(ids.get(n.iri())).append("\" x=\"").append(Xml.num(b.centerX() + margin))
                    .append("\" y=\"").append(Xml.num(b.centerY() + margin)).append("\" width=\"").append(Xml.num(b.width()))
                    .append("\" height=\"").append(Xml.num(b.height())).append("\" background-color=\"").append(rgba(n.kind().fill()))
                    .append("\" border-color=\"").append(rgba(n.kind().stroke())).append("\" border-shape=\"").append(border(n.kind())).append("\"/>\n");
        }
        s.append("    </concept-appearance-list>\n");

        s.append("    <linking-phrase-appearance-list>\n");
        for (int i = 0; i < edges.size(); i++) {
            MapLayout.Box l = edges.get(i).label();
            s.append("      <linking-phrase-appearance id=\"l").append(i + 1).append("\" x=\"").append(Xml.num(l.centerX() + margin))
                    .append("\" y=\"").append(Xml.num(l.centerY() + margin)).append("\" width=\"").append(Xml.num(l.width()))
                    .append("\" height=\"").append(Xml.num(l.height())).append("\"/>\n");
        }
        s.append("    </linking-phrase-appearance-list>\n");

        s.append("    <connection-appearance-list>\n");
        for (int i = 0; i < edges.size(); i++) {
            s.append("      <connection-appearance id=\"k").append(2 * i + 1).append("\" from-pos=\"center\" to-pos=\"center\" arrowhead=\"no\"/>\n");
            s.append("      <connection-appearance id=\"k").append(2 * i + 2).append("\" from-pos=\"center\" to-pos=\"center\" arrowhead=\"yes\"/>\n");
        }
        s.append("    </connection-appearance-list>\n");
        s.append("  </map>\n</cmap>\n");
        return s.toString();
    }

    private static String border(NodeKind k) {
        return switch (k.shape()) {
            case ELLIPSE -> "oval";
            case ROUNDED -> "rounded-rectangle";
            case HEXAGON -> "hexagon";
            case NOTE, BOX -> "rectangle";
        };
    }

    /** CmapTools writes colours as "r,g,b,alpha". */
    private static String rgba(String hex) {
        int v = Integer.parseInt(hex.substring(1), 16);
        return ((v >> 16) & 255) + "," + ((v >> 8) & 255) + "," + (v & 255) + ",255";
    }
}
