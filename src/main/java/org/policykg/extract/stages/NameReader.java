package org.policykg.extract.stages;

import java.util.*;
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
    private final Set<String> functionWords = new HashSet<>();
    private final Set<String> complementOpeners = new HashSet<>();
    private final Pattern givenName;
    private final boolean reads;

    NameReader(Lexicon lexicon, Cues cues, ConceptMatcher concepts) {
        this.cues = cues;
        this.concepts = concepts;
        for (String t : lexicon.postTitles()) titles.add(cues.analyzer.terms(t), t);
        for (String w : lexicon.organizationHeads()) orgHeads.addAll(cues.analyzer.terms(w));
        for (String w : lexicon.groupHeads()) groupHeads.addAll(cues.analyzer.terms(w));
        orgHeads.addAll(groupHeads);
        for (String w : lexicon.surnames()) surnames.addAll(cues.analyzer.terms(w));
        for (String w : lexicon.functionWords()) functionWords.addAll(cues.analyzer.terms(w));
        for (String w : lexicon.nameComplementOpeners()) complementOpeners.addAll(cues.analyzer.terms(w));
        this.givenName = lexicon.givenNamePattern();
        this.reads = !lexicon.postTitles().isEmpty() || !lexicon.organizationHeads().isEmpty();
    }

    @Override public String name() { return "names"; }
    @Override public Set<Layer> requires() { return Set.of(Layer.SENTENCES, Layer.TOKENS, Layer.MENTIONS); }
    @Override public Set<Layer> provides() { return Set.of(Layer.MENTIONS); }

    @Override
    public Document apply(Document doc) {
        if (!reads)
            return doc; // the language's lexicon gives no titles or heads
        String text = doc.text();
        Tokens w = doc.tokens();
        String lang = cues.analyzer.nameLanguage(doc.source().language());
        boolean cased = cased(text, w, doc.region());
        Reader r = new Reader(text, w, cased, lang, doc.mentions(), doc.source());
        for (Sentence s : doc.sentences()) {
            Cancellation.check();
            r.sentence(w.firstAtOrAfter(s.span().begin()), w.endAtOrBefore(s.span().end()));
        }
        boolean lowerNames = cased && doc.mentions().stream().anyMatch(m -> lowerCaseName(text, m));
        if (r.names.isEmpty() && !lowerNames)
            return doc;
        List<Mention> out = new ArrayList<>();
        for (Mention m : doc.mentions())
            if (r.names.stream().noneMatch(n -> n.span().begin() <= m.span().begin() && m.span().end() <= n.span().end())
                    && !(cased && lowerCaseName(text, m)))
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
        final boolean cased;
        final String lang;
        final List<Mention> known;
        final List<Mention> names = new ArrayList<>();
        final Map<String, ConceptRef> minted = new HashMap<>();
        final SourceText source;

        Reader(String text, Tokens w, boolean cased, String lang, List<Mention> known, SourceText source) {
            this.source = source;
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
                    if (surnameAt(k, t1)) {
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
                return i;
            }
            int nameEnd = -1;
            boolean chinese = surnameAt(i, t1);
            if (chinese) nameEnd = i + 2;
            else if (cased && (i == t0 || !capital(i - 1) || !joined(i - 1, i))) {
                int n = capitalRun(i, t1);
                if (n >= 2) nameEnd = i + n;
            }
            if (nameEnd < 0)
                return i;
            // ", [a|the] [premodifiers] TITLE [of ...]"
            if (nameEnd < t1 && text.substring(w.ends[nameEnd - 1], w.starts[nameEnd]).strip().equals(",")) {
                int p = nameEnd;
                if (cues.determiners.contains(w.terms[p])) p++;
                for (int k = p; k < Math.min(t1, p + 4); k++) {
                    if (k > p && (!joined(k - 1, k) || stop(k - 1))) break;
                    PhraseMatcher.Match<String> t = titles.longestAt(w, k, t1);
                    if (t != null) {
                        int end = t.to();
                        if (end < t1 - 1 && complementOpeners.contains(w.terms[end]) && joined(end - 1, end))
                            end = complement(end + 1, t1, false);
                        return add(i, nameEnd, true, trimPost(p, end), claimed);
                    }
                }
            }
            if (!chinese)
                return i;
            // a surname and a given name alone: capitalised in a cased text, or next to a verb of saying
            boolean saying = (i > t0 && reporting(i - 1, i)) || (nameEnd < t1 && reporting(nameEnd, nameEnd + 1));
            if ((cased && capital(i) && capital(i + 1)) || saying)
                return add(i, nameEnd, true, null, claimed);
            return i;
        }

        /** An organisation around its head at token h: the words before it and an "of ..." after it. */
        int organization(int h, int t0, int t1, List<int[]> claimed) {
            boolean capitalHead = capital(h);
            int b = h;
            while (b - 1 >= t0 && h - (b - 1) <= 5 && joined(b - 1, b) && !stop(b - 1) && !inside(claimed, b - 1)
                    && !possessive(b - 1) && !cues.prepositions.contains(w.terms[b - 1]) && !(cased && capitalHead && !capital(b - 1))
                    && titles.longestAt(w, b - 1, t1) == null)
                b--;
            if (b - 1 >= t0 && Character.isDigit(text.charAt(w.starts[b - 1])))
                return h + 1; // a numbered session ("the 18th National Congress") is an event, not who acts
            int e = h + 1;
            if (h + 1 < t1 - 1 && complementOpeners.contains(w.terms[h + 1]) && joined(h, h + 1)
                    && (!cased || !capitalHead || capitalAfterThe(h + 2, t1)))
                e = complement(h + 2, t1, cased && capitalHead);
            if (b == h && e == h + 1)
                return h + 1; // a bare head ("the ministry") refers back; it does not name
            // in a cased text, one lower-case body without an "of ..." ("the tax bureau", "an advisory council") refers
            // back to a name given before; a plural ("local governments", "civil affairs departments") names who acts
            if (cased && !capitalHead && e == h + 1 && !plural(h))
                return h + 1;
            if (b - 1 >= t0 && possessive(b - 1))
                return h + 1; // "the administration's service center": a part of an organisation named before
            return add(b, e, false, null, claimed, plural(h));
        }

        /**
         * The words of an "of ..." complement from token k: content words, "and" between them, a "the" or "of"
         * inside; ends at a function word, a verb, punctuation or, after "and" or after a determiner right after a
         * content word (a list run together without commas in a lowercased text: "the ministry of finance the state
         * taxation administration ..."), before another organisation.
         */
        int complement(int k, int t1, boolean capitals) {
            int start = k;
            if (k < t1 && cues.determiners.contains(w.terms[k])) k++;
            int end = start, lastAnd = -1, lastDeterminer = -1;
            for (int j = k; j < t1 && j - start < 10; j++) {
                if (j > start && !joined(j - 1, j)) break;
                String t = w.terms[j];
                boolean glue = cues.conjunctions.longestAt(w, j, j + 1) != null || complementOpeners.contains(t) || cues.determiners.contains(t);
                if (glue) {
                    if (j + 1 >= t1 || !joined(j, j + 1) || stop(j + 1) && !cues.determiners.contains(w.terms[j + 1])) break;
                    if (cues.conjunctions.longestAt(w, j, j + 1) != null) lastAnd = j;
                    else if (cues.determiners.contains(t) && end == j && j > k) lastDeterminer = j;
                    continue;
                }
                if (stop(j) || (capitals && !capital(j))) break;
                if (orgHeads.contains(t) && lastAnd >= 0)
                    return lastAnd; // "Ministry of Finance and State Taxation Administration": two organisations
                if (orgHeads.contains(t) && lastDeterminer >= 0)
                    return lastDeterminer; // "ministry of finance the state taxation administration": a new noun phrase
                end = j + 1;
            }
            return end;
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
            String words = text.substring(begin, end).replaceAll("[\\s\\u00A0]+", " ");
            String type = (person ? Vocab.Person : Vocab.Organization).getURI();
            ConceptRef actor = ref(words, type, person || !cased, group);
            if (actor == null)
                return e;
            List<ConceptRef> posts = new ArrayList<>();
            if (post != null && person) {
                String title = text.substring(w.starts[post[0]], w.ends[post[1] - 1]).replaceAll("[\\s\\u00A0]+", " ");
                ConceptRef p = concepts.lookup(title);
                posts.add(p != null && (Vocab.SSPO + "Post").equals(p.typeIri()) ? p
                        : new ConceptRef(Iris.post(title), title, Vocab.SSPO + "Post", true, lang));
                claimed.add(new int[] {Math.min(post[0], b), Math.max(post[1], e)});
            }
            claimed.add(new int[] {b, e});
            names.add(new Mention(new Span(begin, end), actor, posts));
            return Math.max(e, post == null ? e : post[1]);
        }

        /** The scheme's actor by that name, else one minted from the words; null when the scheme says it is no actor. */
        ConceptRef ref(String words, String type, boolean capitalise, boolean group) {
            ConceptRef k = concepts.lookup(words);
            if (k != null)
                return Cues.ACTORS.contains(k.typeIri()) ? k : null;
            // one node per name whatever the case it is written in ("liu jianhua" = "Liu Jianhua")
            String label = capitalise ? capitalised(words) : words;
            // a group ("local governments", "the provincial government") is the bodies of this text's country or province
            String iri = group ? Iris.groupActor(source, label) : Iris.actor(label);
            return minted.computeIfAbsent(iri, x -> new ConceptRef(x, label, type, true, lang));
        }

        /** Every word capitalised but the function words: how a name is written in a cased text. */
        String capitalised(String words) {
            StringBuilder sb = new StringBuilder();
            for (String part : words.split(" ")) {
                if (sb.length() > 0) sb.append(' ');
                String lower = part.toLowerCase(Locale.ROOT);
                boolean glue = functionWords.contains(lower) || cues.determiners.contains(lower) || complementOpeners.contains(lower);
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

        /** Capitalised words from k that are not function words, heads or titles: the length of the run (at most 3). */
        int capitalRun(int k, int t1) {
            int n = 0;
            while (k + n < t1 && n < 3 && capital(k + n) && !stop(k + n) && !orgHeads.contains(w.terms[k + n])
                    && titles.longestAt(w, k + n, t1) == null && (n == 0 || joined(k + n - 1, k + n)))
                n++;
            return n;
        }

        boolean capitalAfterThe(int k, int t1) {
            if (k < t1 && cues.determiners.contains(w.terms[k])) k++;
            return k < t1 && capital(k);
        }

        boolean reporting(int from, int to) {
            PhraseMatcher.Match<Lexicon.Cue> m = cues.modalities.longestAt(w, from, Math.min(w.size, from + 4));
            return m != null && m.value().reporting() && joined(from - 1, from);
        }

        boolean possessive(int k) {
            String t = text.substring(w.starts[k], Math.min(text.length(), w.ends[k] + 2));
            return t.endsWith("'s") || t.endsWith("’s") || t.contains("'s") || t.contains("’s");
        }

        /** A head that names a group of organisations ("departments", "governments"). */
        boolean plural(int k) { return groupHeads.contains(w.terms[k]); }

        boolean capital(int k) { return Character.isUpperCase(text.charAt(w.starts[k])); }

        /** A hyphen stands between tokens a and b. */
        boolean hyphenBetween(int a, int b) {
            return w.ends[a] <= w.starts[b] && text.substring(w.ends[a], w.starts[b]).indexOf('-') >= 0;
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
