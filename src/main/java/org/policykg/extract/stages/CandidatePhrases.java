package org.policykg.extract.stages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.policykg.document.*;
import org.policykg.rdf.Iris;
import org.policykg.rdf.Vocab;

/**
 * Candidate names as whole noun phrases (English): a candidate the role reader cut from a clause ends
 * where its first noun phrase ends when what follows runs on into a predicate (a verb, an auxiliary, a
 * subordinator, a pronoun), but a head's own that-clause stays ("the principle that ..."); one whose
 * phrase is headed by a generic noun of the lexicon ("experiences", "results", "measures") is not
 * minted. Candidates with no noun, or where no word was tagged, are left as the role reader made them.
 */
final class CandidatePhrases {
    private final Set<String> taskHeads;
    private final Map<String, String> headClasses;
    private final Cues cues;
    /** The labels' analyzer (KStem): the lemma of a verb that opens a name. */
    private final WordAnalyzer lemmas;

    CandidatePhrases(Lexicon lexicon, Cues cues) {
        this.taskHeads = Set.copyOf(lexicon.taskHeads());
        this.headClasses = cues.headClasses; // one copy, which the role reader reads too
        this.cues = cues;
        this.lemmas = WordAnalyzer.forLabels(lexicon);
    }

    /**
     * The node of a candidate: a name that opens with a verb ("raising the retirement age", "raise the retirement
     * age", "raised the retirement age") is minted from the verb's lemma (KStem), so the inflections of one call meet
     * on one node; its label stays as written.
     */
    String iri(String type, String label, boolean opensWithVerb) {
        if (!opensWithVerb)
            return Iris.candidate(type, label);
        int sp = label.indexOf(' ');
        if (sp <= 0)
            return Iris.candidate(type, label);
        List<String> lemma = lemmas.terms(label.substring(0, sp));
        return Iris.candidate(type, (lemma.size() == 1 ? lemma.get(0) : label.substring(0, sp)) + label.substring(sp));
    }

    List<Link> refine(Document doc, List<Link> links) { return refine(doc, links, Set.of()); }

    /**
     * @param measureVerbs the starts of the verbs that open a measure after a modal frame ("will publish ..."): a reform
     *     that starts at one is named with that verb and its object's noun phrase, as a verb of change names its change
     */
    List<Link> refine(Document doc, List<Link> links, Set<Integer> measureVerbs) {
        String text = doc.text();
        Words w = doc.words();
        List<Span> phrases = doc.nounPhrases();
        List<Link> out = new ArrayList<>(links.size());
        for (Link l : links) {
            // a phrase whose form said its role (a phrase reader's candidate in the mentions layer) is named as it was read
            if (l.evidence() != null && phrased(doc, l)) {
                out.add(l);
                continue;
            }
            if (!l.target().candidate()) {
                if (l.role() != Role.GOAL || l.evidence() == null || !partOfAnInstrument(text, w, phrases, l.evidence()))
                    out.add(l);
                continue;
            }
            Link r = refine(doc, text, w, phrases, l, measureVerbs);
            if (r != null && r.target().candidate())
                r = known(text, doc.mentions(), r);
            if (r != null)
                out.add(r);
        }
        return out;
    }

    /** Whether the link's target is a phrase reader's candidate ({@link Cues#phrased}) that the mentions layer holds at its evidence. */
    private static boolean phrased(Document doc, Link l) {
        if (!Cues.phrased(l.target()))
            return false;
        for (org.policykg.document.Mention m : doc.mentions())
            if (m.concept().equals(l.target()) && m.span().equals(l.evidence()))
                return true;
        return false;
    }

    /**
     * Whether a known goal's words only qualify an instrument or a parameter the noun phrase around them is about: a
     * modifier of its head ("a hospitalisation mutual-aid plan": the plan is what is opened, not mutual aid) or the
     * complement of its "of" ("the ceiling of the serious-illness mutual aid", "a financing mechanism of mutual aid").
     * There the goal is not set; it is mentioned.
     */
    private boolean partOfAnInstrument(String text, Words w, List<Span> phrases, Span mention) {
        for (Span p : phrases) {
            if (p.begin() > mention.begin())
                break;
            if (p.end() < mention.end() || p.begin() == mention.begin() && p.end() == mention.end())
                continue;
            int h = UniversalTags.head(w, p.begin(), p.end());
            if (h < 0 || w.starts()[h] >= mention.begin() && w.ends()[h] <= mention.end())
                continue;
            String head = text.substring(w.starts()[h], w.ends()[h]).toLowerCase(Locale.ROOT);
            if (Vocab.Reform.getURI().equals(headClasses.get(head)) || cues.analyzer.terms(head).stream().anyMatch(cues.changeObjects::contains))
                return true;
        }
        return false;
    }

    /**
     * A candidate cut to its noun phrase that is all one node the scheme knows is that node, not a new one: a component
     * of the system that a goal or reform verb governs is the reform called for ("building a long-term care insurance
     * system suited to ...": the role reader saw a longer object), any other known node only a mention (null).
     */
    private Link known(String text, List<Mention> mentions, Link l) {
        String label = l.target().label();
        int b = l.evidence() == null ? -1 : text.indexOf(label, l.evidence().begin());
        if (b < 0)
            return l;
        int e = b + label.length();
        Tokens t = cues.analyzer.tokens(text, new Span(b, e));
        int i = 0;
        while (i < t.size && cues.leadingWords.contains(t.terms[i])) i++;
        if (i == t.size)
            return l;
        int from = t.starts[i];
        for (Mention m : mentions) {
            if (m.span().begin() > from)
                break;
            if (m.concept().candidate() || m.span().end() < e)
                continue;
            if (org.policykg.rdf.Vocab.SystemComponent.getURI().equals(m.concept().typeIri()) && l.role() != Role.PRINCIPLE)
                return new Link(Role.REFORM, m.concept(), m.span());
            return null;
        }
        return l;
    }

    /**
     * Whether the word after a noun phrase starts something else: a verb, an auxiliary, a subordinator, a pronoun, or a
     * conjunction before a gerund, which coordinates another verb phrase ("expanding coverage [and collecting contributions]").
     */
    private boolean runsOn(String text, Words w, int npEnd) {
        int k = w.firstAtOrAfter(npEnd);
        if (k >= w.size())
            return true;
        return RUNS_ON.contains(w.tags()[k]) || w.tags()[k].equals("CCONJ") && k + 1 < w.size() && w.tags()[k + 1].equals("VERB")
                && cues.gerundEnding != null
                && text.substring(w.starts()[k + 1], w.ends()[k + 1]).toLowerCase(Locale.ROOT).endsWith(cues.gerundEnding);
    }

    private static final Set<String> RUNS_ON = Set.of("VERB", "AUX", "SCONJ", "PRON");
    private static final Set<String> NOT_A_NAME_START = Set.of("PRON", "AUX", "ADV", "ADP", "SCONJ", "PART", "NUM", "PUNCT", "SYM");
    private static final Set<String> CONTENT = Set.of("NOUN", "PROPN", "ADJ", "VERB");
    private static final Set<String> SUBJECT = Set.of("NOUN", "PROPN", "PRON", "AUX");

    /** Whether the word before {@code at}, past any leading words (adverbs: "further", "gradually"), is an auxiliary or "to". */
    private boolean afterAuxiliary(String text, int at) {
        Tokens t = cues.analyzer.tokens(text, new Span(Math.max(0, at - 80), at));
        for (int i = t.size - 1; i >= 0; i--) {
            if (cues.auxiliaries.contains(t.terms[i]))
                return true;
            if (!cues.leadingWords.contains(t.terms[i]) || cues.determiners.contains(t.terms[i]))
                return false;
        }
        return false;
    }

    /** Whether the first word after {@code from} is a clause opener ("that", "whether"). */
    private boolean opensClause(String text, int from, int to) {
        Tokens t = cues.analyzer.tokens(text, new Span(from, to));
        return t.size > 0 && cues.clauseOpeners.contains(t.terms[0]);
    }

    /** Where the verb of change that opens [b, e) ends, its particles included ("crack down on"); {@code wordEnd} when none is found. */
    private int changeCueEnd(Document doc, int b, int e, int wordEnd) {
        Tokens t = doc.tokens();
        int t0 = t.firstAtOrAfter(b), t1 = t.endAtOrBefore(e);
        if (t0 >= t1)
            return wordEnd;
        PhraseMatcher.Match<Lexicon.Cue> m = cues.roles.longestAt(t, t0, t1);
        return m != null && cues.changeCues.contains(m.value()) ? Math.max(wordEnd, t.ends[m.to() - 1]) : wordEnd;
    }

    /** Whether the head of a noun phrase (its last noun before its first preposition) is a thing of the domain a change applies to. */
    private boolean domainHead(String text, Words w, Span np, int from) {
        if (np == null)
            return false;
        int k = UniversalTags.head(w, Math.max(from, np.begin()), np.end());
        if (k < 0)
            return false;
        List<String> terms = cues.analyzer.terms(text.substring(w.starts()[k], w.ends()[k]));
        return !terms.isEmpty() && cues.changeObjects.contains(terms.get(terms.size() - 1));
    }

    /** Whether a tagged word in [from, to) is a thing of the domain (lex:changeObject) or an instrument (lex:reformHead). */
    private boolean domainWords(String text, Words w, int from, int to) {
        for (int i = w.firstAtOrAfter(from); i < w.size() && w.ends()[i] <= to; i++) {
            String word = text.substring(w.starts()[i], w.ends()[i]).toLowerCase(Locale.ROOT);
            if (Vocab.Reform.getURI().equals(headClasses.get(word)))
                return true;
            List<String> terms = cues.analyzer.terms(word);
            if (!terms.isEmpty() && cues.changeObjects.contains(terms.get(terms.size() - 1)))
                return true;
        }
        return false;
    }

    /** The noun phrase of the object after a verb's words ending at {@code cueEnd}: the phrase that holds the verb, if it runs past them, or the next. */
    private static Span objectPhrase(List<Span> phrases, Span np, int cueEnd, int to) {
        return np != null && np.end() > cueEnd ? np : phraseAfter(phrases, cueEnd, to);
    }

    /** The first noun phrase that starts at or after {@code from} and before {@code to}, or null. */
    private static Span phraseAfter(List<Span> phrases, int from, int to) {
        for (Span p : phrases)
            if (p.begin() >= from && p.begin() < to)
                return p;
        return null;
    }

    private Link refine(Document doc, String text, Words w, List<Span> phrases, Link l, Set<Integer> measureVerbs) {
        ConceptRef c = l.target();
        int b = text.indexOf(c.label(), l.evidence().begin());
        if (b < 0 || b + c.label().length() > l.evidence().end())
            return l; // the label was normalised (quotes, spaces): left as the role reader made it
        int e = b + c.label().length();
        int k = w.firstAtOrAfter(b);
        if (k >= w.size() || w.starts()[k] >= e)
            return l; // not tagged
        Span np = null;
        for (Span p : phrases)
            if (p.end() > b && p.begin() < e) {
                np = p;
                break;
            }
        // a name starts as a noun phrase does: not with a pronoun, an auxiliary, an adverb, a preposition, a
        // number or a finite verb ("you in ...", "is to ...", "still implement", "up the ...", "1000 yuan", "adjusts the ...")
        String first = w.tags()[k];
        String firstWord = text.substring(w.starts()[k], w.ends()[k]).toLowerCase(Locale.ROOT);
        // an adverb does not modify a noun: a content word the tagger reads as one right before the name's noun is its
        // modifier ("nationwide interoperability", "online services"), not an adverb that opens no name
        if (first.equals("ADV") && k + 1 < w.size() && w.ends()[k + 1] <= e && UniversalTags.nounAt(w, k + 1)
                && text.substring(w.ends()[k], w.starts()[k + 1]).isBlank()
                && cues.analyzer.terms(firstWord).stream().noneMatch(cues.functionWords::contains))
            first = "ADJ";
        // a number spelled out after a determiner counts what the noun after it names ("the two enrolment procedures"),
        // as an adjective would; a figure ("1000 yuan") still opens no name
        if (first.equals("NUM") && k > 0 && w.tags()[k - 1].equals("DET") && Character.isLetter(firstWord.charAt(0))
                && k + 1 < w.size() && w.ends()[k + 1] <= e && (UniversalTags.nounAt(w, k + 1) || w.tags()[k + 1].equals("ADJ")))
            first = "ADJ";
        // (a verb after an infinitive "to" names a purpose: "so as to ease the burden on patients")
        boolean infinitive = k > 0 && text.substring(w.starts()[k - 1], w.ends()[k - 1]).equalsIgnoreCase("to");
        boolean purpose = infinitive && StatementReader.roleOf(c.typeIri()) == Role.GOAL;
        // a verb of change opens the name of the change it makes ("merge the two schemes"), with a noun phrase after it
        boolean changeWord = cues.changeVerbs.contains(cues.analyzer.terms(firstWord).stream().findFirst().orElse(""))
                && StatementReader.roleOf(c.typeIri()) == Role.REFORM;
        // (the tagger may read a verb that is also an adjective as one: "will lower the floor"; a determiner after it says verb)
        // and so does an auxiliary or an infinitive "to" before it, across adverbs ("to further unify contribution policies")
        // the words of the verb: a phrasal verb's particles are its own ("crack down on fraud"), not the object's start
        int cueEnd = changeWord ? changeCueEnd(doc, b, e, w.ends()[k]) : w.ends()[k];
        // (the tagger reads a clause from its cue, so the cue has no words before it to tell a verb by: "reform widening
        // coverage" is tagged an adjective there; with an object of the domain right after it, it is the verb of a change)
        boolean change = changeWord && (first.equals("VERB")
                || k + 1 < w.size() && w.ends()[k + 1] <= e && w.tags()[k + 1].equals("DET")
                || afterAuxiliary(text, b)
                || (k == 0 || !w.tags()[k - 1].equals("DET")) && domainHead(text, w, objectPhrase(phrases, np, cueEnd, e), cueEnd));
        // a measure's verb after a modal frame ("will publish its audit results"): named with its object's noun phrase,
        // which follows it (past a particle of the verb: "set up a hotline"; a possessive or determiner opens the phrase)
        boolean measure = !change && w.starts()[k] == b && measureVerbs.contains(b) && StatementReader.roleOf(c.typeIri()) == Role.REFORM;
        if (measure) {
            if (k + 1 < w.size() && w.ends()[k + 1] <= e && cues.verbParticles.contains(text.substring(w.starts()[k + 1], w.ends()[k + 1]).toLowerCase(Locale.ROOT)))
                cueEnd = w.ends()[k + 1];
            // (a verb the tagger read as a noun may open the phrase itself: "is to draft new rules")
            boolean holdsVerb = np != null && np.begin() <= b && np.end() > cueEnd;
            if (!holdsVerb)
                np = phraseAfter(phrases, cueEnd, e);
            int o = w.firstAtOrAfter(cueEnd);
            if (np == null || o >= w.size() || w.tags()[o].equals("NUM") || !holdsVerb && w.firstAtOrAfter(np.begin()) != o
                    && !(w.firstAtOrAfter(np.begin()) == o + 1 && (w.tags()[o].equals("PRON") || w.tags()[o].equals("DET"))))
                return null;
        }
        int after = w.firstAtOrAfter(cueEnd);
        if (change)
            np = objectPhrase(phrases, np, cueEnd, e);
        // (the same word as an adjective names no change: "lower than 50", "the lower limit")
        // and it changes an object: the noun phrase right after it, not a figure after a preposition ("widening to 1.3 percent")
        if (changeWord && !change || change && (np == null || np.end() <= cueEnd
                || after < w.size() && (w.tags()[after].equals("ADP") || w.tags()[after].equals("NUM"))))
            return null;
        // a verb right after its subject or an auxiliary (a noun, pronoun or auxiliary tagged just before it) is the predicate,
        // not a name's first word ("the reform adjusts the ...", "who will answer ..."); after the cue, a preposition or a
        // clause's start it opens one ("widening coverage")
        boolean predicate = first.equals("VERB") && k > 0 && (infinitive || SUBJECT.contains(w.tags()[k - 1])
                && text.substring(w.ends()[k - 1], w.starts()[k]).isBlank());
        if (!change && !measure && (NOT_A_NAME_START.contains(first) || predicate && !purpose))
            return null;
        if (np == null) {
            // no noun in it: an adjective or verb phrase ("fair and sustainable") stays as it was; numbers alone go
            for (int i = k; i < w.size() && w.ends()[i] <= e; i++)
                if (CONTENT.contains(w.tags()[i]))
                    return l;
            return null;
        }
        int end = Math.min(e, np.end());
        // a that-clause after the phrase belongs to the name, but its head is the phrase's ("a benefit system that covers
        // all workers" is headed by "system", not by the clause's "workers")
        boolean clauseAfter = end < e && !change && !measure && opensClause(text, end, e);
        // the object of a verb of change is its noun phrase ("lower premiums [to stabilize jobs]"), but a rule's content
        // clause says which rule is changed ("remove the requirement that applicants live in the city")
        boolean contentAfter = end < e && (change || measure) && opensClause(text, end, e) && contentNoun(text, w, np);
        int headEnd = end;
        if (end < e && !change && !measure && (clauseAfter || !runsOn(text, w, np.end())) || contentAfter)
            end = e; // "the principle that the reform serves patients", "putting people first": the rest belongs to it
        int h = UniversalTags.head(w, Math.max(b, np.begin()), clauseAfter || contentAfter ? headEnd : end);
        String head = h < 0 ? null : text.substring(w.starts()[h], w.ends()[h]).toLowerCase(Locale.ROOT);
        if (head != null && (cues.genericHeads.contains(head) || genericConjunct(text, w, Math.max(b, np.begin()), h)))
            return null;
        // a span of the calendar with no other noun before it is when something is done, not what ("launched last year");
        // after a noun it ends an object that runs on ("reform the pension formula next year")
        if (head != null && cues.calendarNouns.contains(head) && !UniversalTags.nounIn(w, k, h))
            return null;
        // the head noun says what is named, whatever verb governs it: an instrument is a reform
        // ("provide temporary assistance"), an outcome a goal ("improve the sustainability of the fund")
        String type = c.typeIri();
        String byHead = head == null ? null : headClasses.get(head);
        // (not when a verb opens it: "widening coverage" is an act, typed by the verb that governs it)
        boolean gerund = first.equals("VERB");
        if (byHead != null && !gerund && !change && !measure && !org.policykg.rdf.Vocab.Principle.getURI().equals(type))
            type = byHead;
        // a measure acts on something of the domain: its object names an instrument (a reform head: a scheme, a subsidy, a
        // platform, a pilot) or a thing a change applies to (a rate, a benefit, a fund, a requirement), as its head or
        // inside it ("the audit reports of every pension fund"); "investigate every complaint", "fulfil their
        // responsibility" are the routine of administration, not measures; and an outcome is aimed at, not acted on
        if (measure && (head == null || Vocab.Goal.getURI().equals(byHead) || !domainWords(text, w, cueEnd, end)))
            return null;
        Role role = StatementReader.roleOf(type);
        // a task of administration ("strengthen organizational leadership") is the work itself, not a state to reach
        if (role == Role.GOAL && head != null && taskHeads.contains(head))
            return null;
        boolean verbFirst = change || measure || first.equals("VERB");
        if (end == e) {
            String iri = iri(type, c.label(), verbFirst);
            return iri.equals(c.iri()) ? l
                    : new Link(role, new ConceptRef(iri, c.label(), type, true, c.language()), l.evidence());
        }
        String label = LabelText.oneSpaced(LabelText.unquoted(text.substring(b, end))).strip();
        List<String> words = cues.analyzer.terms(label);
        long content = words.stream().filter(t -> !cues.leadingWords.contains(t)).count();
        if (content < cues.minWords)
            return null;
        return new Link(role, new ConceptRef(iri(type, label, verbFirst), label, type, true, c.language()), l.evidence());
    }

    /** Whether the head of a noun phrase is a noun of rule whose "that" clause states its content (lex:contentNoun). */
    private boolean contentNoun(String text, Words w, Span np) {
        int h = UniversalTags.head(w, np.begin(), np.end());
        return h >= 0 && cues.contentNouns.contains(text.substring(w.starts()[h], w.ends()[h]).toLowerCase(Locale.ROOT));
    }

    /** Whether a generic head is joined to the head {@code h} ("the decisions and plans of ..."): the phrase is as generic. */
    private boolean genericConjunct(String text, Words w, int begin, int h) {
        int j = UniversalTags.conjunctBefore(w, w.firstAtOrAfter(begin), h);
        return j >= 0 && cues.genericHeads.contains(text.substring(w.starts()[j], w.ends()[j]).toLowerCase(Locale.ROOT));
    }
}
