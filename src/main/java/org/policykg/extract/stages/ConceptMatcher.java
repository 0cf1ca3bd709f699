package org.policykg.extract.stages;

import java.util.ArrayList;
import java.util.List;

import org.policykg.document.ConceptRef;
import org.policykg.document.Tokens;

/** Finds the scheme's concepts, actors and posts in a text by any of their labels, normalised, and their phrase variants. */
final class ConceptMatcher {
    private final WordAnalyzer analyzer;
    private final PhraseMatcher<ConceptRef> matcher = new PhraseMatcher<>();

    ConceptMatcher(ConceptScheme scheme, WordAnalyzer analyzer) {
        this.analyzer = analyzer;
        // preferred labels first, so that a synonym shared by two nodes goes to the one that prefers it; labels as
        // written before their phrase variants (lex:PhraseVariant), so a variant never takes another node's own label
        List<List<List<String>>> forms = new ArrayList<>();
        for (ConceptScheme.Label l : scheme.labels())
            forms.add(analyzer.labelForms(l.text()));
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < forms.size(); i++) {
                ConceptScheme.Label l = scheme.labels().get(i);
                if (l.text().equals(l.concept().label()))
                    add(forms.get(i), pass, l.concept());
            }
            for (int i = 0; i < forms.size(); i++)
                add(forms.get(i), pass, scheme.labels().get(i).concept());
        }
    }

    /** Pass 0 adds the label as written, pass 1 its variants. */
    private void add(List<List<String>> forms, int pass, ConceptRef concept) {
        if (pass == 0)
            matcher.add(forms.get(0), concept);
        else
            for (List<String> f : forms.subList(1, forms.size()))
                matcher.add(f, concept);
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
