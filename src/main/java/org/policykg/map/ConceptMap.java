package org.policykg.map;

import java.util.*;

/**
 * A concept map ready to be written: its nodes and edges, the language labels are shown in, a title, and
 * the names of its node kinds (the labels of their classes).
 * Nodes and edges are kept in a stable order (by IRI), so the same graph gives the same files.
 */
public record ConceptMap(String title, String lang, List<MapNode> nodes, List<MapEdge> edges, Map<NodeKind, Map<String, String>> kindLabels) {
    public ConceptMap {
        kindLabels = Map.copyOf(kindLabels);
        nodes = nodes.stream().sorted(Comparator.comparing(MapNode::iri)).toList();
        edges = edges.stream().sorted(Comparator.comparing(MapEdge::key)).toList();
        Set<String> ids = new HashSet<>();
        nodes.forEach(n -> ids.add(n.iri()));
        for (MapEdge e : edges)
            if (!ids.contains(e.source()) || !ids.contains(e.target()))
                throw new IllegalArgumentException("edge " + e.key() + " ends outside the map");
    }

    public String label(MapNode node) { return node.label(lang); }

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
