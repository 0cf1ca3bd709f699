package org.policykg.extract.stages;

import java.util.*;

import org.policykg.document.*;
import org.policykg.rdf.Vocab;
import org.policykg.rdf.Iris;

/**
 * Reads the statements of a document, one per sentence that sets a goal, calls for a reform, upholds a
 * principle, assigns responsibility, reports an achievement or describes the system.
 * <ul>
 * <li>Modality: the first modality cue of what is said; the verb of saying ("The article emphasizes
 * that ...") gives it only when nothing inside the reported clause does.</li>
 * <li>Roles: {@link RoleReader}; responsibility: {@link ResponsibilityReader}; structure: {@link StructureReader}.</li>
 * </ul>
 * Who speaks comes from the speakers layer.
 */
final class StatementReader implements Stage {
    private final Cues cues;
    private final RoleReader roles;
    private final ResponsibilityReader responsibility;
    private final StructureReader structure;
    private final CandidatePhrases phrases;
    /** The scheme's organisations that one of their names gives a head noun (see {@link #placeOnly}). */
    private final Set<String> namedWithAHead;

    StatementReader(Cues cues) { this(cues, null, Set.of()); }

    /**
     * @param phrases cuts candidates to whole noun phrases (English), or null
     * @param namedWithAHead the scheme's organisations a name of which, or a rendering of one, holds an organisation's
     *     or actor's head noun ({@link #organisationsNamedWithAHead})
     */
    StatementReader(Cues cues, CandidatePhrases phrases, Set<String> namedWithAHead) {
        this.phrases = phrases;
        this.namedWithAHead = Set.copyOf(namedWithAHead);
        this.cues = cues;
        this.roles = new RoleReader(cues);
        this.responsibility = new ResponsibilityReader(cues);
        this.structure = new StructureReader(cues, roles);
    }

    @Override public String name() { return "statements"; }
    @Override public Set<Layer> requires() {
        return phrases == null ? Set.of(Layer.TOKENS, Layer.MENTIONS, Layer.SPEAKERS)
                : Set.of(Layer.TOKENS, Layer.MENTIONS, Layer.SPEAKERS, Layer.NOUN_PHRASES);
    }
    @Override public Set<Layer> provides() { return Set.of(Layer.STATEMENTS); }

    @Override
    public Document apply(Document doc) {
        String text = doc.text();
        Tokens words = doc.tokens();
        int[] mentionStarts = doc.mentions().stream().mapToInt(m -> m.span().begin()).toArray();
        String lang = cues.analyzer.nameLanguage(doc.source().language());
        List<Statement> out = new ArrayList<>();
        Map<String, ConceptRef> lastBody = new HashMap<>(); // head noun -> the organisation first named with it
        for (Voice voice : doc.voices()) {
            Cancellation.check();
            Sentence s = voice.sentence();
            int contentStart = voice.contentStart();
            int end = s.span().end();
            int k0 = words.firstAtOrAfter(contentStart), k1 = words.endAtOrBefore(end);

            List<PhraseMatcher.Match<Lexicon.Cue>> modal = new ArrayList<>(cues.modalities.find(words, k0, k1));
            // a cue that opens a post title is part of the title (负责 in 负责人, "the person in charge")
            modal.removeIf(m -> opensPostTitle(text, words.starts[m.from()], words.ends[m.to() - 1]));
            // nor is the force of a relative clause set off by commas the sentence's ("the requirement, which part-timers
            // must exceed, will be abolished": "will" gives it), where a cue outside such clauses gives one
            List<PhraseMatcher.Match<Lexicon.Cue>> outside = modal.stream()
                    .filter(m -> !roles.inRelativeClause(text, words, contentStart, end, words.starts[m.from()])).toList();
            if (!outside.isEmpty())
                modal = new ArrayList<>(outside);
            // "X stressed that it is necessary to ...": what is said outranks the verb of saying
            String modality = modal.stream().filter(m -> !m.value().reporting()).map(m -> m.value().modalityIri()).findFirst()
                    .orElse(!modal.isEmpty() ? modal.get(0).value().modalityIri() : voice.reportingModalityIri());

            List<Found> found = new ArrayList<>();
            for (int i = Mentions.firstAtOrAfter(mentionStarts, contentStart); i < mentionStarts.length && mentionStarts[i] < end; i++) {
                Mention m = doc.mentions().get(i);
                if (m.span().end() <= end)
                    found.add(new Found(m.span().begin(), m.span().end(), m.concept()));
            }
            found.addAll(bodiesReferredBack(text, words, k0, k1, found, lastBody));
            found.sort(Comparator.comparingInt(Found::begin));
            remember(words, doc.mentions(), mentionStarts, s.span(), lastBody);
            // a role word after a determiner is a noun ("the reform will ..."), not a call
            // nor is a denied one ("must not raise expectations", "do not increase the burden")
            Words tags = phrases == null ? null : doc.words();
            // a word that is a noun as often as a verb heads its phrase after a noun, adjective or number of it ("the
            // payment-method reform briefed ...", "a pension reform"): it calls for nothing
            List<PhraseMatcher.Match<Lexicon.Cue>> roleWords = cues.roles.find(words, k0, k1);
            List<PhraseMatcher.Match<Lexicon.Cue>> nounHeads = roleWords.stream()
                    .filter(m -> m.to() - m.from() == 1 && cues.nounHead(text, words, tags, m.from())).toList();
            List<PhraseMatcher.Match<Lexicon.Cue>> roleCues = new ArrayList<>(roleWords.stream()
                    .filter(m -> !nounHeads.contains(m))
                    .filter(m -> m.from() == 0 || !cues.determiners.contains(words.terms[m.from() - 1]))
                    .filter(m -> !cues.negated(words, m.from()))
                    // nor is one right after a preposition, unless a gerund ("paid in advance", but "in improving ...")
                    .filter(m -> !cues.nounAfterPreposition(words, m.from())).toList());
            // class nouns that head what follows ("the principle of ...") are cues after a determiner too
            for (PhraseMatcher.Match<Lexicon.Cue> h : cues.heads.find(words, k0, k1))
                if (roleCues.stream().noneMatch(m -> m.from() < h.to() && h.from() < m.to()))
                    roleCues.add(h);
            roleCues.sort(Comparator.comparingInt(PhraseMatcher.Match::from));
            List<PhraseMatcher.Match<Lexicon.Cue>> passives = new ArrayList<>(cues.passives.find(words, k0, k1).stream()
                    .filter(m -> !cues.negated(words, m.from())).toList());
            // a participle inside a passive cue ("be phased in", "been extended") is the passive's, not an active call
            roleCues.removeIf(m -> passives.stream().anyMatch(p -> p.from() < m.to() && m.from() < p.to()));
            // an action verb after a modal of obligation, commitment or plan opens a measure ("the bureau will publish its
            // audit results"): a cue at the verb, which RoleReader and CandidatePhrases name with its object (English, tagged)
            Map<Integer, Integer> measureFrames = new HashMap<>(); // the measure verb's start -> its frame's start
            List<ValueChange> valued = List.of();
            // the modals of obligation or plan, found once: measure verbs, frame passives and inclusions are read after them
            List<PhraseMatcher.Match<Lexicon.Cue>> frames = tags == null ? List.of() : cues.measureFrames.find(words, k0, k1);
            if (tags != null) {
                // a passive after such a frame whose subject is an instrument states the measure ("a one-off subsidy will be
                // paid to ..."): a passive cue over the frame and the participle, which types that subject
                List<PhraseMatcher.Match<Lexicon.Cue>> framed = new ArrayList<>(framePassives(text, words, tags, k0, k1, frames, roleCues, passives));
                // a parameter moved to a value the sentence gives ("the deductible will be cut from 800 yuan to 300 yuan",
                // "the allowance rises to 450 yuan"): the change, subject to value, is the reform; its verb is no other cue
                valued = valueChanges(text, words, tags, k0, k1);
                for (ValueChange v : valued)
                    for (List<PhraseMatcher.Match<Lexicon.Cue>> other : List.of(roleCues, passives, framed))
                        other.removeIf(r -> r.from() < v.after() && v.group() < r.to());
                roleCues.addAll(measureVerbs(text, words, tags, k0, k1, frames, roleCues, passives, found, voice, measureFrames));
                passives.addAll(framed);
                passives.sort(Comparator.comparingInt(PhraseMatcher.Match::from));
            }
            roleCues.sort(Comparator.comparingInt(PhraseMatcher.Match::from));
            List<PhraseMatcher.Match<Lexicon.Cue>> purposes = cues.purposes.find(words, k0, k1);

            List<Link> links = new ArrayList<>();
            List<ConceptRef> components = new ArrayList<>();
            structure.read(text, s.span(), contentStart, found, words, lang, components, links);
            ConceptRef whole = components.isEmpty() ? null : StructureReader.wholeOf(found, components);
            // a sentence without any cue only names things; it makes no statement, unless it names who acts
            // ("The Ministry of Finance and the State Taxation Administration issued the rules"): then it says who
            boolean namesActor = found.stream().anyMatch(f -> Cues.ACTORS.contains(f.ref().typeIri()) && actsHere(text, words, f));
            // a phrase whose form says its role (以…为目标, 坚持A、B: a candidate the names stage read) is a cue of its own
            boolean phrased = found.stream().anyMatch(f -> Cues.phrased(f.ref()));
            // a verb of keeping, making or covering may state a goal as an outcome ("to keep the fund solvent"), where tagged
            boolean outcomes = false;
            if (phrases != null)
                for (Span clause : RoleReader.clauses(text, contentStart, end)) {
                    int c0 = words.firstAtOrAfter(clause.begin()), c1 = words.endAtOrBefore(clause.end());
                    for (int k = c0; k < c1 && !outcomes; k++)
                        outcomes = cues.opensOutcome(words, k, c0);
                }
            if (modality == null && roleCues.isEmpty() && passives.isEmpty() && purposes.isEmpty() && components.isEmpty() && !phrased
                    && !outcomes && valued.isEmpty()) {
                if (namesActor)
                    out.add(new Statement(out.size() + 1, s, null, voice.reported(), voice.speaker(),
                            dedupe(found.stream().map(f -> new Link(Role.MENTION, f.ref(), f.span())).toList()), null, List.of()));
                continue;
            }
            Lexicon.Cue carried = null;
            // the clause before ended with its cue, whose object comes after an adverbial of time set off by commas
            // ("the goal is to build, by 2030, a basic care system that ..."): the adverbial is passed over, and the
            // clause after it is the cue's object
            boolean cueEnded = false, passedOver = false;
            List<Span> clauses = RoleReader.clauses(text, contentStart, end);
            for (int c = 0; c < clauses.size(); c++) {
                Span clause = clauses.get(c);
                if (cueEnded && carried != null && cues.timeAdverbial(text, clause)) {
                    passedOver = true;
                    continue;
                }
                boolean resumed = passedOver;
                passedOver = false;
                // a verb with no object before the comma is intransitive there ("the number of such workers continued to
                // increase, delivery riders and drivers ..."): the noun phrases after the comma are a new subject, not its
                // list; after a colon they are the list it announces
                boolean objectless = cueEnded && c > 0 && text.charAt(clauses.get(c - 1).end()) != ':';
                carried = roles.readClause(text, clause, found, roleCues, words, lang, links,
                        carried != null && (resumed || !objectless && bareList(doc, words, clause, modal, passives)
                                || phrases != null && roles.gerundContinues(doc.words(), words, clause, carried)) ? carried : null,
                        phrases == null ? null : doc.words());
                cueEnded = endsWithCue(words, roleCues, clause);
                if (!passives.isEmpty())
                    roles.readPassive(text, clause, roles.subjectBefore(words, clauses, c), found, passives, words, lang, links);
            }
            responsibility.read(text, contentStart, modal, words, found, lang, links);
            responsibility.subjects(text, contentStart, end, found, links);

            if (phrases != null && !Boolean.getBoolean("norefine"))
                links = phrases.refine(doc, links, measureFrames.keySet());
            if (!valued.isEmpty())
                links = new ArrayList<>(links);
            for (ValueChange v : valued) {
                // the change named whole, subject to value (after the noun phrases are cut: it is a clause, not one); what the
                // subject alone was typed as gives way to it
                String label = LabelText.oneSpaced(cues.analyzer.nameForm(text.substring(v.begin(), v.end()))).strip();
                if (label.isEmpty() || found.stream().anyMatch(f -> f.begin() <= v.begin() && f.end() >= v.end()))
                    continue;
                links.removeIf(l -> l.role() == Role.REFORM && l.evidence() != null && l.evidence().begin() >= v.begin()
                        && l.evidence().end() <= v.end());
                String type = v.cue().introducesIri();
                links.add(new Link(roleOf(type), new ConceptRef(Iris.candidate(type, label), label, type, true, lang), new Span(v.begin(), v.end())));
            }
            // people or costs brought into a scheme by decision ("will be enrolled again automatically after two years")
            List<Span> inclusions = tags == null ? List.of() : inclusions(text, words, tags, k1, frames, end);
            if (!inclusions.isEmpty())
                links = new ArrayList<>(links);
            for (Span inclusion : inclusions)
                if (links.stream().noneMatch(l -> l.role() != Role.MENTION && l.evidence() != null
                        && l.evidence().begin() < inclusion.end() && l.evidence().end() > inclusion.begin())) {
                    String label = LabelText.oneSpaced(text.substring(inclusion.begin(), inclusion.end())).strip();
                    String type = Vocab.Reform.getURI();
                    links.add(new Link(Role.REFORM, new ConceptRef(Iris.candidate(type, label), label, type, true, lang), inclusion));
                }
            // a goal stated as a clause is read whole, after the noun-phrase candidates it must not duplicate
            if (!purposes.isEmpty()) {
                List<Span> sentenceClauses = RoleReader.clauses(text, contentStart, end);
                for (int c = 0; c < sentenceClauses.size(); c++)
                    roles.readPurpose(text, sentenceClauses, c, found, purposes, words, lang, links);
            }
            if (outcomes)
                for (Span clause : RoleReader.clauses(text, contentStart, end))
                    roles.readOutcome(text, clause, found, roleCues, words, doc.words(), lang, links);
            responsibility.actingBodies(text, words, found, voice.speaker(), links);
            if (!measureFrames.isEmpty())
                responsibility.measureSubjects(text, contentStart, words, found, measureFrames, lang, links);
            for (Found f : found)
                if (!placeOnly(f, links, voice.speaker()) && !partOfAName(f, links))
                    links.add(new Link(Role.MENTION, f.ref(), f.span()));
            boolean says = modality != null || !components.isEmpty() || namesActor
                    || links.stream().anyMatch(l -> l.role() != Role.MENTION);
            if (says)
                for (List<Link> part : phrases == null ? List.of(dedupe(links)) : byActor(dedupe(links))) {
                    boolean firstPart = out.isEmpty() || out.get(out.size() - 1).sentence() != s;
                    out.add(new Statement(out.size() + 1, s, modality, voice.reported(), voice.speaker(), part,
                            firstPart ? whole : null, firstPart ? List.copyOf(components) : List.of()));
                }
        }
        return doc.withStatements(tasksReferredBack(text, out));
    }

    /**
     * Whether a clause is a bare list of noun phrases (English, where it is tagged): after a list opener ("including"),
     * no verb, auxiliary, pronoun or subordinator, and no modality or passive cue ("the ministry said", "which was
     * approved" are clauses of their own, not members of a list).
     */
    private boolean bareList(Document doc, Tokens words, Span clause, List<PhraseMatcher.Match<Lexicon.Cue>> modal,
                             List<PhraseMatcher.Match<Lexicon.Cue>> passives) {
        if (phrases == null)
            return false;
        for (PhraseMatcher.Match<Lexicon.Cue> m : modal)
            if (words.starts[m.from()] >= clause.begin() && words.starts[m.from()] < clause.end())
                return false;
        for (PhraseMatcher.Match<Lexicon.Cue> m : passives)
            if (words.starts[m.from()] >= clause.begin() && words.starts[m.from()] < clause.end())
                return false;
        int t0 = words.firstAtOrAfter(clause.begin()), t1 = words.endAtOrBefore(clause.end());
        if (t1 - t0 > cues.maxWords + 4)
            return false;
        int from = clause.begin();
        PhraseMatcher.Match<String> opener = t0 < t1 ? cues.listOpeners.longestAt(words, t0, t1) : null;
        if (opener != null)
            from = words.ends[opener.to() - 1];
        Words w = doc.words();
        // the list before it ended in a whole noun phrase (a noun), not in a modifier ("market-based, diversified and ...")
        int last = w.firstAtOrAfter(clause.begin()) - 1;
        if (last < 0 || !UniversalTags.nounAt(w, last))
            return false;
        // nor in a figure with its unit ("every month increase 25 yuan, ...", "kept at 1 percent, ..."): an amount names
        // no item, so there is no list for the clause after the comma to continue
        if (last > 0 && w.tags()[last - 1].equals("NUM"))
            return false;
        boolean tagged = false;
        for (int i = w.firstAtOrAfter(from); i < w.size() && w.starts()[i] < clause.end(); i++) {
            tagged = true;
            if (PREDICATE_TAGS.contains(w.tags()[i]))
                return false;
        }
        return tagged;
    }

    private static final Set<String> PREDICATE_TAGS = Set.of("VERB", "AUX", "PRON", "SCONJ");

    /**
     * The verbs that open a measure after a modal of obligation, commitment or plan (lex:MeasureFrame: "must", "will", "is
     * to", "plans to"): the first word after the frame, past adverbs ("will further publish", "must also"), tagged a verb,
     * not a lex:nonMeasureVerb ("be", "ensure", "reach", "say"), and not a role or passive cue, which types its object
     * itself; with a particle that belongs to it ("set up", "roll out"). None after a negation ("will not publish", "will
     * no longer run"). Each is a cue of what the frame introduces, over the verb's words; {@code frames} gets each verb's
     * start with its frame's.
     */
    private List<PhraseMatcher.Match<Lexicon.Cue>> measureVerbs(String text, Tokens words, Words tags, int k0, int k1,
            List<PhraseMatcher.Match<Lexicon.Cue>> frameMatches,
            List<PhraseMatcher.Match<Lexicon.Cue>> roleCues, List<PhraseMatcher.Match<Lexicon.Cue>> passives,
            List<Found> found, Voice voice, Map<Integer, Integer> frames) {
        List<PhraseMatcher.Match<Lexicon.Cue>> out = new ArrayList<>();
        for (PhraseMatcher.Match<Lexicon.Cue> f : frameMatches) {
            if (f.value().introducesIri() == null || overlaps(f.from(), f.to(), roleCues) || overlaps(f.from(), f.to(), passives)
                    || !actorSubject(text, words, k0, f.from(), found, voice))
                continue;
            int v = f.to();
            boolean negated = false;
            while (v < k1 && !negated) {
                if (cues.negations.longestAt(words, v, k1) != null)
                    negated = true;
                else if (cues.leadingWords.contains(words.terms[v]) && !cues.determiners.contains(words.terms[v])
                        && !cues.prepositions.contains(words.terms[v]) && !cues.auxiliaries.contains(words.terms[v])
                        || "ADV".equals(tags.tagAt(words.starts[v])))
                    v++;
                else
                    break;
            }
            // after a modal or an infinitive "to" the word is a verb by the grammar, where the tagger read it as a noun
            // ("is to draft new rules"): another tag (a determiner, a number, a pronoun) says "to" was a preposition
            String tag = v < k1 ? tags.tagAt(words.starts[v]) : null;
            if (negated || v >= k1 || !"VERB".equals(tag) && !"NOUN".equals(tag) || cues.nonMeasureVerbs.contains(words.terms[v])
                    || overlaps(v, v + 1, roleCues) || overlaps(v, v + 1, passives))
                continue;
            int to = v + 1;
            if (to < k1 && cues.verbParticles.contains(words.terms[to]) && words.starts[to] > words.ends[v])
                to++;
            out.add(new PhraseMatcher.Match<>(v, to, f.value()));
            frames.put(words.starts[v], words.starts[f.from()]);
        }
        return out;
    }

    /**
     * The passives after a measure frame ("will be paid", "shall be granted", "must be handled", past adverbs: "will also be
     * extended") whose subject, in its clause, is headed by an instrument (lex:reformHead: a subsidy, a payment, an
     * allowance, a scheme, a rate): the measure the text decides for that instrument, whatever the participle ("the one-off
     * subsidy will be paid to ...", "the contribution rate shall be set by ..."). Each is a cue over the frame and the
     * participle, of what the frame introduces, that types the subject as a lex:PassiveRoleCue does; where a passive cue of the
     * lexicon is there already, or a role cue, it gives way. A subject headed by anything else (who is punished, "any
     * institution that ... shall be removed"; what is investigated, "fraud shall be investigated") names nothing.
     */
    private List<PhraseMatcher.Match<Lexicon.Cue>> framePassives(String text, Tokens words, Words tags, int k0, int k1,
            List<PhraseMatcher.Match<Lexicon.Cue>> frameMatches,
            List<PhraseMatcher.Match<Lexicon.Cue>> roleCues, List<PhraseMatcher.Match<Lexicon.Cue>> passives) {
        List<PhraseMatcher.Match<Lexicon.Cue>> out = new ArrayList<>();
        for (PhraseMatcher.Match<Lexicon.Cue> f : frameMatches) {
            if (f.value().introducesIri() == null || overlaps(f.from(), f.to(), roleCues) || overlaps(f.from(), f.to(), passives))
                continue;
            // past adverbs and the auxiliaries of the passive ("will also be", "shall have been") to a participle
            int v = f.to(), aux = 0;
            while (v < k1 && (cues.auxiliaries.contains(words.terms[v]) || "ADV".equals(tags.tagAt(words.starts[v])))
                    && cues.negations.longestAt(words, v, k1) == null) {
                if (cues.auxiliaries.contains(words.terms[v]))
                    aux++;
                v++;
            }
            if (aux == 0 || v >= k1 || !"VERB".equals(tags.tagAt(words.starts[v])) || cues.nonMeasureVerbs.contains(words.terms[v])
                    || overlaps(f.from(), v + 1, roleCues) || overlaps(f.from(), v + 1, passives))
                continue;
            // the subject: from the clause's start to the frame
            int subject = clauseStart(text, words.starts[k0], words.starts[f.from()]);
            int head = subject < words.starts[f.from()] ? roles.headOf(text, words, subject, words.starts[f.from()], tags) : -1;
            if (head >= 0 && cues.reformHeadAt(text, words, head))
                out.add(new PhraseMatcher.Match<>(f.from(), v + 1, f.value()));
        }
        return out;
    }

    /**
     * A parameter moved to a value the sentence gives (lex:ValueChange): a participle after a lex:beForm ("will be cut",
     * "is being shortened", "were raised"), or a verb of a level moving in the present or after a modal ("rises", "will
     * rise"; not the past "rose", which reports a figure), followed, past adverbs, by a value: "from" … "to" a number, or
     * a lex:valueOpener ("to", "by", past "a further") and a number. Its subject, from the clause's start to the verb,
     * must be headed by a thing changed (lex:changeObject) or an instrument (lex:reformHead). Not after a negation.
     * Each is a cue over the verb (with its auxiliaries) that types the subject, as a passive cue does.
     */
    private List<ValueChange> valueChanges(String text, Tokens words, Words tags, int k0, int k1) {
        List<ValueChange> out = new ArrayList<>();
        for (int v = k0; v < k1; v++) {
            if (!cues.valueVerbAt(text, words, v))
                continue; // most words: one look-up of the first word
            boolean participle = true;
            Map.Entry<List<String>, Lexicon.Cue> form = formAt(text, words, v, k1, cues.valueParticiples);
            if (form == null) {
                form = formAt(text, words, v, k1, cues.valueVerbs);
                participle = false;
            }
            if (form == null)
                continue;
            // the verb group: auxiliaries and adverbs before the verb
            int group = v;
            boolean be = false, negated = false;
            while (group > k0 && (cues.auxiliaries.contains(words.terms[group - 1]) || "ADV".equals(tags.tagAt(words.starts[group - 1])))) {
                group--;
                be |= cues.beForms.contains(surface(text, words, group));
                negated |= cues.negations.longestAt(words, group, v) != null;
            }
            String tag = tags.tagAt(words.starts[v]);
            // the tagger reads a verb of a level moving as a plural noun after a noun ("the allowance rises from ..."): the
            // value after it tells, unless a determiner makes it one ("a rise to ...")
            boolean verb = "VERB".equals(tag) || "NOUN".equals(tag) && !cues.determiners.contains(words.terms[v - 1]);
            if (negated || participle && !be || !participle && !verb || group == k0)
                continue;
            int after = v + form.getKey().size();
            int valueEnd = valueEnd(text, words, tags, after, k1);
            if (valueEnd < 0)
                continue;
            // the subject: from the clause's start to the verb group
            int subject = clauseStart(text, words.starts[k0], words.starts[group]);
            // past a clause set off by commas between the subject and its verb ("The income threshold for the full pension,
            // paid in the autumn, is to be raised to ...", "The allowance, which was set in 2019, will rise to ...")
            if (precededByComma(text, words, group)) {
                int inserted = clauseStart(text, words.starts[k0], words.ends[group - 1]);
                int first = words.firstAtOrAfter(inserted);
                if (inserted > words.starts[k0] && text.charAt(inserted - 1) == ',' && first < group)
                    subject = clauseStart(text, words.starts[k0], inserted - 1);
            }
            // the subject of a clause that a clause opener starts ("the bureau said that the subsidy will be raised ...")
            for (int i = group - 1; i >= words.firstAtOrAfter(subject); i--)
                if (cues.clauseOpeners.contains(words.terms[i]) && !relativeAfterDomainNoun(text, words, i)) {
                    subject = i + 1 < group ? words.starts[i + 1] : words.starts[group];
                    break;
                }
            if (subject >= words.starts[group])
                continue;
            int head = roles.headOf(text, words, subject, words.starts[group], tags);
            if (head < 0)
                continue;
            if (!cues.changeObjects.contains(words.terms[head]) && !cues.reformHeadAt(text, words, head))
                continue;
            int t0 = words.firstAtOrAfter(subject);
            // a subject after an adverbial that opens the clause with a preposition ("From 2030 the minimum period ..."): at
            // the first determiner that is not the preposition's own
            if (cues.prepositions.contains(words.terms[t0]) || "ADP".equals(tags.tagAt(words.starts[t0])))
                for (int i = t0 + 2; i < group; i++)
                    if (cues.determiners.contains(words.terms[i]) && !cues.prepositions.contains(words.terms[i - 1])) {
                        t0 = i;
                        break;
                    }
            while (t0 < group && (cues.leadingWords.contains(words.terms[t0]) || cues.determiners.contains(words.terms[t0])))
                t0++;
            if (t0 >= group || group - t0 > cues.maxWords)
                continue; // a long subject is a clause of its own, not the name of what moved
            out.add(new ValueChange(group, after, words.starts[t0], words.ends[valueEnd - 1], form.getValue()));
        }
        return out;
    }

    /** Whether no comma, semicolon or colon in [from, to) separates clauses (one inside a figure, "2,000", does not). */
    private static boolean noClauseMark(String text, int from, int to) {
        for (int i = from; i < to; i++)
            if (RoleReader.clauseMark(text, i))
                return false;
        return true;
    }

    /**
     * A clause opener at word {@code i} right after a noun of the domain a change applies to opens a relative clause that
     * describes it ("the annual limit of contributions that a participant may deduct ... will be raised to"), not a clause
     * of its own: the subject runs on before it.
     */
    private boolean relativeAfterDomainNoun(String text, Tokens words, int i) {
        return i > 0 && text.substring(words.ends[i - 1], words.starts[i]).isBlank()
                && (cues.changeObjects.contains(words.terms[i - 1]) || cues.reformHeadAt(text, words, i - 1));
    }

    /** The word before word {@code group} ends a clause set off by commas: a comma right after it. */
    private static boolean precededByComma(String text, Tokens words, int group) {
        return group > 0 && text.substring(words.ends[group - 1], words.starts[group]).strip().equals(",");
    }

    /** Where the clause holding offset {@code before} starts: after the last comma, semicolon or colon at or after {@code from}. */
    private static int clauseStart(String text, int from, int before) {
        for (int i = before - 1; i >= from; i--)
            if (RoleReader.clauseMark(text, i))
                return i + 1;
        return from;
    }

    /** A parameter moved to a value: the verb group's words [group, after), the change's characters [begin, end), its cue. */
    record ValueChange(int group, int after, int begin, int end, Lexicon.Cue cue) {}

    private static String surface(String text, Tokens words, int i) {
        return text.substring(words.starts[i], words.ends[i]).toLowerCase(Locale.ROOT);
    }

    /** The form (words as written, lower case) that starts at word {@code v} ({@link Cues#valueVerbAt}), or null. */
    private Map.Entry<List<String>, Lexicon.Cue> formAt(String text, Tokens words, int v, int k1, List<Map.Entry<List<String>, Lexicon.Cue>> forms) {
        for (Map.Entry<List<String>, Lexicon.Cue> f : forms)
            if (writtenAt(text, words, v, k1, f.getKey()))
                return f;
        return null;
    }

    /** Whether the words {@code w} (lower case, as written) are the words from word {@code v} on, before word {@code k1}. */
    private static boolean writtenAt(String text, Tokens words, int v, int k1, List<String> w) {
        if (v + w.size() > k1)
            return false;
        for (int i = 0; i < w.size(); i++)
            if (w.get(i).length() != words.ends[v + i] - words.starts[v + i]
                    || !text.regionMatches(true, words.starts[v + i], w.get(i), 0, w.get(i).length()))
                return false;
        return true;
    }

    /**
     * Where the value after word {@code i} ends (past adverbs: "from" … "to" a number, or "to"/"by" (a further) a number,
     * with up to two words of its unit: "yuan", "working days", "per cent"), as a word index; -1 without one.
     */
    private int valueEnd(String text, Tokens words, Words tags, int i, int k1) {
        while (i < k1 && "ADV".equals(tags.tagAt(words.starts[i])))
            i++;
        if (i >= k1)
            return -1;
        String w = surface(text, words, i);
        int n = -1;
        if (cues.valueFroms.contains(w)) {
            // the new value in the same stretch of the clause (no comma between): "from 800 yuan to 300 yuan"
            for (int j = i + 2; j < Math.min(k1, i + 12) && n < 0 && noClauseMark(text, words.ends[i], words.starts[j]); j++)
                if (cues.valueOpeners.contains(surface(text, words, j)))
                    n = number(text, words, tags, j + 1, k1) ? j + 1 : -2;
        } else if (cues.valueOpeners.contains(w)) {
            int j = i + 1;
            for (int b; j < k1; j += b) { // "by a further 20 percent", "to about 300 yuan", "to no less than 8,000 yuan"
                b = boundAt(text, words, j, k1);
                if (b == 0 && (cues.determiners.contains(words.terms[j]) || "ADJ".equals(tags.tagAt(words.starts[j])) && !number(text, words, tags, j, k1)))
                    b = 1;
                if (b == 0)
                    break;
            }
            n = number(text, words, tags, j, k1) ? j : -1;
        }
        if (n < 0)
            return -1;
        int end = n + 1;
        while (end < k1 && end < n + 3 && !cues.prepositions.contains(words.terms[end])
                && !opensComplement(text, words, end) && !NOT_UNIT_TAGS.contains(String.valueOf(tags.tagAt(words.starts[end]))))
            end++;
        return referenceEnd(text, words, tags, end, k1);
    }

    /** The number of words of a lex:valueBound ("no less than", "at least") that starts at word {@code j}, or 0. */
    private int boundAt(String text, Tokens words, int j, int k1) {
        for (List<String> bound : cues.valueBounds)
            if (writtenAt(text, words, j, k1, bound))
                return bound.size();
        return 0;
    }

    /**
     * After a relative unit (lex:relativeUnit: "six times the local dibao standard", "60 percent of the average wage") the
     * amount it refers to, past "of" and a determiner, to its last noun: the end of the value with it; else {@code end}.
     */
    private int referenceEnd(String text, Tokens words, Words tags, int end, int k1) {
        String unit = surface(text, words, end - 1);
        if (!cues.relativeUnits.contains(unit) && !(end >= 2 && cues.relativeUnits.contains(surface(text, words, end - 2) + " " + unit)))
            return end;
        int j = end;
        if (j < k1 && cues.nameComplementOpeners.contains(words.terms[j]))
            j++;
        while (j < k1 && cues.determiners.contains(words.terms[j]))
            j++;
        int last = -1;
        for (; j < k1 && text.substring(words.ends[j - 1], words.starts[j]).isBlank(); j++) {
            String tag = String.valueOf(tags.tagAt(words.starts[j]));
            if (tag.equals("NOUN") || tag.equals("PROPN"))
                last = j;
            else if (!tag.equals("ADJ") && !tag.equals("NUM") && !tag.equals("HYPH"))
                break;
        }
        return last < 0 ? end : last + 1;
    }

    /**
     * The inclusions a sentence decides (lex:coverageParticiple after a measure frame and "be", past adverbs: "will also be
     * covered", "shall be enrolled in maternity insurance"): each from the participle to its clause's end, at most
     * lex:maxClauseWords words; none after a negation ("will not be covered").
     */
    private List<Span> inclusions(String text, Tokens words, Words tags, int k1, List<PhraseMatcher.Match<Lexicon.Cue>> frameMatches,
            int sentenceEnd) {
        List<Span> out = new ArrayList<>();
        for (PhraseMatcher.Match<Lexicon.Cue> f : frameMatches) {
            int v = f.to();
            boolean be = false, negated = false;
            while (v < k1 && (cues.auxiliaries.contains(words.terms[v]) || "ADV".equals(tags.tagAt(words.starts[v])))) {
                negated |= cues.negations.longestAt(words, v, k1) != null;
                be |= cues.beForms.contains(surface(text, words, v));
                v++;
            }
            if (!be || negated || v >= k1 || !cues.coverageParticiples.contains(surface(text, words, v)))
                continue;
            int clauseEnd = sentenceEnd;
            for (Span c : RoleReader.clauses(text, words.starts[v], sentenceEnd)) {
                clauseEnd = c.end();
                break;
            }
            int last = words.endAtOrBefore(clauseEnd) - 1;
            if (last < v || last - v + 1 > cues.maxClauseWords)
                continue;
            out.add(new Span(words.starts[v], words.ends[last]));
        }
        return out;
    }

    /**
     * Tags that end a value's unit ("yuan", "per cent", "working days"; the tagger may read "yuan" after a number as a
     * preposition, so the unit is told by what it is not: these, or a word that opens a complement).
     */
    private static final Set<String> NOT_UNIT_TAGS = Set.of("VERB", "AUX", "PUNCT", "CCONJ", "SCONJ", "PRON", "DET", "ADV", "PART", "null");

    /** A word that opens a complement or joins another phrase: a preposition, a value's opener, "of", "for", a conjunction. */
    private boolean opensComplement(String text, Tokens words, int i) {
        String w = surface(text, words, i);
        return cues.prepositions.contains(words.terms[i]) || cues.valueOpeners.contains(w) || cues.valueFroms.contains(w)
                || cues.nameComplementOpeners.contains(words.terms[i]) || cues.infinitiveSubjects.contains(words.terms[i])
                || cues.conjunctions.longestAt(words, i, i + 1) != null;
    }

    private static boolean number(String text, Tokens words, Words tags, int j, int k1) {
        return j < k1 && ("NUM".equals(tags.tagAt(words.starts[j])) || Character.isDigit(text.charAt(words.starts[j])));
    }

    /**
     * Whether the subject before a measure frame at word {@code frame} is one who acts: its last word, in the same clause and
     * past adverbs ("also"), lies in a known actor's name or is a noun of who acts (lex:actorHead, lex:organizationHead:
     * "local bureaus", "the ministry"), or is a pronoun that stands for the actor who speaks ("the ministry said it would
     * ...", "we will ...").
     */
    private boolean actorSubject(String text, Tokens words, int k0, int frame, List<Found> found, Voice voice) {
        int s = frame - 1;
        while (s >= k0 && cues.leadingWords.contains(words.terms[s]) && !cues.determiners.contains(words.terms[s])
                && !cues.prepositions.contains(words.terms[s]))
            s--;
        if (s < k0 || !noClauseMark(text, words.ends[s], words.starts[frame]))
            return false;
        int at = words.starts[s];
        if (found.stream().anyMatch(f -> Cues.ACTORS.contains(f.ref().typeIri()) && f.begin() <= at && at < f.end()))
            return true;
        String t = words.terms[s];
        return cues.actorHeads.contains(t) || cues.organizationHeads.contains(t)
                || cues.speakerPronouns.contains(t) && voice.speaker() != null;
    }

    private static boolean overlaps(int from, int to, List<PhraseMatcher.Match<Lexicon.Cue>> matches) {
        return matches.stream().anyMatch(m -> m.from() < to && from < m.to());
    }

    /** Whether the clause's last word ends a role cue (a verb still waiting for its object: "the goal is to build"). */
    private static boolean endsWithCue(Tokens words, List<PhraseMatcher.Match<Lexicon.Cue>> roleCues, Span clause) {
        int last = words.endAtOrBefore(clause.end());
        if (last <= words.firstAtOrAfter(clause.begin()))
            return false;
        for (PhraseMatcher.Match<Lexicon.Cue> m : roleCues)
            if (m.to() == last && words.starts[m.from()] >= clause.begin())
                return true;
        return false;
    }

    /**
     * A sentence whose clauses make different actors responsible ("Local governments should X, and the ministry must
     * Y"): one statement per actor, each with the goals and reforms from its name up to the next actor's (those before
     * the first actor go with the first), so that an actor answers for what its own clause calls for, not for every
     * target of a long sentence. Actors named one after another with no target between them share one ("the Ministry of
     * Finance and the State Taxation Administration shall ..."). The first statement keeps the other links (principles,
     * mentions). English; where an actor has no place in the text (the speaker), the sentence stays one statement.
     */
    private static List<List<Link>> byActor(List<Link> links) {
        List<Link> actors = links.stream().filter(l -> l.role() == Role.RESPONSIBLE_ACTOR).toList();
        if (actors.size() < 2 || actors.stream().anyMatch(l -> l.evidence() == null))
            return List.of(links);
        List<Link> targets = links.stream().filter(l -> (l.role() == Role.GOAL || l.role() == Role.REFORM) && l.evidence() != null).toList();
        actors = actors.stream().sorted(Comparator.comparingInt(l -> l.evidence().begin())).toList();
        // where each group of actors begins
        List<Integer> starts = new ArrayList<>();
        List<List<Link>> groups = new ArrayList<>();
        for (Link a : actors) {
            int at = a.evidence().begin();
            int prev = starts.isEmpty() ? -1 : groups.get(groups.size() - 1).get(groups.get(groups.size() - 1).size() - 1).evidence().end();
            boolean targetBetween = prev >= 0 && targets.stream().anyMatch(t -> t.evidence().begin() >= prev && t.evidence().begin() < at);
            if (starts.isEmpty() || targetBetween) {
                starts.add(at);
                groups.add(new ArrayList<>());
            }
            groups.get(groups.size() - 1).add(a);
        }
        if (groups.size() < 2)
            return List.of(links);
        List<List<Link>> parts = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            int from = g == 0 ? Integer.MIN_VALUE : starts.get(g), to = g + 1 < groups.size() ? starts.get(g + 1) : Integer.MAX_VALUE;
            List<Link> part = new ArrayList<>(groups.get(g));
            for (Link t : targets)
                if (t.evidence().begin() >= from && t.evidence().begin() < to)
                    part.add(t);
            parts.add(part);
        }
        // the rest (principles, mentions, targets without a place) stays with the first statement
        for (Link l : links)
            if (parts.stream().noneMatch(p -> p.contains(l)))
                parts.get(0).add(l);
        // an actor group with no goal or reform of its own (only the first can be one) is not split off
        if (parts.get(0).stream().noneMatch(l -> l.role() == Role.GOAL || l.role() == Role.REFORM))
            return List.of(links);
        List<List<Link>> out = new ArrayList<>();
        for (List<Link> p : parts) {
            p.sort(Comparator.comparingInt(links::indexOf));
            out.add(List.copyOf(p));
        }
        return out;
    }

    private boolean opensPostTitle(String text, int begin, int end) {
        String cue = text.substring(begin, end);
        for (String title : cues.postTitles)
            if (title.length() > cue.length() && title.startsWith(cue) && text.startsWith(title, begin))
                return true;
        return false;
    }

    /**
     * Official Chinese assigns the document's own task in its closing section without naming it again: "…要把试点工作
     * 纳入议事日程", "…局负责统筹推进改革". A statement that makes an actor responsible, names no goal or reform, and
     * speaks of the task by a word of {@code lex:taskAnaphor} (改革, 试点工作 …) calls for the first reform the document
     * named. Off where the lexicon gives no such word (English).
     */
    private List<Statement> tasksReferredBack(String text, List<Statement> statements) {
        if (cues.taskAnaphors.isEmpty())
            return statements;
        ConceptRef task = statements.stream().flatMap(s -> s.targets(Role.REFORM).stream()).findFirst().orElse(null);
        if (task == null)
            return statements;
        List<Statement> out = new ArrayList<>(statements.size());
        for (Statement st : statements) {
            String words = ChineseScript.simplified(st.sentence().span().of(text));
            if (!st.targets(Role.RESPONSIBLE_ACTOR).isEmpty() && st.targets(Role.REFORM).isEmpty() && st.targets(Role.GOAL).isEmpty()
                    && cues.taskAnaphors.stream().anyMatch(words::contains)) {
                List<Link> links = new ArrayList<>(st.links());
                links.add(new Link(Role.REFORM, task, null));
                st = new Statement(st.number(), st.sentence(), st.modalityIri(), st.reported(), st.speaker(), List.copyOf(links), st.whole(), st.components());
            }
            out.add(st);
        }
        return out;
    }

    /**
     * "the ministry", "the administration": a definite organisation head with no name of its own ("of ...") refers
     * back to the organisation first named with that head, as news and official English refer to the body a text
     * is about after naming it once ("... the Ministry of Human Resources and Social Security said. The ministry will ...").
     */
    private List<Found> bodiesReferredBack(String text, Tokens words, int k0, int k1, List<Found> found, Map<String, ConceptRef> lastBody) {
        List<Found> out = new ArrayList<>();
        for (int i = Math.max(k0, 1); i < k1; i++) {
            ConceptRef body = lastBody.get(words.terms[i]);
            if (body == null || !words.terms[i - 1].equals("the") || i + 1 < k1 && cues.nameComplementOpeners.contains(words.terms[i + 1]))
                continue;
            int b = words.starts[i - 1], e = words.ends[i];
            if (found.stream().noneMatch(f -> f.begin() < e && f.end() > b))
                out.add(new Found(b, e, body));
        }
        return out;
    }

    /** The organisations the sentence names (its speaker's words included), by each head noun of their names. */
    private void remember(Tokens words, List<Mention> mentions, int[] starts, Span sentence, Map<String, ConceptRef> lastBody) {
        for (int m = Mentions.firstAtOrAfter(starts, sentence.begin()); m < starts.length && starts[m] < sentence.end(); m++) {
            Mention f = mentions.get(m);
            if (Vocab.Organization.getURI().equals(f.concept().typeIri()))
                for (int i = words.firstAtOrAfter(f.span().begin()); i < words.size && words.starts[i] < f.span().end(); i++)
                    if (cues.organizationHeads.contains(words.terms[i]))
                        lastBody.putIfAbsent(words.terms[i], f.concept());
        }
    }

    /**
     * A known organisation none of whose names has a head noun (the People's Republic of China; not the State Council,
     * Xinhua News Agency or the Party, whatever label is preferred: "CPC" renders "Communist Party of China"), where the
     * statement neither makes it responsible nor has it speak: the country as a place ("pension reform in China"), not
     * an actor of the statement. English (the noun-phrase stages) only.
     */
    private boolean placeOnly(Found f, List<Link> links, ConceptRef speaker) {
        if (phrases == null || f.ref().candidate() || !Vocab.Organization.getURI().equals(f.ref().typeIri()))
            return false;
        if (speaker != null && speaker.iri().equals(f.ref().iri())
                || links.stream().anyMatch(l -> l.role() == Role.RESPONSIBLE_ACTOR && l.target().iri().equals(f.ref().iri())))
            return false;
        return !namedWithAHead.contains(f.ref().iri());
    }

    /**
     * The scheme's organisations that one of their labels, as written or as a phrase variant renders it
     * (lex:PhraseVariant), names with an organisation's or actor's head noun: computed once from the whole scheme, so
     * that which label is preferred does not decide.
     */
    static Set<String> organisationsNamedWithAHead(ConceptScheme scheme, WordAnalyzer labels, Cues cues) {
        Set<String> out = new java.util.HashSet<>();
        for (ConceptScheme.Label l : scheme.labels()) {
            if (!Vocab.Organization.getURI().equals(l.concept().typeIri()) || out.contains(l.concept().iri()))
                continue;
            // the label's words as the cue words read them (as the heads are listed), and its renderings
            List<List<String>> forms = new ArrayList<>(labels.labelForms(l.text()));
            forms.add(cues.analyzer.terms(l.text()));
            for (List<String> form : forms)
                if (form.stream().anyMatch(w -> cues.organizationHeads.contains(w) || cues.actorHeads.contains(w))) {
                    out.add(l.concept().iri());
                    break;
                }
        }
        return out;
    }

    /**
     * A part of the system or a policy area whose words lie inside a larger name the statement gives a role ("the
     * social security system" in "a social security system with Chinese characteristics"): that name is what is
     * said, not the part as well. English (the noun-phrase stages) only; actors inside a name stay named.
     */
    private boolean partOfAName(Found f, List<Link> links) {
        if (phrases == null || Cues.ACTORS.contains(f.ref().typeIri()) || Cues.GOALS_REFORMS_PRINCIPLES.contains(f.ref().typeIri()))
            return false;
        return links.stream().anyMatch(l -> l.role() != Role.MENTION && l.role() != Role.RESPONSIBLE_ACTOR && l.evidence() != null
                && !l.target().iri().equals(f.ref().iri()) && l.evidence().contains(f.span()) && !l.evidence().equals(f.span()));
    }

    private boolean actsHere(String text, Tokens words, Found f) { return responsibility.actsHere(text, words, f); }

    static Role roleOf(String typeIri) {
        if (Vocab.Goal.getURI().equals(typeIri)) return Role.GOAL;
        if (Vocab.Reform.getURI().equals(typeIri)) return Role.REFORM;
        if (Vocab.Principle.getURI().equals(typeIri)) return Role.PRINCIPLE;
        return Role.MENTION;
    }

    /** One link per role and node, the first evidence kept, in order of appearance. */
    private static List<Link> dedupe(List<Link> links) {
        Map<String, Link> seen = new LinkedHashMap<>();
        for (Link l : links)
            seen.putIfAbsent(l.role() + " " + l.target().iri(), l);
        return List.copyOf(seen.values());
    }
}
