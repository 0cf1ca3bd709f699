package org.policykg.map;

import java.util.ArrayList;
import java.util.List;

/**
 * The map as a standalone SVG picture: a title, a legend of the node kinds present, and the ELK layout with
 * every node drawn in its kind's shape and colour. Nodes carry their IRI (data-iri) so a page can act on clicks.
 */
final class SvgWriter {
    private static final double MARGIN = 12;
    private static final double TITLE_HEIGHT = 26;
    private static final double LEGEND_ROW = 24;
    private static final double SWATCH = 26;

    private SvgWriter() {}

    static String write(ConceptMap map) {
        MapLayout.Result layout = MapLayout.of(map);
        double rowWidth = Math.max(layout.width(), 480);
        TextBlock title = TextBlock.wrap(map.title(), (int) Math.max(40, (rowWidth - 2 * MARGIN) / TextBlock.COLUMN_WIDTH / 1.3));
        double titleHeight = Math.max(TITLE_HEIGHT, title.lines().size() * 20 + 6);
        // the legend: the kinds present, and in a comparison which outline colour is which document
        List<String> legendLabels = new ArrayList<>();
        map.kinds().forEach(k -> legendLabels.add(map.kindLabel(k)));
        List<ConceptMap.Source> sides = new ArrayList<>();
        for (String side : List.of("first", "second"))
            map.sources().stream().filter(src -> side.equals(src.side())).findFirst().ifPresent(sides::add);
        if (map.compared()) {
            sides.forEach(src -> legendLabels.add(src.title()));
            legendLabels.add(map.lang().startsWith("zh") ? "两者都有" : "both");
        }
        List<double[]> legendItems = new ArrayList<>();
        double x = MARGIN;
        double legendRows = 1;
        for (String label : legendLabels) {
            double w = SWATCH + 6 + TextBlock.columns(label) * TextBlock.COLUMN_WIDTH + 18;
            if (x + w > rowWidth && x > MARGIN) {
                x = MARGIN;
                legendRows++;
            }
            legendItems.add(new double[] {x, MARGIN + titleHeight + (legendRows - 1) * LEGEND_ROW});
            x += w;
        }
        double top = MARGIN + titleHeight + legendRows * LEGEND_ROW + 4;
        double width = Math.ceil(Math.max(layout.width(), x) + 2 * MARGIN);
        double height = Math.ceil(top + layout.height() + MARGIN);

        StringBuilder s = new StringBuilder();
        s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"concept-map\" width=\"").append(Xml.num(width))
                .append("\" height=\"").append(Xml.num(height)).append("\" viewBox=\"0 0 ").append(Xml.num(width)).append(' ')
                .append(Xml.num(height)).append("\" font-family=\"'Noto Sans', 'Noto Sans CJK SC', 'DejaVu Sans', Arial, sans-serif\" font-size=\"")
                .append(Xml.num(TextBlock.FONT_SIZE)).append("\" lang=\"").append(Xml.esc(map.lang())).append("\">\n");
        s.append("<title>").append(Xml.esc(map.title())).append("</title>\n");
        s.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">")
                .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#555555\"/></marker></defs>\n");
        s.append("<rect class=\"background\" x=\"0\" y=\"0\" width=\"").append(Xml.num(width)).append("\" height=\"").append(Xml.num(height))
                .append("\" fill=\"#ffffff\"/>\n");

        s.append("<g class=\"map-title\">");
        for (int i = 0; i < title.lines().size(); i++)
            s.append("<text x=\"").append(Xml.num(MARGIN)).append("\" y=\"").append(Xml.num(MARGIN + 14 + i * 20))
                    .append("\" font-size=\"15\" font-weight=\"bold\" fill=\"#222222\">").append(Xml.esc(title.lines().get(i))).append("</text>");
        s.append("</g>\n");

        s.append("<g class=\"legend\">\n");
        List<NodeKind> kinds = map.kinds();
        for (int i = 0; i < legendLabels.size(); i++) {
            double lx = legendItems.get(i)[0];
            double ly = legendItems.get(i)[1] + 3;
            if (i < kinds.size()) {
                s.append("<g class=\"legend-item kind-").append(kinds.get(i).key()).append("\">");
                shape(s, kinds.get(i), lx, ly, SWATCH, 16);
            } else {
                String side = i - kinds.size() < sides.size() ? sides.get(i - kinds.size()).side() : "both";
                s.append("<g class=\"legend-side side-").append(side).append("\">");
                s.append("<rect x=\"").append(Xml.num(lx)).append("\" y=\"").append(Xml.num(ly)).append("\" width=\"").append(Xml.num(SWATCH))
                        .append("\" height=\"16\" fill=\"#ffffff\" stroke=\"").append(ConceptMap.SIDE_COLOURS.get(side)).append("\" stroke-width=\"3\"/>");
            }
            s.append("<text x=\"").append(Xml.num(lx + SWATCH + 6)).append("\" y=\"").append(Xml.num(ly + 12)).append("\" fill=\"#333333\">")
                    .append(Xml.esc(legendLabels.get(i))).append("</text></g>\n");
        }
        s.append("</g>\n");

        s.append("<g class=\"edges\">\n");
        for (MapLayout.Edge e : layout.edges()) {
            s.append("<g class=\"edge\" data-source=\"").append(Xml.esc(e.edge().source())).append("\" data-target=\"")
                    .append(Xml.esc(e.edge().target())).append("\" data-property=\"").append(Xml.esc(e.edge().property()))
                    .append("\" data-weight=\"").append(e.edge().weight()).append("\" data-documents=\"").append(Xml.esc(String.join(" ", e.edge().documents())))
                    .append(e.edge().side() == null ? "" : "\" data-side=\"" + e.edge().side()).append("\">");

            StringBuilder d = new StringBuilder();
            for (MapLayout.Point p : e.points())
                d.append(d.length() == 0 ? "M" : " L").append(Xml.num(p.x() + MARGIN)).append(',').append(Xml.num(p.y() + top));
            String colour = e.edge().side() == null ? "#777777" : ConceptMap.SIDE_COLOURS.get(e.edge().side());
            // thicker for propositions more statements support (the corpus view)
            s.append("<path d=\"").append(d).append("\" fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"")
                    .append(Xml.num(Math.min(6, 1.1 + 0.6 * (e.edge().weight() - 1)))).append("\" marker-end=\"url(#arrow)\"/>");
            MapLayout.Box l = e.label();
            s.append("<rect class=\"edge-label-box\" x=\"").append(Xml.num(l.x() + MARGIN)).append("\" y=\"").append(Xml.num(l.y() + top))
                    .append("\" width=\"").append(Xml.num(l.width())).append("\" height=\"").append(Xml.num(l.height()))
                    .append("\" fill=\"#ffffff\" fill-opacity=\"0.9\"/>");
            lines(s, "edge-label", l.lines(), l.centerX() + MARGIN, l.centerY() + top, 11, "#444444", "italic");
            // the supporting sentences as the tooltip
            s.append("<title>").append(Xml.esc(map.phrase(e.edge()) + (e.edge().sentences().isEmpty() ? "" : ": " + String.join(" | ", e.edge().sentences()))))
                    .append("</title>");
            s.append("</g>\n");
        }
        s.append("</g>\n");

        s.append("<g class=\"nodes\">\n");
        for (MapNode n : map.nodes()) {
            MapLayout.Box b = layout.nodes().get(n.iri());
            s.append("<g class=\"node kind-").append(n.kind().key()).append("\" data-iri=\"").append(Xml.esc(n.iri()))
                    .append("\" data-kind=\"").append(n.kind().key()).append("\" data-label=\"").append(Xml.esc(map.label(n)))
                    .append("\" data-documents=\"").append(Xml.esc(String.join(" ", n.documents())))
                    .append(n.side() == null ? "" : "\" data-side=\"" + n.side()).append("\">");
            s.append("<title>").append(Xml.esc(map.label(n) + " — " + n.kind().label() + " — " + n.iri())).append("</title>");
            shape(s, n.kind(), b.x() + MARGIN, b.y() + top, b.width(), b.height(), n.side());
            lines(s, "node-label", b.lines(), b.centerX() + MARGIN, b.centerY() + top, TextBlock.FONT_SIZE, "#1a1a1a", null);
            s.append("</g>\n");
        }
        s.append("</g>\n</svg>\n");
        return s.toString();
    }

    /** The kind's outline filling the box (x, y, w, h); its first element is the node's box for anyone measuring. */
    private static void shape(StringBuilder s, NodeKind k, double x, double y, double w, double h) {
        shape(s, k, x, y, w, h, null);
    }

    /** In a comparison the outline says the side: its colour, thicker. */
    private static void shape(StringBuilder s, NodeKind k, double x, double y, double w, double h, String side) {
        String paint = side == null ? "\" fill=\"" + k.fill() + "\" stroke=\"" + k.stroke() + "\" stroke-width=\"1.5\""
                : "\" fill=\"" + k.fill() + "\" stroke=\"" + ConceptMap.SIDE_COLOURS.get(side) + "\" stroke-width=\"3\"";
        switch (k.shape()) {
            case ELLIPSE -> s.append("<ellipse class=\"shape\" cx=\"").append(Xml.num(x + w / 2)).append("\" cy=\"").append(Xml.num(y + h / 2))
                    .append("\" rx=\"").append(Xml.num(w / 2)).append("\" ry=\"").append(Xml.num(h / 2)).append(paint).append("/>");
            case ROUNDED, BOX -> s.append("<rect class=\"shape\" x=\"").append(Xml.num(x)).append("\" y=\"").append(Xml.num(y))
                    .append("\" width=\"").append(Xml.num(w)).append("\" height=\"").append(Xml.num(h)).append("\" rx=\"")
                    .append(k.shape() == NodeKind.Shape.ROUNDED ? Xml.num(Math.min(10, h / 2)) : "0").append(paint).append("/>");
            case HEXAGON -> {
                double in = Math.min(h / 2, w / 4);
                s.append("<polygon class=\"shape\" points=\"").append(pts(x + in, y, x + w - in, y, x + w, y + h / 2, x + w - in, y + h, x + in, y + h, x, y + h / 2))
                        .append(paint).append("/>");
            }
            case NOTE -> {
                double fold = Math.min(10, h / 3);
                s.append("<polygon class=\"shape\" points=\"").append(pts(x, y, x + w - fold, y, x + w, y + fold, x + w, y + h, x, y + h))
                        .append(paint).append("/>");
                s.append("<polyline points=\"").append(pts(x + w - fold, y, x + w - fold, y + fold, x + w, y + fold))
                        .append("\" fill=\"none\" stroke=\"").append(k.stroke()).append("\" stroke-width=\"1\"/>");
            }
        }
    }

    private static String pts(double... xy) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < xy.length; i += 2)
            b.append(i == 0 ? "" : " ").append(Xml.num(xy[i])).append(',').append(Xml.num(xy[i + 1]));
        return b.toString();
    }

    /** Text lines centred on (cx, cy). */
    private static void lines(StringBuilder s, String cls, List<String> lines, double cx, double cy, double size, String colour, String style) {
        double first = cy - (lines.size() - 1) * TextBlock.LINE_HEIGHT / 2 + size * 0.35;
        s.append("<text class=\"").append(cls).append("\" text-anchor=\"middle\" font-size=\"").append(Xml.num(size)).append("\" fill=\"").append(colour).append('"');
        if (style != null)
            s.append(" font-style=\"").append(style).append('"');
        s.append('>');
        for (int i = 0; i < lines.size(); i++)
            s.append("<tspan x=\"").append(Xml.num(cx)).append("\" y=\"").append(Xml.num(first + i * TextBlock.LINE_HEIGHT)).append("\">")
                    .append(Xml.esc(lines.get(i))).append("</tspan>");
        s.append("</text>");
    }
}
