package org.policykg.extract.stages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.policykg.document.ConceptRef;
import org.policykg.document.Tokens;

/** Finds the scheme's concepts, actors and posts in a text by any of their labels, normalised, and their phrase variants. */
final class ConceptMatcher {
    private final WordAnalyzer analyzer;
    private final PhraseMatcher<ConceptRef> matcher = new PhraseMatcher<>();
    /** The nodes all of whose labels are written with a capital (proper names), with their labels in lower case. */
    private final Map<String, Set<String>> properNames = new HashMap<>();

    ConceptMatcher(ConceptScheme scheme, WordAnalyzer analyzer) {
        this.analyzer = analyzer;
        // preferred labels first, so that a synonym shared by two nodes goes to the one that prefers it; labels as
        // written before their phrase variants (lex:PhraseVariant), so a variant never takes another node's own label
        List<List<List<String>>> forms = new ArrayList<>();
        for (ConceptScheme.Label l : scheme.labels())
            forms.add(analyzer.labelForms(l.text()));
        Set<String> common = new HashSet<>();
        for (ConceptScheme.Label l : scheme.labels())
            if (hasCapital(l.text()))
                properNames.computeIfAbsent(l.concept().iri(), k -> new HashSet<>()).add(l.text().strip().toLowerCase(Locale.ROOT));
            else
                common.add(l.concept().iri());
        properNames.keySet().removeAll(common);
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

    private static boolean hasCapital(String s) {
        for (int i = 0; i < s.length(); i++)
            if (Character.isUpperCase(s.charAt(i)))
                return true;
        return false;
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

    /**
     * True when the node's labels are all proper names and a one-word mention of it is another word: proper names
     * do not inflect, so a form that is none of the labels ("Chinese" for China, "parties" for the Party) is not the
     * node; nor, in a text that writes names with capitals, is a label's word in lower case ("a third party"),
     * unless the words before it complete a label ("our party" for "our Party").
     *
     * @param before the text before the mention, in which a whole label may begin
     */
    boolean properNameMisread(String iri, String mention, String before, boolean cased) {
        Set<String> labels = properNames.get(iri);
        String w = mention.strip();
        if (labels == null || w.isEmpty() || w.chars().anyMatch(Character::isWhitespace))
            return false;
        String lower = w.toLowerCase(Locale.ROOT);
        String written = (before + mention).toLowerCase(Locale.ROOT);
        for (String l : labels)
            if (l.equals(lower) ? !cased || !w.equals(lower)
                    : l.length() > lower.length() && l.endsWith(" " + lower) && written.endsWith(l)
                        && (written.length() == l.length() || !Character.isLetter(written.charAt(written.length() - l.length() - 1))))
                return false;
        return true;
    }

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
