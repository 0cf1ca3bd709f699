package org.policykg.curate;

import java.util.List;
import java.util.Set;

import org.policykg.link.Closeness;

/**
 * One candidate the converter minted, with its evidence: the documents and statements that name it, a few of
 * their sentences, the known concepts it is named with, and the known concepts closest to it.
 *
 * @param kind    goal, reform, principle, component or actor
 * @param labels  its labels (text, language tag)
 * @param group   the number of the group of candidates that are the same thing (the smallest member's index + 1)
 */
public record Candidate(String iri, String kind, List<Label> labels, Set<String> documents, int statements,
                        List<Sentence> sentences, Set<String> neighbours, List<Closest> closest, int group) {
    public record Label(String text, String lang) {}

    public record Sentence(String text, String document, String sentence) {}

    /** A known concept near the candidate, with its English (else any) preferred label and class. */
    public record Closest(String iri, String label, String kind, Closeness.Match match) {}

    public String label() { return labels.isEmpty() ? iri : labels.get(0).text(); }

    public String language() { return labels.isEmpty() ? "" : labels.get(0).lang(); }

    Candidate withGroup(int g) { return new Candidate(iri, kind, labels, documents, statements, sentences, neighbours, closest, g); }
}
