package org.policykg.map;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A node on a concept map: a resource of the graph, its kind, and its labels by language tag
 * ("" for a label without a language).
 *
 * @param documents the documents whose statements put it on the map (empty for a node from metadata)
 * @param side in a comparison, "both", "first" or "second"; else null
 */
public record MapNode(String iri, NodeKind kind, Map<String, String> labels, Set<String> documents, String side) {
    public MapNode {
        labels = Map.copyOf(labels);
        documents = new TreeSet<>(documents);
    }

    public MapNode(String iri, NodeKind kind, Map<String, String> labels) {
        this(iri, kind, labels, Set.of(), null);
    }

    /** The label in {@code lang}, else English, else one without a language, else any, else the IRI's last part. */
    public String label(String lang) {
        return Labels.pick(labels, lang, iri);
    }
}
