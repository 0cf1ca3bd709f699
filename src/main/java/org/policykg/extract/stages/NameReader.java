package org.policykg.extract.stages;

import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policykg.document.*;
import org.policykg.rdf.Iris;
import org.policykg.rdf.Vocab;

/**
 * People with their posts and organisations by their head nouns, in any letter case, as actors the
 * scheme need not know. What it reads is lexicon data of the language: post titles ("vice minister",
 * "director"), organisation heads ("ministry", "administration"), surnames and the shape of a given name
 * (so that "liu jianhua" is a name in a lowercased text), and the function words that end a name.
 * <ul>
 * <li>a post before a name: "Vice Minister of Human Resources and Social Security Liu Jianhua", "premier li qiang";</li>
 * <li>a name, a comma and a post: "Wang Ying, director of the ministry's Department of Pension Insurance", "zhou hong, a ministry official";</li>
 * <li>a surname and a given name alone, capitalised in a cased text or next to a verb of saying in any case;</li>
 * <li>an organisation: its head with the words before it and an "of ..." after it: "Ministry of Finance",
 *     "National Healthcare Security Administration", "the ministry of human resources and social security".</li>
 * </ul>
 * The actors found join the mentions layer (a person with the posts the text gives); what the scheme
 * already names is left to it, and a concept inside a name ("pension insurance" in "Department of Pension
 * Insurance") is not a mention of that concept.
 */
final class NameReader implements Stage {
    private final Cues cues;
    private final ConceptMatcher concepts;
    private final PhraseMatcher<String> titles = new PhraseMatcher<>();
    private final Set<String> orgHeads = new HashSet<>();
    private final Set<String> groupHeads = new HashSet<>();
    private final Set<String> surnames = new HashSet<>();
    private final Set<String> wordSurnames = new HashSet<>();
    private final Set<String> nameParticles = new HashSet<>();
    private final Set<String> functionWords = new HashSet<>();
    private final Set<String> complementOpeners = new HashSet<>();
    private final PhraseMatcher<String> soleBodies = new PhraseMatcher<>();
    private final Set<String> soleBodiesInLowerCase = new HashSet<>(), soleBodiesProper = new HashSet<>();
    private final Set<String> definiteArticles = new HashSet<>();
    private final Set<String> fieldNamedHeads = new HashSet<>();
    private final PhraseMatcher<String> bodyEvents = new PhraseMatcher<>();
    private final Set<String> agentMarkers = new HashSet<>();
    private final PhraseMatcher<String> hierarchyMarkers = new PhraseMatcher<>();
    private final Set<String> levelWords = new HashSet<>();
    private final Set<String> unitHeads = new HashSet<>();
    private final Set<String> genitivePlurals = new HashSet<>();
    /** The words of the scheme's labels of things other than persons, as the cue analyzer reads them. */
    private final Set<String> schemeWords = new HashSet<>();
    /** How many words an "of ..." between a speaker's name and the verb of saying may run to. */
    private static final int MAX_AFFILIATION_WORDS = 7;
    /** A word in the genitive and the space after it: "Women's ", "Persons' ". */
    private static final Pattern GENITIVE_END = Pattern.compile("^(\\p{L}+)['\u2019](s?)[\\s\u00A0]+$");
    private final Pattern givenName;
    private final List<Pattern> datelines;
    private final List<Pattern> bylinePatterns;
    /** The same, for a text without capitals: "tokyo, june 13 (kyodo) --" */
    private final List<Pattern> datelinesAnyCase = new ArrayList<>();
    /** An acronym in parentheses right after a name, alone or after the name in another language: "(DWP)", "(Conseil ..., COR)". */
    private static final Pattern GIVEN_ACRONYM = Pattern.compile("\\s*\\((?:[^()]{1,100}?,\\s*)?(\\p{Lu}[\\p{Lu}\\d]{1,5})\\)");
    private final boolean reads;
    private final PostNames postNames;

    NameReader(Lexicon lexicon, Cues cues, ConceptMatcher concepts, ConceptScheme scheme, PostNames postNames) {
        this.postNames = postNames;
        this.cues = cues;
        this.concepts = concepts;
        // the words of the scheme's names of things (bodies, schemes, fields), which no foreign person's name is made of
        for (ConceptScheme.Label l : scheme.labels())
            if (!Vocab.Person.getURI().equals(l.concept().typeIri()))
                schemeWords.addAll(cues.analyzer.terms(l.text()));
        for (String t : lexicon.postTitles()) titles.add(cues.analyzer.terms(t), t);
        for (String w : lexicon.organizationHeads()) orgHeads.addAll(cues.analyzer.terms(w));
        for (String w : lexicon.groupHeads()) groupHeads.addAll(cues.analyzer.terms(w));
        orgHeads.addAll(groupHeads);
        for (String w : lexicon.surnames()) surnames.addAll(cues.analyzer.terms(w));
        for (String w : lexicon.wordSurnames()) wordSurnames.addAll(cues.analyzer.terms(w));
        for (String w : lexicon.nameParticles()) nameParticles.addAll(cues.analyzer.terms(w));
        for (String w : lexicon.functionWords()) functionWords.addAll(cues.analyzer.terms(w));
        for (String w : lexicon.nameComplementOpeners()) complementOpeners.addAll(cues.analyzer.terms(w));
        for (String b : lexicon.soleBodies()) {
            List<String> terms = cues.analyzer.terms(b);
            String key = String.join(" ", terms);
            soleBodies.add(terms, key);
            (Character.isUpperCase(b.charAt(0)) ? soleBodiesProper : soleBodiesInLowerCase).add(key);
        }
        for (String a : lexicon.definiteArticles()) definiteArticles.addAll(cues.analyzer.terms(a));
        for (String h : lexicon.fieldNamedHeads()) fieldNamedHeads.addAll(cues.analyzer.terms(h));
        for (String e : lexicon.bodyEvents()) bodyEvents.add(cues.analyzer.terms(e), e);
        for (String a : lexicon.agentMarkers()) agentMarkers.addAll(cues.analyzer.terms(a));
        for (String m : lexicon.hierarchyMarkers()) hierarchyMarkers.add(cues.analyzer.terms(m), m);
        for (String l : lexicon.levelWords()) levelWords.addAll(cues.analyzer.terms(l));
        for (String u : lexicon.unitHeads()) unitHeads.addAll(cues.analyzer.terms(u));
        for (String g : lexicon.genitivePlurals()) genitivePlurals.addAll(cues.analyzer.terms(g));
        this.givenName = lexicon.givenNamePattern();
        this.datelines = lexicon.patterns("Dateline");
        this.bylinePatterns = lexicon.patterns("Byline");
        datelinesAnyCase.addAll(DatelineReader.anyCase(datelines));
        this.reads = !lexicon.postTitles().isEmpty() || !lexicon.organizationHeads().isEmpty();
    }

    @Override public String name() { return "names"; }
    @Override public Set<Layer> requires() { return Set.of(Layer.SENTENCES, Layer.TOKENS, Layer.TAGS, Layer.MENTIONS); }
    @Override public Set<Layer> provides() { return Set.of(Layer.MENTIONS); }

    @Override
    public Document apply(Document doc) {
        if (!reads)
            return doc; // the language's lexicon gives no titles or heads
        String text = doc.text();
        Tokens w = doc.tokens();
        String lang = cues.analyzer.nameLanguage(doc.source().language());
        boolean cased = cased(text, w, doc.region());
        Reader r = new Reader(text, w, cased, lang, doc.mentions(), doc.source(), doc.words());
        for (Sentence s : doc.sentences()) {
            Cancellation.check();
            r.sentence(w.firstAtOrAfter(s.span().begin()), w.endAtOrBefore(s.span().end()));
        }
        r.fieldNamedToTheirNames();
        r.shortNamesToTheirNames();
        // the news agency a dateline credits ("TOKYO, June 13 (Kyodo) --"), in the text's first sentences (a headline may come first)
        for (int k = 0; k < Math.min(2, doc.sentences().size()); k++)
            if (r.agency(doc.sentences().get(k).span()))
                break;
        // the writer a byline or credit line names reports the text; no actor of what it reports
        List<Span> bylines = new ArrayList<>();
        for (Pattern p : bylinePatterns) {
            Matcher bm = p.matcher(text);
            while (bm.find())
                bylines.add(new Span(bm.start("writer"), bm.end("writer")));
        }
        r.names.removeIf(n -> Vocab.Person.getURI().equals(n.concept().typeIri()) && bylines.stream().anyMatch(b -> b.contains(n.span())));
        boolean inByline = doc.mentions().stream().anyMatch(m -> Vocab.Person.getURI().equals(m.concept().typeIri())
                && bylines.stream().anyMatch(b -> b.contains(m.span())));
        boolean lowerNames = inByline || doc.mentions().stream().anyMatch(m -> cased && lowerCaseName(text, m) || misreadName(text, m, cased));
        if (r.names.isEmpty() && !lowerNames)
            return doc;
        List<Mention> out = new ArrayList<>();
        for (Mention m : doc.mentions())
            if (r.names.stream().noneMatch(n -> n.span().begin() <= m.span().begin() && m.span().end() <= n.span().end())
                    && !(cased && lowerCaseName(text, m)) && !misreadName(text, m, cased)
                    && !(Vocab.Person.getURI().equals(m.concept().typeIri()) && bylines.stream().anyMatch(b -> b.contains(m.span()))))
                out.add(m);
        out.addAll(r.names);
        out.sort(Comparator.comparingInt((Mention m) -> m.span().begin()).thenComparingInt(m -> m.span().end()));
        return doc.withMentions(out);
    }

    /**
     * A known person or organisation whose name ends in a capitalised word, written here with that word in lower
     * case: in a cased text that is an ordinary word, not the name ("people's daily lives" is not the newspaper).
     */
    private static boolean lowerCaseName(String text, Mention m) {
        ConceptRef c = m.concept();
        if (c.candidate() || !Cues.ACTORS.contains(c.typeIri()))
            return false;
        String words = m.span().of(text).strip(), label = c.label().strip();
        if (words.isEmpty() || label.isEmpty())
            return false;
        int w = words.lastIndexOf(' ') + 1, l = label.lastIndexOf(' ') + 1;
        return Character.isLowerCase(words.charAt(w)) && Character.isUpperCase(label.charAt(l))
                && words.substring(w).equalsIgnoreCase(label.substring(l));
    }

    /** A known actor's proper name read in a word that is not it ("Chinese" for China; "a third party" for the Party). */
    private boolean misreadName(String text, Mention m, boolean cased) {
        ConceptRef c = m.concept();
        return !c.candidate() && Cues.ACTORS.contains(c.typeIri()) && concepts.properNameMisread(c.iri(), m.span().of(text),
                text.substring(Math.max(0, m.span().begin() - 40), m.span().begin()), cased);
    }

    /** A text is cased unless (almost) no word starts with a capital: then capitals say nothing about names. */
    private static boolean cased(String text, Tokens w, Span region) {
        int words = 0, capitals = 0;
        for (int i = w.firstAtOrAfter(region.begin()); i < w.size && w.starts[i] < region.end(); i++) {
            char c = text.charAt(w.starts[i]);
            if (Character.isLetter(c)) {
                words++;
                if (Character.isUpperCase(c)) capitals++;
            }
        }
        return words > 0 && capitals * 50 >= words;
    }

    /** The reading of one document: what was found so far, and the nodes minted, one per IRI. */
    private final class Reader {
        final String text;
        final Tokens w;
        /** The part-of-speech tags, by word. */
        final Words tags;
        final boolean cased;
        final String lang;
        final List<Mention> known;
        final List<Mention> names = new ArrayList<>();
        final Map<String, ConceptRef> minted = new HashMap<>();
        final SourceText source;
        /** Acronyms given in parentheses after a name ("Department for Work and Pensions (DWP)"): the node they stand for. */
        final Map<String, ConceptRef> acronyms = new HashMap<>();
        /** A body named by its field ("the labour ministry"): its index in names, the head's term and the field's terms. */
        record FieldNamed(int index, String head, List<String> field) {
        }

        /** The bodies named by their field so far, resolved to their full names once the document is read. */
        final List<FieldNamed> fieldNamed = new ArrayList<>();
        /** The tokens of the posts read so far: a unit named in one is part of the title. */
        final List<int[]> postSpans = new ArrayList<>();

        Reader(String text, Tokens w, boolean cased, String lang, List<Mention> known, SourceText source, Words tags) {
            this.source = source;
            this.tags = tags;
            this.text = text;
            this.w = w;
            this.cased = cased;
            this.lang = lang;
            this.known = known;
        }

        void sentence(int t0, int t1) {
            List<int[]> claimed = new ArrayList<>(); // token spans of people and their posts
            for (int i = t0; i < t1; i++) {
                int next = person(i, t0, t1, claimed);
                if (next > i) i = next - 1;
            }
            for (int i = t0; i < t1; i++) {
                if (!orgHeads.contains(w.terms[i]) || inside(claimed, i))
                    continue;
                int next = organization(i, t0, t1, claimed);
                if (next > i) i = next - 1;
            }
            for (int i = t0; i < t1; i++) {
                if (inside(claimed, i))
                    continue;
                int next = soleBody(i, t0, t1, claimed);
                if (next > i) i = next - 1;
            }
            if (!cased)
                return; // in a text without capitals an acronym cannot be told from a word
            acronymsGiven(t0, t1);
            for (int i = t0; i < t1; i++) {
                if (inside(claimed, i))
                    continue;
                int next = acronym(i, t0, t1, claimed);
                if (next > i) i = next - 1;
            }
            for (int i = t0; i < t1; i++) {
                if (inside(claimed, i))
                    continue;
                int next = namedInApposition(i, t0, t1, claimed);
                if (next > i) i = next - 1;
            }
        }

        /**
         * A proper name of one to four capitalised words at token i that an apposition set off by commas calls a body
         * ("Medef, the main employers' federation, ...", as an acronym's is read): an organisation. The token after it, or i.
         */
        int namedInApposition(int i, int t0, int t1, List<int[]> claimed) {
            if (!capital(i) || cues.determiners.contains(w.terms[i]) || functionWords.contains(w.terms[i])
                    || i > t0 && joined(i - 1, i) && capital(i - 1))
                return i;
            int e = i + 1;
            while (e < t1 && e - i < 4 && joined(e - 1, e) && capital(e) && !inside(claimed, e))
                e++;
            if (!appositionCallsABody(e - 1, t1))
                return i;
            return add(i, e, false, null, claimed);
        }

        /**
         * A body a country has one of, named by the words alone (lex:soleBody) at token i: the government, the
         * legislature, its chambers. A lower-case form names it after the definite article or a possessive ("the
         * government", "Japan's parliament"); a proper name (a form with a capital, written so in a cased text) also
         * stands alone ("Congress", "Diet enacts ..."), but not inside a longer name ("the 20th National Congress").
         * The body of the document's country: its own node. The token after it, or i.
         */
        int soleBody(int i, int t0, int t1, List<int[]> claimed) {
            PhraseMatcher.Match<String> b = soleBodies.longestAt(w, i, t1);
            if (b == null)
                return i;
            int e = b.to();
            boolean lower = soleBodiesInLowerCase.contains(b.value());
            boolean proper = soleBodiesProper.contains(b.value()) && (!cased || capital(i));
            if (!lower && !proper)
                return i; // "a healthy diet": a proper name written in lower case in a cased text is a word
            boolean determined = i > t0 && joined(i - 1, i) && (definiteArticles.contains(w.terms[i - 1]) || possessive(i - 1));
            if (!determined && !(proper && (i == t0 || !joined(i - 1, i) || stop(i - 1) && !cues.determiners.contains(w.terms[i - 1]))))
                return i; // "this Parliament", "government bonds", "the national congress"
            if (possessive(e - 1))
                return i; // "the government's priority": the body as an owner, not as who acts
            // one of the parties to an arrangement ("employers, individuals and the government share ...", "led by the
            // government and supported by society"): a conjunct beside words that name no actor
            int first = determined && !possessive(i - 1) ? i - 1 : i;
            // (a conjunction after a comma joins clauses: "..., and the Senate must approve the budget")
            if (conjunctionAt(first - 1) && joined(first - 2, first - 1) && !actorEndsAt(first - 1)
                    || conjunctionAt(e) && joined(e - 1, e) && !actorStartsAt(e + 1))
                return i;
            if (e < t1 && joined(e - 1, e) && cased && capital(e) && !stop(e) && !orgHeads.contains(w.terms[e]))
                return i; // a longer name goes on ("Congress Party")
            int begin = w.starts[i], end = w.ends[e - 1];
            for (Mention m : known)
                if (m.span().begin() < end && begin < m.span().end())
                    return i; // inside a name the scheme knows ("18th National Congress")
            return add(i, e, false, null, claimed, true);
        }

        /** The publisher a dateline at the start of this sentence names, as an organisation where the scheme does not know it. */
        boolean agency(Span sentence) {
            CharSequence words = Cancellation.checked(sentence.of(text));
            for (Pattern p : cased ? datelines : datelinesAnyCase) {
                java.util.regex.Matcher m = p.matcher(words);
                if (!m.find())
                    continue;
                if (m.start("publisher") < 0)
                    return true; // a byline in the brackets ("(staff reporter)"): the writer, no publisher
                int begin = sentence.begin() + m.start("publisher"), end = sentence.begin() + m.end("publisher");
                String name = text.substring(begin, end).strip();
                begin = text.indexOf(name, begin);
                end = begin + name.length();
                if (name.isEmpty() || concepts.lookup(name) != null)
                    return true; // the scheme's node is the publisher: the dateline stage gives it
                for (Mention n : known)
                    if (n.span().begin() < end && begin < n.span().end())
                        return true;
                for (Mention n : names)
                    if (n.span().begin() < end && begin < n.span().end())
                        return true;
                String label = cased ? name : capitalised(name, false);
                ConceptRef actor = minted.computeIfAbsent(Iris.actor(label), x -> new ConceptRef(x, label, Vocab.Organization.getURI(), true, lang));
                names.add(new Mention(new Span(begin, end), actor, List.of()));
                names.sort(Comparator.comparingInt((Mention x) -> x.span().begin()));
                return true;
            }
            return false;
        }

        boolean conjunctionAt(int k) {
            return k >= 0 && k < w.size && cues.conjunctions.longestAt(w, k, k + 1) != null;
        }

        /** An actor's name (the scheme's or one read here) ends right before token k. */
        boolean actorEndsAt(int k) {
            if (k <= 0) return false;
            int end = w.ends[k - 1];
            for (Mention m : known) if (m.span().end() == end && Cues.ACTORS.contains(m.concept().typeIri())) return true;
            for (Mention m : names) if (m.span().end() == end) return true;
            return false;
        }

        /** An actor's name starts at token k, after a determiner perhaps. */
        boolean actorStartsAt(int k) {
            if (k < w.size && cues.determiners.contains(w.terms[k])) k++;
            if (k >= w.size) return false;
            int begin = w.starts[k];
            for (Mention m : known) if (m.span().begin() == begin && Cues.ACTORS.contains(m.concept().typeIri())) return true;
            for (Mention m : names) if (m.span().begin() == begin) return true;
            return orgHeads.contains(w.terms[k]) || k + 1 < w.size && orgHeads.contains(w.terms[k + 1]);
        }

        /** After an actor's name, the acronym in parentheses that stands for it: "(DWP)", "(Conseil d'orientation des retraites, COR)". */
        void acronymsGiven(int t0, int t1) {
            int from = w.starts[t0], to = w.ends[t1 - 1];
            List<Mention> actors = new ArrayList<>();
            for (Mention m : known)
                if (m.span().begin() >= from && m.span().end() <= to && Cues.ACTORS.contains(m.concept().typeIri()) && !m.concept().typeIri().equals(Vocab.Person.getURI()))
                    actors.add(m);
            for (Mention m : names)
                if (m.span().begin() >= from && m.span().end() <= to && !m.concept().typeIri().equals(Vocab.Person.getURI()))
                    actors.add(m);
            for (Mention m : actors) {
                java.util.regex.Matcher g = GIVEN_ACRONYM.matcher(text).region(m.span().end(), Math.min(text.length(), m.span().end() + 120));
                if (g.lookingAt())
                    acronyms.putIfAbsent(g.group(1), m.concept());
            }
        }

        /**
         * An acronym in capitals at token i that names a body: one given in parentheses after a name stands for that
         * name; another names a body of its own where it is a subject of a verb of saying ("MEDEF said"), the doer after
         * a passive ("led by the CGT"), or stands before an organisation's head, a post or what a body holds ("the CFDT
         * union", "a DWP spokesperson", "SCIO press conference"). The token after it, or i.
         */
        int acronym(int i, int t0, int t1, List<int[]> claimed) {
            if (!acronymAt(i))
                return i;
            String a = text.substring(w.starts[i], w.ends[i]);
            int begin = w.starts[i], end = w.ends[i];
            for (Mention m : known)
                if (m.span().begin() < end && begin < m.span().end())
                    return i; // the scheme knows it (as an actor or as something else: a benefit, an index)
            for (Mention m : names)
                if (m.span().begin() < end && begin < m.span().end())
                    return i;
            ConceptRef given = acronyms.get(a);
            if (given != null) {
                claimed.add(new int[] {i, i + 1});
                names.add(new Mention(new Span(begin, end), given, List.of()));
                return i + 1;
            }
            int next = i + 1;
            boolean body = false;
            if (next < t1 && joined(i, next)) {
                if (orgHeads.contains(w.terms[next]) && !capital(next) || titles.longestAt(w, next, t1) != null
                        || bodyEvents.longestAt(w, next, t1) != null)
                    body = true; // "the CFDT union", "a DWP spokesperson", "SCIO press conference"
                else if (reporting(next, next + 1))
                    body = true; // "MEDEF said", "the COR noted"
            }
            if (!body)
                body = headAfter(i, t1); // "the FNV trade union federation", "PRO, the largest pensioners' organisation,"
            int before = i - 1;
            if (before >= t0 && joined(before, i) && definiteArticles.contains(w.terms[before])) before--;
            if (before >= t0 && joined(before, before + 1) && agentMarkers.contains(w.terms[before]))
                body = true; // "led by the CGT"
            if (!body)
                return i;
            return add(i, i + 1, false, null, claimed);
        }

        /**
         * Whether an organisation's head (in lower case) follows the acronym at token i within its phrase, after one to
         * three lower-case words ("the FNV trade union federation"), or in an apposition set off by commas ("PRO, the
         * largest pensioners' organisation, ...").
         */
        boolean headAfter(int i, int t1) {
            int k = i + 1;
            if (opensApposition(i, t1))
                return appositionCallsABody(i, t1);
            for (int words = 0; k < t1 && words < 4 && joined(k - 1, k); k++, words++) {
                if (orgHeads.contains(w.terms[k]) && !capital(k))
                    return words > 0;
                if (capital(k) || functionWords.contains(w.terms[k]) || cues.determiners.contains(w.terms[k]) || verb(k))
                    return false;
            }
            return false;
        }

        /**
         * Whether the words after token i are an apposition set off by commas, opening with an article, whose head is an
         * organisation's head in lower case (", the largest pensioners' organisation,").
         */
        boolean appositionCallsABody(int i, int t1) {
            if (!opensApposition(i, t1))
                return false;
            int k = i + 1;
            boolean head = false;
            for (int j = k + 1; j < Math.min(t1, k + 10); j++) {
                String gap = text.substring(w.ends[j - 1], w.starts[j]).strip();
                if (gap.equals(","))
                    return head; // the apposition closes
                if (!gap.isEmpty() && !gap.equals("'") && !gap.equals("’") || verb(j))
                    return false;
                head |= orgHeads.contains(w.terms[j]) && !capital(j);
            }
            return false;
        }

        /** Whether a comma and an article follow token i: an apposition opens (", the ..."). */
        boolean opensApposition(int i, int t1) {
            int k = i + 1;
            return k < t1 && text.substring(w.ends[i], w.starts[k]).strip().equals(",") && cues.determiners.contains(w.terms[k]);
        }

        /** A word of two to six capitals (digits after the first allowed), not in a line written in capitals. */
        boolean acronymAt(int i) {
            if (!allCapitals(i))
                return false;
            return !(i > 0 && joined(i - 1, i) && allCapitals(i - 1)) && !(i + 1 < w.size && joined(i, i + 1) && allCapitals(i + 1));
        }

        boolean allCapitals(int i) {
            String t = text.substring(w.starts[i], w.ends[i]);
            if (t.length() < 2 || t.length() > 6 || !Character.isUpperCase(t.charAt(0)))
                return false;
            int capitals = 0;
            for (int c = 0; c < t.length(); c++) {
                char ch = t.charAt(c);
                if (Character.isUpperCase(ch)) capitals++;
                else if (!Character.isDigit(ch)) return false;
            }
            return capitals >= 2;
        }

        /**
         * A body named by its field ("the labour ministry", "the health ministry") is the "Ministry of <field> ..." the
         * document names (before or after) or the scheme knows, where there is one; else the document's own node.
         */
        void fieldNamedToTheirNames() {
            for (FieldNamed f : fieldNamed) {
                int index = f.index();
                String head = f.head();
                List<String> field = f.field();
                Mention m = names.get(index);
                ConceptRef to = null;
                for (String opener : complementOpeners) {
                    ConceptRef k = concepts.lookup(head + " " + opener + " " + String.join(" ", field));
                    if (k != null && Cues.ACTORS.contains(k.typeIri())) { to = k; break; }
                }
                if (to == null) {
                    for (Mention o : actorMentions()) {
                        if (o == m) continue;
                        List<String> t = cues.analyzer.terms(o.span().of(text));
                        int k = 0;
                        if (k < t.size() && cues.determiners.contains(t.get(k))) k++;
                        if (k + 2 + field.size() > t.size() || !t.get(k).equals(head) || !complementOpeners.contains(t.get(k + 1)))
                            continue;
                        k += 2;
                        if (cues.determiners.contains(t.get(k)) && k + 1 + field.size() <= t.size()) k++;
                        if (t.subList(k, k + field.size()).equals(field)) { to = o.concept(); break; }
                    }
                }
                if (to != null)
                    names.set(index, new Mention(m.span(), to, m.posts()));
            }
        }

        /** The actors the scheme's names and this reader's names give the document so far. */
        List<Mention> actorMentions() {
            List<Mention> all = new ArrayList<>(known);
            all.addAll(names);
            all.removeIf(m -> !Cues.ACTORS.contains(m.concept().typeIri()));
            return all;
        }

        /**
         * A body named by some of the words of a longer name the document gives ("the municipal bureaus" after
         * "municipal healthcare security bureaus", "the provincial department of civil affairs" beside "the Jiangxi
         * Provincial Department of Civil Affairs") is that body: its words are the longer name's in the same order and
         * it ends in the same word, as written (a plural does not stand for a singular: "finance departments" are not
         * "the provincial finance department"), and a group keeps the longer name's level of government (lex:levelWord).
         * Where two longer names would fit, it stays a node of its own.
         */
        void shortNamesToTheirNames() {
            List<Mention> all = actorMentions();
            all.removeIf(m -> Vocab.Person.getURI().equals(m.concept().typeIri()));
            Map<Mention, List<String>> words = new HashMap<>();
            for (Mention m : all)
                words.put(m, nameWords(m.span().of(text)));
            for (int i = 0; i < names.size(); i++) {
                Mention m = names.get(i);
                if (!m.concept().candidate() || Vocab.Person.getURI().equals(m.concept().typeIri()))
                    continue;
                List<String> shortName = words.get(m);
                if (shortName.size() < 2)
                    continue;
                ConceptRef to = null;
                boolean ambiguous = false;
                for (Mention o : all) {
                    List<String> full = words.get(o);
                    if (o.concept().iri().equals(m.concept().iri()) || full.size() <= shortName.size()
                            || !full.get(full.size() - 1).equals(shortName.get(shortName.size() - 1)) || !inOrder(shortName, full)
                            || (groupName(shortName) && dropsLevel(shortName, full)))
                        continue;
                    if (to != null && !to.iri().equals(o.concept().iri()))
                        ambiguous = true;
                    to = o.concept();
                }
                if (to != null && !ambiguous)
                    names.set(i, new Mention(m.span(), to, m.posts()));
            }
        }

        /** A name's words as written, lower-cased, without a determiner before them. */
        private List<String> nameWords(String name) {
            List<String> out = new ArrayList<>(Arrays.asList(name.toLowerCase(Locale.ROOT).trim().split("[\\s\\u00A0]+")));
            while (!out.isEmpty() && cues.determiners.containsAll(cues.analyzer.terms(out.get(0))) && !cues.analyzer.terms(out.get(0)).isEmpty())
                out.remove(0);
            return out;
        }

        /** Whether a name ends in a head that names a group of bodies ("agencies", "departments"). */
        private boolean groupName(List<String> name) {
            return cues.analyzer.terms(name.get(name.size() - 1)).stream().anyMatch(groupHeads::contains);
        }

        /**
         * Whether the longer name has a level of government the shorter lacks: "social insurance agencies" are all of them,
         * not the provincial ones (a group; one body named by fewer words, "the medical security bureau" after "the Hefei
         * Municipal Medical Security Bureau", is that body).
         */
        private boolean dropsLevel(List<String> shortName, List<String> full) {
            for (String word : full)
                if (!shortName.contains(word) && cues.analyzer.terms(word).stream().anyMatch(levelWords::contains))
                    return true;
            return false;
        }

        /** Whether every word of {@code part} is in {@code whole}, in the same order. */
        private static boolean inOrder(List<String> part, List<String> whole) {
            int k = 0;
            for (String word : whole)
                if (k < part.size() && part.get(k).equals(word))
                    k++;
            return k == part.size();
        }

        /** A person starting at token i (a post, then the name; or the name, then ", post"); the token after it, or i. */
        int person(int i, int t0, int t1, List<int[]> claimed) {
            PhraseMatcher.Match<String> title = titles.longestAt(w, i, t1);
            if (title != null) {
                int postEnd = title.to();
                int complementEnd = postEnd;
                if (postEnd < t1 - 1 && complementOpeners.contains(w.terms[postEnd]) && joined(postEnd - 1, postEnd))
                    complementEnd = complement(postEnd + 1, t1, cased);
                // the name: the first surname and given name after the title, within the complement or just after it
                for (int k = postEnd; k < Math.min(t1, complementEnd + 1); k++) {
                    if (k > postEnd && !joined(k - 1, k)) break;
                    if (surnameAt(k, t1) || wordSurnameAt(k, t1)) {
                        int nameEnd = k + 2;
                        return add(k, nameEnd, true, trimPost(i, k), claimed);
                    }
                }
                // a name of another language after a bare title, in a cased text: "Minister Catherine Vautrin"
                if (cased && complementEnd == postEnd) {
                    int n = capitalRun(postEnd, t1);
                    if (n >= 2)
                        return add(postEnd, postEnd + n, true, new int[] {i, postEnd}, claimed);
                }
                // a name of another language after a bare title, in a text without capitals, where a verb of saying
                // follows it ("pension actuary marc-andre lessard said") or opens the sentence's report before the post and
                // the name ends it ("said family, labour and social policy minister ewa kowalczyk-drozd.")
                if (!cased && complementEnd == postEnd) {
                    int n = lowerNameRun(postEnd, t1);
                    int end = postEnd + n;
                    if (n >= 2 && (end < t1 && reporting(end, end + 1) || end == t1 && reportingBetween(Math.max(t0, i - 10), i)))
                        return add(postEnd, end, true, new int[] {i, postEnd}, claimed);
                }
                // or at the end of the title's "of ..." as the press writes a foreign minister, where a verb of saying or a
                // comma follows: "Vice Minister of Health and Welfare Park Sung-hoon told ...", the name the last run of
                // two or more capitalised words that reaches past the complement
                if (cased && complementEnd > postEnd + 2)
                    for (int q = complementEnd - 2; q > postEnd + 1; q--) {
                        int n = capitalRun(q, t1);
                        if (n < 2 || q + n < complementEnd)
                            continue;
                        int end = q + n;
                        boolean field = false;
                        for (int k = q; k < end && !field; k++)
                            field = schemeWords.contains(w.terms[k]);
                        if (field)
                            break; // "Minister of Labour and Social Affairs, ...": the field's words, not a name
                        boolean closed = end < t1 && (reporting(end, end + 1) || ",".equals(text.substring(w.ends[end - 1], w.starts[end]).strip()));
                        if (!closed || !joined(q - 1, q))
                            break;
                        return add(q, end, true, trimPost(i, q), claimed);
                    }
                return i;
            }
            int nameEnd = -1;
            boolean word = !surnameAt(i, t1) && wordSurnameAt(i, t1); // "He Wenbo": only with a post after a comma
            boolean chinese = surnameAt(i, t1) || word;
            // a name of another language opening a sentence in a text without capitals: only with its post after a comma
            // and a verb of saying after that ("piotr gajda, an economist at the warsaw school of economics, said")
            boolean lowerForeign = false;
            if (chinese) nameEnd = i + 2;
            else if (cased && (i == t0 || !capital(i - 1) || !joined(i - 1, i))) {
                int n = capitalRun(i, t1);
                if (n >= 2) nameEnd = i + n;
            } else if (!cased && i == t0) {
                int n = lowerNameRun(i, t1);
                if (n >= 2) {
                    nameEnd = i + n;
                    lowerForeign = true;
                }
            }
            if (nameEnd < 0)
                return i;
            // ", [a|the] [premodifiers] TITLE [of ...]"; without the comma after an article ("said he lin a deputy director")
            String gap = nameEnd < t1 ? text.substring(w.ends[nameEnd - 1], w.starts[nameEnd]).strip() : null;
            if (gap != null && (gap.equals(",") || gap.isEmpty() && cues.determiners.contains(w.terms[nameEnd]))) {
                int p = nameEnd;
                if (cues.determiners.contains(w.terms[p])) p++;
                for (int k = p; k < Math.min(t1, p + 4); k++) {
                    if (k > p && (!joined(k - 1, k) || stop(k - 1))) break;
                    PhraseMatcher.Match<String> t = titles.longestAt(w, k, t1);
                    if (t != null) {
                        int end = t.to();
                        if (end < t1 - 1 && complementOpeners.contains(w.terms[end]) && joined(end - 1, end))
                            end = complement(end + 1, t1, false);
                        if (lowerForeign && (!",".equals(gap) || !saysAfterApposition(t.to(), t1)))
                            return i;
                        return add(i, nameEnd, true, trimPost(p, end), claimed);
                    }
                }
            }
            if (!chinese || word)
                return i;
            // a surname and a given name alone: capitalised in a cased text, or next to a verb of saying
            boolean saying = (i > t0 && reportingBefore(i)) || (nameEnd < t1 && reporting(nameEnd, nameEnd + 1))
                    || saysAfterAffiliation(nameEnd, t1);
            if ((cased && capital(i) && capital(i + 1)) || saying)
                return add(i, nameEnd, true, null, claimed);
            return i;
        }

        /** An organisation around its head at token h: the words before it and an "of ..." after it. */
        int organization(int h, int t0, int t1, List<int[]> claimed) {
            boolean capitalHead = capital(h);
            int b = h;
            boolean joinedFields = false;
            while (b - 1 >= t0) {
                if (h - (b - 1) <= (joinedFields ? 6 : 5) && premodifier(b - 1, capitalHead, t1, claimed)) {
                    b--;
                } else if (!joinedFields && b < h && h - (b - 2) <= 6 && fieldsJoined(b - 1, h, t0, capitalHead, t1, claimed)) {
                    // "human resources and social security departments", "Development and Reform Bureau": two fields
                    // before one head name one kind of body, not two bodies
                    b -= 2;
                    joinedFields = true;
                } else {
                    break;
                }
            }
            if (unitHeads.contains(w.terms[h]) && inside(postSpans, h) && b == h)
                return h + 1; // "deputy director of the Department of ... Supervision": a unit of a body, part of the title
                              // (with a place or level before it, "the Zhejiang Provincial Department of ...", it is a body)
            if (b - 1 >= t0 && Character.isDigit(text.charAt(w.starts[b - 1])))
                return h + 1; // a numbered session ("the 18th National Congress") is an event, not who acts
            int e = h + 1;
            if (h + 1 < t1 - 1 && complementOpeners.contains(w.terms[h + 1]) && joined(h, h + 1)
                    && (!cased || !capitalHead || capitalAfterThe(h + 2, t1)))
                e = complement(h + 2, t1, cased && capitalHead);
            if (b == h && e == h + 1)
                return h + 1; // a bare head ("the ministry") refers back; it does not name
            // without capitals, a singular body after an indefinite article and with no "of ..." is a kind of body or one
            // being set up ("set up a time bank"), as its lower case says in a cased text
            if (!cased && e == h + 1 && !plural(h) && b - 1 >= t0 && joined(b - 1, b) && cues.indefiniteArticles.contains(w.terms[b - 1]))
                return h + 1;
            // in a cased text, one lower-case body without an "of ..." ("the tax bureau", "an advisory council") refers
            // back to a name given before; a plural ("local governments", "civil affairs departments") names who acts
            // a ministry named by its field ("the labour ministry") is one body of the country
            boolean byField = fieldNamedHeads.contains(w.terms[h]) && e == h + 1 && b < h && !capitalHead;
            // the body of a level of government in the text's place ("the provincial healthcare security bureau")
            boolean levelled = !capitalHead && e == h + 1 && levelled(b, h);
            // a body named by a field of two words or more with no article, as machine translation writes 医保部门 and
            // 市场监管部门 ("medical security department will strengthen supervision"): English puts no singular
            // count noun there without one, so it names a kind of body, not one mentioned before
            boolean bareField = !capitalHead && e == h + 1 && h - b >= 2 && !(b - 1 >= t0 && joined(b - 1, b)
                    && (cues.determiners.contains(w.terms[b - 1]) || possessive(b - 1))) && fieldWords(b, h);
            if (cased && !capitalHead && e == h + 1 && !plural(h) && !byField && !levelled && !bareField)
                return h + 1;
            if (b - 1 >= t0 && possessive(b - 1))
                return h + 1; // "the administration's service center": a part of an organisation named before
            if (underInHierarchy(b, t0))
                return h + 1; // "municipalities directly under the Central Government": where a place belongs
            if (e == h + 1 && e < t1 && joined(h, e) && !capital(e) && !orgHeads.contains(w.terms[e]) && nounAt(e))
                return h + 1; // a body's name before a common noun modifies it ("the central government budget")
            int before = names.size();
            int next = add(b, e, false, null, claimed, plural(h) || byField || levelled || bareField);
            if (byField && names.size() > before) {
                int fb = b;
                while (fb < h && cues.determiners.contains(w.terms[fb])) fb++;
                fieldNamed.add(new FieldNamed(names.size() - 1, w.terms[h], List.of(Arrays.copyOfRange(w.terms, fb, h))));
            }
            return next;
        }

        /**
         * Whether token k is a noun: tagged one, or, where the tagger did not read its clause (a headline without a cue:
         * "…, trim government contribution and …"), a noun of the domain (lex:changeObject, lex:reformHead, lex:goalHead).
         */
        boolean nounAt(int k) {
            String tag = tags.tagAt(w.starts[k]);
            if (tag != null)
                return UniversalTags.NOUN.equals(tag);
            return cues.changeObjects.contains(w.terms[k]) || cues.reformHeadAt(text, w, k) || cues.goalHeads.contains(w.terms[k]);
        }

        /**
         * The words of an "of ..." complement from token k: content words, "and" between them, a "the" or "of"
         * inside; ends at a function word (lex:functionWord: "together" in "… together with …"), a verb, punctuation
         * or, after "and", before another organisation. In lower case, where no capital shows the name's end, it also
         * ends at a determiner right after a content word (a new noun phrase: "the department of finance the minimum
         * allowance ...", "the ministry of finance the state taxation administration ...") and at a gap of several
         * spaces within a line (the fields of a scraped page: "department of civil affairs  release date"). Where it holds
         * no word, it ends before its opener.
         */
        int complement(int k, int t1, boolean capitals) {
            int start = k;
            if (k < t1 && cues.determiners.contains(w.terms[k])) k++;
            int end = start, lastAnd = -1, lastDeterminer = -1;
            for (int j = k; j < t1 && j - start < 10; j++) {
                if (j > start && !joined(j - 1, j) && !genitiveInName(j - 1, j)) break;
                if (!capitals && j > k && fieldGap(j - 1, j)) break;
                if (bodyEvents.longestAt(w, j, t1) != null) break; // "the ministry of ... press conference"
                String t = w.terms[j];
                boolean glue = cues.conjunctions.longestAt(w, j, j + 1) != null || complementOpeners.contains(t) || cues.determiners.contains(t);
                if (glue) {
                    if (j + 1 >= t1 || !joined(j, j + 1) || stop(j + 1) && !cues.determiners.contains(w.terms[j + 1])) break;
                    if (cues.conjunctions.longestAt(w, j, j + 1) != null) lastAnd = j;
                    else if (cues.determiners.contains(t) && end == j && j > k) {
                        if (!capitals) return end;
                        lastDeterminer = j;
                    }
                    continue;
                }
                if (stop(j) || (capitals && !capital(j))) break;
                if (!capitals && j > k && titles.longestAt(w, j, t1) != null) break; // "ministry of finance spokesman": the post of one of its people
                if (orgHeads.contains(t) && lastAnd >= 0)
                    return lastAnd; // "Ministry of Finance and State Taxation Administration": two organisations
                if (orgHeads.contains(t) && lastDeterminer >= 0)
                    return lastDeterminer; // "ministry of finance the state taxation administration": a new noun phrase
                end = j + 1;
            }
            // nothing after the opener ("health commissions of [all provinces ...]"): the opener is no part of the name
            return end == start ? start - 1 : end;
        }

        /** Token k can stand before the words after it in an organisation's name: joined to them, no function word, title or claimed name. */
        boolean premodifier(int k, boolean capitalHead, int t1, List<int[]> claimed) {
            return (joined(k, k + 1) || genitiveInName(k, k + 1)) && (!stop(k) || hyphenBetween(k, k + 1)) && !inside(claimed, k)
                    && (!possessive(k) || genitiveInName(k, k + 1)) && !cues.prepositions.contains(w.terms[k])
                    && !(cased && capitalHead && !capital(k))
                    && titles.longestAt(w, k, t1) == null;
        }

        /**
         * Token a is a conjunction ("and") between two fields before a head that names a group of bodies (or a capitalised name's head):
         * the word before it is a premodifier too, no organisation or known actor of its own ("employers and local
         * departments" are two actors).
         */
        boolean fieldsJoined(int a, int h, int t0, boolean capitalHead, int t1, List<int[]> claimed) {
            if (a - 1 < t0 || cues.conjunctions.longestAt(w, a, a + 1) == null || !joined(a - 1, a) || !joined(a, a + 1))
                return false;
            if (!plural(h) && !(cased && capitalHead))
                return false;
            int k = a - 1;
            if (!premodifier(k, capitalHead, t1, claimed) || orgHeads.contains(w.terms[k]))
                return false;
            // a plural alone before "and" is a group of its own ("hospitals and medical security departments"); a field
            // in the plural has a word before it ("human resources", "civil affairs")
            if (pluralWord(k) && !(k - 1 >= t0 && premodifier(k - 1, capitalHead, t1, claimed)))
                return false;
            for (Mention m : known)
                if (m.span().begin() <= w.starts[k] && w.starts[k] < m.span().end() && Cues.ACTORS.contains(m.concept().typeIri()))
                    return false;
            return true;
        }

        /** Token k is a plural ("hospitals", "affairs"; not "business", "status", "pricing"): an -s form the labels' stemmer reduces. */
        boolean pluralWord(int k) {
            String word = text.substring(w.starts[k], w.ends[k]).toLowerCase(java.util.Locale.ROOT);
            if (!word.endsWith("s"))
                return false;
            List<String> stem = concepts.analyzer().terms(word);
            return stem.size() == 1 && !stem.get(0).equals(word);
        }

        /** The words [b, h) name a field: nouns and adjectives, no verb and no possessive ("people's"). */
        boolean fieldWords(int b, int h) {
            for (int k = b; k < h; k++) {
                String tag = tags.tagAt(w.starts[k]);
                if (possessive(k) || UniversalTags.VERB.equals(tag) || UniversalTags.AUX.equals(tag))
                    return false;
            }
            return true;
        }

        /** A lex:levelWord among the words [b, h) before a head. */
        boolean levelled(int b, int h) {
            for (int k = b; k < h; k++)
                if (levelWords.contains(w.terms[k]))
                    return true;
            return false;
        }

        /** A lex:hierarchyMarker ends right before token b, or before the article at b - 1. */
        boolean underInHierarchy(int b, int t0) {
            int end = b > t0 && cues.determiners.contains(w.terms[b - 1]) ? b - 1 : b;
            for (int start = Math.max(t0, end - 4); start < end; start++) {
                PhraseMatcher.Match<String> m = hierarchyMarkers.longestAt(w, start, end);
                if (m != null && m.to() == end)
                    return true;
            }
            return false;
        }

        /** The post's tokens with a trailing glue word dropped, or null when there is no post. */
        int[] trimPost(int from, int to) {
            while (to > from && (cues.conjunctions.longestAt(w, to - 1, to) != null || cues.determiners.contains(w.terms[to - 1])
                    || complementOpeners.contains(w.terms[to - 1])))
                to--;
            return to > from ? new int[] {from, to} : null;
        }

        /** Adds the person or organisation at tokens [b, e), with the post at tokens post[0..1), unless the scheme names it already. */
        int add(int b, int e, boolean person, int[] post, List<int[]> claimed) {
            return add(b, e, person, post, claimed, false);
        }

        /** As above; a group of bodies ({@code group}: "local governments") the scheme does not know is the document's own node. */
        int add(int b, int e, boolean person, int[] post, List<int[]> claimed, boolean group) {
            int begin = w.starts[b], end = w.ends[e - 1];
            while (b < e && cues.determiners.contains(w.terms[b])) begin = w.starts[++b];
            if (b >= e)
                return e;
            for (Mention m : known)
                if (m.span().begin() < end && begin < m.span().end() && Cues.ACTORS.contains(m.concept().typeIri())
                        && !(begin <= m.span().begin() && m.span().end() <= end && end - begin > m.span().length()))
                    return e; // the scheme knows it (a longer name around a known one is another actor: "State Council Information Office")
            for (Mention m : names)
                if (m.span().begin() < end && begin < m.span().end())
                    return e;
            String words = LabelText.oneSpaced(text.substring(begin, end));
            String type = (person ? Vocab.Person : Vocab.Organization).getURI();
            ConceptRef actor = ref(words, type, person || !cased, group);
            if (actor == null)
                return e;
            List<ConceptRef> posts = new ArrayList<>();
            if (post != null && person) {
                String title = LabelText.oneSpaced(text.substring(w.starts[post[0]], w.ends[post[1] - 1]));
                posts.add(postNames.of(title));
                // the post's words are not claimed, the person's name is: a body named in the post is an actor too
                // ("He Wenbo, Director of the Sichuan Provincial Healthcare Security Administration"), but not a unit of one
                postSpans.add(new int[] {post[0], post[1]});
            }
            claimed.add(new int[] {b, e});
            names.add(new Mention(new Span(begin, end), actor, posts));
            return Math.max(e, post == null ? e : post[1]);
        }

        /** The scheme's actor by that name, else one minted from the words; null when the scheme says it is no actor. */
        ConceptRef ref(String words, String type, boolean capitalise, boolean group) {
            boolean person = Vocab.Person.getURI().equals(type);
            ConceptRef k = concepts.lookup(words);
            if (k != null)
                return Cues.ACTORS.contains(k.typeIri()) ? k : null;
            // one node per name whatever the case it is written in ("liu jianhua" = "Liu Jianhua")
            String label = !capitalise ? words : capitalised(words, person);
            // a group ("local governments", "the provincial government") is the bodies of this text's country or province
            String iri = group ? Iris.groupActor(source, label) : Iris.actor(label);
            return minted.computeIfAbsent(iri, x -> new ConceptRef(x, label, type, true, lang));
        }

        /**
         * Every word capitalised but the function words: how a name is written in a cased text. A person's name has
         * every word capitalised, a surname that is also a function word too ("he wenjun" → "He Wenjun").
         */
        String capitalised(String words, boolean person) {
            StringBuilder sb = new StringBuilder();
            for (String part : words.split(" ")) {
                if (sb.length() > 0) sb.append(' ');
                String lower = part.toLowerCase(Locale.ROOT);
                boolean glue = !person && (functionWords.contains(lower) || cues.determiners.contains(lower) || complementOpeners.contains(lower));
                sb.append(glue || part.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
            }
            return sb.toString();
        }

        boolean surnameAt(int k, int t1) {
            // a pinyin name is never written with a hyphen between surname and given name, nor glued by one to the word
            // before it: "Guangdong-Hong Kong-Macao" holds no person Kong
            return k + 1 < t1 && surnames.contains(w.terms[k]) && joined(k, k + 1) && !stop(k + 1)
                    && !hyphenBetween(k, k + 1) && !(k > 0 && hyphenBetween(k - 1, k))
                    && givenName.matcher(w.terms[k + 1]).matches() && (!cased || capital(k) == capital(k + 1))
                    && !orgHeads.contains(w.terms[k + 1]);
        }

        /**
         * A surname that is also a word ("He") before a given name: both capitalised in a cased text ("He Wenbo"); in a
         * text without capitals, right after a verb of saying ("... said he wenjun, deputy director"). Either way
         * {@link #person} takes it only with a post after it.
         */
        boolean wordSurnameAt(int k, int t1) {
            boolean shaped = cased ? capital(k) && capital(k + 1) : k > 0 && reportingBefore(k);
            return k + 1 < t1 && wordSurnames.contains(w.terms[k]) && shaped && joined(k, k + 1)
                    && givenName.matcher(w.terms[k + 1]).matches() && !orgHeads.contains(w.terms[k + 1])
                    && !functionWords.contains(w.terms[k + 1]) && titles.longestAt(w, k + 1, t1) == null;
        }

        /**
         * Capitalised words from k that are not function words, heads or titles, and between two of them up to two
         * lex:nameParticle words ("Marieke de Vos", "Jan van der Berg"): the length of the run in words (at most three
         * capitalised ones; the parts of a hyphenated name count as one).
         */
        int capitalRun(int k, int t1) {
            int n = 0, names = 0;
            while (k + n < t1 && names < 3) {
                int j = k + n;
                if (n > 0 && !joined(j - 1, j))
                    break;
                int p = j;
                while (names > 0 && p < t1 && p - j < 2 && !capital(p) && nameParticles.contains(w.terms[p]) && (p == j || joined(p - 1, p)))
                    p++;
                if (p < t1 && (p == j || joined(p - 1, p)) && nameWord(p, t1)) {
                    p = hyphenatedEnd(p, t1); // a hyphenated name is one word whatever the case of its parts ("Ji-yeon")
                    n = p - k + 1;
                    names++;
                } else {
                    break;
                }
            }
            return n;
        }

        /** A capitalised word that may be part of a person's name: no function word, head or title. */
        boolean nameWord(int k, int t1) {
            return capital(k) && !stop(k) && !orgHeads.contains(w.terms[k]) && titles.longestAt(w, k, t1) == null;
        }

        boolean capitalAfterThe(int k, int t1) {
            if (k < t1 && cues.determiners.contains(w.terms[k])) k++;
            return k < t1 && capital(k);
        }

        boolean reporting(int from, int to) {
            return reportingAt(from) && joined(from - 1, from);
        }

        /** A verb of saying right before the name at token i, with nothing between them ("... said guo lixin"). */
        boolean reportingBefore(int i) {
            PhraseMatcher.Match<Lexicon.Cue> m = cues.modalities.longestAt(w, i - 1, i);
            return m != null && m.value().reporting() && joined(i - 1, i);
        }

        /**
         * After the name ending before token e, where the speaker works and then a verb of saying, with no punctuation
         * and no other verb between: "tang wenyu of a university in zhengzhou said ...".
         */
        boolean saysAfterAffiliation(int e, int t1) {
            if (e >= t1 - 1 || !complementOpeners.contains(w.terms[e]) || !joined(e - 1, e))
                return false;
            for (int k = e + 1; k < Math.min(t1, e + 1 + MAX_AFFILIATION_WORDS); k++) {
                if (!joined(k - 1, k))
                    return false;
                if (reporting(k, k + 1))
                    return k > e + 1;
                if (verb(k) || cues.modalities.longestAt(w, k, Math.min(w.size, k + 4)) != null
                        || cues.roles.longestAt(w, k, Math.min(w.size, k + 4)) != null)
                    return false;
            }
            return false;
        }

        /**
         * In a text without capitals, the words from k that may be a person's name of another language: two words (the
         * parts of a hyphenated one count as one), each of letters, no function word, head, title, word of the scheme's
         * labels or word the tagger (where it tagged) reads as a verb or a function word: the run's length in tokens, or 0.
         */
        int lowerNameRun(int k, int t1) {
            int j = k;
            for (int names = 0; names < 2; names++) {
                if (j >= t1 || j > k && !text.substring(w.ends[j - 1], w.starts[j]).isBlank() || !lowerNameWord(j))
                    return 0;
                j = hyphenatedEnd(j, t1) + 1; // a hyphenated name's later parts, whatever the tagger makes of them
            }
            return j - k;
        }

        /** The last token of the word at token p with the parts a hyphen joins to it, no space around it ("Kowalczyk-Drozd"). */
        int hyphenatedEnd(int p, int t1) {
            while (p + 1 < t1 && w.starts[p + 1] == w.ends[p] + 1 && text.charAt(w.ends[p]) == '-'
                    && w.terms[p + 1].chars().allMatch(Character::isLetter) && !stop(p + 1))
                p++;
            return p;
        }

        private boolean lowerNameWord(int k) {
            String t = w.terms[k];
            String tag = String.valueOf(tags.tagAt(w.starts[k]));
            return t.chars().allMatch(Character::isLetter) && !stop(k) && !orgHeads.contains(t) && !groupHeads.contains(t)
                    && titles.longestAt(w, k, k + 1) == null && !schemeWords.contains(t)
                    && !NOT_NAME_TAGS.contains(tag); // (the lexicon's lists tell function words; the tagger, where it tagged, verbs)
        }

        private static final Set<String> NOT_NAME_TAGS = Set.of("VERB", "AUX", "ADP", "PRON", "CCONJ", "SCONJ", "PART", "NUM", "PUNCT");

        /** A verb of saying among the words [from, to). */
        boolean reportingBetween(int from, int to) {
            for (int k = from; k < to; k++)
                if (reportingAt(k))
                    return true;
            return false;
        }

        /** After a post from token k, the apposition's closing comma and a verb of saying, with no verb before them. */
        boolean saysAfterApposition(int k, int t1) {
            for (int j = k; j < Math.min(t1, k + 12); j++) {
                String gap = text.substring(w.ends[j - 1], w.starts[j]).strip();
                if (gap.equals(","))
                    return reportingAt(j);
                if (!gap.isEmpty() && !gap.equals("-") || verb(j))
                    return false;
            }
            return false;
        }

        /** A verb of saying starts at token k. */
        boolean reportingAt(int k) {
            PhraseMatcher.Match<Lexicon.Cue> m = cues.modalities.longestAt(w, k, Math.min(w.size, k + 4));
            return m != null && m.value().reporting();
        }

        /** The tagger reads token k as a verb. */
        boolean verb(int k) {
            return UniversalTags.VERB.equals(tags.tagAt(w.starts[k]));
        }

        boolean possessive(int k) {
            String t = text.substring(w.starts[k], Math.min(text.length(), w.ends[k] + 2));
            return t.endsWith("'s") || t.endsWith("’s") || t.contains("'s") || t.contains("’s");
        }

        /**
         * Token k is a plural in the genitive right before token k1, which classifies inside a name ("Women's" in
         * "All-China Women's Federation", "Persons'" in "China Disabled Persons' Federation"): a plural's genitive
         * names a kind of people, where a singular's ("Labor's Bureau", "the ministry's centre") names an owner.
         */
        boolean genitiveInName(int k, int k1) {
            if (k < 0 || k1 >= w.size || w.ends[k] > w.starts[k1])
                return false;
            String written = text.substring(w.starts[k], w.starts[k1]); // the word with its genitive and the space after
            java.util.regex.Matcher m = GENITIVE_END.matcher(written);
            if (!m.find())
                return false;
            return m.group(2).isEmpty()
                    ? Character.toLowerCase(m.group(1).charAt(m.group(1).length() - 1)) == 's' // "Persons' "
                    : genitivePlurals.contains(w.terms[k]); // "Women's "
        }

        /** A head that names a group of organisations ("departments", "governments"). */
        boolean plural(int k) { return groupHeads.contains(w.terms[k]); }

        boolean capital(int k) { return Character.isUpperCase(text.charAt(w.starts[k])); }

        /** A hyphen stands between tokens a and b. */
        boolean hyphenBetween(int a, int b) {
            return w.ends[a] <= w.starts[b] && text.substring(w.ends[a], w.starts[b]).indexOf('-') >= 0;
        }

        /** Two or more spaces (or a tab) and no line break between tokens k and k1: the gap between the fields of a page, not between words. */
        boolean fieldGap(int k, int k1) {
            String gap = text.substring(w.ends[k], w.starts[k1]);
            return gap.indexOf('\n') < 0 && gap.indexOf('\r') < 0 && (gap.length() >= 2 && gap.isBlank() || gap.indexOf('\t') >= 0);
        }

        /** Tokens k and k+1 are separated by white space (or a hyphen) only, not by punctuation. */
        boolean joined(int k, int k1) {
            if (k < 0 || k1 >= w.size) return false;
            for (int c = w.ends[k]; c < w.starts[k1]; c++) {
                char ch = text.charAt(c);
                if (!Character.isWhitespace(ch) && ch != '-' && ch != '\u00A0') return false;
            }
            return true;
        }

        /** A word that cannot be part of a name: a function word, a verb the lexicon knows, a number. */
        boolean stop(int k) {
            String t = w.terms[k];
            if (functionWords.contains(t) || cues.determiners.contains(t) || t.chars().noneMatch(Character::isLetter))
                return true;
            if (cased && capital(k))
                return false; // a capitalised word inside a name ("National Development and Reform Commission") is the name's
            return cues.leadingWords.contains(t) || cues.modalities.longestAt(w, k, Math.min(w.size, k + 4)) != null
                    || cues.roles.longestAt(w, k, Math.min(w.size, k + 4)) != null;
        }

        boolean inside(List<int[]> spans, int k) {
            for (int[] s : spans) if (k >= s[0] && k < s[1]) return true;
            return false;
        }
    }
}
