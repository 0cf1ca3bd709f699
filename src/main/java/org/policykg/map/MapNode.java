package org.policykg.map;

import java.util.Map;

/**
 * A node on a concept map: a resource of the graph, its kind, and its labels by language tag
 * ("" for a label without a language).
 */
public record MapNode(String iri, NodeKind kind, Map<String, String> labels) {
    public MapNode {
        labels = Map.copyOf(labels);
    }

    /** The label in {@code lang}, else English, else one without a language, else any, else the IRI's last part. */
    public String label(String lang) {
        return Labels.pick(labels, lang, iri);
    }
}
