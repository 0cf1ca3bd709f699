package org.policykg.extract.stages;

import java.util.*;

import org.policykg.document.*;
import org.policykg.rdf.Iris;
import org.policykg.rdf.Vocab;

/**
 * Reads the measures a sentence states where the rules read none, by its language's measure-span model (English,
 * Chinese; a Chinese span never runs over a clause's mark, lex:measureSpanBreak, never ends in a particle,
 * lex:measureSpanNotLast, and is not read where the step follows the rules in force, lex:asProvided, or the provisions
 * of a law the sentence cites, lex:provisionCited, nor in a clause a supposition or a time of a report opens, lex:supposition,
 * lex:reportTime, nor where it is one word acting on the document's task as a lex:taskAnaphor speaks of it, nor where
 * it holds a rate that reaches a value, lex:figureReached, or an average that moves, lex:averageMoved; its labels read over the whole sentence where the lexicon says lex:wholeSentenceSpans): a span of
 * words the model labels as a measure, its words' mean probability at or above the model's threshold, becomes a
 * reform (a candidate named by its words) of its sentence's statement (one is made where the sentence had none). A
 * span is passed over where it overlaps a role the rules or the phrase-role model gave, or lies inside a name the
 * rules know (an actor, a known concept): their reading stands, the model adds what they did not read; nor is a span
 * read that lies wholly inside round brackets, an aside (a gloss, an abbreviation, a title's status: （修订草案）).
 * Nor does it read what the rules looked at and refused: a span that opens with a role cue or a verb of change (the rules read those,
 * and decline where the object is no thing of the domain) or with a denied one (不得自行制定…), one that opens with a verb of state (lex:nonMeasureVerb:
 * "receive", "ensure") or follows one in a sentence that states a reform already, a denied verb, or a verb in the simple past (a report of what was done,
 * unless a be or have form makes it a passive or a perfect), nor an average (lex:statisticOpener: 平均) at or right
 * before its start, a statistic of values set elsewhere. Nor is the announcement of a work the text reports on a
 * measure ("will publish an important article by NAME"): a span of that sentence naming the work's author is passed over. Measures are
 * often clauses the noun-phrase readers never see ("the deductible will be cut from 800 yuan to 300 yuan", "no longer
 * have to file a plan of their own").
 * Without a model the stage passes the document on unchanged.
 * <p>
 * The same stage reads goals with a goal-span model (Chinese: aims official Chinese states as a verb and its object or
 * a run of short verb phrases, 早发现、早干预, 看得起、用得上, which no phrase of the rules takes whole): there only a
 * denial, a denied call or a past verb before the span refuses it, since the verbs of state that refuse a measure
 * ("ensure") introduce aims.
 */
final class WordSpanReader implements Stage {
    private final WordSpanFeatures features;
    private final WordSpanModel model;
    private final WordSpanFeatures.Scorer scorer;
    private final Cues cues;
    /** What the spans are read as: sspo:Reform (measures), or sspo:Goal (aims, by a goal-span model). */
    private final String typeIri;
    /** The lex:taskAnaphor phrases of two words or more, in simplified characters (这项工作, 试点工作). */
    private final List<String> taskPhrases;
    /** The length of the longest lex:supposition or lex:reportTime word: how much of a span's opening may hold one. */
    private final int longestOpening;

    WordSpanReader(WordSpanFeatures features, WordSpanModel model, Cues cues) {
        this(features, model, cues, Vocab.Reform.getURI());
    }

    WordSpanReader(WordSpanFeatures features, WordSpanModel model, Cues cues, String typeIri) {
        this.typeIri = typeIri;
        this.features = features;
        this.model = model;
        this.scorer = model == null ? null : features.scorer(model.weights(), WordSpanModel.OUTCOMES.size());
        this.cues = cues;
        this.taskPhrases = cues.taskAnaphors.stream().filter(a -> cues.analyzer.terms(a).size() >= 2).map(ChineseScript::simplified).toList();
        this.longestOpening = java.util.stream.Stream.concat(cues.suppositions.stream(), cues.reportTimes.stream()).mapToInt(String::length).max().orElse(0);
    }

    @Override public String name() { return typeIri.equals(Vocab.Reform.getURI()) ? "measure spans" : "goal spans"; }
    @Override public Set<Layer> requires() { return Set.of(Layer.TOKENS, Layer.MENTIONS, Layer.REPORTED_WORK, Layer.SPEAKERS, Layer.STATEMENTS); }
    @Override public Set<Layer> provides() { return Set.of(Layer.STATEMENTS); }

    WordSpanFeatures features() { return features; }

    @Override
    public Document apply(Document doc) {
        if (model == null)
            return doc;
        String text = doc.text();
        String lang = cues.analyzer.nameLanguage(doc.source().language());
        String type = typeIri;
        boolean measures = type.equals(Vocab.Reform.getURI());
        Tokens tokens = doc.tokens();
        List<Sentence> sentences = doc.sentences();
        Map<Integer, List<Mention>> mentions = PhraseFeatures.bySentence(doc);
        Map<Sentence, List<Statement>> said = PhraseFeatures.statementsBySentence(doc);
        Map<Integer, List<Link>> added = new TreeMap<>();
        for (int si = 0; si < sentences.size(); si++) {
            Span s = sentences.get(si).span();
            int k0 = tokens.firstAtOrAfter(s.begin()), k1 = tokens.endAtOrBefore(s.end());
            if (k1 <= k0)
                continue;
            WordSpanFeatures.Words w = features.words(text, tokens, k0, k1);
            List<PhraseMatcher.Match<Lexicon.Cue>> roleCues = null;
            for (WordSpanModel.WordSpan ws : model.spans(w, scorer, cues.wholeSentenceSpans)) {
                if (ws.probability() < model.threshold())
                    continue;
                int kb = k0 + ws.begin(), ke = k0 + ws.end();
                // a span stops at its last word that is no function word ("一站式查阅及" stops short of its object)
                while (ke > kb && cues.measureSpanNotLast.contains(tokens.terms[ke - 1]))
                    ke--;
                if (ke <= kb || crossesBreak(text, tokens.starts[kb], tokens.ends[ke - 1]) || asProvided(text, tokens.starts[kb], tokens.ends[ke - 1])
                        || aside(text, s, tokens.starts[kb], tokens.ends[ke - 1])
                        || supposedOrReported(text, s.begin(), tokens.starts[kb])
                        || measures && actsOnTheTask(text, tokens, kb, ke)
                        // a step the sentence says follows a named law's provisions (lex:provisionCited: 根据《…》的规定，…), as
                        // with 依法, or a rate that reaches a value (lex:figureReached: …办理率达到八成), a figure or a target
                        || measures && (found(cues.provisionCited, text, s.begin(), tokens.starts[kb])
                                || found(cues.figureReached, text, tokens.starts[kb], tokens.ends[ke - 1])
                                // or an average moved (lex:averageMoved: 月人均养老金由…提高到…), a figure reported
                                || found(cues.averageMoved, text, tokens.starts[Math.max(k0, kb - 1)], tokens.ends[ke - 1])))
                    continue;
                if (roleCues == null)
                    roleCues = cues.roles.find(tokens, k0, k1);
                if (measures ? refused(text, tokens, k0, kb, roleCues, readsAReform(said.getOrDefault(sentences.get(si), List.of())))
                        : cues.negated(tokens, kb) || opensWithADeniedCall(tokens, kb, roleCues) || pastVerb(text, tokens, k0, kb)
                        || notAnAim(text, tokens.starts[kb], tokens.ends[ke - 1], s.begin()))
                    continue;
                Span span = new Span(tokens.starts[kb], tokens.ends[ke - 1]);
                if (taken(mentions.getOrDefault(si, List.of()), said.getOrDefault(sentences.get(si), List.of()), span)
                        || announcesWork(doc.reportedWork(), text, span))
                    continue;
                String label = PhraseRoleReader.label(cues, text.substring(span.begin(), span.end()));
                if (label.isEmpty() || cues.analyzer.terms(label).stream().allMatch(cues.functionWords::contains))
                    continue;
                added.computeIfAbsent(si, k -> new ArrayList<>())
                        .add(new Link(StatementReader.roleOf(type), new ConceptRef(Iris.candidate(type, label), label, type, true, lang), span));
            }
        }
        return added.isEmpty() ? doc : PhraseRoleReader.withLinks(doc, added);
    }

    /**
     * Whether the span [begin, end) lies wholly inside round brackets of its sentence: an aside (a gloss, an abbreviation,
     * a title's edition or status: 《…条例（修订草案）》, a year), which states no measure or aim of its own.
     */
    private static boolean aside(String text, Span sentence, int begin, int end) {
        boolean opened = false;
        for (int i = begin - 1; i >= sentence.begin() && !opened; i--) {
            char c = text.charAt(i);
            if (c == ')' || c == '）')
                return false;
            opened = c == '(' || c == '（';
        }
        if (!opened)
            return false;
        for (int i = end; i < sentence.end(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '（')
                return false;
            if (c == ')' || c == '）')
                return true;
        }
        return false;
    }

    /**
     * Whether a goal span [begin, end) is no aim of its own: the thing a list of qualities names (right after the
     * attribute mark, a list mark before it in the clause: 覆盖全民、…、可持续的[多层次医疗保障体系]), which the rules read with
     * its qualities, or the manner of a transition (it ends in a lex:transitionWord: 平稳过渡). The qualities themselves may
     * be aims (…是减轻家庭负担、促进人口均衡发展的重要举措).
     */
    private boolean notAnAim(String text, int begin, int end, int sentenceStart) {
        String span = ChineseScript.simplified(text.substring(begin, end));
        for (String t : cues.transitionWords)
            if (span.endsWith(t))
                return true;
        if (cues.attributeList.size() != 2)
            return false;
        // the thing a list of qualities names ("…、可持续的[多层次医疗保障体系]"): named with them, where the rules read them
        String mark = cues.attributeList.get(1);
        int before = begin - mark.length();
        return before >= sentenceStart && text.startsWith(mark, before)
                && text.substring(clauseStart(text, sentenceStart, before), before).contains(cues.attributeList.get(0));
    }

    /** Where the clause holding offset {@code at} starts: after the last lex:measureSpanBreak before it, or at its sentence's start. */
    private int clauseStart(String text, int sentenceStart, int at) {
        int from = sentenceStart;
        for (String b : cues.measureSpanBreaks) {
            int i = text.lastIndexOf(b, at - 1);
            if (i >= from)
                from = i + b.length();
        }
        return from;
    }

    /**
     * Whether the clause a span starting at {@code begin} lies in is a supposition or a report: a lex:supposition or
     * lex:reportTime word between the clause's start (its sentence's, or the last lex:measureSpanBreak) and the span, or
     * opening the span itself, where the model drew the clause's first word in (若能将…纳入…，将减轻…; 去年全市缴费基数提高到…).
     */
    private boolean supposedOrReported(String text, int sentenceStart, int begin) {
        if (cues.suppositions.isEmpty() && cues.reportTimes.isEmpty())
            return false;
        String clause = ChineseScript.simplified(text.substring(clauseStart(text, sentenceStart, begin), begin));
        String opening = ChineseScript.simplified(text.substring(begin, Math.min(text.length(), begin + longestOpening)));
        for (List<String> words : List.of(cues.suppositions, cues.reportTimes))
            for (String w : words)
                if (clause.contains(w) || opening.startsWith(w))
                    return true;
        return false;
    }

    /**
     * Whether the span [kb, ke) is one word acting on the document's task as a lex:taskAnaphor of two words or more speaks
     * of it (暂停这项工作, 抓好这项工作): the task was named before (the statements read it there), the span names nothing of
     * its own. A one-word anaphor (改革) is also the head of a reform's own name (年金改革), so it is no sign.
     */
    private boolean actsOnTheTask(String text, Tokens tokens, int kb, int ke) {
        return ke - kb >= 3 && taskPhrases.contains(ChineseScript.simplified(text.substring(tokens.starts[kb + 1], tokens.ends[ke - 1])));
    }

    /** Whether the text [begin, end) holds a mark a measure never runs across (lex:measureSpanBreak: a Chinese clause's end). */
    private boolean crossesBreak(String text, int begin, int end) {
        for (String b : cues.measureSpanBreaks) {
            int i = text.indexOf(b, begin);
            if (i >= 0 && i < end)
                return true;
        }
        return false;
    }

    /**
     * Whether the span [begin, end) states a step taken as the rules in force provide (lex:asProvided), with the words
     * inside it or right before it ("按规定[纳入救助范围]"): no change.
     */
    private boolean asProvided(String text, int begin, int end) {
        for (String w : cues.asProvided) {
            String around = ChineseScript.simplified(text.substring(Math.max(0, begin - w.length()), end));
            if (around.contains(w))
                return true;
        }
        return false;
    }

    /** Whether {@code pattern} finds a match in the text [begin, end), its characters folded to simplified. */
    private static boolean found(java.util.regex.Pattern pattern, String text, int begin, int end) {
        return pattern.matcher(ChineseScript.simplified(text.substring(begin, end))).find();
    }

    /**
     * Whether the rules looked at what a span opening at token {@code kb} states and refused it (see the class comment).
     * A verb of state before the span refuses it only where the sentence states a reform already: there what is
     * received or what something will be restates that reform's effect, while in a sentence that states none it is the
     * measure itself ("those who refuse to repay will be recorded in the credit system", "hiring firms will receive a
     * one-off subsidy of 2,000 yuan per person").
     */
    private boolean refused(String text, Tokens tokens, int k0, int kb, List<PhraseMatcher.Match<Lexicon.Cue>> roleCues,
                            boolean sentenceReadsAReform) {
        for (PhraseMatcher.Match<Lexicon.Cue> m : roleCues)
            if (m.from() == kb)
                return true;
        if (cues.changeVerbs.contains(tokens.terms[kb]) || cues.nonMeasureVerbs.contains(tokens.terms[kb])
                || cues.negated(tokens, kb) || pastVerb(text, tokens, k0, kb) || opensWithADeniedCall(tokens, kb, roleCues))
            return true;
        // an average moved is a figure reported, whatever its verb (the patterns decline it too)
        if (cues.statisticOpeners.contains(tokens.terms[kb]) || kb > k0 && cues.statisticOpeners.contains(tokens.terms[kb - 1]))
            return true;
        int verb = kb - 1; // the word before the span, past its determiners: the verb that governs it, if any
        while (verb > k0 && cues.determiners.contains(tokens.terms[verb]))
            verb--;
        return verb >= k0 && (sentenceReadsAReform && cues.nonMeasureVerbs.contains(tokens.terms[verb]) || cues.negated(tokens, verb)
                || pastVerb(text, tokens, k0, verb));
    }

    /**
     * Whether the span opening at token {@code kb} opens with a denied call: a negation (lex:negation) right before a
     * role cue or a verb of change, what a prohibition forbids (各地不得自行制定…办法), as the rules read a denied cue. A
     * span that opens with "no longer" before any other verb (不再要求提供…) still states the measure.
     */
    private boolean opensWithADeniedCall(Tokens tokens, int kb, List<PhraseMatcher.Match<Lexicon.Cue>> roleCues) {
        PhraseMatcher.Match<String> denial = cues.negations.longestAt(tokens, kb, tokens.size);
        if (denial == null || denial.to() >= tokens.size)
            return false;
        int next = denial.to();
        if (cues.changeVerbs.contains(tokens.terms[next]))
            return true;
        for (PhraseMatcher.Match<Lexicon.Cue> m : roleCues)
            if (m.from() == next)
                return true;
        return false;
    }

    private static boolean readsAReform(List<Statement> statements) {
        for (Statement st : statements)
            for (Link l : st.links())
                if (l.role() == Role.REFORM)
                    return true;
        return false;
    }

    /** A verb in the simple past ({@link Cues#simplePast}), an "-ed" form after a determiner being an adjective. */
    private boolean pastVerb(String text, Tokens tokens, int k0, int k) {
        if (k > k0 && cues.determiners.contains(tokens.terms[k - 1]))
            return false;
        return cues.simplePast(surface(text, tokens, k), k == k0 ? null : surface(text, tokens, k - 1));
    }

    private static String surface(String text, Tokens tokens, int k) {
        return text.substring(tokens.starts[k], tokens.ends[k]).toLowerCase(Locale.ROOT);
    }

    /** Whether the span, in the sentence that announces the work the text reports on, names that work's author. */
    private static boolean announcesWork(ReportedWork work, String text, Span span) {
        return work != null && work.span() != null && work.author() != null && !work.author().isBlank()
                && work.span().begin() <= span.begin() && span.end() <= work.span().end()
                && text.substring(span.begin(), span.end()).toLowerCase(Locale.ROOT).contains(work.author().toLowerCase(Locale.ROOT));
    }

    /** Whether a role was read in the span's words, or the span lies inside a name the rules read. */
    private static boolean taken(List<Mention> mentions, List<Statement> statements, Span span) {
        for (Mention m : mentions)
            if (m.span().begin() <= span.begin() && span.end() <= m.span().end())
                return true;
        for (Statement st : statements)
            for (Link l : st.links())
                if (l.role() != Role.MENTION && l.evidence() != null && l.evidence().begin() < span.end() && span.begin() < l.evidence().end())
                    return true;
        return false;
    }
}
