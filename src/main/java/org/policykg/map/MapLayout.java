package org.policykg.map;

import java.util.*;

import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.GraphCompactionStrategy;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.alg.layered.options.LayeringStrategy;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.util.BoxLayoutProvider;
import org.eclipse.elk.core.options.BoxLayouterOptions;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.*;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * A concept map laid out by Eclipse ELK's layered algorithm, left to right: node boxes sized to their wrapped labels,
 * layers of bounded width so a map keeps a slide's proportions, linking phrases placed on their edges.
 */
public final class MapLayout {
    /** Node labels wrap at this many columns; linking phrases at fewer. */
    static final int NODE_COLUMNS = 16;
    /** Documents have long titles: wider, so they are not tall. */
    static final int DOCUMENT_COLUMNS = 40;
    /** Most nodes in one layer of the drawing. */
    static final int LAYER_BOUND = 7;
    static final int PHRASE_COLUMNS = 18;
    private static final double PAD_X = 10;
    private static final double PAD_Y = 4;

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

    /**
     * The parts of a map that do not touch (connected components) are laid out apart and packed into a slide's
     * proportions. First by ELK layered's own compaction of components, which fits parts into each other's gaps;
     * that works on the parts' outlines and can let boxes with long labels run into each other, so where it does,
     * each part becomes a box of its own and ELK's box layout packs those boxes, which cannot overlap.
     */
    public static Result of(ConceptMap map) {
        Result compacted = layout(map, null);
        boolean overlapping = overlaps(compacted);
        if (!overlapping && compacted.height() * 16 <= compacted.width() * 9)
            return compacted;
        // overlapping, or taller than a slide: the packing of the boxes (or the compaction) that shrinks least on a 16:9 slide
        Result best = overlapping ? null : compacted;
        for (BoxLayoutProvider.PackingMode mode : List.of(BoxLayoutProvider.PackingMode.GROUP_MIXED,
                BoxLayoutProvider.PackingMode.GROUP_DEC, BoxLayoutProvider.PackingMode.SIMPLE)) {
            Result boxed = layout(map, mode);
            if (best == null || slideScale(boxed) < slideScale(best))
                best = boxed;
        }
        return best;
    }

    /** How much a layout must shrink to fit a 16:9 slide (per unit of slide). */
    private static double slideScale(Result r) { return Math.max(r.width() / 16, r.height() / 9); }

    /** Each part its own box, packed by ELK's box layout: what {@link #of} falls back to. */
    static Result boxed(ConceptMap map) {
        return layout(map, BoxLayoutProvider.PackingMode.GROUP_MIXED);
    }

    /** Whether any two node boxes overlap. */
    static boolean overlaps(Result r) {
        List<Box> boxes = new ArrayList<>(r.nodes().values());
        for (int i = 0; i < boxes.size(); i++)
            for (int j = i + 1; j < boxes.size(); j++) {
                Box a = boxes.get(i), b = boxes.get(j);
                if (a.x() < b.x() + b.width() && b.x() < a.x() + a.width() && a.y() < b.y() + b.height() && b.y() < a.y() + a.height())
                    return true;
            }
        return false;
    }

    /** The map laid out: by ELK layered with its compaction of parts (packing null), or each part a box packed so. */
    private static Result layout(ConceptMap map, BoxLayoutProvider.PackingMode packing) {
        boolean boxedParts = packing != null;
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ASPECT_RATIO, 16.0 / 9.0);
        Map<String, ElkNode> parts;
        if (boxedParts) {
            root.setProperty(CoreOptions.ALGORITHM, BoxLayouterOptions.ALGORITHM_ID);
            root.setProperty(CoreOptions.SPACING_NODE_NODE, 10.0);
            root.setProperty(CoreOptions.PADDING, new ElkPadding(0));
            root.setProperty(BoxLayouterOptions.BOX_PACKING_MODE, packing);
            parts = parts(map, root);
        } else {
            layered(root);
            root.setProperty(LayeredOptions.COMPACTION_CONNECTED_COMPONENTS, true);
            root.setProperty(LayeredOptions.SPACING_COMPONENT_COMPONENT, 10.0);
            parts = new HashMap<>();
            map.nodes().forEach(n -> parts.put(n.iri(), root));
        }

        List<MapNode> byKind = map.nodes().stream()
                .sorted(Comparator.comparing(MapNode::kind).thenComparing(map::label).thenComparing(MapNode::iri)).toList();
        Map<String, Integer> order = new HashMap<>();
        byKind.forEach(n -> order.put(n.iri(), order.size()));
        Map<String, ElkNode> elkNodes = new LinkedHashMap<>();
        Map<String, TextBlock> texts = new HashMap<>();
        for (MapNode n : byKind) {
            TextBlock text = TextBlock.wrap(map.label(n), n.kind() == NodeKind.DOCUMENT ? DOCUMENT_COLUMNS : NODE_COLUMNS);
            texts.put(n.iri(), text);
            double[] size = nodeSize(n.kind(), text);
            ElkNode e = ElkGraphUtil.createNode(parts.get(n.iri()));
            e.setIdentifier(n.iri());
            e.setDimensions(size[0], size[1]);
            elkNodes.put(n.iri(), e);
        }
        // As in CmapTools, one linking phrase serves all the propositions that share a subject and a phrase (or a
        // phrase and an object): "social security system — accords with — [five principles]" is drawn once.
        Map<String, List<MapEdge>> groups = new LinkedHashMap<>();
        List<MapEdge> edgeOrder = map.edges().stream()
                .sorted(Comparator.comparing((MapEdge me) -> order.get(me.source())).thenComparing(me -> order.get(me.target()))).toList();
        Map<String, Long> bySource = new HashMap<>(), byTarget = new HashMap<>();
        for (MapEdge me : edgeOrder) {
            bySource.merge(me.source() + " " + map.phrase(me), 1L, Long::sum);
            byTarget.merge(map.phrase(me) + " " + me.target(), 1L, Long::sum);
        }
        for (MapEdge me : edgeOrder) {
            String key = bySource.get(me.source() + " " + map.phrase(me)) > 1 ? "s " + me.source() + " " + map.phrase(me)
                    : byTarget.get(map.phrase(me) + " " + me.target()) > 1 ? "o " + map.phrase(me) + " " + me.target() : "e " + me.key();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(me);
        }
        Map<MapEdge, ElkEdge[]> elkEdges = new LinkedHashMap<>();
        Map<MapEdge, ElkNode> phraseNodes = new HashMap<>();
        Map<MapEdge, TextBlock> phrases = new HashMap<>();
        for (List<MapEdge> group : groups.values()) {
            MapEdge first = group.get(0);
            TextBlock text = TextBlock.wrap(map.phrase(first), PHRASE_COLUMNS);
            if (group.size() == 1) {
                ElkEdge e = ElkGraphUtil.createSimpleEdge(elkNodes.get(first.source()), elkNodes.get(first.target()));
                ElkGraphUtil.updateContainment(e);
                ElkLabel label = ElkGraphUtil.createLabel(String.join(" ", text.lines()), e);
                label.setDimensions(text.width() + 6, text.height() + 2);
                label.setProperty(LayeredOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
                elkEdges.put(first, new ElkEdge[] {e});
                phrases.put(first, text);
                continue;
            }
            ElkNode phrase = ElkGraphUtil.createNode(parts.get(first.source()));
            phrase.setDimensions(text.width() + 6, text.height() + 2);
            boolean shared = group.stream().allMatch(me -> me.source().equals(first.source()));
            ElkEdge sharedEdge = shared ? edge(elkNodes.get(first.source()), phrase) : edge(phrase, elkNodes.get(first.target()));
            for (MapEdge me : group) {
                ElkEdge own = shared ? edge(phrase, elkNodes.get(me.target())) : edge(elkNodes.get(me.source()), phrase);
                elkEdges.put(me, shared ? new ElkEdge[] {sharedEdge, own} : new ElkEdge[] {own, sharedEdge});
                phraseNodes.put(me, phrase);
                phrases.put(me, text);
            }
        }

        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

        // ELK gives positions relative to the parent: add the part's offset
        Map<String, Box> boxes = new LinkedHashMap<>();
        elkNodes.forEach((iri, e) -> boxes.put(iri, new Box(e.getParent().getX() + e.getX(), e.getParent().getY() + e.getY(),
                e.getWidth(), e.getHeight(), texts.get(iri).lines())));
        List<Edge> edges = new ArrayList<>();
        elkEdges.forEach((me, pieces) -> {
            List<Point> points = new ArrayList<>();
            for (ElkEdge e : pieces) {
                double dx = e.getContainingNode().getX(), dy = e.getContainingNode().getY();
                for (ElkEdgeSection s : e.getSections()) {
                    points.add(new Point(dx + s.getStartX(), dy + s.getStartY()));
                    s.getBendPoints().forEach(b -> points.add(new Point(dx + b.getX(), dy + b.getY())));
                    points.add(new Point(dx + s.getEndX(), dy + s.getEndY()));
                }
            }
            Box label;
            ElkNode phrase = phraseNodes.get(me);
            if (phrase != null) {
                label = new Box(phrase.getParent().getX() + phrase.getX(), phrase.getParent().getY() + phrase.getY(), phrase.getWidth(), phrase.getHeight(),
                        phrases.get(me).lines());
            } else {
                ElkEdge e = pieces[0];
                ElkLabel l = e.getLabels().get(0);
                double dx = e.getContainingNode().getX(), dy = e.getContainingNode().getY();
                label = new Box(dx + l.getX(), dy + l.getY(), l.getWidth(), l.getHeight(), phrases.get(me).lines());
            }
            edges.add(new Edge(me, List.copyOf(points), label));
        });
        return new Result(map, root.getWidth(), root.getHeight(), boxes, edges);
    }

    /** One box per connected component, laid out by layered, keyed by the IRIs of the component's nodes. */
    private static Map<String, ElkNode> parts(ConceptMap map, ElkNode root) {
        Map<String, String> parent = new HashMap<>();
        map.nodes().forEach(n -> parent.put(n.iri(), n.iri()));
        for (MapEdge me : map.edges())
            parent.put(find(parent, me.source()), find(parent, me.target()));
        Map<String, ElkNode> byRoot = new HashMap<>(), parts = new HashMap<>();
        // in IRI order, so the same map is always packed the same way
        map.nodes().stream().map(MapNode::iri).sorted().forEach(iri -> parts.put(iri, byRoot.computeIfAbsent(find(parent, iri), k -> {
            ElkNode part = ElkGraphUtil.createNode(root);
            layered(part);
            return part;
        })));
        return parts;
    }

    private static String find(Map<String, String> parent, String iri) {
        String p = parent.get(iri);
        if (p.equals(iri))
            return iri;
        String top = find(parent, p);
        parent.put(iri, top);
        return top;
    }

    private static ElkEdge edge(ElkNode from, ElkNode to) {
        ElkEdge e = ElkGraphUtil.createSimpleEdge(from, to);
        ElkGraphUtil.updateContainment(e);
        return e;
    }

    /** The layered algorithm's options. */
    private static void layered(ElkNode part) {
        part.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        // Left to right, read like the propositions: the subject (actor, policy area, reform) left of what it
        // serves or accords with (goals, principles), the whole left of its parts.
        part.setProperty(LayeredOptions.DIRECTION, Direction.RIGHT);
        // Orthogonal edges let ELK compact the layers afterwards (shorter edges, a narrower map).
        part.setProperty(LayeredOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        part.setProperty(LayeredOptions.COMPACTION_POST_COMPACTION_STRATEGY, GraphCompactionStrategy.EDGE_LENGTH);
        part.setProperty(LayeredOptions.SPACING_NODE_NODE, 8.0);
        part.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 16.0);
        part.setProperty(LayeredOptions.SPACING_EDGE_NODE, 8.0);
        part.setProperty(LayeredOptions.SPACING_EDGE_EDGE, 6.0);
        part.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 6.0);
        part.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, 4.0);
        part.setProperty(LayeredOptions.SPACING_EDGE_LABEL, 2.0);
        part.setProperty(LayeredOptions.PADDING, new ElkPadding(8));
        // A long column of goals would make the map a strip: at most this many nodes per layer, the rest beside.
        part.setProperty(LayeredOptions.LAYERING_STRATEGY, LayeringStrategy.COFFMAN_GRAHAM);
        part.setProperty(LayeredOptions.LAYERING_COFFMAN_GRAHAM_LAYER_BOUND, LAYER_BOUND);
        // Nodes handed over grouped by kind stay grouped: goals with goals, reforms with reforms.
        part.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
        // Network simplex places nodes more tightly than Brandes–Köpf: a lower map.
        part.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.NETWORK_SIMPLEX);
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
        return new double[] {Math.max(w, 60), Math.max(h, 28)};
    }
}
