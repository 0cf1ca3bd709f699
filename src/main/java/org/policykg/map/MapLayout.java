package org.policykg.map;

import java.util.*;

import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.FixedAlignment;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.*;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * A concept map laid out by Eclipse ELK's layered algorithm: node boxes sized to their wrapped labels,
 * edges routed orthogonally with their linking phrases placed on them.
 */
public final class MapLayout {
    /** Node labels wrap at this many columns; linking phrases at fewer. */
    static final int NODE_COLUMNS = 24;
    static final int PHRASE_COLUMNS = 18;
    private static final double PAD_X = 12;
    private static final double PAD_Y = 9;

    public record Point(double x, double y) {}

    /** A box with its top-left corner, and the text lines it shows. */
    public record Box(double x, double y, double width, double height, List<String> lines) {
        public double centerX() { return x + width / 2; }
        public double centerY() { return y + height / 2; }
    }

    public record Edge(MapEdge edge, List<Point> points, Box label) {}

    /** Positions of everything; the drawing spans (0,0)–(width,height). */
    public record Result(ConceptMap map, double width, double height, Map<String, Box> nodes, List<Edge> edges) {}

    private MapLayout() {}

    public static Result of(ConceptMap map) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(LayeredOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(LayeredOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, 22.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 36.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE, 14.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_LABEL, 3.0);
        root.setProperty(LayeredOptions.SPACING_COMPONENT_COMPONENT, 40.0);
        root.setProperty(LayeredOptions.PADDING, new ElkPadding(16));
        // Nodes handed over grouped by kind stay grouped: goals with goals, reforms with reforms.
        root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
        root.setProperty(LayeredOptions.CROSSING_MINIMIZATION_FORCE_NODE_MODEL_ORDER, true);
        // a document with many concepts sits in the middle of its fan, not at one end
        root.setProperty(LayeredOptions.NODE_PLACEMENT_BK_FIXED_ALIGNMENT, FixedAlignment.BALANCED);

        Map<String, ElkNode> elkNodes = new LinkedHashMap<>();
        Map<String, TextBlock> texts = new HashMap<>();
        List<MapNode> byKind = map.nodes().stream()
                .sorted(Comparator.comparing(MapNode::kind).thenComparing(map::label).thenComparing(MapNode::iri)).toList();
        Map<String, Integer> order = new HashMap<>();
        byKind.forEach(n -> order.put(n.iri(), order.size()));
        for (MapNode n : byKind) {
            TextBlock text = TextBlock.wrap(map.label(n), NODE_COLUMNS);
            texts.put(n.iri(), text);
            double[] size = nodeSize(n.kind(), text);
            ElkNode e = ElkGraphUtil.createNode(root);
            e.setIdentifier(n.iri());
            e.setDimensions(size[0], size[1]);
            elkNodes.put(n.iri(), e);
        }
        Map<ElkEdge, MapEdge> elkEdges = new LinkedHashMap<>();
        Map<ElkEdge, TextBlock> phrases = new HashMap<>();
        List<MapEdge> edgeOrder = map.edges().stream()
                .sorted(Comparator.comparing((MapEdge me) -> order.get(me.source())).thenComparing(me -> order.get(me.target()))).toList();
        for (MapEdge me : edgeOrder) {
            ElkEdge e = ElkGraphUtil.createSimpleEdge(elkNodes.get(me.source()), elkNodes.get(me.target()));
            ElkGraphUtil.updateContainment(e);
            TextBlock text = TextBlock.wrap(map.phrase(me), PHRASE_COLUMNS);
            ElkLabel label = ElkGraphUtil.createLabel(String.join(" ", text.lines()), e);
            label.setDimensions(text.width() + 6, text.height() + 2);
            label.setProperty(LayeredOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
            elkEdges.put(e, me);
            phrases.put(e, text);
        }

        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

        Map<String, Box> boxes = new LinkedHashMap<>();
        elkNodes.forEach((iri, e) -> boxes.put(iri, new Box(e.getX(), e.getY(), e.getWidth(), e.getHeight(), texts.get(iri).lines())));
        List<Edge> edges = new ArrayList<>();
        elkEdges.forEach((e, me) -> {
            List<Point> points = new ArrayList<>();
            for (ElkEdgeSection s : e.getSections()) {
                points.add(new Point(s.getStartX(), s.getStartY()));
                s.getBendPoints().forEach(b -> points.add(new Point(b.getX(), b.getY())));
                points.add(new Point(s.getEndX(), s.getEndY()));
            }
            ElkLabel l = e.getLabels().get(0);
            edges.add(new Edge(me, List.copyOf(points), new Box(l.getX(), l.getY(), l.getWidth(), l.getHeight(), phrases.get(e).lines())));
        });
        return new Result(map, root.getWidth(), root.getHeight(), boxes, edges);
    }

    /** Room for the text plus the outline: ellipses and hexagons need more than boxes to keep text inside. */
    private static double[] nodeSize(NodeKind kind, TextBlock text) {
        double w = text.width() + 2 * PAD_X;
        double h = text.height() + 2 * PAD_Y;
        switch (kind.shape()) {
            case ELLIPSE -> { w *= 1.3; h *= 1.3; }
            case HEXAGON -> w += h;
            case NOTE -> w += 8;
            default -> { }
        }
        return new double[] {Math.max(w, 60), Math.max(h, 34)};
    }
}
