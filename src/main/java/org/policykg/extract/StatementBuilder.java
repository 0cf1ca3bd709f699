package org.policykg.extract;

import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policykg.document.*;
import org.policykg.rdf.Slugs;
import org.policykg.rdf.Vocab;

/**
 * Reads the statements of a document, one per sentence that sets a goal, calls for a reform, upholds a
 * principle, assigns responsibility, reports an achievement or describes the system.
 * <ul>
 * <li>Modality: the first modality cue of the sentence's content; a reporting verb ("The article
 * emphasizes that ...", "X stressed that ...") gives it only when nothing inside the reported clause does.</li>
 * <li>Reported speech: from the first sentence whose reporting subject and reporting verb name the
 * reported work on, the sentences are that work speaking, until a sentence opens with another known
 * actor and a reporting verb ("The State Council stressed that ..."), which speaks for that actor.</li>
 * <li>Roles: a sentence is cut into clauses at , ; : and each clause's first role cue types what
 * follows it. Known goals, reforms and principles are linked by their own class; the rest of a
 * clause's object (cut at a phrase boundary, split at "and the ...") becomes a candidate node typed
 * by the cue nearest to it.</li>
 * <li>Responsibility: actors named just before a cue that assigns responsibility ("X must ...").</li>
 * <li>Structure: the lexicon's structure patterns give the components of the system named in the sentence.</li>
 * </ul>
 */
final class StatementBuilder {
    private static final Set<String> GRP = Set.of(Vocab.Goal.getURI(), Vocab.Reform.getURI(), Vocab.Principle.getURI());
    private static final Set<String> ACTORS = Set.of(Vocab.Person.getURI(), Vocab.Organization.getURI(), Vocab.Actor.getURI());

    private final WordAnalyzer cueAnalyzer;
    private final PhraseMatcher<Lexicon.Cue> modalities = new PhraseMatcher<>();
    private final PhraseMatcher<Lexicon.Cue> roles = new PhraseMatcher<>();
    private final PhraseMatcher<Lexicon.Cue> subjects = new PhraseMatcher<>();
    private final PhraseMatcher<String> boundaries = new PhraseMatcher<>();
    private final PhraseMatcher<String> conjunctions = new PhraseMatcher<>();
    private final Set<String> leadingWords = new HashSet<>();
    private final Set<String> clauseOpeners = new HashSet<>();
    private final Set<String> actorHeads = new HashSet<>();
    private final Set<String> determiners = new HashSet<>();
    private final Set<String> listConjunctions;
    private final List<Pattern> structures;
    private final int minWords;
    private final int maxWords;

    StatementBuilder(Lexicon lexicon, WordAnalyzer cueAnalyzer) {
        this.cueAnalyzer = cueAnalyzer;
        for (Lexicon.Cue c : lexicon.modalityCues()) modalities.add(cueAnalyzer.terms(c.form()), c);
        for (Lexicon.Cue c : lexicon.roleCues()) roles.add(cueAnalyzer.terms(c.form()), c);
        for (Lexicon.Cue c : lexicon.reportingSubjects()) subjects.add(cueAnalyzer.terms(c.form()), c);
        for (String b : lexicon.phraseBoundaries()) boundaries.add(cueAnalyzer.terms(b), b);
        for (String c : lexicon.conjunctions()) conjunctions.add(cueAnalyzer.terms(c), c);
        for (String w : lexicon.leadingWords()) leadingWords.addAll(cueAnalyzer.terms(w));
        for (String w : lexicon.clauseOpeners()) clauseOpeners.addAll(cueAnalyzer.terms(w));
        for (String w : lexicon.actorHeads()) actorHeads.addAll(cueAnalyzer.terms(w));
        for (String w : lexicon.determiners()) determiners.addAll(cueAnalyzer.terms(w));
        this.listConjunctions = Set.copyOf(lexicon.listConjunctions());
        this.structures = lexicon.patterns("SystemStructure");
        this.minWords = lexicon.minCandidateWords();
        this.maxWords = lexicon.maxCandidateWords();
    }

    /** A concept found at chars [begin, end). */
    private record Found(int begin, int end, ConceptRef ref) {
        Span span() { return new Span(begin, end); }
    }

    Document apply(Document doc) {
        String text = doc.text();
        Tokens cues = cueAnalyzer.tokens(text);
        int[] mentionStarts = doc.mentions().stream().mapToInt(m -> m.span().begin()).toArray();
        String lang = cueAnalyzer.nameLanguage(doc.source().language());
        ReportedWork reported = doc.reportedWork();
        boolean reportedVoice = false;
        List<Statement> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            if (reported != null && s.span().equals(reported.span()))
                continue; // the announcement of the reported work is metadata, read already
            int contentStart = s.span().begin();
            if (doc.dateline() != null && s.span().overlaps(doc.dateline().span()))
                contentStart = Math.max(contentStart, doc.dateline().span().end());
            int end = s.span().end();
            if (contentStart >= end)
                continue;
            int k0 = cues.firstAtOrAfter(contentStart), k1 = cues.endAtOrBefore(end);

            // reported speech: "The article emphasizes (that) ..."
            Lexicon.Cue reportingCue = null;
            PhraseMatcher.Match<Lexicon.Cue> subject = subjects.longestAt(cues, k0, k1);
            if (subject != null) {
                for (int i = subject.to(); i < Math.min(k1, subject.to() + 3); i++) {
                    PhraseMatcher.Match<Lexicon.Cue> v = modalities.longestAt(cues, i, k1);
                    if (v != null && v.value().reporting()) {
                        reportingCue = v.value();
                        contentStart = cues.ends[v.to() - 1];
                        if (reported != null)
                            reportedVoice = true;
                        break;
                    }
                }
            }
            // another speaker named at the start ("The State Council stressed that ...") speaks for itself, and the
            // reported work's voice ends there
            ConceptRef speaker = null;
            if (reportingCue == null) {
                for (int i = firstMentionAtOrAfter(mentionStarts, contentStart); i < mentionStarts.length && mentionStarts[i] < end; i++) {
                    Mention m = doc.mentions().get(i);
                    int first = cues.firstAtOrAfter(m.span().begin());
                    if (first - k0 > 2 || !ACTORS.contains(m.concept().typeIri()))
                        break;
                    int after = cues.firstAtOrAfter(m.span().end());
                    for (int j = after; j < Math.min(k1, after + 3) && speaker == null; j++) {
                        PhraseMatcher.Match<Lexicon.Cue> v = modalities.longestAt(cues, j, k1);
                        if (v != null && v.value().reporting()) {
                            speaker = m.concept();
                            reportingCue = v.value();
                            contentStart = cues.ends[v.to() - 1];
                            reportedVoice = false;
                        }
                    }
                    break;
                }
            }
            k0 = cues.firstAtOrAfter(contentStart);

            List<PhraseMatcher.Match<Lexicon.Cue>> modal = modalities.find(cues, k0, k1);
            // "X stressed that it is necessary to ...": what is said outranks the verb of saying
            String modality = modal.stream().filter(m -> !m.value().reporting()).map(m -> m.value().modalityIri()).findFirst()
                    .orElse(!modal.isEmpty() ? modal.get(0).value().modalityIri() : reportingCue != null ? reportingCue.modalityIri() : null);

            List<Found> found = new ArrayList<>();
            for (int i = firstMentionAtOrAfter(mentionStarts, contentStart); i < mentionStarts.length && mentionStarts[i] < end; i++) {
                Mention m = doc.mentions().get(i);
                if (m.span().end() <= end)
                    found.add(new Found(m.span().begin(), m.span().end(), m.concept()));
            }
            // a role word after a determiner is a noun ("the reform will ..."), not a call
            List<PhraseMatcher.Match<Lexicon.Cue>> roleCues = roles.find(cues, k0, k1).stream()
                    .filter(m -> m.from() == 0 || !determiners.contains(cues.terms[m.from() - 1])).toList();

            List<Link> links = new ArrayList<>();
            ConceptRef whole = null;
            List<ConceptRef> components = new ArrayList<>();
            structure(text, s.span(), contentStart, found, cues, lang, components, links);
            if (!components.isEmpty())
                whole = wholeOf(found, components);
            // a sentence without any cue only names things; it makes no statement
            if (modality == null && roleCues.isEmpty() && components.isEmpty())
                continue;
            for (Span clause : clauses(text, contentStart, end))
                readClause(text, clause, found, roleCues, cues, lang, links);
            responsibility(text, contentStart, modal, cues, found, lang, links);

            for (Found f : found)
                links.add(new Link(Role.MENTION, f.ref(), f.span()));
            boolean says = modality != null || !components.isEmpty()
                    || links.stream().anyMatch(l -> l.role() != Role.MENTION);
            if (says)
                out.add(new Statement(out.size() + 1, s, modality, reportedVoice, speaker, dedupe(links), whole, List.copyOf(components)));
        }
        return doc.withStatements(out);
    }

    private static int firstMentionAtOrAfter(int[] starts, int offset) {
        int i = java.util.Arrays.binarySearch(starts, offset);
        if (i < 0) return -i - 1;
        while (i > 0 && starts[i - 1] == offset) i--;
        return i;
    }

    /** Clause spans: the sentence cut at , ; : and their full-width forms. */
    private static List<Span> clauses(String text, int from, int to) {
        List<Span> out = new ArrayList<>();
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == ':' || c == '，' || c == '；' || c == '：' || c == '、') {
                if (i > start) out.add(new Span(start, i));
                start = i + 1;
            }
        }
        if (start < to) out.add(new Span(start, to));
        return out;
    }

    private void readClause(String text, Span clause, List<Found> found, List<PhraseMatcher.Match<Lexicon.Cue>> roleCues,
                            Tokens cues, String lang, List<Link> links) {
        // a name with commas in it ("fair, unified and sustainable ...") belongs to the clause it starts in
        List<Found> inClause = found.stream().filter(f -> f.begin() >= clause.begin() && f.begin() < clause.end()).toList();
        List<PhraseMatcher.Match<Lexicon.Cue>> cuesHere = roleCues.stream()
                .filter(m -> cues.starts[m.from()] >= clause.begin() && cues.ends[m.to() - 1] <= clause.end()).toList();
        if (cuesHere.isEmpty()) {
            // a list item without its own verb ("..., advancing with the times, and seeking truth from facts"):
            // only what the scheme knows, by its own class
            for (Found f : inClause)
                if (GRP.contains(f.ref().typeIri()))
                    links.add(new Link(roleOf(f.ref().typeIri()), f.ref(), f.span()));
            return;
        }
        PhraseMatcher.Match<Lexicon.Cue> first = cuesHere.get(0);
        int objectStart = cues.ends[first.to() - 1];
        int objectEnd = clause.end();
        int b0 = cues.firstAtOrAfter(objectStart), b1 = cues.endAtOrBefore(objectEnd);
        for (int i = b0; i < b1; i++) {
            PhraseMatcher.Match<String> b = boundaries.longestAt(cues, i, b1);
            if (b != null && i > b0) {
                objectEnd = cues.starts[i];
                break;
            }
        }
        // known goals, reforms and principles outside the object still count, by their class
        for (Found f : inClause)
            if (GRP.contains(f.ref().typeIri()) && (f.end() <= objectStart || f.begin() >= objectEnd))
                links.add(new Link(roleOf(f.ref().typeIri()), f.ref(), f.span()));
        for (Span conjunct : conjuncts(cues, objectStart, objectEnd)) {
            List<Found> known = inClause.stream()
                    .filter(f -> GRP.contains(f.ref().typeIri()) && f.begin() < conjunct.end() && f.end() > conjunct.begin()).toList();
            if (!known.isEmpty()) {
                for (Found f : known)
                    links.add(new Link(roleOf(f.ref().typeIri()), f.ref(), f.span()));
                continue;
            }
            // the cue nearest the phrase types it: "achieve new results in improving X" → X, a goal
            Lexicon.Cue cue = first.value();
            int start = conjunct.begin();
            boolean cueOpens = false;
            for (PhraseMatcher.Match<Lexicon.Cue> m : cuesHere)
                if (cues.starts[m.from()] >= conjunct.begin() && cues.ends[m.to() - 1] <= conjunct.end()) {
                    cue = m.value();
                    start = cues.ends[m.to() - 1];
                    cueOpens = m.from() == cues.firstAtOrAfter(conjunct.begin());
                }
            ConceptRef candidate = candidate(text, cues, start, conjunct.end(), cue.introducesIri(), lang, inClause);
            if (candidate == null && start != conjunct.begin() && !cueOpens) // the nearer "cue" was a noun ("various reform plans")
                candidate = candidate(text, cues, conjunct.begin(), conjunct.end(), first.value().introducesIri(), lang, inClause);
            if (candidate != null)
                links.add(new Link(roleOf(candidate.typeIri()), candidate, new Span(start, conjunct.end())));
        }
    }

    /**
     * The object cut into items at a conjunction followed by a determiner or by another role cue:
     * "A and the B" → A, B; "A and promote B" → A, promote B.
     */
    private List<Span> conjuncts(Tokens cues, int from, int to) {
        List<Span> out = new ArrayList<>();
        int t0 = cues.firstAtOrAfter(from), t1 = cues.endAtOrBefore(to);
        int start = from;
        for (int i = t0; i < t1; i++) {
            PhraseMatcher.Match<String> c = conjunctions.longestAt(cues, i, t1);
            if (c != null && c.to() < t1 && i > t0
                    && (listConjunctions.contains(c.value()) || determiners.contains(cues.terms[c.to()]) || roles.longestAt(cues, c.to(), t1) != null)) {
                out.add(new Span(start, cues.starts[i]));
                start = cues.starts[c.to()];
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
    private ConceptRef candidate(String text, Tokens cues, int from, int to, String typeIri, String lang, List<Found> inClause) {
        int t0 = cues.firstAtOrAfter(from), t1 = cues.endAtOrBefore(to);
        if (t0 < t1 && clauseOpeners.contains(cues.terms[t0]))
            return null; // "ensure that ...": a proposition follows, not a name
        while (t0 < t1 && leadingWords.contains(cues.terms[t0])) t0++;
        while (t1 > t0 && (leadingWords.contains(cues.terms[t1 - 1]) || determiners.contains(cues.terms[t1 - 1]))) t1--;
        int n = t1 - t0;
        if (n < minWords || n > maxWords)
            return null;
        int begin = cues.starts[t0], end = cues.ends[t1 - 1];
        for (Found f : inClause)
            if (f.begin() <= begin && f.end() >= end)
                return null; // it is a known node, already mentioned
        String label = cueAnalyzer.nameForm(text.substring(begin, end)).replaceAll("[\"“”‘’]", "").replaceAll("[\\s\\u00A0]+", " ").strip();
        if (label.isEmpty())
            return null;
        String local = typeIri.substring(typeIri.lastIndexOf('#') + 1).toLowerCase(Locale.ROOT);
        return new ConceptRef(Vocab.ID + "candidate/" + local + "/" + Slugs.of(label, 100), label, typeIri, true, lang);
    }

    /** Actors named before a cue that assigns responsibility, in the same clause: "Party committees ... must". */
    private void responsibility(String text, int contentStart, List<PhraseMatcher.Match<Lexicon.Cue>> modal, Tokens cues,
                                List<Found> found, String lang, List<Link> links) {
        for (PhraseMatcher.Match<Lexicon.Cue> m : modal) {
            if (!m.value().assignsResponsibility())
                continue;
            int cueStart = cues.starts[m.from()];
            int clauseStart = contentStart;
            for (int i = cueStart - 1; i >= contentStart; i--) {
                char c = text.charAt(i);
                if (c == ',' || c == ';' || c == ':' || c == '，' || c == '；') {
                    clauseStart = i + 1;
                    break;
                }
            }
            int before = links.size();
            for (Found f : found)
                if (ACTORS.contains(f.ref().typeIri()) && f.begin() >= clauseStart && f.end() <= cueStart)
                    links.add(new Link(Role.RESPONSIBLE_ACTOR, f.ref(), f.span()));
            if (links.size() == before)
                candidateActor(text, cues, clauseStart, m.from(), lang, found, links);
        }
    }

    /** The subject before "must"/"should" when it ends in a noun that names who acts: "Local governments should ...". */
    private void candidateActor(String text, Tokens cues, int clauseStart, int cueToken, String lang, List<Found> found, List<Link> links) {
        int t0 = cues.firstAtOrAfter(clauseStart), t1 = cueToken;
        while (t0 < t1 && (leadingWords.contains(cues.terms[t0]) || determiners.contains(cues.terms[t0]))) t0++;
        int n = t1 - t0;
        if (n < 1 || n > maxWords / 2 + 1 || !actorHeads.contains(cues.terms[t1 - 1]))
            return;
        for (int i = t0; i < t1; i++)
            if (roles.longestAt(cues, i, t1) != null || modalities.longestAt(cues, i, t1) != null)
                return; // a verb inside: not a plain noun phrase
        int begin = cues.starts[t0], end = cues.ends[t1 - 1];
        for (Found f : found)
            if (f.begin() < end && f.end() > begin)
                return; // it names something the scheme knows that is not an actor
        String label = cueAnalyzer.nameForm(text.substring(begin, end)).replaceAll("[\\s\\u00A0]+", " ");
        ConceptRef actor = new ConceptRef(Vocab.ID + "candidate/organization/" + Slugs.of(label, 100), label,
                Vocab.Organization.getURI(), true, lang);
        links.add(new Link(Role.RESPONSIBLE_ACTOR, actor, new Span(begin, end)));
    }

    /** "takes A as the main body, including B, C" → A, B, C are components; unknown items become candidates. */
    private void structure(String text, Span sentence, int contentStart, List<Found> found, Tokens cues, String lang,
                           List<ConceptRef> components, List<Link> links) {
        String s = text.substring(contentStart, sentence.end());
        for (Pattern p : structures) {
            Matcher m = p.matcher(s);
            if (!m.find())
                continue;
            for (String group : List.of("main", "parts")) {
                int gb = contentStart + m.start(group), ge = contentStart + m.end(group);
                for (Span item : clauses(text, gb, ge)) {
                    int first = cues.firstAtOrAfter(item.begin());
                    if (first < cues.size && cues.starts[first] < item.end() && boundaries.longestAt(cues, first, cues.endAtOrBefore(item.end())) != null)
                        break; // "..., according to the article": the list has ended
                    List<Found> known = found.stream().filter(f -> item.contains(f.span())
                            && !ACTORS.contains(f.ref().typeIri()) && !GRP.contains(f.ref().typeIri())).toList();
                    if (!known.isEmpty()) {
                        known.forEach(f -> components.add(f.ref()));
                    } else {
                        ConceptRef c = candidate(text, cues, item.begin(), item.end(), Vocab.SystemComponent.getURI(), lang, List.of());
                        if (c != null) {
                            components.add(c);
                            links.add(new Link(Role.MENTION, c, item));
                        }
                    }
                }
            }
            return;
        }
    }

    /** The system the components belong to: a known component named in the sentence that is not one of them. */
    private static ConceptRef wholeOf(List<Found> found, List<ConceptRef> components) {
        for (Found f : found)
            if (Vocab.SystemComponent.getURI().equals(f.ref().typeIri()) && !components.contains(f.ref()))
                return f.ref();
        return null;
    }

    private static Role roleOf(String typeIri) {
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
