package org.policykg.extract.stages;

import java.util.*;

import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.policykg.document.*;

/**
 * Known concepts named in another word order (English): a noun phrase whose content words, normalised
 * as labels are (case, inflection, spelling), include all the content words of a label of two or more
 * of them, with at most two more words, names that node ("management of funds at the national level"
 * names "national management of funds"). Exact matches and their offsets stay as the mentions stage found
 * them: a phrase that an exact mention crosses is not tried, and within a phrase a label must name more
 * words than the exact mentions inside it (which are kept); the phrase's head noun must be one of the
 * label's words; the largest label wins. A gerund used as a noun right before the phrase counts with it for a label
 * that holds the gerund too ("the task of delaying the legal retirement age" names "delaying the retirement age").
 * A label's phrase variants (lex:PhraseVariant: "whole people" for "entire population") count as labels of its node.
 * Part of the mentions stage (English).
 */
final class PhraseConceptMatcher {
    private static final int MAX_EXTRA_WORDS = 2;

    /** @param order the label's place among all labels: where two of a size both fit, the first-made wins */
    private record LabelWords(Set<String> words, ConceptRef concept, int order) {}

    /** Every label under each of its words. */
    private final Map<String, List<LabelWords>> byWord = new HashMap<>();
    /**
     * Every label under its rarest word alone (the word fewest labels hold): a phrase that holds all of a label's
     * words holds that one, and a common word ("insurance") no longer makes every label that has it be tried.
     */
    private final Map<String, List<LabelWords>> byRarestWord = new HashMap<>();

    PhraseConceptMatcher(ConceptScheme scheme, WordAnalyzer analyzer) {
        List<ConceptScheme.Label> ordered = new ArrayList<>();
        for (ConceptScheme.Label l : scheme.labels()) // preferred labels first, as the mentions stage does
            if (l.text().equals(l.concept().label())) ordered.add(l);
        for (ConceptScheme.Label l : scheme.labels())
            if (!l.text().equals(l.concept().label())) ordered.add(l);
        // each label with its phrase variants (lex:PhraseVariant), as the exact matcher has them
        // (labels as written first, so a variant never wins a tie against another node's own label)
        List<List<List<String>>> forms = new ArrayList<>();
        for (ConceptScheme.Label l : ordered)
            forms.add(analyzer.labelForms(l.text()));
        int made = 0;
        for (int pass = 0; pass < 2; pass++)
            for (int i = 0; i < ordered.size(); i++)
                for (List<String> form : pass == 0 ? forms.get(i).subList(0, 1) : forms.get(i).subList(1, forms.get(i).size())) {
                    Set<String> words = content(form);
                    if (words.size() < 2)
                        continue;
                    LabelWords lw = new LabelWords(words, ordered.get(i).concept(), made++);
                    for (String word : words)
                        byWord.computeIfAbsent(word, k -> new ArrayList<>()).add(lw);
                }
        for (List<LabelWords> labels : byWord.values())
            for (LabelWords lw : labels) {
                String rarest = Collections.min(lw.words(), Comparator.comparingInt((String w) -> byWord.get(w).size()).thenComparing(w -> w));
                if (byWord.get(rarest) == labels)
                    byRarestWord.computeIfAbsent(rarest, k -> new ArrayList<>()).add(lw);
            }
    }

    private static Set<String> content(List<String> terms) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : terms)
            if (!EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(t) && hasLetter(t))
                out.add(t);
        return out;
    }

    private static boolean hasLetter(String t) {
        for (int i = 0; i < t.length(); i++)
            if (Character.isLetter(t.charAt(i)))
                return true;
        return false;
    }

    /**
     * The exact mentions with those of the document's noun phrases added, in text order. {@code words} are the document's
     * words as the label analyzer reads them (the mentions stage's, analysed once): a phrase's words are those that start in it.
     */
    List<Mention> addTo(Document doc, Tokens words, List<Mention> mentions) {
        Words w = doc.words();
        List<Mention> added = new ArrayList<>();
        // the mentions by start, with the furthest end so far: those that overlap a phrase are found without trying them all
        List<Mention> byStart = new ArrayList<>(mentions);
        byStart.sort(Comparator.comparingInt(m -> m.span().begin()));
        int[] starts = new int[byStart.size()], furthestEnd = new int[byStart.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = byStart.get(i).span().begin();
            furthestEnd[i] = Math.max(i == 0 ? 0 : furthestEnd[i - 1], byStart.get(i).span().end());
        }
        for (Span np : doc.nounPhrases()) {
            Cancellation.check();
            // a mention across the phrase's border is left alone; one inside it is kept, and a label must name more of the phrase
            int inside = 0;
            boolean crossed = false;
            for (int i = Mentions.firstAtOrAfter(starts, np.end()) - 1; i >= 0 && furthestEnd[i] > np.begin(); i--) {
                Mention m = byStart.get(i);
                if (m.span().overlaps(np)) {
                    if (!np.contains(m.span())) crossed = true;
                    else inside = Math.max(inside, content(termsIn(words, m.span())).size());
                }
            }
            if (crossed)
                continue;
            int from = words.firstAtOrAfter(np.begin()), to = from;
            while (to < words.size && words.starts[to] < np.end())
                to++;
            if (to == from)
                continue;
            Set<String> phrase = content(Arrays.asList(Arrays.copyOfRange(words.terms, from, to)));
            int phraseEnd = Math.min(words.ends[to - 1], np.end());
            LabelWords best = null;
            List<String> phraseOrder = null;
            int bestFirst = 0;
            for (String word : phrase)
                for (LabelWords lw : byRarestWord.getOrDefault(word, List.of()))
                    if ((best == null || lw.words().size() >= best.words().size()) && lw.words().size() > inside
                            && phrase.size() - lw.words().size() <= MAX_EXTRA_WORDS
                            && phrase.containsAll(lw.words())) {
                        // of two that fit, the larger; of two as large, the one with a word earliest in the phrase, then the first made
                        if (phraseOrder == null)
                            phraseOrder = new ArrayList<>(phrase);
                        int first = Integer.MAX_VALUE;
                        for (String lwWord : lw.words())
                            first = Math.min(first, phraseOrder.indexOf(lwWord));
                        if (best == null || lw.words().size() > best.words().size() || first < bestFirst
                                || first == bestFirst && lw.order() < best.order()) {
                            best = lw;
                            bestFirst = first;
                        }
                    }
            // the phrase's head must be one of the label's words: "principle of fairness in pensions" names no pension reform
            String head = head(words, w, np);
            if (best != null && head != null && !best.words().contains(head))
                best = null;
            // a gerund right before the phrase, with the phrase as its object, names a node whose label holds the
            // gerund too ("delaying the legal retirement age" names "delaying the retirement age"), where it names more
            Span gerund = gerundBefore(doc.text(), w, np);
            if (gerund != null && !crosses(mentions, new Span(gerund.begin(), np.end()))) {
                Set<String> verb = content(termsIn(words, gerund));
                Set<String> extended = new LinkedHashSet<>(phrase);
                extended.addAll(verb);
                LabelWords withVerb = null;
                for (String word : verb)
                    for (LabelWords lw : byWord.getOrDefault(word, List.of()))
                        if ((withVerb == null || lw.words().size() > withVerb.words().size()) && lw.words().size() > inside
                                && extended.size() - lw.words().size() <= MAX_EXTRA_WORDS
                                && extended.containsAll(lw.words()) && (head == null || lw.words().contains(head)))
                            withVerb = lw;
                if (withVerb != null && (best == null || withVerb.words().size() > best.words().size())) {
                    added.add(new Mention(new Span(gerund.begin(), phraseEnd), withVerb.concept()));
                    continue;
                }
            }
            if (best != null)
                added.add(new Mention(new Span(words.starts[from], phraseEnd), best.concept()));
        }
        if (added.isEmpty())
            return mentions;
        List<Mention> all = new ArrayList<>(mentions);
        all.addAll(added);
        all.sort(Comparator.comparingInt((Mention m) -> m.span().begin()).thenComparingInt(m -> m.span().end()));
        return all;
    }

    /**
     * The gerund whose object the phrase is: the tagged word right before the phrase (only spaces between), tagged
     * a verb and ending in "-ing", used as a noun: right after a preposition or subordinator ("the task of delaying ...",
     * "by raising ..."), so not the progressive of a clause ("the law is raising ..."); null if there is none.
     */
    private static Span gerundBefore(String text, Words w, Span np) {
        int g = w.firstAtOrAfter(np.begin()) - 1;
        if (g < 0 || !w.tags()[g].equals("VERB"))
            return null;
        int b = w.starts()[g], e = w.ends()[g];
        if (e - b < 5 || !text.regionMatches(true, e - 3, "ing", 0, 3) || !text.substring(e, np.begin()).isBlank())
            return null;
        // the tagger reads "of" before a gerund as a subordinator (SCONJ), "by" as a preposition (ADP)
        if (g == 0 || !Set.of("ADP", "SCONJ").contains(w.tags()[g - 1]) || !text.substring(w.ends()[g - 1], b).isBlank())
            return null;
        return new Span(b, e);
    }

    private static boolean crosses(List<Mention> mentions, Span span) {
        for (Mention m : mentions)
            if (m.span().overlaps(span) && !span.contains(m.span()))
                return true;
        return false;
    }

    /** The phrase's head, normalised as labels are: its last noun before its first preposition. */
    private static String head(Tokens words, Words w, Span np) {
        int k = UniversalTags.head(w, np.begin(), np.end());
        if (k < 0)
            return null;
        List<String> t = termsIn(words, new Span(w.starts()[k], w.ends()[k]));
        return t.isEmpty() ? null : t.get(t.size() - 1);
    }

    /** The analysed words that start within {@code span}. */
    private static List<String> termsIn(Tokens words, Span span) {
        List<String> out = new ArrayList<>();
        for (int i = words.firstAtOrAfter(span.begin()); i < words.size && words.starts[i] < span.end(); i++)
            out.add(words.terms[i]);
        return out;
    }
}
