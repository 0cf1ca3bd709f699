package org.policykg.extract.stages;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import opennlp.tools.tokenize.SimpleTokenizer;
import org.apache.jena.atlas.lib.Cache;
import org.apache.jena.atlas.lib.CacheFactory;
import org.policykg.document.*;

/**
 * Tags words with their part of speech (OpenNLP's tagger, UD English-EWT model, Universal Dependencies
 * tags) where candidate names and role objects are read: in every clause with a role cue, from the cue
 * to the clause's end (from the clause's start where a passive cue types the subject before it; from a measure frame,
 * "will", "must", "plans to", where the verb after it may open a measure). Tagging all of a text would cost several times the rest of the conversion (see
 * docs/pipeline.md); the words are cut by OpenNLP's rule tokenizer (its ME tokenizer is slower and
 * gives nothing the tagger needs here). A hyphen is tagged HYPH so that "old-age" stays inside a phrase, a
 * possessive 's (which the model tags as punctuation) PART.
 */
final class PartOfSpeechTagger implements Stage {
    private final Cues cues;
    /**
     * The nouns of the domain (lex:changeObject, lex:reformHead, lex:goalHead), as analysed: where the tagger reads one as an
     * adjective, a preposition or an adverb and nothing it could modify follows, it heads its phrase and is a noun ("lower
     * the deductible for ...", "tighten oversight of ...", "raise the minimum to ...").
     */
    private final Set<String> domainNouns = new java.util.HashSet<>();

    PartOfSpeechTagger(Cues cues, Lexicon lexicon) {
        this.cues = cues;
        domainNouns.addAll(cues.changeObjects);
        for (String w : lexicon.headClasses().keySet()) domainNouns.addAll(cues.analyzer.terms(w));
    }

    @Override public String name() { return "tags"; }
    @Override public Set<Layer> requires() { return Set.of(Layer.SENTENCES, Layer.TOKENS); }
    @Override public Set<Layer> provides() { return Set.of(Layer.TAGS); }

    @Override
    public Document apply(Document doc) {
        String text = doc.text();
        Tokens words = doc.tokens();
        List<int[]> spans = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            Cancellation.check();
            int k0 = words.firstAtOrAfter(s.span().begin()), k1 = words.endAtOrBefore(s.span().end());
            List<PhraseMatcher.Match<Lexicon.Cue>> roles = cues.roles.find(words, k0, k1);
            List<PhraseMatcher.Match<Lexicon.Cue>> passives = cues.passives.find(words, k0, k1);
            boolean outcomes = false;
            for (int k = k0; k < k1 && !outcomes; k++)
                outcomes = cues.outcomeVerbAt(words, k);
            List<PhraseMatcher.Match<Lexicon.Cue>> frames = cues.measureFrames.find(words, k0, k1);
            boolean values = false; // a verb by which a parameter may move to a value ("the allowance rises from ... to ...")
            for (int k = k0; k < k1 && !values; k++)
                values = cues.valueVerbAt(text, words, k);
            if (roles.isEmpty() && passives.isEmpty() && frames.isEmpty() && !outcomes && !values)
                continue;
            boolean previousTagged = false;
            for (Span clause : RoleReader.clauses(text, s.span().begin(), s.span().end())) {
                int from = clause.end();
                // a short clause after a tagged one may continue its list of objects ("..., benefit rules and fund management"): whole
                int c0 = words.firstAtOrAfter(clause.begin()), c1 = words.endAtOrBefore(clause.end());
                if (previousTagged && c1 - c0 <= cues.maxWords + 4)
                    from = clause.begin();
                for (PhraseMatcher.Match<Lexicon.Cue> m : roles)
                    if (words.starts[m.from()] >= clause.begin() && words.ends[m.to() - 1] <= clause.end()) {
                        from = words.starts[m.from()];
                        // a word that is a noun as often as a verb ("reform", "overhaul"), or one after a gerund ("living
                        // guarantee"), is told by the words before it
                        if (m.to() - m.from() == 1 && cues.toldByTheWordBefore(text, words, m.from()))
                            from = clause.begin();
                        break;
                    }
                // a modal of obligation or plan may open a measure with the verb after it ("will publish ..."): from the modal
                for (PhraseMatcher.Match<Lexicon.Cue> m : frames)
                    if (words.starts[m.from()] >= clause.begin() && words.ends[m.to() - 1] <= clause.end()) {
                        from = Math.min(from, words.starts[m.from()]);
                        break;
                    }
                // a passive cue types the subject before it: the clause is tagged from its start
                for (PhraseMatcher.Match<Lexicon.Cue> m : passives)
                    if (words.starts[m.from()] >= clause.begin() && words.ends[m.to() - 1] <= clause.end()) {
                        from = clause.begin();
                        break;
                    }
                // a value verb types the subject before it, as a passive does: the clause is tagged from its start
                if (values)
                    for (int k = c0; k < c1; k++)
                        if (cues.valueVerbAt(text, words, k)) {
                            from = clause.begin();
                            break;
                        }
                previousTagged = from < clause.end();
                // a verb of keeping, making or covering that may state an aim ("to keep the fund solvent") is tagged from the
                // verb, as a cue is, for its object and what follows it
                if (outcomes)
                    for (int k = c0; k < c1; k++)
                        if (words.starts[k] < from && cues.opensOutcome(words, k, c0)) {
                            from = words.starts[k];
                            break;
                        }
                if (from < clause.end())
                    tag(text, from, clause.end(), spans, tags);
            }
        }
        int n = spans.size();
        int[] starts = new int[n], ends = new int[n];
        for (int i = 0; i < n; i++) {
            starts[i] = spans.get(i)[0];
            ends[i] = spans.get(i)[1];
        }
        return doc.withTags(new Words(starts, ends, tags.toArray(String[]::new), List.of()));
    }

    private void tag(String text, int from, int to, List<int[]> spans, List<String> tags) {
        opennlp.tools.util.Span[] pos = SimpleTokenizer.INSTANCE.tokenizePos(text.substring(from, to));
        List<int[]> here = new ArrayList<>();
        for (opennlp.tools.util.Span p : pos) {
            int b = from + p.getStart(), e = from + p.getEnd();
            // "'s" is one word for the tagger, as in its training data
            if (!here.isEmpty() && e - b == 1 && (text.charAt(b) == 's' || text.charAt(b) == 'S') && here.get(here.size() - 1)[1] == b
                    && isApostrophe(text.charAt(b - 1)) && here.get(here.size() - 1)[0] == b - 1) {
                here.get(here.size() - 1)[1] = e;
                continue;
            }
            // a figure is one word ("1,000", "2.5"), as the cue tokenizer reads it, not a number, a comma and another number
            if (here.size() >= 2 && here.get(here.size() - 1)[1] == b && here.get(here.size() - 1)[0] == b - 1
                    && here.get(here.size() - 2)[1] == b - 1 && RoleReader.insideNumber(text, b - 1)) {
                here.remove(here.size() - 1);
                here.get(here.size() - 1)[1] = e;
                continue;
            }
            here.add(new int[] {b, e});
        }
        String[] forms = new String[here.size()];
        for (int i = 0; i < forms.length; i++)
            forms[i] = text.substring(here.get(i)[0], here.get(i)[1]);
        // greedy, left to right (the model's beam search costs half as much again, for nothing the chunker needs)
        String[] t = OpenNlp.greedyTagger().tag(forms);
        nounsOfTheDomain(forms, t);
        hyphenatedModifiers(forms, t, here);
        for (int i = 0; i < forms.length; i++) {
            spans.add(here.get(i));
            // "hospitals' pressure": the apostrophe of a plural possessive, which the rule tokenizer leaves alone
            boolean possessive = forms[i].length() == 1 && isApostrophe(forms[i].charAt(0)) && i > 0
                    && here.get(i - 1)[1] == here.get(i)[0] && Character.toLowerCase(text.charAt(here.get(i)[0] - 1)) == 's'
                    || forms[i].length() == 2 && isApostrophe(forms[i].charAt(0)) && (forms[i].charAt(1) == 's' || forms[i].charAt(1) == 'S');
            tags.add(isHyphen(forms[i]) ? "HYPH" : possessive ? "PART" : t[i]);
        }
    }

    /**
     * A noun of the domain the tagger read as a modifier or a function word (an adjective, a preposition, an adverb) is a
     * noun where no word it could modify follows it (a noun, an adjective, a number, a hyphen): "the deductible for ..." is
     * the deductible, "the minimum pension" keeps its adjective. A word the tagger read as a verb keeps that reading ("cut",
     * "cover" are verbs as often as nouns).
     */
    private void nounsOfTheDomain(String[] forms, String[] t) {
        for (int i = 0; i < forms.length; i++) {
            if (!MODIFIER.contains(t[i]))
                continue;
            if (i + 1 < forms.length && (MODIFIED.contains(t[i + 1]) || isHyphen(forms[i + 1])))
                continue;
            if (domainNoun(forms[i]))
                t[i] = "NOUN";
        }
    }

    /**
     * Words joined by hyphens, with no space, before a noun are one modifier of it ("a one-off living subsidy", "one-stop
     * settlement", "a pay-as-you-go pillar"): a part the model read as a number, a preposition, an adverb, a verb or a
     * pronoun is an adjective there, so the phrase runs through the compound and a name may start with it. Parts written
     * in digits stay numbers ("the 2021-2025 plan").
     */
    private static void hyphenatedModifiers(String[] forms, String[] t, List<int[]> at) {
        int i = 0;
        while (i < forms.length) {
            int j = i; // the compound runs over [i, j]
            while (j + 2 < forms.length && isHyphen(forms[j + 1]) && at.get(j)[1] == at.get(j + 1)[0] && at.get(j + 1)[1] == at.get(j + 2)[0])
                j += 2;
            if (j > i && j + 1 < forms.length && (t[j + 1].equals("NOUN") || t[j + 1].equals("PROPN")))
                for (int k = i; k <= j; k += 2)
                    if (!t[k].equals("NOUN") && !t[k].equals("PROPN") && !t[k].equals("ADJ") && forms[k].chars().anyMatch(Character::isLetter))
                        t[k] = "ADJ";
            i = j + 1;
        }
    }

    /** Whether a word as written is one word of the analyzer and a noun of the domain; kept per form once found. */
    private boolean domainNoun(String form) {
        return domainNounForms.get(form, f -> {
            List<String> terms = cues.analyzer.terms(f);
            return terms.size() == 1 && domainNouns.contains(terms.get(0));
        });
    }

    private final Cache<String, Boolean> domainNounForms = CacheFactory.createCache(50_000);

    private static final Set<String> MODIFIER = Set.of("ADJ", "ADP", "ADV");
    private static final Set<String> MODIFIED = Set.of("NOUN", "PROPN", "ADJ", "NUM");

    private static boolean isApostrophe(char c) { return c == '\'' || c == '’'; }

    private static boolean isHyphen(String w) { return w.equals("-") || w.equals("‐") || w.equals("‑") || w.equals("/"); }
}
