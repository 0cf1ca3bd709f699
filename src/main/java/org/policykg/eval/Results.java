package org.policykg.eval;

import java.util.*;
import java.util.function.Function;
import java.util.function.Predicate;

/** What {@link Scorer} found: the figures of every document, and their micro-averages. */
public record Results(List<DocumentScore> documents) {
    /** Every measure, in report order: the four classes together, each class, then the other scores. */
    public static final List<String> MEASURES = List.of("items", "goal", "reform", "principle", "actor",
            "modality", "responsibility", "reportedWork");

    /** A gold item and the node it was matched to, and by which rule (concept, label or phrase). */
    public record Match(String measure, String quote, boolean optional, String node, String label, String by) {}

    /** A gold item (or pair, or field) nothing matched. */
    public record Miss(String measure, String what) {}

    /** An extracted node (or pair, or value) that matches nothing in the gold: what lowers precision. */
    public record Extra(String measure, String node, String label) {}

    /** A statement's sentence whose offsets do not cut its text out of the document. */
    public record OffsetError(String sentence, String problem) {}

    /** One document's figures. */
    public record DocumentScore(String name, String text, String document, String language, String style,
                                Map<String, Counts> counts, int sentences, List<OffsetError> offsetErrors,
                                List<Match> matches, List<Miss> misses, List<Extra> extras) {
        public Counts counts(String measure) { return counts.getOrDefault(measure, Counts.ZERO); }
    }

    /** Micro-averaged figures over some documents. */
    public record Summary(int documents, Map<String, Counts> counts, int sentences, int offsetErrors) {
        public Counts counts(String measure) { return counts.getOrDefault(measure, Counts.ZERO); }
    }

    public Summary overall() { return summary(d -> true); }

    /** Per language (en, zh), in alphabetical order. */
    public Map<String, Summary> byLanguage() { return groups(DocumentScore::language); }

    /** Per style, in alphabetical order (documents whose gold gives none are under ""). */
    public Map<String, Summary> byStyle() { return groups(DocumentScore::style); }

    private Map<String, Summary> groups(Function<DocumentScore, String> key) {
        Map<String, Summary> out = new TreeMap<>();
        for (String k : new TreeSet<>(documents.stream().map(key).toList()))
            out.put(k, summary(d -> key.apply(d).equals(k)));
        return out;
    }

    private Summary summary(Predicate<DocumentScore> which) {
        Map<String, Counts> sums = new LinkedHashMap<>();
        int docs = 0, sentences = 0, errors = 0;
        for (DocumentScore d : documents) {
            if (!which.test(d))
                continue;
            docs++;
            sentences += d.sentences();
            errors += d.offsetErrors().size();
            for (String m : MEASURES)
                sums.merge(m, d.counts(m), Counts::plus);
        }
        return new Summary(docs, sums, sentences, errors);
    }
}
