package org.policykg.extract.stages;

import java.util.List;

import org.policykg.document.ConceptRef;
import org.policykg.document.Tokens;

/** Finds the scheme's concepts, actors and posts in a text by any of their labels, normalised. */
final class ConceptMatcher {
    private final WordAnalyzer analyzer;
    private final PhraseMatcher<ConceptRef> matcher = new PhraseMatcher<>();

    ConceptMatcher(ConceptScheme scheme, WordAnalyzer analyzer) {
        this.analyzer = analyzer;
        // preferred labels first, so that a synonym shared by two nodes goes to the one that prefers it
        for (ConceptScheme.Label l : scheme.labels())
            if (l.text().equals(l.concept().label()))
                matcher.add(analyzer.terms(l.text()), l.concept());
        for (ConceptScheme.Label l : scheme.labels())
            matcher.add(analyzer.terms(l.text()), l.concept());
    }

    WordAnalyzer analyzer() { return analyzer; }

    List<PhraseMatcher.Match<ConceptRef>> find(Tokens tokens, int from, int to) {
        return matcher.find(tokens, from, to);
    }

    /** The node one of whose labels is exactly this phrase, or null. */
    ConceptRef lookup(String phrase) {
        Tokens t = analyzer.tokens(phrase);
        if (t.size == 0)
            return null;
        PhraseMatcher.Match<ConceptRef> m = matcher.longestAt(t, 0, t.size);
        return m != null && m.to() == t.size ? m.value() : null;
    }
}
