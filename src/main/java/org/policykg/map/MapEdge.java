package org.policykg.map;

import java.util.Map;

/** An edge on a concept map, from one node to another, named by a property whose labels are its linking phrases. */
public record MapEdge(String source, String target, String property, Map<String, String> phrases) {
    public MapEdge {
        phrases = Map.copyOf(phrases);
    }

    /** The linking phrase in {@code lang}, falling back like node labels do. */
    public String phrase(String lang) {
        return Labels.pick(phrases, lang, property);
    }

    /** A stable key for the edge: the same triple is one edge. */
    public String key() { return source + " " + property + " " + target; }
}
