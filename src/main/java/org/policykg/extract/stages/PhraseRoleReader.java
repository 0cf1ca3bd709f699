package org.policykg.extract.stages;

import java.util.*;

import org.policykg.document.*;
import org.policykg.rdf.Iris;
import org.policykg.rdf.Vocab;

/**
 * Reads the noun phrases the rules left without a role by the phrase-role model (English): a phrase the model weighs
 * as a goal, a reform or a principle above that outcome's threshold is linked so by its sentence's statement (one is
 * made where the sentence had none). In each clause only the likeliest phrase of an outcome is read, and never one
 * that overlaps a role the rules gave or an actor: the rules' reading stands, the model adds what they did not read. As
 * the rules do, it reads no role where the governing verb is denied or reports the past, none in a noun of change (the
 * rules read those with their objects), in a phrase with a generic head (lex:genericHead) or in a span of the calendar
 * with no noun before it (lex:calendarNoun: "once a quarter") or in a phrase that opens a relative clause
 * (lex:relativePronoun: "whose grandchildren"), and no reform where the
 * governing verb is a lex:nonMeasureVerb.
 * Without a model the stage passes the document on unchanged (so {@code policykg train} sees the rules alone).
 */
final class PhraseRoleReader implements Stage {
    private static final String[] TYPES = {null, Vocab.Goal.getURI(), Vocab.Reform.getURI(), Vocab.Principle.getURI()};
    private final PhraseFeatures features;
    private final PhraseRoleModel model;
    private final Cues cues;

    PhraseRoleReader(PhraseFeatures features, PhraseRoleModel model, Cues cues) {
        this.features = features;
        this.model = model;
        this.cues = cues;
    }

    @Override public String name() { return "phrase roles"; }
    @Override public Set<Layer> requires() { return Set.of(Layer.NOUN_PHRASES, Layer.MENTIONS, Layer.SPEAKERS, Layer.STATEMENTS); }
    @Override public Set<Layer> provides() { return Set.of(Layer.STATEMENTS); }

    PhraseFeatures features() { return features; }

    @Override
    public Document apply(Document doc) {
        if (model == null)
            return doc;
        String text = doc.text();
        String lang = cues.analyzer.nameLanguage(doc.source().language());
        // the likeliest phrase per clause and outcome
        Map<String, PhraseFeatures.Candidate> best = new LinkedHashMap<>();
        Map<String, Double> bestP = new HashMap<>();
        List<Statement> statements = doc.statements();
        Map<Integer, List<Mention>> mentions = PhraseFeatures.bySentence(doc);
        Map<Sentence, List<Statement>> said = PhraseFeatures.statementsBySentence(doc);
        List<Sentence> sentences = doc.sentences();
        // a phrase the rules read, or an actor, is passed over before its features are computed
        for (PhraseFeatures.Candidate c : features.candidates(doc, (si, np) ->
                !taken(text, mentions.getOrDefault(si, List.of()), said.getOrDefault(sentences.get(si), List.of()), np))) {
            if (c.features().contains(PhraseFeatures.NEGATED)
                    || c.features().contains(PhraseFeatures.PAST_REPORT) || c.features().contains(PhraseFeatures.CHANGE_NOUN)
                    || c.features().contains(PhraseFeatures.GENERIC_HEAD) || c.features().contains(PhraseFeatures.CALENDAR_HEAD)
                    || opensWithARelativePronoun(doc.tokens(), c.span()))
                continue;
            double[] p = model.probabilities(c.features());
            for (int o = 1; o < p.length; o++) {
                String outcome = PhraseRoleModel.OUTCOMES.get(o);
                if (p[o] < model.threshold(outcome) || p[o] <= p[0]
                        || outcome.equals("reform") && c.features().contains(PhraseFeatures.NOT_A_MEASURE))
                    continue;
                String key = c.clause().begin() + "/" + outcome;
                if (!bestP.containsKey(key) || p[o] > bestP.get(key)) {
                    best.put(key, c);
                    bestP.put(key, p[o]);
                }
            }
        }
        if (best.isEmpty())
            return doc;
        Map<Integer, List<Link>> added = new TreeMap<>();
        for (Map.Entry<String, PhraseFeatures.Candidate> e : best.entrySet()) {
            String outcome = e.getKey().substring(e.getKey().indexOf('/') + 1);
            String type = TYPES[PhraseRoleModel.OUTCOMES.indexOf(outcome)];
            PhraseFeatures.Candidate c = e.getValue();
            String label = label(cues, text.substring(c.span().begin(), c.span().end()));
            if (label.isEmpty())
                continue;
            added.computeIfAbsent(c.sentence(), k -> new ArrayList<>())
                    .add(new Link(StatementReader.roleOf(type), new ConceptRef(Iris.candidate(type, label), label, type, true, lang), c.span()));
        }
        return withLinks(doc, added);
    }

    /**
     * Whether the phrase opens a relative clause ("grandparents [whose grandchildren] live with them"): it describes the
     * noun before it and names nothing of its own.
     */
    private boolean opensWithARelativePronoun(Tokens tokens, Span np) {
        int k = tokens.firstAtOrAfter(np.begin());
        return k < tokens.size && tokens.starts[k] < np.end() && cues.relativePronouns.contains(tokens.terms[k]);
    }

    /**
     * The document with these links added to the statements of their sentences (by index): to a sentence's first
     * statement, or to a new one where the rules made none; statements stay in sentence order and are numbered again.
     */
    static Document withLinks(Document doc, Map<Integer, List<Link>> added) {
        List<Statement> statements = doc.statements();
        List<Sentence> sentences = doc.sentences();
        List<Statement> out = new ArrayList<>();
        Map<Sentence, List<Link>> bySentence = new HashMap<>();
        for (Map.Entry<Integer, List<Link>> e : added.entrySet())
            bySentence.put(sentences.get(e.getKey()), e.getValue());
        Map<Sentence, Voice> voices = new HashMap<>();
        for (Voice v : doc.voices())
            voices.put(v.sentence(), v);
        // statements stay in sentence order: a sentence the rules made none for gets one in its place
        int next = 0;
        for (Sentence s : sentences) {
            List<Statement> here = new ArrayList<>();
            while (next < statements.size() && statements.get(next).sentence().equals(s))
                here.add(statements.get(next++));
            List<Link> extra = bySentence.get(s);
            if (extra != null) {
                if (here.isEmpty()) {
                    Voice v = voices.get(s);
                    here.add(new Statement(0, s, null, v != null && v.reported(), v == null ? null : v.speaker(), extra, null, List.of()));
                } else {
                    Statement first = here.get(0);
                    List<Link> links = new ArrayList<>(first.links());
                    links.addAll(extra);
                    here.set(0, new Statement(0, s, first.modalityIri(), first.reported(), first.speaker(), links, first.whole(), first.components()));
                }
            }
            out.addAll(here);
        }
        while (next < statements.size())
            out.add(statements.get(next++)); // a statement of a sentence not in the list (none expected): kept
        List<Statement> numbered = new ArrayList<>(out.size());
        for (Statement st : out)
            numbered.add(new Statement(numbered.size() + 1, st.sentence(), st.modalityIri(), st.reported(), st.speaker(), st.links(), st.whole(), st.components()));
        return doc.withStatements(numbered);
    }

    /**
     * Whether the rules gave the phrase's words a role, name an actor in it, or name it whole as a known concept (its
     * class is the scheme's, and a wording a curator merged into a concept is that concept's label from then on).
     */
    static boolean taken(String text, List<Mention> mentions, List<Statement> statements, Span np) {
        for (Mention m : mentions) {
            if (m.span().begin() < np.end() && np.begin() < m.span().end() && Cues.ACTORS.contains(m.concept().typeIri()))
                return true;
            if (!m.concept().candidate() && m.span().end() >= np.end() && m.span().begin() <= np.begin() + firstWordLength(text, np))
                return true;
        }
        for (Statement st : statements)
            for (Link l : st.links())
                if (l.role() != Role.MENTION && l.evidence() != null && l.evidence().begin() < np.end() && np.begin() < l.evidence().end())
                    return true;
        return false;
    }

    /** The length of the phrase's first word with the space after it: a mention may leave out an article. */
    private static int firstWordLength(String text, Span np) {
        int sp = text.indexOf(' ', np.begin());
        return sp < 0 || sp >= np.end() ? 0 : sp + 1 - np.begin();
    }

    /** A candidate's label from its words as written: in name form, without quotation marks, its first determiner dropped. */
    static String label(Cues cues, String words) {
        String label = LabelText.oneSpaced(LabelText.unquoted(cues.analyzer.nameForm(words))).strip();
        return withoutDeterminer(cues, label);
    }

    private static String withoutDeterminer(Cues cues, String label) {
        int sp = label.indexOf(' ');
        if (sp > 0 && cues.determiners.containsAll(cues.analyzer.terms(label.substring(0, sp))) && !cues.analyzer.terms(label.substring(0, sp)).isEmpty())
            return label.substring(sp + 1);
        return label;
    }
}
