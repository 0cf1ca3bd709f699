package org.policykg.map;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Reads node boxes back out of a map SVG, and checks they are on the canvas and apart. */
final class SvgGeometry {
    static final String SVG = "http://www.w3.org/2000/svg";

    record Box(String iri, double x, double y, double w, double h) {
        boolean overlaps(Box o) {
            return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
        }
    }

    private SvgGeometry() {}

    /** Every g.node's outline (its first shape element) as a box. */
    static List<Box> nodeBoxes(Document svg) {
        List<Box> boxes = new ArrayList<>();
        for (Element g : MapFixture.elements(svg, SVG, "g")) {
            if (!g.getAttribute("class").matches("node( .*)?"))
                continue;
            Element shape = MapFixture.children(g).stream().filter(c -> !c.getLocalName().equals("title")).findFirst().orElseThrow();
            boxes.add(box(g.getAttribute("data-iri"), shape));
        }
        return boxes;
    }

    private static Box box(String iri, Element shape) {
        switch (shape.getLocalName()) {
            case "rect" -> {
                return new Box(iri, d(shape, "x"), d(shape, "y"), d(shape, "width"), d(shape, "height"));
            }
            case "ellipse" -> {
                double rx = d(shape, "rx"), ry = d(shape, "ry");
                return new Box(iri, d(shape, "cx") - rx, d(shape, "cy") - ry, 2 * rx, 2 * ry);
            }
            case "polygon" -> {
                double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
                for (String p : shape.getAttribute("points").trim().split("\\s+")) {
                    String[] xy = p.split(",");
                    double px = Double.parseDouble(xy[0]), py = Double.parseDouble(xy[1]);
                    minX = Math.min(minX, px); maxX = Math.max(maxX, px);
                    minY = Math.min(minY, py); maxY = Math.max(maxY, py);
                }
                return new Box(iri, minX, minY, maxX - minX, maxY - minY);
            }
            default -> throw new AssertionError("unexpected node shape <" + shape.getLocalName() + "> for " + iri);
        }
    }

    private static double d(Element e, String attr) {
        String v = e.getAttribute(attr);
        assertFalse(v.isEmpty(), () -> "<" + e.getLocalName() + "> has no " + attr);
        return Double.parseDouble(v);
    }

    /** Each node inside the viewBox and the width/height, and no two node boxes overlapping. */
    static void assertReadable(Document svg) {
        Element root = svg.getDocumentElement();
        String[] vb = root.getAttribute("viewBox").trim().split("\\s+");
        assertEquals(4, vb.length, "viewBox");
        double w = Double.parseDouble(vb[2]), h = Double.parseDouble(vb[3]);
        assertEquals(w, Double.parseDouble(root.getAttribute("width")), 0.01);
        assertEquals(h, Double.parseDouble(root.getAttribute("height")), 0.01);
        List<Box> boxes = nodeBoxes(svg);
        assertFalse(boxes.isEmpty(), "the SVG has nodes");
        for (Box b : boxes) {
            assertTrue(b.x() >= Double.parseDouble(vb[0]) && b.y() >= Double.parseDouble(vb[1]) && b.x() + b.w() <= w && b.y() + b.h() <= h,
                    () -> b + " lies outside the canvas " + w + "x" + h);
            assertTrue(b.w() > 0 && b.h() > 0, () -> b + " is empty");
        }
        for (int i = 0; i < boxes.size(); i++)
            for (int j = i + 1; j < boxes.size(); j++)
                assertFalse(boxes.get(i).overlaps(boxes.get(j)), boxes.get(i) + " overlaps " + boxes.get(j));
    }
}
