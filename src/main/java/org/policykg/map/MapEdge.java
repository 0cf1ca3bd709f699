package org.policykg.map;

import java.util.*;

/**
 * An edge on a concept map: a proposition from one node to another, named by a property whose labels are its
 * linking phrases, with the statements that support it (their sentences, documents and modalities).
 * Edges that come from the documents' metadata (author, publisher, the work reported on) have no support.
 *
 * @param modalityPhrases by language, the word the supporting statements' shared modality adds ("must"), or empty
 * @param side in a comparison, which of the two documents support it ("both", "first", "second"); else null
 */
public record MapEdge(String source, String target, String property, Map<String, String> phrases, List<Support> support,
                      Map<String, String> modalityPhrases, String side) {
    /** One statement behind a proposition: its sentence and the sentence's text, the document it is stated in, its modalities. */
    public record Support(String statement, String document, String sentence, String text, Set<String> modalities) {
        public Support {
            modalities = Set.copyOf(modalities);
        }
    }

    public MapEdge {
        phrases = Map.copyOf(phrases);
        support = support.stream().sorted(Comparator.comparing(Support::document).thenComparing(Support::statement)).toList();
        modalityPhrases = Map.copyOf(modalityPhrases);
    }

    public MapEdge(String source, String target, String property, Map<String, String> phrases) {
        this(source, target, property, phrases, List.of(), Map.of(), null);
    }

    /** The linking phrase in {@code lang}, falling back like node labels do, with the modality where it adds something. */
    public String phrase(String lang) {
        String phrase = Labels.pick(phrases, lang, property);
        if (modalityPhrases.isEmpty())
            return phrase;
        String modal = Labels.pick(modalityPhrases, lang, "");
        return lang != null && lang.startsWith("zh") && phrases.containsKey("zh") ? modal + phrase : phrase + " (" + modal + ")";
    }

    /** How many statements support the proposition (1 for an edge from metadata). */
    public int weight() { return Math.max(1, support.size()); }

    /** The documents the supporting statements are stated in. */
    public Set<String> documents() {
        Set<String> docs = new TreeSet<>();
        support.forEach(s -> docs.add(s.document()));
        return docs;
    }

    /** The distinct supporting sentences' texts, in document order. */
    public List<String> sentences() {
        return support.stream().map(Support::text).filter(Objects::nonNull).distinct().toList();
    }

    /** A stable key for the edge: the same triple is one edge. */
    public String key() { return source + " " + property + " " + target; }
}
