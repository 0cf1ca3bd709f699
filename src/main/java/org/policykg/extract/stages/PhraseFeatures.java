package org.policykg.extract.stages;

import java.util.*;

import org.policykg.document.*;

/**
 * The noun phrases of an English document as the phrase-role model ({@link PhraseRoleModel}) sees them: each with the
 * features that weigh what it is (a goal, a reform, a principle or nothing of these). The features are general
 * properties of a phrase in its sentence, never a text's wording: its head noun and the lexicon's class of that noun,
 * its other words, the verb or cue that governs it, a passive after it, a modal frame in its clause, the statement's
 * modality, quotation marks and capitals, figures, the classes of the known concepts inside it and the role the rules
 * gave it. Which of them count, and how much, is learnt from the gold files of the evaluation corpus.
 */
public final class PhraseFeatures {
    /** A noun phrase of a document with its sentence (index), its clause and its features. */
    public record Candidate(Span span, int sentence, Span clause, List<String> features) {}

    /** The feature of a phrase whose governing verb is denied: the model reads no role in it. */
    static final String NEGATED = "vneg";
    /** The feature of a phrase governed by a lex:nonMeasureVerb: the model reads no reform in it. */
    static final String NOT_A_MEASURE = "vstate";
    /** The feature of a phrase governed by a verb in the simple past that is no role cue: a report, read as no role. */
    static final String PAST_REPORT = "vpast";
    /** The feature of a phrase headed by a noun of change (lex:ChangeNoun), which the rules read with its object. */
    static final String CHANGE_NOUN = "hchange";
    /** The feature of a phrase whose head is a lex:genericHead, which the model reads as no role. */
    static final String GENERIC_HEAD = "hgeneric";
    /** The feature of a phrase headed by a lex:calendarNoun with no noun before it ("once a quarter"): when, not what. */
    static final String CALENDAR_HEAD = "hcalendar";
    private static final Set<String> QUOTES = Set.of("\"", "“", "”", "‘", "’", "'", "«", "»");
    private final Cues cues;
    private final Map<String, String> headClasses = new HashMap<>(); // analysed head noun -> class ("reform", "goal", "change")

    PhraseFeatures(Cues cues, Lexicon lexicon) {
        this.cues = cues;
        for (Map.Entry<String, String> e : lexicon.headClasses().entrySet())
            for (String t : cues.analyzer.terms(e.getKey()))
                headClasses.put(t, local(e.getValue()).toLowerCase(Locale.ROOT));
        for (String t : cues.changeObjects)
            headClasses.putIfAbsent(t, "change");
    }

    /**
     * Every noun phrase of the document, in text order, with its features: those of the clauses the tags stage read
     * (tagging the rest too cost a fifth of the conversion and, in cross-validation on dev, gained 4 reforms for 6 false).
     */
    public List<Candidate> candidates(Document doc) {
        return candidates(doc, (sentence, np) -> true);
    }

    /** As above, for the phrases {@code wanted} keeps only (the others' features are not computed). */
    List<Candidate> candidates(Document doc, java.util.function.BiPredicate<Integer, Span> wanted) {
        String text = doc.text();
        Words w = doc.words();
        Tokens tokens = doc.tokens();
        List<Sentence> sentences = doc.sentences();
        List<Candidate> out = new ArrayList<>();
        Map<Sentence, List<Statement>> said = statementsBySentence(doc);
        Map<Integer, List<Mention>> mentionsBySentence = bySentence(doc);
        int si = 0;
        List<Span> nps = w.nounPhrases();
        int p = 0;
        for (Sentence s : sentences) {
            int sb = s.span().begin(), se = s.span().end();
            while (p < nps.size() && nps.get(p).begin() < sb)
                p++;
            if (p >= nps.size())
                break;
            if (nps.get(p).begin() >= se) {
                si++;
                continue;
            }
            int k0 = tokens.firstAtOrAfter(sb), k1 = tokens.endAtOrBefore(se);
            List<PhraseMatcher.Match<Lexicon.Cue>> roleCues = cues.roles.find(tokens, k0, k1);
            List<PhraseMatcher.Match<Lexicon.Cue>> passives = cues.passives.find(tokens, k0, k1);
            List<PhraseMatcher.Match<Lexicon.Cue>> frames = cues.measureFrames.find(tokens, k0, k1);
            List<PhraseMatcher.Match<Lexicon.Cue>> purposes = cues.purposes.find(tokens, k0, k1);
            List<Statement> statements = said.getOrDefault(s, List.of());
            String modality = statements.stream().map(Statement::modalityIri).filter(Objects::nonNull).findFirst().orElse(null);
            List<Span> clauses = RoleReader.clauses(text, sb, se);
            List<Mention> mentions = mentionsBySentence.getOrDefault(si, List.of());
            for (; p < nps.size() && nps.get(p).end() <= se; p++) {
                Span np = nps.get(p);
                if (!wanted.test(si, np))
                    continue;
                Span clause = clauses.stream().filter(c -> c.begin() <= np.begin() && np.end() <= c.end()).findFirst().orElse(s.span());
                List<String> f = new ArrayList<>();
                features(mentions, text, w, tokens, np, clause, si, statements, modality, roleCues, passives, frames, purposes, f);
                out.add(new Candidate(np, si, clause, List.copyOf(f)));
            }
            si++;
        }
        return out;
    }

    private void features(List<Mention> mentions, String text, Words w, Tokens tokens, Span np, Span clause, int sentence,
                          List<Statement> statements, String modality, List<PhraseMatcher.Match<Lexicon.Cue>> roleCues,
                          List<PhraseMatcher.Match<Lexicon.Cue>> passives, List<PhraseMatcher.Match<Lexicon.Cue>> frames,
                          List<PhraseMatcher.Match<Lexicon.Cue>> purposes, List<String> f) {
        int i0 = w.firstAtOrAfter(np.begin()), i1 = w.firstAtOrAfter(np.end());
        int c0 = w.firstAtOrAfter(clause.begin()), c1 = w.firstAtOrAfter(clause.end());
        // the phrase's word: its last noun (cross-validation on dev weighed it above the noun before a postmodifier)
        int head = lastNoun(w, i0, i1);
        String h = term(text, w, tokens, head);
        f.add("h=" + h);
        // a noun of change heads what comes before its postmodifier ("increase in demand for care": increase)
        int headEnd = i1;
        for (int i = i0 + 1; i < i1; i++)
            if (w.tags()[i].equals("ADP")) {
                headEnd = i;
                break;
            }
        int syntacticHead = lastNoun(w, i0, headEnd);
        if (cues.changeNouns.contains(term(text, w, tokens, syntacticHead)))
            f.add(CHANGE_NOUN);
        // nor is a generic head (lex:genericHead: "implementation of ...", "efforts", "residents") a goal, reform or principle
        int joined = syntacticHead >= i0 ? UniversalTags.conjunctBefore(w, i0, syntacticHead) : -1;
        if (cues.genericHeads.contains(surface(text, w, syntacticHead)) || joined >= 0 && cues.genericHeads.contains(surface(text, w, joined)))
            f.add(GENERIC_HEAD);
        // nor, as the candidate rules have it, a span of the calendar with no noun before it ("at least once a quarter")
        if (syntacticHead >= i0 && cues.calendarNouns.contains(surface(text, w, syntacticHead)) && !UniversalTags.nounIn(w, i0, syntacticHead))
            f.add(CALENDAR_HEAD);
        String hc = headClasses.get(h);
        f.add("hc=" + (hc == null ? "-" : hc));
        String hs = surface(text, w, head);
        if (hs.length() > 4)
            f.add("hs=" + hs.substring(hs.length() - 3));
        for (int i = i0; i < i1; i++)
            if (i != head && !w.tags()[i].equals("DET") && !w.tags()[i].equals("PUNCT"))
                f.add("m=" + term(text, w, tokens, i));
        if (w.tags()[i0].equals("DET"))
            f.add("d=" + surface(text, w, i0));
        f.add("len=" + Math.min(i1 - i0, 6));
        if (head < i1 - 1)
            f.add("postmod");

        // before the phrase: the word, and the verb that governs it
        if (i0 > c0) {
            f.add("p1=" + surface(text, w, i0 - 1));
            f.add("p1t=" + w.tags()[i0 - 1]);
        } else {
            f.add("p1=^");
        }
        String verb = null, prep = null;
        for (int j = i0 - 1; j >= c0 && j >= i0 - 6; j--) {
            String t = w.tags()[j];
            if (t.equals("ADP") && prep == null && verb == null)
                prep = surface(text, w, j);
            if (t.equals("VERB") || changeVerbAfterAuxiliary(text, w, tokens, j, c0)) {
                verb = term(text, w, tokens, j);
                int k = tokens.firstAtOrAfter(w.starts()[j]);
                if (k < tokens.size && tokens.starts[k] == w.starts()[j]) {
                    // a denied verb calls for nothing ("will not publish ..."); a verb of state, aim, saying or degree
                    // (lex:nonMeasureVerb: "receive", "ensure", "exceed") governs no measure
                    if (cues.negated(tokens, k))
                        f.add(NEGATED);
                    if (cues.nonMeasureVerbs.contains(tokens.terms[k]))
                        f.add(NOT_A_MEASURE);
                    // a verb in the simple past reports what was done ("last year the bureau published a list ..."), unless
                    // it is a role cue of its own ("introduced", "launched")
                    String form = surface(text, w, j);
                    if (cues.simplePast(form, j == c0 ? null : surface(text, w, j - 1))
                            && roleCues.stream().noneMatch(m -> m.from() <= k && k < m.to()))
                        f.add(PAST_REPORT);
                }
                break;
            }
        }
        if (verb != null) {
            f.add("v=" + verb);
            f.add("v|h=" + verb + "|" + h);
            if (prep != null)
                f.add("vp=" + verb + "|" + prep);
        } else {
            f.add("v=-");
        }
        if (prep != null)
            f.add("prep=" + prep);
        Lexicon.Cue before = cueBefore(text, tokens, roleCues, np, clause);
        if (before != null) {
            f.add("cue=" + local(before.introducesIri()));
            f.add("cue|hc=" + local(before.introducesIri()) + "|" + (hc == null ? "-" : hc));
        }
        if (cueBefore(text, tokens, purposes, np, clause) != null)
            f.add("purpose");
        if (cueBefore(text, tokens, frames, np, clause) != null)
            f.add("frame");

        // after the phrase: a passive or a verb of which it is the subject
        if (i1 < c1) {
            f.add("n1=" + surface(text, w, i1));
            f.add("n1t=" + w.tags()[i1]);
        } else {
            f.add("n1=$");
        }
        for (PhraseMatcher.Match<Lexicon.Cue> m : passives) {
            int b = tokens.starts[m.from()];
            if (b >= np.end() && b <= clause.end() && b - np.end() < 40) {
                f.add("pass=" + local(m.value().introducesIri()));
                break;
            }
        }
        if (np.begin() <= clause.begin() + 1)
            f.add("clausefirst");

        // the sentence
        f.add("mod=" + (modality == null ? "-" : local(modality)));
        if (sentence == 0)
            f.add("title");
        if (statements.isEmpty())
            f.add("nostatement");

        // the phrase's form
        String phrase = text.substring(np.begin(), np.end());
        String open = np.begin() > 0 ? text.substring(np.begin() - 1, np.begin()) : "";
        if (QUOTES.contains(open) || phrase.startsWith("\"") || phrase.startsWith("“"))
            f.add("quoted");
        boolean caps = true;
        for (int i = i0; i < i1; i++) {
            String t = w.tags()[i];
            if ((t.equals("NOUN") || t.equals("PROPN") || t.equals("ADJ")) && !Character.isUpperCase(text.charAt(w.starts()[i])))
                caps = false;
        }
        if (caps)
            f.add(np.begin() == clause.begin() ? "capsfirst" : "caps");
        if (phrase.chars().anyMatch(Character::isDigit))
            f.add("num");

        // what the other stages found in it
        for (Mention m : mentions)
            if (m.span().begin() < np.end() && np.begin() < m.span().end()) {
                String type = local(m.concept().typeIri());
                f.add("c=" + type);
                if (m.span().begin() <= np.begin() && m.span().end() >= np.end())
                    f.add("cfull=" + type);
            }
        for (Statement st : statements)
            for (Link l : st.links())
                if (l.evidence() != null && l.evidence().begin() < np.end() && np.begin() < l.evidence().end())
                    f.add("r=" + l.role().name().toLowerCase(Locale.ROOT));
    }

    /** The document's mentions by the index of the sentence they start in, in the document's order. */
    /** The document's statements by their sentence. */
    static Map<Sentence, List<Statement>> statementsBySentence(Document doc) {
        Map<Sentence, List<Statement>> out = new HashMap<>();
        for (Statement st : doc.statements())
            out.computeIfAbsent(st.sentence(), k -> new ArrayList<>()).add(st);
        return out;
    }

    static Map<Integer, List<Mention>> bySentence(Document doc) {
        List<Sentence> sentences = doc.sentences();
        int[] starts = sentences.stream().mapToInt(x -> x.span().begin()).toArray();
        Map<Integer, List<Mention>> out = new HashMap<>();
        for (Mention m : doc.mentions()) {
            int i = Arrays.binarySearch(starts, m.span().begin());
            int at = i >= 0 ? i : -i - 2;
            if (at >= 0)
                out.computeIfAbsent(at, k -> new ArrayList<>()).add(m);
        }
        return out;
    }

    /** The last word of [from, to) tagged a noun or a proper noun, else the last word. */
    private static int lastNoun(Words w, int from, int to) {
        for (int i = to - 1; i >= from; i--)
            if (w.tags()[i].equals("NOUN") || w.tags()[i].equals("PROPN"))
                return i;
        return to - 1;
    }

    /** The last cue of {@code matches} that ends before the phrase in its clause, within a few words of it; or null. */
    private static Lexicon.Cue cueBefore(String text, Tokens tokens, List<PhraseMatcher.Match<Lexicon.Cue>> matches, Span np, Span clause) {
        Lexicon.Cue cue = null;
        for (PhraseMatcher.Match<Lexicon.Cue> m : matches) {
            int b = tokens.starts[m.from()], e = tokens.ends[m.to() - 1];
            if (b >= clause.begin() && e <= np.begin() && np.begin() - e <= 30)
                cue = m.value();
        }
        return cue;
    }

    /** The word's term as the cue analyzer gave it to the tokens layer (analysed again only where no token starts and ends with it). */
    private String term(String text, Words w, Tokens tokens, int i) {
        int k = tokens.firstAtOrAfter(w.starts()[i]);
        if (k < tokens.size && tokens.starts[k] == w.starts()[i] && tokens.ends[k] == w.ends()[i])
            return tokens.terms[k];
        List<String> t = cues.analyzer.terms(surface(text, w, i));
        return t.isEmpty() ? surface(text, w, i) : t.get(t.size() - 1);
    }

    private static String surface(String text, Words w, int i) {
        return text.substring(w.starts()[i], w.ends()[i]).toLowerCase(Locale.ROOT);
    }

    static String local(String iri) {
        if (iri == null)
            return "-";
        int k = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return iri.substring(k + 1);
    }

    /**
     * Whether word {@code j}, which the tagger did not read as a verb, is a verb of change (lex:ChangeCue) after an
     * auxiliary, with at most an adverb between ("will never lower the allowance": a comparative's form read as an
     * adjective): no adjective or noun stands there, so it is the verb that governs the phrase after it.
     */
    private boolean changeVerbAfterAuxiliary(String text, Words w, Tokens tokens, int j, int c0) {
        if (j - 1 < c0 || !cues.changeVerbs.contains(term(text, w, tokens, j)))
            return false;
        String before = w.tags()[j - 1];
        if (before.equals("AUX") || before.equals("PART"))
            return true;
        return before.equals("ADV") && j - 2 >= c0 && w.tags()[j - 2].equals("AUX");
    }
}
