package org.policykg.extract.stages;

import java.util.List;

import org.policykg.document.*;
import org.policykg.rdf.Iris;
import org.policykg.rdf.Vocab;

/** Who a sentence makes responsible: the actors named just before a cue that assigns responsibility ("X must ..."). */
final class ResponsibilityReader {
    private final Cues cues;

    ResponsibilityReader(Cues cues) { this.cues = cues; }

    /** Actors named before a cue that assigns responsibility, in the same clause: "Party committees ... must". */
    void read(String text, int contentStart, List<PhraseMatcher.Match<Lexicon.Cue>> modal, Tokens words,
              List<Found> found, String lang, List<Link> links) {
        for (PhraseMatcher.Match<Lexicon.Cue> m : modal) {
            if (!m.value().assignsResponsibility())
                continue;
            int cueStart = words.starts[m.from()];
            int clauseStart = contentStart;
            for (int i = cueStart - 1; i >= contentStart; i--) {
                char c = text.charAt(i);
                if ((c == ',' || c == ';' || c == ':' || c == '，' || c == '；') && !RoleReader.insideNumber(text, i)) {
                    clauseStart = i + 1;
                    break;
                }
            }
            int before = links.size();
            for (Found f : found)
                if (Cues.ACTORS.contains(f.ref().typeIri()) && f.begin() >= clauseStart && f.end() <= cueStart)
                    links.add(new Link(Role.RESPONSIBLE_ACTOR, f.ref(), f.span()));
            if (links.size() == before)
                candidateActor(text, words, clauseStart, m.from(), lang, found, links);
        }
    }

    /**
     * The actors that open a clause as its subject (Chinese: 国家医保局将全面推进…, A会同B、C制定…): after at most
     * a lead-in word (下一步, 同时), one actor or several joined by the lexicon's subject joiners, followed by the
     * clause's predicate. They are responsible for the goals and reforms the statement calls for. Off for a
     * language without subject joiners.
     */
    void subjects(String text, int contentStart, int end, List<Found> found, List<Link> links) {
        if (cues.subjectJoiners.isEmpty() || links.stream().noneMatch(l -> l.role() == Role.GOAL || l.role() == Role.REFORM))
            return;
        List<Found> actors = found.stream().filter(f -> Cues.ACTORS.contains(f.ref().typeIri()))
                .sorted(java.util.Comparator.comparingInt(Found::begin)).toList();
        // the words are compared in simplified characters (會同 is 会同); folding keeps every offset
        String view = ChineseScript.simplified(text.substring(contentStart, end));
        int base = contentStart;
        List<String> between = new java.util.ArrayList<>(cues.subjectJoiners);
        between.addAll(cues.subjectLeads);
        for (Span clause : RoleReader.clauses(text, contentStart, end)) {
            int at = base + skip(view, clause.begin() - base, clause.end() - base, cues.subjectLeads);
            List<Found> subject = new java.util.ArrayList<>();
            for (Found f : actors) {
                if (f.begin() < at)
                    continue;
                if (f.begin() != at)
                    break;
                subject.add(f);
                at = base + skip(view, f.end() - base, clause.end() - base, between);
            }
            if (subject.isEmpty())
                continue;
            // a title names its issuer before 关于 ("…办公厅关于…的意见"): not a subject; nor is a name that ends the sentence
            int after = subject.get(subject.size() - 1).end();
            if (after >= end - 1 || cues.subjectNotBefore.stream().anyMatch(w -> view.startsWith(w, after - base))
                    || ownsPost(view, after - base, clause.end() - base))
                continue;
            for (Found f : subject)
                if (links.stream().noneMatch(l -> l.role() == Role.RESPONSIBLE_ACTOR && l.target().iri().equals(f.ref().iri())))
                    links.add(new Link(Role.RESPONSIBLE_ACTOR, f.ref(), f.span()));
        }
    }

    /**
     * Whether a body's name is followed closely by a post title (人社部养老保险司负责人介绍, 民政部副部长指出): it owns
     * the post whose holder speaks, and is not the clause's subject. A title that begins a longer organisation head
     * (委员 in 委员会) is not one.
     */
    private boolean ownsPost(String view, int from, int to) {
        int limit = Math.min(to, from + POST_REACH);
        for (int p = from; p < limit; p++) {
            int at = p;
            for (String title : cues.postTitles)
                if (view.startsWith(title, at) && cues.organizationHeads.stream()
                        .noneMatch(h -> h.length() > title.length() && h.startsWith(title) && view.startsWith(h, at)))
                    return true;
        }
        return false;
    }

    /** The marks that end a clause's opening inside a sentence (a speaker's label, an introductory phrase). */
    private static final java.util.regex.Pattern SUBJECT_BREAKS = java.util.regex.Pattern.compile("[:：;；,，]");

    /** How far after a body's name its post title may start (an internal unit's name between: 养老保险司). */
    private static final int POST_REACH = 8;

    /** Past white space and the words at {@code from}, as many as follow one another. */
    private static int skip(String text, int from, int to, List<String> words) {
        int at = from;
        for (boolean moved = true; moved; ) {
            moved = false;
            while (at < to && Character.isWhitespace(text.charAt(at))) at++;
            for (String w : words)
                if (text.startsWith(w, at) && at + w.length() <= to) {
                    at += w.length();
                    moved = true;
                    break;
                }
        }
        return at;
    }

    /** The subject before "must"/"should" when it ends in a noun that names who acts: "Local governments should ...". */
    private void candidateActor(String text, Tokens words, int clauseStart, int cueToken, String lang, List<Found> found, List<Link> links) {
        int t0 = words.firstAtOrAfter(clauseStart), t1 = cueToken;
        // a subject never runs across a colon, semicolon or comma: after "记者：" or "Answer:" the question's or answer's
        // own subject starts
        for (int i = t0 + 1; i < t1; i++)
            if (SUBJECT_BREAKS.matcher(text.substring(words.ends[i - 1], words.starts[i])).find())
                t0 = i;
        // (and a list marker: "9. Local governments ...")
        while (t0 < t1 && (cues.leadingWords.contains(words.terms[t0]) || cues.determiners.contains(words.terms[t0])
                || words.terms[t0].chars().allMatch(Character::isDigit))) t0++;
        // the head may be followed by a postmodifier that belongs to the name ("local governments at all levels")
        int head = t1;
        for (int i = t0 + 1; i < t1; i++) {
            PhraseMatcher.Match<String> post = cues.actorPostmodifiers.longestAt(words, i, t1);
            if (post != null && post.to() == t1) {
                head = i;
                break;
            }
        }
        int n = head - t0;
        if (n < 1 || n > cues.maxWords / 2 + 1 || !cues.actorHeads.contains(words.terms[head - 1]))
            return;
        if (cues.prepositions.contains(words.terms[t0]) || cues.boundaries.longestAt(words, t0, head) != null)
            return; // a phrase of time or manner in front ("From this year employers must ..."): where the subject starts is unsure
        for (int i = t0; i < head; i++)
            if (cues.roles.longestAt(words, i, t1) != null || cues.modalities.longestAt(words, i, t1) != null)
                return; // a verb inside: not a plain noun phrase
        int begin = words.starts[t0], end = words.ends[t1 - 1];
        for (Found f : found)
            if (f.begin() < end && f.end() > begin)
                return; // it names something the scheme knows that is not an actor
        String label = LabelText.oneSpaced(cues.analyzer.nameForm(text.substring(begin, end)));
        String type = Vocab.Organization.getURI();
        links.add(new Link(Role.RESPONSIBLE_ACTOR, new ConceptRef(Iris.candidate(type, label), label, type, true, lang), new Span(begin, end)));
    }

    /**
     * A sentence that calls for or reports a goal or reform credits the bodies it names as acting in it
     * ("The Ministry of Finance issued ...", "..., the ministry said", "announced by the Ministry of Finance
     * and ..."), and the body that speaks in it: organisations named by their head noun, not inside a
     * prepositional phrase or a possessive.
     * Only where no cue assigned responsibility already ("X must ..." is the stronger reading).
     */
    void actingBodies(String text, Tokens words, List<Found> found, ConceptRef speaker, List<Link> links) {
        if (links.stream().anyMatch(l -> l.role() == Role.RESPONSIBLE_ACTOR)
                || links.stream().noneMatch(l -> l.role() == Role.GOAL || l.role() == Role.REFORM))
            return;
        // a body that says what it will do ("The ministry said that it will ...") answers for it
        if (speaker != null && Vocab.Organization.getURI().equals(speaker.typeIri()))
            links.add(new Link(Role.RESPONSIBLE_ACTOR, speaker, null));
        for (Found f : found)
            if (Vocab.Organization.getURI().equals(f.ref().typeIri()) && actsHere(text, words, f) && !beforeNonSubjectWord(text, f))
                links.add(new Link(Role.RESPONSIBLE_ACTOR, f.ref(), f.span()));
    }

    /**
     * A measure stated as a clause ("the bureau will publish its audit results", "the agency plans to draft rules"): the
     * known actors named before its frame in the same clause, as acting there (not after a preposition, not a possessive),
     * answer for the reform the verb opens, where the statement still calls for it; where none is named there, a subject
     * that ends in a noun of who acts ("the finance department is to draft ...") does, as before "must".
     *
     * @param frames the start of each measure verb with the start of its frame ("will", "plans to")
     */
    void measureSubjects(String text, int contentStart, Tokens words, List<Found> found, java.util.Map<Integer, Integer> frames,
                         String lang, List<Link> links) {
        for (Link l : List.copyOf(links)) {
            if (l.role() != Role.REFORM || l.evidence() == null || !frames.containsKey(l.evidence().begin()))
                continue;
            int frame = frames.get(l.evidence().begin());
            int clauseStart = contentStart;
            for (int i = frame - 1; i >= contentStart; i--) {
                if (RoleReader.clauseMark(text, i)) {
                    clauseStart = i + 1;
                    break;
                }
            }
            boolean named = false;
            for (Found f : found)
                if (Cues.ACTORS.contains(f.ref().typeIri()) && f.begin() >= clauseStart && f.end() <= frame && actsHere(text, words, f)) {
                    named = true;
                    if (links.stream().noneMatch(x -> x.role() == Role.RESPONSIBLE_ACTOR && x.target().iri().equals(f.ref().iri())))
                        links.add(new Link(Role.RESPONSIBLE_ACTOR, f.ref(), f.span()));
                }
            // a subject that names who acts by its head ("the finance department is to draft ..."), as before "must"
            int from = clauseStart;
            if (!named && links.stream().noneMatch(x -> x.role() == Role.RESPONSIBLE_ACTOR && x.evidence() != null
                    && x.evidence().begin() >= from && x.evidence().end() <= frame))
                candidateActor(text, words, clauseStart, words.firstAtOrAfter(frame), lang, found, links);
        }
    }

    /**
     * A name followed by a word no subject is (Chinese: the issuer of a title before 关于, a possessive before 的). (A body
     * owning the post of the one who speaks is still credited with what its official announces.)
     */
    private boolean beforeNonSubjectWord(String text, Found f) {
        if (cues.subjectNotBefore.isEmpty())
            return false; // (English gives none)
        String after = ChineseScript.simplified(text.substring(f.end(), Math.min(text.length(), f.end() + 4)));
        return cues.subjectNotBefore.stream().anyMatch(after::startsWith);
    }

    /**
     * An actor named as one who acts: a person, or a body named by its head noun ("the Ministry of Finance",
     * not "China" or "the country"), not after a preposition ("in the ministry") and not a possessive
     * ("the ministry's department").
     */
    boolean actsHere(String text, Tokens words, Found f) {
        int t = words.firstAtOrAfter(f.begin());
        boolean named = Vocab.Person.getURI().equals(f.ref().typeIri());
        for (int i = t; i < words.endAtOrBefore(f.end()) && !named; i++)
            named = cues.organizationWord(words.terms[i]) || cues.soleBodyWords.contains(words.terms[i]);
        if (!named)
            return false;
        if (t > 0 && (cues.prepositions.contains(words.terms[t - 1]) || cues.leadingWords.contains(words.terms[t - 1])
                && !cues.determiners.contains(words.terms[t - 1])))
            return false;
        String around = text.substring(Math.max(f.begin(), f.end() - 2), Math.min(text.length(), f.end() + 2));
        return !(around.contains("'s") || around.contains("’s"));
    }

}
