package org.policykg.map;

import java.util.*;

/**
 * A concept map ready to be written: its nodes and edges, the language labels are shown in, a title, the names
 * of its node kinds (the labels of their classes), and the documents its propositions come from.
 * Nodes and edges are kept in a stable order (by IRI), so the same graph gives the same files.
 */
public record ConceptMap(String title, String lang, List<MapNode> nodes, List<MapEdge> edges, Map<NodeKind, Map<String, String>> kindLabels,
                         List<Source> sources) {
    /** A document the map's propositions come from, its title, and in a comparison its side ("first", "second"). */
    public record Source(String iri, String title, String side) {}

    /** Colours of the sides of a comparison: outlines of nodes and edges. */
    public static final Map<String, String> SIDE_COLOURS = Map.of("first", "#1565c0", "second", "#e65100", "both", "#333333");

    public ConceptMap {
        kindLabels = Map.copyOf(kindLabels);
        sources = List.copyOf(sources);
        nodes = nodes.stream().sorted(Comparator.comparing(MapNode::iri)).toList();
        edges = edges.stream().sorted(Comparator.comparing(MapEdge::key)).toList();
        Set<String> ids = new HashSet<>();
        nodes.forEach(n -> ids.add(n.iri()));
        for (MapEdge e : edges)
            if (!ids.contains(e.source()) || !ids.contains(e.target()))
                throw new IllegalArgumentException("edge " + e.key() + " ends outside the map");
    }

    public String label(MapNode node) { return node.label(lang); }

    /** True for a comparison of two documents. */
    public boolean compared() { return sources.stream().anyMatch(s -> s.side() != null); }

    /** The title of a source document, or its IRI. */
    public String sourceTitle(String iri) {
        return sources.stream().filter(s -> s.iri().equals(iri)).map(Source::title).findFirst().orElse(iri);
    }

    public String phrase(MapEdge edge) { return edge.phrase(lang); }

    /** A kind's name for legends: its class label from the graph in the map's language, else the built-in English name. */
    public String kindLabel(NodeKind kind) {
        Map<String, String> labels = kindLabels.getOrDefault(kind, Map.of());
        return labels.isEmpty() ? kind.label() : Labels.pick(labels, lang, kind.label());
    }

    public MapNode node(String iri) {
        return nodes.stream().filter(n -> n.iri().equals(iri)).findFirst().orElseThrow();
    }

    /** The kinds present, in legend order. */
    public List<NodeKind> kinds() {
        EnumSet<NodeKind> present = EnumSet.noneOf(NodeKind.class);
        nodes.forEach(n -> present.add(n.kind()));
        return List.copyOf(present);
    }

    /** Short ids n1, n2 … for formats that want simple names, in node order. */
    public Map<String, String> shortIds() {
        Map<String, String> ids = new LinkedHashMap<>();
        for (MapNode n : nodes)
            ids.put(n.iri(), "n" + (ids.size() + 1));
        return ids;
    }
}
