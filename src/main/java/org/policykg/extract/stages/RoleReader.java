package org.policykg.extract.stages;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.policykg.document.*;
import org.policykg.rdf.Iris;
import org.policykg.rdf.Vocab;

/**
 * The roles of what a sentence names: the sentence is cut into clauses at , ; : and the role cues of a
 * clause (verbs such as "adhere to", "promote", "implement"; head nouns such as "the principle of")
 * type what follows them. A known goal, reform, principle or component takes the role of the cue that
 * governs it, its class being only the prior ({@link #roleFor}); the rest of a clause's object (cut at a
 * phrase boundary, split at "and the ...") becomes a candidate node typed by the cue nearest to it.
 */
final class RoleReader {
    private final Cues cues;

    RoleReader(Cues cues) { this.cues = cues; }

    /** Clause spans: the sentence cut at , ; : and their full-width forms, 、 and the ideographic space that parts a Chinese headline. */
    static List<Span> clauses(String text, int from, int to) {
        List<Span> out = new ArrayList<>();
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if ((c == ',' || c == ';' || c == ':' || c == '，' || c == '；' || c == '：' || c == '、' || c == '\u3000') && !insideNumber(text, i)) {
                if (i > start) out.add(new Span(start, i));
                start = i + 1;
            }
        }
        if (start < to) out.add(new Span(start, to));
        return out;
    }

    /** Whether the character at {@code i} is a comma, semicolon or colon that ends a clause (not one inside a figure, "2,000"). */
    static boolean clauseMark(String text, int i) {
        char c = text.charAt(i);
        return (c == ',' || c == ';' || c == ':') && !insideNumber(text, i);
    }

    /** Whether the mark at {@code i} separates the digits of one figure ("2,000 yuan", "10:30"), not two clauses. */
    static boolean insideNumber(String text, int i) {
        return i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1));
    }

    void readClause(String text, Span clause, List<Found> found, List<PhraseMatcher.Match<Lexicon.Cue>> roleCues,
                    Tokens words, String lang, List<Link> links) {
        readClause(text, clause, found, roleCues, words, lang, links, null, null);
    }

    /**
     * @param carried the cue whose list of objects the clause before ran on with to its end ("unify contribution rates,
     *     benefit rules and fund management"), where this clause is a bare list of noun phrases; or null
     * @param tags the part-of-speech tags (English), to split a list only after a whole noun phrase; or null
     * @return the cue whose objects run on to this clause's end, for the next clause; null when none does
     */
    Lexicon.Cue readClause(String text, Span clause, List<Found> found, List<PhraseMatcher.Match<Lexicon.Cue>> roleCues,
                    Tokens words, String lang, List<Link> links, Lexicon.Cue carried, Words tags) {
        // a name with commas in it ("fair, unified and sustainable ...") belongs to the clause it starts in
        List<Found> inClause = found.stream().filter(f -> f.begin() >= clause.begin() && f.begin() < clause.end()).toList();
        List<PhraseMatcher.Match<Lexicon.Cue>> cuesHere = roleCues.stream()
                .filter(m -> words.starts[m.from()] >= clause.begin() && words.ends[m.to() - 1] <= clause.end())
                // a noun of change cues a reform only where it changes a thing of the domain ("an increase in the
                // minimum pension", not "an increase in demand")
                .filter(m -> !cues.changeNounCues.contains(m.value()) || changesDomainObject(words, words.ends[m.to() - 1], clause.end()))
                .toList();
        if (cuesHere.isEmpty()) {
            // a list item without its own verb ("..., advancing with the times, and seeking truth from facts"):
            // what the scheme knows, by its own class
            for (Found f : inClause)
                if (Cues.GOALS_REFORMS_PRINCIPLES.contains(f.ref().typeIri()))
                    links.add(new Link(StatementReader.roleOf(f.ref().typeIri()), f.ref(), f.span()));
            if (carried == null)
                return null;
            // and the rest of a list the clause before began ("..., including A, B and C"): each member, by the same cue
            int from = clause.begin();
            int t0 = words.firstAtOrAfter(from), t1 = words.endAtOrBefore(clause.end());
            PhraseMatcher.Match<String> opener = t0 < t1 ? cues.listOpeners.longestAt(words, t0, t1) : null;
            if (opener != null)
                from = words.ends[opener.to() - 1];
            if (opener != null && StatementReader.roleOf(carried.introducesIri()) != Role.REFORM)
                return null; // examples of what a goal improves (below)
            int end = boundaryAfter(words, from, clause.end());
            listItems(text, words, tags, from, end, carried, lang, inClause, links);
            return end == clause.end() && !relative(words, from, end) ? carried : null;
        }
        // the list of a principle's head continues with a gerund ("the principles of A, providing B, and keeping C"):
        // the gerund phrase names the next principle; its verb sets no goal of its own, and known nodes in it are mentioned
        if (carried != null && gerundContinues(tags, words, clause, carried)) {
            int end = boundaryAfter(words, clause.begin(), clause.end());
            principleItem(text, words, clause.begin(), end, carried, lang, inClause, links);
            return end == clause.end() ? carried : null;
        }
        PhraseMatcher.Match<Lexicon.Cue> first = cuesHere.get(0);
        int objectStart = words.ends[first.to() - 1];
        int objectEnd = boundaryAfter(words, objectStart, clause.end());
        // "including", "such as": the members of the object follow, each an item of its own
        int listEnd = -1;
        Lexicon.Cue listCue = null;
        int o0 = words.firstAtOrAfter(objectStart), o1 = words.endAtOrBefore(objectEnd);
        for (int i = o0 + 1; i < o1; i++) {
            PhraseMatcher.Match<String> op = cues.listOpeners.longestAt(words, i, o1);
            if (op != null) {
                listEnd = boundaryAfter(words, words.ends[op.to() - 1], objectEnd);
                Lexicon.Cue nearest = first.value();
                for (PhraseMatcher.Match<Lexicon.Cue> m : cuesHere)
                    if (m.to() <= i) nearest = m.value();
                // examples of what a reform introduces are instruments of their own ("benefits, including a childcare
                // allowance"); examples of what a goal improves are services and activities, not states to reach
                // (a measure's verb names its own object only: its list is not minted member by member)
                listCue = StatementReader.roleOf(nearest.introducesIri()) == Role.REFORM && !cues.measureCues.contains(nearest) ? nearest : null;
                if (listCue != null)
                    listItems(text, words, tags, words.ends[op.to() - 1], listEnd, nearest, lang, inClause, links);
                objectEnd = words.starts[i];
                break;
            }
        }
        // "follow the principles of meeting basic needs": a gerund that opens an item of a principle cue's object names
        // the principle with its object, not a goal or reform of its own
        List<Span> items = items(words, objectStart, objectEnd, clause.end());
        List<Span> principleItems = new ArrayList<>();
        Lexicon.Cue principleCarry = null;
        for (Span conjunct : items) {
            Lexicon.Cue p = principleOver(words, cuesHere, conjunct);
            if (p != null) {
                principleItems.add(conjunct);
                principleCarry = conjunct.end() == clause.end() ? p : null;
            }
        }
        // known goals, reforms and principles: the cue that governs each decides, the class is the prior (a measure's verb
        // governs none: it names what it opens with its words, and a known node in its object keeps the role it had)
        List<PhraseMatcher.Match<Lexicon.Cue>> roleCuesHere = cuesHere.stream().filter(m -> !cues.measureCues.contains(m.value())).toList();
        for (Found f : inClause)
            if (Cues.GOALS_REFORMS_PRINCIPLES.contains(f.ref().typeIri())
                    && principleItems.stream().noneMatch(p -> p.begin() <= f.begin() && f.end() <= p.end())) {
                // a phrase whose form said its role (以「…」为前提, the names stage's candidates) keeps it under any verb
                Role role = phrased(f) ? StatementReader.roleOf(f.ref().typeIri()) : roleFor(f.ref(), governing(words, roleCuesHere, f));
                if (role != Role.MENTION)
                    links.add(new Link(role, f.ref(), f.span()));
            }
        for (Span conjunct : items) {
            if (principleItems.contains(conjunct)) {
                principleItem(text, words, conjunct.begin(), conjunct.end(), null, lang, inClause, links);
                continue;
            }
            boolean known = inClause.stream()
                    .anyMatch(f -> Cues.GOALS_REFORMS_PRINCIPLES.contains(f.ref().typeIri()) && f.begin() < conjunct.end() && f.end() > conjunct.begin());
            if (known)
                continue;
            // the cue nearest the phrase types it: "achieve new results in improving X" → X, a goal
            Lexicon.Cue cue = first.value();
            int start = conjunct.begin();
            boolean cueOpens = false;
            // a verb of change just before the item names the reform with it ("merge the two schemes"): where it is
            int verb = conjunct.begin() == objectStart ? words.starts[first.from()] : -1;
            PhraseMatcher.Match<Lexicon.Cue> inner = null;
            for (PhraseMatcher.Match<Lexicon.Cue> m : cuesHere)
                if (words.starts[m.from()] >= conjunct.begin() && words.ends[m.to() - 1] <= conjunct.end()) {
                    cue = m.value();
                    start = words.ends[m.to() - 1];
                    verb = words.starts[m.from()];
                    cueOpens = m.from() == words.firstAtOrAfter(conjunct.begin());
                    inner = m;
                }
            // a later item under a verb of change with no verb of its own is another object of that verb, named only where
            // it is a thing of the domain too ("broaden the base to civil servants and the self-employed" names no second reform)
            if (verb < 0 && cues.changeCues.contains(first.value()) && !changesDomainObject(text, words, conjunct.begin(), conjunct.end(), tags))
                continue;
            // a measure's verb names its own object only ("publish the audit results and the accounts": one measure)
            if (verb < 0 && cues.measureCues.contains(first.value()))
                continue;
            boolean change = verb >= 0 && cues.changeCues.contains(cue);
            // a change that a frame of aim governs directly is what is aimed at, not a measure taken ("the aim is to lower
            // the cost of having children", "aims to raise the coverage rate to 95 percent by 2029"), whatever it changes
            boolean aimed = change && cueOpens && inner != null && inner.from() == first.to()
                    && StatementReader.roleOf(first.value().introducesIri()) == Role.GOAL;
            // an action verb after a modal of obligation or plan names the measure with its object ("run an inspection campaign")
            boolean measure = verb >= 0 && cues.measureCues.contains(cue);
            // a noun of change ("an increase in the minimum pension", "the abolition of the income requirement") names a
            // reform only where what it changes is a thing of the domain; its words count as a verb's do
            int verbWords = change ? 1 : 0;
            if (change && cues.changeNounCues.contains(cue))
                verbWords = words.firstAtOrAfter(start) - words.firstAtOrAfter(verb);
            // and so does a verb of change: "narrow the gaps", "widen the range of products" change no rule of the domain
            else if (change && !aimed && !changesDomainObject(text, words, start, conjunct.end(), tags))
                continue;
            if (measure)
                verbWords = words.firstAtOrAfter(start) - words.firstAtOrAfter(verb);
            if (change || measure)
                start = verb;
            Lexicon.Cue typing = aimed ? first.value() : cue;
            ConceptRef candidate = candidate(text, words, start, conjunct.end(), typing.introducesIri(), lang, inClause, verbWords);
            if (candidate == null && start != conjunct.begin() && !cueOpens && !measure) { // the nearer "cue" was a noun ("various reform plans")
                // (named with the verb of change that governs it: "extend the respite voucher to foster parents")
                boolean changed = conjunct.begin() == objectStart && cues.changeCues.contains(first.value());
                start = changed ? words.starts[first.from()] : conjunct.begin(); // the evidence is the words the name was read from
                typing = first.value();
                candidate = candidate(text, words, start, conjunct.end(), typing.introducesIri(), lang, inClause, changed ? 1 : 0);
            }
            if (candidate != null) {
                if (namedUnder(typing, text, tags, start, conjunct.end()))
                    links.add(new Link(StatementReader.roleOf(candidate.typeIri()), candidate, new Span(start, conjunct.end())));
            } else // the whole item is a component of the system: "establish a long-term care insurance system"
                for (Found f : inClause) {
                    if (!Vocab.SystemComponent.getURI().equals(f.ref().typeIri()) || f.begin() < conjunct.begin() || f.end() > conjunct.end())
                        continue;
                    Lexicon.Cue g = governing(words, cuesHere, f);
                    // under a verb of improving or providing, only a programme that ends the object is called for
                    // ("strengthen the minimum living allowance", not "make the medical insurance fund more efficient")
                    boolean ends = text.substring(f.end(), conjunct.end()).codePoints().noneMatch(Character::isLetterOrDigit);
                    if (roleFor(f.ref(), g) == Role.REFORM && (ends || StatementReader.roleOf(g.introducesIri()) == Role.REFORM))
                        links.add(new Link(Role.REFORM, f.ref(), f.span()));
                }
        }
        // the objects run on to the clause's end (no boundary cut them): the next clause may continue their list
        // (not where a relative clause ends it: "a system that covers everyone, integrates ...": the list is the clause's)
        if (listEnd >= 0)
            return listEnd == clause.end() ? listCue : null;
        if (principleCarry != null && objectEnd == clause.end())
            return principleCarry;
        // (nor does a measure's verb carry over: "must publish the rates, the accounts ..." is one measure)
        Lexicon.Cue last = cuesHere.get(cuesHere.size() - 1).value();
        return objectEnd == clause.end() && !relative(words, objectStart, clause.end()) && !cues.measureCues.contains(last) ? last : null;
    }

    /**
     * Whether the object of a noun of change in [from, to) is a thing of the domain ({@code lex:changeObject}: a benefit, a
     * contribution, an age, a requirement): its head, the last word before its first preposition, is one.
     */
    boolean changesDomainObject(Tokens words, int from, int to) {
        return changesDomainObject(null, words, from, to, null);
    }

    /**
     * @param tags the part-of-speech tags where the clause was tagged, or null: a word tagged as neither noun nor adjective
     *     ends the head's phrase ("the contribution period required for ...")
     */
    boolean changesDomainObject(String text, Tokens words, int from, int to, Words tags) {
        int k = headOf(text, words, from, to, tags);
        return k >= 0 && cues.changeObjects.contains(words.terms[k]);
    }

    /**
     * The head of the phrase in [from, to): the last word before its first preposition (or word tagged as neither noun nor
     * adjective), the thing measured after a lex:quantityNoun ("the level of benefits"); -1 where there is none.
     */
    int headOf(String text, Tokens words, int from, int to, Words tags) {
        int t0 = words.firstAtOrAfter(from), t1 = words.endAtOrBefore(to);
        String head = null;
        int at = -1;
        for (int i = t0; i < t1; i++) {
            String t = words.terms[i];
            // the second part of a hyphenated word is part of the word ("one-off", "part-time")
            if (text != null && i > t0 && words.starts[i] == words.ends[i - 1] + 1 && text.charAt(words.ends[i - 1]) == '-') {
                head = t;
                at = i;
                continue;
            }
            String tag = tagAt(tags, words.starts[i]);
            // a capitalised word after another inside a name is part of the name, whatever the tagger read
            // ("Silver Support payments": "Support" tagged a verb)
            if (tag != null && !NOMINAL.contains(tag) && capitalisedAfterCapitalised(text, words, i, t0))
                tag = "PROPN";
            boolean ofQuantity = head != null && cues.quantityNouns.contains(head) && cues.nameComplementOpeners.contains(t);
            if (head != null && !ofQuantity && (cues.prepositions.contains(t) || cues.nameComplementOpeners.contains(t)
                    || cues.clauseOpeners.contains(t) || cues.conjunctions.longestAt(words, i, t1) != null
                    || tag != null && !NOMINAL.contains(tag)))
                break;
            // "part of the employee share", "the level of benefits": a quantity's object is what is changed
            if (ofQuantity) {
                head = null;
                at = -1;
                continue;
            }
            if (!cues.leadingWords.contains(t) && !cues.determiners.contains(t)) {
                head = t;
                at = i;
            }
        }
        return at;
    }

    /** Word i and the word before it start with a capital letter and only a space lies between them. */
    private static boolean capitalisedAfterCapitalised(String text, Tokens words, int i, int t0) {
        return text != null && i > t0 && words.starts[i] == words.ends[i - 1] + 1 && text.charAt(words.ends[i - 1]) == ' '
                && Character.isUpperCase(text.codePointAt(words.starts[i])) && Character.isUpperCase(text.codePointAt(words.starts[i - 1]));
    }

    private static final Set<String> NOMINAL = Set.of("NOUN", "PROPN", "ADJ", "NUM", "HYPH", "PART", "DET", "X", "PUNCT");

    /** The tag of the tagged word that starts at {@code start}, or null where none does. */
    private static String tagAt(Words tags, int start) {
        return tags == null ? null : tags.tagAt(start);
    }

    /**
     * The principle cue whose object a conjunct continues when a gerund role cue opens the conjunct ("follow the
     * principles of [meeting basic needs]"): the nearest cue before the gerund, where it upholds a principle; else null.
     * Only where the language's verbs take a gerund after a preposition (lex:gerundEnding).
     */
    private Lexicon.Cue principleOver(Tokens words, List<PhraseMatcher.Match<Lexicon.Cue>> cuesHere, Span conjunct) {
        if (cues.gerundEnding == null)
            return null;
        int t0 = words.firstAtOrAfter(conjunct.begin());
        while (t0 < words.size && words.ends[t0] <= conjunct.end() && cues.leadingWords.contains(words.terms[t0])) t0++;
        Lexicon.Cue before = null;
        for (PhraseMatcher.Match<Lexicon.Cue> m : cuesHere) {
            if (m.from() == t0)
                return before != null && StatementReader.roleOf(before.introducesIri()) == Role.PRINCIPLE
                        && StatementReader.roleOf(m.value().introducesIri()) != Role.PRINCIPLE
                        && words.terms[t0].endsWith(cues.gerundEnding) ? before : null;
            if (m.to() <= t0)
                before = m.value();
        }
        return null;
    }

    /**
     * Whether a clause continues the gerunds of a principle cue's list ("..., providing a safety net, and keeping
     * assistance sustainable"): the cue carried is a principle's, and the clause opens (past conjunctions) with a verb in
     * its gerund form, tagged a verb.
     */
    boolean gerundContinues(Words tags, Tokens words, Span clause, Lexicon.Cue carried) {
        if (tags == null || cues.gerundEnding == null || StatementReader.roleOf(carried.introducesIri()) != Role.PRINCIPLE)
            return false;
        int t0 = words.firstAtOrAfter(clause.begin()), t1 = words.endAtOrBefore(clause.end());
        while (t0 < t1 && (cues.leadingWords.contains(words.terms[t0]) || cues.conjunctions.longestAt(words, t0, t0 + 1) != null)) t0++;
        if (t0 >= t1 || !words.terms[t0].endsWith(cues.gerundEnding))
            return false;
        // (a gerund that upholds a principle of its own governs its object as any cue does: "..., adhering to X and Y")
        PhraseMatcher.Match<Lexicon.Cue> own = cues.roles.longestAt(words, t0, t1);
        if (own != null && StatementReader.roleOf(own.value().introducesIri()) == Role.PRINCIPLE)
            return false;
        return "VERB".equals(tags.tagAt(words.starts[t0]));
    }

    /** A principle named by a gerund phrase [from, to), unless a principle the scheme knows is named there. */
    private void principleItem(String text, Tokens words, int from, int to, Lexicon.Cue cue, String lang, List<Found> inClause,
                               List<Link> links) {
        for (Found f : inClause)
            if (f.begin() < to && f.end() > from && Vocab.Principle.getURI().equals(f.ref().typeIri())) {
                links.add(new Link(Role.PRINCIPLE, f.ref(), f.span()));
                return;
            }
        ConceptRef candidate = candidate(text, words, from, to, Vocab.Principle.getURI(), lang, inClause, 1);
        if (candidate != null)
            links.add(new Link(Role.PRINCIPLE, candidate, new Span(from, to)));
    }

    /** Whether a clause opener ("that", "which") stands in [from, to): what follows is a clause, not the object's list. */
    private boolean relative(Tokens words, int from, int to) {
        for (int i = words.firstAtOrAfter(from); i < words.size && words.ends[i] <= to; i++)
            if (cues.clauseOpeners.contains(words.terms[i]))
                return true;
        return false;
    }

    /** Where the first phrase boundary after the first word from {@code from} lies, or {@code to} when none does. */
    private int boundaryAfter(Tokens words, int from, int to) {
        int b0 = words.firstAtOrAfter(from), b1 = words.endAtOrBefore(to);
        for (int i = b0 + 1; i < b1; i++)
            if (cues.boundaries.longestAt(words, i, b1) != null)
                return words.starts[i];
        return to;
    }

    /**
     * The members of a list [from, to) ("a childcare allowance, a housing subsidy and a disability pension"): split at
     * a conjunction that follows a whole noun phrase (a noun tagged before it: not "urban and rural areas") or comes
     * before a determiner, as the last conjunction of a list joins its members; each member not known to the scheme is
     * a candidate typed by the cue that governs the list.
     */
    private void listItems(String text, Tokens words, Words tags, int from, int to, Lexicon.Cue cue, String lang, List<Found> inClause,
                           List<Link> links) {
        int t0 = words.firstAtOrAfter(from), t1 = words.endAtOrBefore(to);
        int start = from;
        List<Span> members = new ArrayList<>();
        for (int i = t0; i < t1; i++) {
            PhraseMatcher.Match<String> c = cues.conjunctions.longestAt(words, i, t1);
            if (c != null && i > t0 && c.to() < t1 && (cues.determiners.contains(words.terms[c.to()]) || headBefore(tags, words.starts[i]))) {
                members.add(new Span(start, words.starts[i]));
                start = words.starts[c.to()];
                i = c.to() - 1;
            }
        }
        if (start < to) members.add(new Span(start, to));
        for (Span m : members) {
            boolean known = inClause.stream().anyMatch(f -> Cues.GOALS_REFORMS_PRINCIPLES.contains(f.ref().typeIri())
                    && f.begin() < m.end() && f.end() > m.begin());
            if (known)
                continue;
            ConceptRef candidate = candidate(text, words, m.begin(), m.end(), cue.introducesIri(), lang, inClause);
            if (candidate != null && namedUnder(cue, text, tags, m.begin(), m.end()))
                links.add(new Link(StatementReader.roleOf(candidate.typeIri()), candidate, m));
        }
    }

    /**
     * Whether a candidate read over [begin, end) under {@code cue} may be named: under a lex:HeadTypedCue ("provide") only
     * where its head noun says its class (an instrument, lex:reformHead: "provide temporary assistance"; an outcome,
     * lex:goalHead), since what a body provides is otherwise a service or a step, not a state to reach ("provide home
     * visits", "provide a paper record"); under any other cue, always.
     */
    private boolean namedUnder(Lexicon.Cue cue, String text, Words tags, int begin, int end) {
        if (!cues.headTypedCues.contains(cue))
            return true;
        int h = tags == null ? -1 : UniversalTags.head(tags, begin, end);
        if (h < 0)
            return false;
        // (looked up as CandidatePhrases types a candidate by its head)
        return cues.headClasses.containsKey(text.substring(tags.starts()[h], tags.ends()[h]).toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether the tagged word that ends just before {@code at} is a noun (the head of a whole noun phrase). */
    private static boolean headBefore(Words tags, int at) {
        if (tags == null)
            return false;
        int k = tags.firstAtOrAfter(at) - 1;
        return k >= 0 && k < tags.size() && tags.ends()[k] <= at && at - tags.ends()[k] <= 1
                && UniversalTags.nounAt(tags, k);
    }

    /** A goal, reform or principle of the mentions layer a phrase reader minted ({@link Cues#phrased}). */
    private static boolean phrased(Found f) {
        return Cues.phrased(f.ref());
    }

    /**
     * A passive call ("A dynamic monitoring mechanism shall be established", "the threshold has been lowered"): the
     * cue types its subject, the words from the clause's start to the auxiliaries before the cue, as an active cue
     * types its object; known nodes there take the cue's role as far as their class allows.
     */
    void readPassive(String text, Span clause, List<Found> found, List<PhraseMatcher.Match<Lexicon.Cue>> passives,
                     Tokens words, String lang, List<Link> links) {
        readPassive(text, clause, null, found, passives, words, lang, links);
    }

    /**
     * @param subject the clause that holds the subject where this clause opens with the verb, a relative clause between
     *     them ("The firm-size requirement, under which only large firms must enrol part-timers, will be phased out"); or null
     */
    void readPassive(String text, Span clause, Span subject, List<Found> found, List<PhraseMatcher.Match<Lexicon.Cue>> passives,
                     Tokens words, String lang, List<Link> links) {
        PhraseMatcher.Match<Lexicon.Cue> cue = passives.stream()
                .filter(m -> words.starts[m.from()] >= clause.begin() && words.ends[m.to() - 1] <= clause.end()).findFirst().orElse(null);
        if (cue == null)
            return;
        int t0 = words.firstAtOrAfter(clause.begin()), t1 = cue.from();
        // a present passive in a relative clause describes ("people whose capacity to work is reduced"), it decides nothing
        if (cues.presentBeForms.contains(words.terms[cue.from()]))
            for (int i = t0; i < cue.from(); i++)
                if (cues.relativePronouns.contains(words.terms[i]))
                    return;
        while (t1 > t0 && (cues.auxiliaries.contains(words.terms[t1 - 1]) || cues.leadingWords.contains(words.terms[t1 - 1])
                && !cues.determiners.contains(words.terms[t1 - 1])))
            t1--;
        // a passive infinitive after "for" has that "for"'s object as its subject ("called for the retirement age to be
        // linked to life expectancy"): where an infinitive marker ("to") opens the auxiliaries, the subject starts after the
        // last lex:infinitiveSubject ("for") before it
        if (t1 < cue.from() && cues.infinitiveMarkers.contains(words.terms[t1]))
            for (int i = t1 - 1; i > t0; i--)
                if (cues.infinitiveSubjects.contains(words.terms[i])) {
                    t0 = i + 1;
                    break;
                }
        if (t1 <= t0 && subject != null) {
            t0 = words.firstAtOrAfter(subject.begin());
            t1 = words.endAtOrBefore(subject.end());
        }
        if (t1 <= t0)
            return;
        // the subject starts after the last role or modality cue before it (a participle after a determiner is none:
        // "a unified benefit system has been established")
        for (int i = t1 - 1; i > t0; i--)
            if (cues.roles.longestAt(words, i, t1) != null && !cues.determiners.contains(words.terms[i - 1])
                    || cues.modalities.longestAt(words, i, t1) != null) {
                t0 = i + 1;
                break;
            }
        // and at a determiner that opens a new phrase ("that in some places the filing requirement has been scrapped")
        for (int i = t1 - 1; i > t0; i--)
            if (cues.determiners.contains(words.terms[i]) && !cues.nameComplementOpeners.contains(words.terms[i - 1])
                    && !cues.prepositions.contains(words.terms[i - 1]) && cues.conjunctions.longestAt(words, i - 1, i) == null
                    && cues.boundaries.longestAt(words, i - 1, i) == null && !gerundAfterPreposition(words, i - 1, t0)) {
                t0 = i;
                break;
            }
        if (t1 <= t0)
            return;
        int begin = words.starts[t0], end = words.ends[t1 - 1];
        Lexicon.Cue c = cue.value();
        Role cued = StatementReader.roleOf(c.introducesIri());
        boolean known = false;
        for (Found f : found) {
            if (f.begin() < begin || f.end() > end)
                continue;
            boolean component = Vocab.SystemComponent.getURI().equals(f.ref().typeIri());
            if (!Cues.GOALS_REFORMS_PRINCIPLES.contains(f.ref().typeIri()) && !component)
                continue;
            Role role = roleFor(f.ref(), c);
            boolean ends = text.substring(f.end(), end).codePoints().noneMatch(Character::isLetterOrDigit);
            if (component && !ends)
                continue; // a programme only where it ends the subject ("the private pension scheme", not "the medical insurance fund")
            if (component && !opens(words, begin, f.begin()))
                continue; // nor where words of the subject's own name come before it ("a fully functional social security system")
            known = true;
            if (role != Role.MENTION)
                links.add(new Link(role, f.ref(), f.span()));
        }
        boolean whole = found.stream().anyMatch(f -> f.begin() <= begin && f.end() >= end);
        if (!whole && !known) {
            ConceptRef candidate = candidate(text, words, begin, end, c.introducesIri(), lang, found);
            if (candidate != null && found.stream().noneMatch(f -> f.begin() <= words.starts[words.firstAtOrAfter(begin)] && f.end() >= end))
                links.add(new Link(StatementReader.roleOf(candidate.typeIri()), candidate, new Span(begin, end)));
        }
    }

    /**
     * Whether the word at {@code k} is a gerund right after a preposition ("the period for receiving [a pension]"): the
     * determiner after it opens the gerund's object, inside the phrase, not a new subject.
     */
    private boolean gerundAfterPreposition(Tokens words, int k, int from) {
        return k > from && cues.gerundEnding != null && words.terms[k].endsWith(cues.gerundEnding)
                && (cues.prepositions.contains(words.terms[k - 1]) || cues.nameComplementOpeners.contains(words.terms[k - 1]));
    }

    /** Whether {@code at} lies in a clause of [from, to), set off by commas, that opens as a relative clause ("which ...", "under which ..."). */
    boolean inRelativeClause(String text, Tokens words, int from, int to, int at) {
        for (Span c : clauses(text, from, to))
            if (c.begin() <= at && at < c.end())
                return opensRelative(words, c);
        return false;
    }

    private boolean opensRelative(Tokens words, Span clause) {
        int r0 = words.firstAtOrAfter(clause.begin()), r1 = words.endAtOrBefore(clause.end());
        if (r0 >= r1)
            return false;
        return cues.relativePronouns.contains(words.terms[r0])
                || r0 + 1 < r1 && (cues.prepositions.contains(words.terms[r0]) || cues.nameComplementOpeners.contains(words.terms[r0]))
                   && cues.relativePronouns.contains(words.terms[r0 + 1]);
    }

    /**
     * The clause that holds the subject of clause {@code i} where that clause opens with its verb after a relative clause
     * set off by commas ("The firm-size requirement, under which ..., will be phased out"; "the income requirement of ...,
     * which part-timers must exceed ..., will be abolished"): the clause before the relative one, when it is a bare
     * phrase (no role, passive or modality cue of its own); null otherwise.
     */
    Span subjectBefore(Tokens words, List<Span> clauses, int i) {
        if (i < 2)
            return null;
        Span relative = clauses.get(i - 1), subject = clauses.get(i - 2);
        if (!opensRelative(words, relative))
            return null;
        int s0 = words.firstAtOrAfter(subject.begin()), s1 = words.endAtOrBefore(subject.end());
        if (s0 >= s1 || s1 - s0 > cues.maxWords)
            return null;
        for (int k = s0; k < s1; k++)
            if (cues.roles.longestAt(words, k, s1) != null || cues.passives.longestAt(words, k, s1) != null
                    || cues.modalities.longestAt(words, k, s1) != null || cues.relativePronouns.contains(words.terms[k]))
                return null;
        return subject;
    }

    /**
     * A goal stated as a clause ("so that no one who is eligible is left out", "make sure that benefits keep pace with
     * prices", "our aim is that ..."): the proposition after a purpose cue, to the clause's end, is what is aimed at.
     * Read after the clause's names and candidates: where one of them already lies in it, or a node the scheme knows, the
     * clause has been read and nothing is added.
     */
    void readPurpose(String text, List<Span> clauses, int c, List<Found> found, List<PhraseMatcher.Match<Lexicon.Cue>> purposes,
                     Tokens words, String lang, List<Link> links) {
        if (cues.maxClauseWords <= 0)
            return;
        Span clause = clauses.get(c);
        PhraseMatcher.Match<Lexicon.Cue> cue = purposes.stream()
                .filter(m -> words.starts[m.from()] >= clause.begin() && words.ends[m.to() - 1] <= clause.end()).findFirst().orElse(null);
        if (cue == null)
            return;
        int t0 = cue.to(), t1 = words.endAtOrBefore(clause.end());
        while (t0 < t1 && cues.clauseOpeners.contains(words.terms[t0])) t0++;
        if (cues.announcedAims.contains(cue.value())) {
            // "the aim is simple: A, and B": what is aimed at follows the colon, the clause after it and each later clause
            // a conjunction opens
            if (t0 < t1 || clause.end() >= text.length() || text.charAt(clause.end()) != ':')
                return;
            for (int d = c + 1; d < clauses.size(); d++) {
                int u0 = words.firstAtOrAfter(clauses.get(d).begin()), u1 = words.endAtOrBefore(clauses.get(d).end());
                if (d > c + 1) {
                    PhraseMatcher.Match<String> and = u0 < u1 ? cues.conjunctions.longestAt(words, u0, u1) : null;
                    if (and == null)
                        break;
                    u0 = and.to();
                }
                while (u0 < u1 && cues.clauseOpeners.contains(words.terms[u0])) u0++;
                readPurposeItem(text, cue, u0, u1, false, words, found, lang, links);
            }
            return;
        }
        // the clause ends at the next sentence of a run-on text, or where a new purpose cue opens another
        for (int i = t0 + 1; i < t1; i++)
            if (cues.purposes.longestAt(words, i, t1) != null) { t1 = i; break; }
        int first = t0;
        // "make sure that A and that B", "the aim is to A and to B": a conjunction before a clause opener or an item opener
        // starts a second proposition under the same cue
        for (int i = t0 + 1; i + 1 < t1; i++) {
            PhraseMatcher.Match<String> and = cues.conjunctions.longestAt(words, i, t1);
            if (and != null && and.to() < t1 && (cues.clauseOpeners.contains(words.terms[and.to()]) || cues.itemOpeners.contains(words.terms[and.to()]))) {
                readPurposeItem(text, cue, t0, i, t0 == first, words, found, lang, links);
                t0 = and.to() + 1;
                i = t0;
            }
        }
        readPurposeItem(text, cue, t0, t1, t0 == first, words, found, lang, links);
        if (t1 < words.endAtOrBefore(clause.end()))
            return;
        // "our aim is that A, and that B": a later clause a conjunction and a clause opener start is a further proposition
        // under the same cue, unless a purpose cue of its own opens it
        for (int d = c + 1; d < clauses.size(); d++) {
            int u0 = words.firstAtOrAfter(clauses.get(d).begin()), u1 = words.endAtOrBefore(clauses.get(d).end());
            PhraseMatcher.Match<String> and = u0 < u1 ? cues.conjunctions.longestAt(words, u0, u1) : null;
            if (and == null || and.to() >= u1 || !cues.clauseOpeners.contains(words.terms[and.to()]))
                return;
            int v0 = and.to() + 1;
            for (int i = v0; i < u1; i++)
                if (cues.purposes.longestAt(words, i, u1) != null)
                    return;
            readPurposeItem(text, cue, v0, u1, false, words, found, lang, links);
        }
    }

    /** One proposition after a purpose cue, words [t0, t1): see {@link #readPurpose}. */
    private void readPurposeItem(String text, PhraseMatcher.Match<Lexicon.Cue> cue, int t0, int t1, boolean first, Tokens words, List<Found> found,
                                 String lang, List<Link> links) {
        // a frame that denies ("will no longer have to") names its clause from the negation: the duty is lifted, not set;
        // so "do not need to apply" is a phrase of its own, though one word follows the frame
        int denial = -1;
        for (int i = cue.from(); first && i < cue.to(); i++)
            if (cues.negations.longestAt(words, i, cue.to()) != null) {
                denial = i;
                break;
            }
        int n = t1 - t0;
        if (n < 1 || (denial < 0 ? n : t1 - denial) <= cues.minWords || n > cues.maxClauseWords)
            return;
        if (cues.resultCues.contains(cue.value())) {
            // "so that" introduces results as well as aims: an outcome only where the clause is about who is covered
            // ("no one eligible is left out") or opens with an outcome noun ("the coverage of the second pillar rises")
            int h = t0;
            while (h < t1 && cues.determiners.contains(words.terms[h])) h++;
            if (h >= t1 || !coversPeople(words, h, t1) && !cues.goalHeads.contains(words.terms[h]))
                return;
        }
        int begin = words.starts[denial < 0 ? t0 : denial], end = words.ends[t1 - 1];
        for (Found f : found)
            if (f.begin() < end && f.end() > begin && Cues.GOALS_REFORMS_PRINCIPLES.contains(f.ref().typeIri()))
                return;
        for (Link l : links)
            if (l.role() != Role.MENTION && l.evidence() != null && l.evidence().begin() < end && l.evidence().end() > begin)
                return;
        String label = LabelText.oneSpaced(LabelText.unquoted(text.substring(begin, end))).strip();
        if (label.isEmpty() || !balanced(label))
            return;
        String type = cue.value().introducesIri();
        links.add(new Link(StatementReader.roleOf(type), new ConceptRef(Iris.candidate(type, label), label, type, true, lang), new Span(begin, end)));
    }

    /**
     * Goals stated as outcomes (English, where the clause is tagged). A verb of keeping or making ({@code lex:stateVerb})
     * with its object's noun phrase and an adjective right after it names the state aimed at, from the verb to the
     * adjective ("keep the pension fund sustainable", "making transfers simpler"); a verb of covering
     * ({@code lex:coverageVerb}) whose object opens with a universal word names the coverage aimed at, to the clause's end
     * or an adverbial of time ("cover all who are eligible", "covering all eligible regions by 2025"). Only a verb that may
     * state an aim counts ({@link Cues#opensOutcome}: "to keep", "will keep", "while keeping"); one after its subject or a
     * relative word is a predicate that describes ("centres that keep their fees low"). Read after the clause's candidates: where a known goal, reform or principle
     * lies in it, or a link other than a goal candidate inside it, nothing is added; a goal candidate inside it (read
     * from its object alone) gives way to it.
     */
    void readOutcome(String text, Span clause, List<Found> found, List<PhraseMatcher.Match<Lexicon.Cue>> roleCues, Tokens words,
                     Words tags, String lang, List<Link> links) {
        if (tags == null)
            return;
        int t0 = words.firstAtOrAfter(clause.begin()), t1 = words.endAtOrBefore(clause.end());
        int opening = t0;
        while (opening < t1 && (cues.leadingWords.contains(words.terms[opening]) || cues.conjunctions.longestAt(words, opening, opening + 1) != null))
            opening++;
        for (int i = t0; i < t1; i++) {
            if (!cues.opensOutcome(words, i, t0))
                continue;
            boolean state = cues.stateVerbs.contains(words.terms[i]);
            int k = tags.firstAtOrAfter(words.starts[i]);
            if (k >= tags.size() || tags.starts()[k] != words.starts[i] || !UniversalTags.VERB.equals(tags.tags()[k]))
                continue;
            int end = state ? stateEnd(text, tags, k, clause) : coverageEnd(text, words, i, t1);
            if (end < 0)
                continue;
            // a gerund that opens a clause after a principle cue continues its list ("follow the principles of meeting basic
            // needs, providing a safety net for those most in need, and keeping assistance sustainable"): a principle
            // (the gerunds between are items of the same list: the cue before them says)
            Lexicon.Cue before = null;
            for (PhraseMatcher.Match<Lexicon.Cue> m : roleCues)
                if (m.to() <= i && !(m.to() - m.from() == 1 && cues.gerundEnding != null && words.terms[m.from()].endsWith(cues.gerundEnding)))
                    before = m.value();
            boolean principle = i == opening && cues.gerundEnding != null && words.terms[i].endsWith(cues.gerundEnding)
                    && before != null && StatementReader.roleOf(before.introducesIri()) == Role.PRINCIPLE;
            outcome(text, words.starts[i], end, found, lang, links, principle ? Vocab.Principle.getURI() : Vocab.Goal.getURI());
        }
    }

    /**
     * Where the adjective after the object of a verb of keeping or making (tagged word k) ends, or -1 where none follows
     * it: a word tagged as an adjective right after the object's noun phrase (an adverb of degree may come before it:
     * "more efficient"), or an adjective of outcome ({@code lex:stateAdjective}) after a noun of the phrase, which the
     * tagger reads as a noun there ("keep the pension fund sustainable"). Adjectives joined by a conjunction are one
     * complement ("keep the scheme fair and sustainable").
     */
    private int stateEnd(String text, Words tags, int k, Span clause) {
        int next = k + 1;
        if (next >= tags.size() || !text.substring(tags.ends()[k], tags.starts()[next]).isBlank())
            return -1;
        Span np = null;
        for (Span p : tags.nounPhrases())
            if (p.begin() == tags.starts()[next]) {
                np = p;
                break;
            }
        if (np == null)
            return -1;
        int j = -1;
        boolean noun = false;
        for (int i = next; i < tags.size() && tags.ends()[i] <= np.end(); i++) {
            if (noun && stateAdjective(text, tags, i)) {
                j = i;
                break;
            }
            noun |= UniversalTags.nounAt(tags, i);
        }
        if (j < 0) {
            j = tags.firstAtOrAfter(np.end());
            if (j >= tags.size() || !text.substring(np.end(), tags.starts()[j]).isBlank())
                return -1;
            // one adverb of degree may come before it ("more efficient", "fully funded")
            if (j + 1 < tags.size() && tags.tags()[j].equals("ADV") && tags.tags()[j + 1].equals("ADJ")
                    && text.substring(tags.ends()[j], tags.starts()[j + 1]).isBlank())
                j++;
            if (!tags.tags()[j].equals("ADJ") && !stateAdjective(text, tags, j))
                return -1;
        }
        if (tags.ends()[j] > clause.end())
            return -1;
        // "fair and sustainable": the adjectives joined are the complement
        while (j + 2 < tags.size() && tags.tags()[j + 1].equals(UniversalTags.CCONJ) && tags.ends()[j + 2] <= clause.end()
                && (tags.tags()[j + 2].equals("ADJ") || stateAdjective(text, tags, j + 2)))
            j += 2;
        // the adjective ends the phrase: one before a noun modifies it ("keep the same contribution base")
        if (j + 1 < tags.size() && tags.starts()[j + 1] < clause.end() && UniversalTags.nounAt(tags, j + 1))
            return -1;
        return tags.ends()[j];
    }

    /** Whether tagged word i is an adjective of outcome (lex:stateAdjective: "sustainable", "solvent"), whatever its tag. */
    private boolean stateAdjective(String text, Words tags, int i) {
        List<String> t = cues.analyzer.terms(text.substring(tags.starts()[i], tags.ends()[i]));
        return t.size() == 1 && cues.stateAdjectives.contains(t.get(0));
    }

    /**
     * Where the coverage named by a verb of covering (word i) ends: its object opens with a universal word over people
     * ("all", "every"), past determiners, and runs to the clause's end or an adverbial of time; -1 where it does not, or
     * where nothing follows the universal word or the whole is longer than a clause goal may be.
     */
    private int coverageEnd(String text, Tokens words, int i, int t1) {
        int h = i + 1;
        while (h < t1 && cues.determiners.contains(words.terms[h])) h++;
        if (h + 1 >= t1 || !coversPeople(words, h, t1))
            return -1;
        int end = words.ends[t1 - 1];
        int time = cues.timeAdverbialStart(text, words.ends[h], end);
        int last = time < 0 ? t1 : words.firstAtOrAfter(time);
        if (last <= h + 1 || last - i > cues.maxClauseWords)
            return -1;
        return words.ends[last - 1];
    }

    /**
     * A goal stated as an outcome over [begin, end), unless a known goal or principle lies in it or another reading of its
     * words reaches past it. A reform inside it is the means it names and stays ("covering all regions with DRG/DIP
     * payment"); a goal candidate inside it, read from its object alone, gives way to it.
     */
    private void outcome(String text, int begin, int end, List<Found> found, String lang, List<Link> links, String type) {
        for (Found f : found)
            if (f.begin() < end && f.end() > begin && (Vocab.Goal.getURI().equals(f.ref().typeIri())
                    || Vocab.Principle.getURI().equals(f.ref().typeIri())))
                return;
        List<Link> inside = new ArrayList<>();
        for (Link l : links) {
            if (l.role() == Role.MENTION || l.evidence() == null)
                continue;
            // where the link's name stands (its evidence may run on to the clause's end: "raise the levy [to keep ...]")
            int lb = text.indexOf(l.target().label(), l.evidence().begin());
            Span named = lb >= 0 && lb + l.target().label().length() <= l.evidence().end()
                    ? new Span(lb, lb + l.target().label().length()) : l.evidence();
            if (named.begin() < end && named.end() > begin) {
                boolean within = named.begin() >= begin && named.end() <= end;
                if (within && l.role() == Role.REFORM)
                    continue;
                if (!within || l.role() != Role.GOAL || !l.target().candidate())
                    return;
                inside.add(l);
            }
        }
        String label = LabelText.oneSpaced(LabelText.unquoted(text.substring(begin, end))).strip();
        if (label.isEmpty() || !balanced(label))
            return;
        links.removeAll(inside);
        links.add(new Link(StatementReader.roleOf(type), new ConceptRef(Iris.candidate(type, label), label, type, true, lang), new Span(begin, end)));
    }

    /**
     * Whether the clause's subject, opening at word {@code h}, is universal over those covered ("no one", "every
     * widow", "all insured couriers"), not over money: a universal word that quantifies a unit of money within the next
     * two words ("every yuan of the fund is spent on ...", "every single penny") speaks of how money is spent, a result.
     */
    private boolean coversPeople(Tokens words, int h, int t1) {
        if (!cues.universalWords.contains(words.terms[h]))
            return false;
        for (int i = h + 1; i < t1 && i <= h + 2; i++)
            if (cues.unitNouns.contains(words.terms[i]))
                return false;
        return true;
    }

    /**
     * Whether no premodifier of the node's own name stands in [from, to): only determiners and leading words (adverbs,
     * articles), or a head with its "of" ("the standards of [the allowance]": the allowance is still what is changed).
     */
    private boolean opens(Tokens words, int from, int to) {
        boolean modifier = false;
        for (int i = words.firstAtOrAfter(from); i < words.size && words.ends[i] <= to; i++) {
            String t = words.terms[i];
            if (cues.nameComplementOpeners.contains(t) || cues.prepositions.contains(t))
                return true;
            if (!cues.leadingWords.contains(t) && !cues.determiners.contains(t))
                modifier = true;
        }
        return !modifier;
    }

    /**
     * The cue that governs a node starting at {@code begin}: the nearest role cue or head noun before it in
     * the clause, unless a phrase boundary ("so that", "through", ...) lies between them; null when none does.
     */
    private Lexicon.Cue governing(Tokens words, List<PhraseMatcher.Match<Lexicon.Cue>> cuesHere, Found f) {
        PhraseMatcher.Match<Lexicon.Cue> nearest = null;
        for (PhraseMatcher.Match<Lexicon.Cue> m : cuesHere)
            if (words.ends[m.to() - 1] <= f.begin()) nearest = m;
        if (nearest == null)
            return null;
        Role prior = StatementReader.roleOf(f.ref().typeIri());
        boolean againstPrior = prior != StatementReader.roleOf(nearest.value().introducesIri());
        int t1 = words.firstAtOrAfter(f.begin());
        for (int i = nearest.to(); i < t1; i++) {
            if (cues.roles.longestAt(words, i, t1) != null || cues.heads.longestAt(words, i, t1) != null)
                continue;
            if (cues.boundaries.longestAt(words, i, t1) != null)
                return null;
            // against the class, the cue must govern the node directly, not through a prepositional phrase
            // ("promote the development of X on the basis of the rule of law": the rule of law is not promoted)
            if (againstPrior && cues.prepositions.contains(words.terms[i]))
                return null;
        }
        // a head noun over a component names the reform of a whole ("the reform of the pension system"), not one to make
        if (cues.headCues.contains(nearest.value()) && Vocab.SystemComponent.getURI().equals(f.ref().typeIri()))
            return null;
        return nearest.value();
    }

    /**
     * The role of a known node under the cue that governs it. With no cue, its class says (a list item
     * without its own verb). Under a cue, the cue says, as far as the node's class allows (the shapes:
     * a principle is only upheld, a goal only set, a reform only proposed, a component of the system
     * may be proposed as a reform, "establish a long-term care insurance system", and so is a programme that a
     * verb of improving or providing governs, "strengthen the minimum living allowance"): a goal under a reform
     * verb is still a goal called for, and so is a goal under a verb of adherence; a principle under a reform or
     * goal verb, a reform under a principle cue, or a goal under a principle's head noun, is only mentioned.
     */
    Role roleFor(ConceptRef ref, Lexicon.Cue governing) {
        Role prior = StatementReader.roleOf(ref.typeIri());
        if (governing == null)
            return prior;
        Role cued = StatementReader.roleOf(governing.introducesIri());
        if (cued == prior)
            return prior;
        if ((cued == Role.REFORM || cued == Role.GOAL) && Vocab.SystemComponent.getURI().equals(ref.typeIri()))
            return Role.REFORM;
        if ((cued == Role.GOAL || cued == Role.REFORM) && (prior == Role.GOAL || prior == Role.REFORM))
            return prior;
        // a state to reach stays one where a verb of adherence governs it ("adhere to common prosperity"): what is
        // adhered to there is the aim, and the shapes let a goal only be set; a reform under such a verb is only mentioned
        if (cued == Role.PRINCIPLE && prior == Role.GOAL && !cues.headCues.contains(governing))
            return Role.GOAL;
        return Role.MENTION;
    }

    /**
     * The items of the object [from, to), and after its boundary at {@code to} those of the rest of the clause that open
     * with a verb of their own ("raise the age for women and merge the two schemes": "for" ends the first object, not
     * the second call), each cut at its first phrase boundary.
     */
    private List<Span> items(Tokens words, int from, int to, int clauseEnd) {
        List<Span> out = new ArrayList<>();
        for (Span c : conjuncts(words, from, clauseEnd)) {
            if (c.begin() < to) {
                out.add(new Span(c.begin(), Math.min(c.end(), to)));
                continue;
            }
            int t0 = words.firstAtOrAfter(c.begin()), t1 = words.endAtOrBefore(c.end());
            if (t0 >= t1 || cues.roles.longestAt(words, t0, t1) == null)
                continue;
            int end = c.end();
            for (int i = t0 + 1; i < t1; i++)
                if (cues.boundaries.longestAt(words, i, t1) != null) {
                    end = words.starts[i];
                    break;
                }
            out.add(new Span(c.begin(), end));
        }
        return out;
    }

    /**
     * The object cut into items at a conjunction followed by a determiner or by another role cue:
     * "A and the B" → A, B; "A and promote B" → A, promote B.
     */
    private List<Span> conjuncts(Tokens words, int from, int to) {
        List<Span> out = new ArrayList<>();
        int t0 = words.firstAtOrAfter(from), t1 = words.endAtOrBefore(to);
        int start = from;
        for (int i = t0; i < t1; i++) {
            PhraseMatcher.Match<String> c = cues.conjunctions.longestAt(words, i, t1);
            if (c != null && c.to() < t1 && i > t0
                    && (cues.listConjunctions.contains(c.value()) || cues.determiners.contains(words.terms[c.to()])
                        || cues.itemOpeners.contains(words.terms[c.to()]) || cues.roles.longestAt(words, c.to(), t1) != null)) {
                out.add(new Span(start, words.starts[i]));
                start = words.starts[c.to()];
                i = c.to() - 1;
            }
        }
        if (start < to) out.add(new Span(start, to));
        return out;
    }

    /**
     * A node minted from the words in [from, to): leading determiners and adverbs dropped, trailing
     * function words too; null when too short or too long to be a name, or when it is all one known node.
     */
    ConceptRef candidate(String text, Tokens words, int from, int to, String typeIri, String lang, List<Found> inClause) {
        return candidate(text, words, from, to, typeIri, lang, inClause, 0);
    }

    /** @param verbWords how many words of a verb of change open the name, beyond the words a name may have */
    ConceptRef candidate(String text, Tokens words, int from, int to, String typeIri, String lang, List<Found> inClause, int verbWords) {
        int t0 = words.firstAtOrAfter(from), t1 = words.endAtOrBefore(to);
        if (t0 < t1 && cues.clauseOpeners.contains(words.terms[t0]))
            return null; // "ensure that ...": a proposition follows, not a name
        while (t0 < t1 && cues.leadingWords.contains(words.terms[t0])) t0++;
        // nor does a name end in a preposition ("a mechanism under [which ...]")
        while (t1 > t0 && (cues.leadingWords.contains(words.terms[t1 - 1]) || cues.determiners.contains(words.terms[t1 - 1])
                || cues.prepositions.contains(words.terms[t1 - 1]))) t1--;
        int n = t1 - t0;
        // a verb or noun of change with a one-word object of the domain names a change too ("widening coverage", "lower premiums")
        boolean domainWord = verbWords > 0 && n == cues.minWords + verbWords - 1 && cues.changeObjects.contains(words.terms[t1 - 1]);
        if (n < cues.minWords + verbWords && !domainWord || n > cues.maxWords + verbWords)
            return null;
        int begin = words.starts[t0], end = words.ends[t1 - 1];
        for (Found f : inClause)
            if (f.begin() <= begin && f.end() >= end)
                return null; // it is a known node, already mentioned
        // where names end in their head (the language has final class nouns: Chinese), the last word is the head;
        // English heads come before their complements ("supervision of pension funds") and are read by CandidatePhrases
        if (!cues.finalHeads.isEmpty() && cues.genericHeads.contains(words.terms[t1 - 1].toLowerCase(java.util.Locale.ROOT)))
            return null; // "加强组织领导": a task of administration, not a named goal
        for (int i = t0; i < t1; i++)
            if (cues.clauseWords.contains(words.terms[i]))
                return null; // "红利真正惠及参保群众": a clause, not a name
        String label = LabelText.oneSpaced(LabelText.unquoted(cues.analyzer.nameForm(text.substring(begin, end)))).strip();
        if (label.isEmpty() || !balanced(label))
            return null; // "按病组（DRG": cut inside brackets, not a name
        if (cues.duration.matcher(label).matches())
            return null; // "实施半年": how long it has run, not what runs
        // the class noun that ends the name (Chinese: …机制, …制度, …原则) says its class, whatever verb governs it
        String headed = null;
        for (java.util.Map.Entry<String, String> h : cues.finalHeads)
            if (label.endsWith(h.getKey()) && label.length() > h.getKey().length()) {
                headed = h.getValue();
                break;
            }
        if (headed != null)
            typeIri = headed;
        else if (cues.goalNeedsHead && Vocab.Goal.getURI().equals(typeIri)) {
            // the object runs on into the predicate (把维护劳动者合法权益/摆在突出位置): the name ends at its last goal noun
            for (int t = t1 - 2; t > t0; t--)
                for (java.util.Map.Entry<String, String> h : cues.finalHeads)
                    if (words.terms[t].endsWith(h.getKey()) && Vocab.Goal.getURI().equals(h.getValue()))
                        return candidate(text, words, words.starts[t0], words.ends[t], typeIri, lang, inClause);
            return null; // 加强医保基金监督管理, 做好经办服务: a task of the work, not a state to reach
        }
        return new ConceptRef(Iris.candidate(typeIri, label), label, typeIri, true, lang);
    }

    /** Whether every bracket and corner quote the label opens it also closes, and the other way round. */
    static boolean balanced(String label) {
        int depth = 0;
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if ("（(「『《【".indexOf(c) >= 0) depth++;
            else if ("）)」』》】".indexOf(c) >= 0 && --depth < 0) return false;
        }
        return depth == 0;
    }
}
