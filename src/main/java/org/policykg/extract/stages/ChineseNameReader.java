package org.policykg.extract.stages;

import java.util.*;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.*;
import org.policykg.document.*;
import org.policykg.rdf.Iris;
import org.policykg.rdf.Vocab;

/**
 * Chinese words and names (issue 14), over HanLP's words of each sentence folded to simplified characters
 * (folding keeps every offset, so spans point into the text as written):
 * <ul>
 * <li>the known nodes matched by characters are kept only where they are words: a match that runs across
 * a clause mark (，；：。) or that starts inside a word (求是 in 要求是), or a two-character one that ends inside
 * a word, is dropped, unless it is long enough (four characters) to be a name of its own that the segmenter cut
 * otherwise;</li>
 * <li>people named after a post (人力资源和社会保障部部长王晓萍, 国务院总理李强) and organisations by their
 * head (…部, …委员会, …局, …政府) become actors, minted from the words when the scheme does not know them;
 * the post is a mention right before the person's (the writer says the person holds it); the person's other
 * mentions in the document are theirs too;</li>
 * <li>phrases of official Chinese that state a principle or a reform (按照"…"的原则, 探索建立…, 推进…改革),
 * the lexicon's {@code lex:PrinciplePhrase} / {@code lex:ReformPhrase} patterns, name a candidate of that class.</li>
 * </ul>
 * The head and title words are lexicon data ({@code lex:organizationHead}, {@code lex:agencyHead}, {@code lex:postTitle} of the
 * Chinese settings). The statement stage then reads all of them as it reads the scheme's nodes.
 */
final class ChineseNameReader implements Stage {
    /** Marks that end a clause: no name runs across one. 、 joins items inside one name (尽力而为、量力而行). */
    private static final String CLAUSE_MARKS = "，,；;：:。！!？?\n\u3000";
    private static final int LONG_MATCH = 4;
    private static final int MIN_ORGANIZATION_CHARS = 3;
    /** The longest aside in brackets after a post title that still says which part of the post is meant (（主持日常工作）). */
    private static final int MAX_ASIDE_CHARS = 12;

    private final List<String> organizationHeads;
    private final List<String> postTitles;
    private final PostNames postNames;
    private final List<String> leadingWords;
    private final Set<String> surnames = new HashSet<>();
    private final Set<String> associationHeads = new HashSet<>();
    private final List<String> nonNamePrefixes = new ArrayList<>();
    private final Set<String> notInName = new HashSet<>();
    /** Conjunctions inside one body's name (lex:nameJoiner: 和, 及). */
    private final Set<String> nameJoiners = new HashSet<>();
    /** Names that end in an organisation's head but name a service, not a body (lex:notABody: E政府, 数字政府). */
    private final Set<String> notBodies = new HashSet<>();
    /** What follows an issuer's code in a document number (lex:issuerCodeEnd: 发〔2026〕 after 鄂人社). */
    private final List<Pattern> issuerCodeEnds = new ArrayList<>();
    private final Set<String> genericHeads;
    /** Class nouns that end a name and give its class (lex:finalHead: …机制 a reform, …体系 a goal), longest first. */
    private final List<Map.Entry<String, String>> finalHeads;
    private final List<String> anaphoricStarts;
    private final Set<String> selfReferences = new HashSet<>();
    private final Map<String, String> samePrefixes = new LinkedHashMap<>();
    private final List<String> unitHeads = new ArrayList<>();
    /** Characters that write a number (lex:numeral). */
    private final StringBuilder numerals = new StringBuilder();
    private final Map<String, List<Pattern>> phrasePatterns = new LinkedHashMap<>();
    /** Which patterns may match in a sentence (lex:onlyWith): the others are not tried, as they would only fail slowly. */
    private final Function<String, Predicate<Pattern>> mayMatchIn;
    private final ConceptMatcher concepts;
    private final AddresseeLines addressees = new AddresseeLines(this::isPost);

    ChineseNameReader(Lexicon lexicon, Model lexiconModel, ConceptMatcher concepts, PostNames postNames) {
        this.concepts = concepts;
        this.postNames = postNames;
        this.genericHeads = Set.copyOf(lexicon.genericHeads());
        List<Map.Entry<String, String>> fh = new ArrayList<>(lexicon.finalHeads().entrySet());
        fh.sort(Comparator.comparingInt((Map.Entry<String, String> x) -> x.getKey().length()).reversed().thenComparing(Map.Entry::getKey));
        this.finalHeads = List.copyOf(fh);
        this.anaphoricStarts = lexicon.clauseWords().stream().filter(w -> w.length() >= 2).toList();
        List<String> heads = new ArrayList<>(), titles = new ArrayList<>();
        synchronized (lexiconModel) {
            Property lang = ResourceFactory.createProperty(Lexicon.LEX, "language");
            lexiconModel.listSubjectsWithProperty(lang, "zh").forEachRemaining(s -> {
                heads.addAll(strings(s, "organizationHead"));
                heads.addAll(strings(s, "agencyHead"));
                titles.addAll(strings(s, "postTitle"));
                surnames.addAll(strings(s, "surname"));
                associationHeads.addAll(strings(s, "associationHead"));
                nonNamePrefixes.addAll(strings(s, "nonNamePrefix"));
                notInName.addAll(strings(s, "notInName"));
                nameJoiners.addAll(strings(s, "nameJoiner"));
                strings(s, "notABody").forEach(x -> notBodies.add(ChineseScript.simplified(x)));
                strings(s, "issuerCodeEnd").forEach(x -> issuerCodeEnds.add(Pattern.compile(x)));
                unitHeads.addAll(strings(s, "unitHead"));
                strings(s, "numeral").forEach(numerals::append);
                selfReferences.addAll(strings(s, "selfReference"));
                for (String pair : strings(s, "samePrefix")) { // "各地=各级"
                    String[] two = pair.split("=", 2);
                    if (two.length == 2) samePrefixes.put(two[0], two[1]);
                }
            });
        }
        // longest first, so 委员会 is tried before 会 and 副部长 before 部长
        heads.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        titles.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        this.organizationHeads = List.copyOf(heads);
        this.postTitles = List.copyOf(titles);
        List<String> lead = new ArrayList<>(lexicon.leadingWords());
        lead.sort(Comparator.comparingInt(String::length).reversed());
        this.leadingWords = List.copyOf(lead);
        phrasePatterns.putAll(lexicon.phrasePatterns());
        this.mayMatchIn = lexicon::mayMatchIn;
    }

    private static List<String> strings(Resource s, String local) {
        List<String> out = new ArrayList<>();
        s.listProperties(ResourceFactory.createProperty(Lexicon.LEX, local))
                .forEachRemaining(st -> { if (st.getObject().isLiteral()) out.add(st.getString()); });
        return out;
    }

    @Override public String name() { return "names (zh)"; }
    @Override public Set<Layer> requires() { return Set.of(Layer.SENTENCES, Layer.MENTIONS); }
    @Override public Set<Layer> provides() { return Set.of(Layer.MENTIONS); }

    /** The addressee lines as this stage reads them, for the speakers stage to give them no voice. */
    AddresseeLines addressees() { return addressees; }

    @Override
    public Document apply(Document doc) {
        String text = doc.text();
        List<Mention> known = doc.mentions();
        List<Mention> out = new ArrayList<>();
        Map<String, ConceptRef> people = new LinkedHashMap<>();
        List<List<ChineseWords.Word>> wordsOf = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            Cancellation.check();
            int base = s.span().begin();
            String folded = ChineseScript.simplified(s.span().of(text));
            List<ChineseWords.Word> words = ChineseWords.of(folded);
            wordsOf.add(words);
            BitSet starts = new BitSet(), ends = new BitSet();
            for (ChineseWords.Word w : words) { starts.set(w.begin()); ends.set(w.end()); }

            List<Mention> kept = new ArrayList<>();
            for (Mention m : known) {
                if (!s.span().contains(m.span()))
                    continue;
                int b = m.span().begin() - base, e = m.span().end() - base;
                if (crossesClause(folded, b, e))
                    continue;
                // it must start where a word starts; it may end inside a word when it is not a two-character
                // fragment (民政部 in HanLP's 民政部副部长)
                boolean aligned = starts.get(b) && (ends.get(e) || e - b > 2);
                if (aligned || e - b >= LONG_MATCH)
                    kept.add(m);
            }
            List<Mention> found = new ArrayList<>(kept);
            readNames(folded, base, words, found, people);
            readPhrases(folded, base, starts, found);
            if (addressees.is(folded, words))
                found.removeIf(m -> Cues.ACTORS.contains(m.concept().typeIri()));
            found.sort(Comparator.comparingInt((Mention m) -> m.span().begin()).thenComparingInt(m -> -m.span().end()));
            out.addAll(found);
        }
        // the writer's own country, province or department (我国, 本省) is a deictic word, not a named actor
        out.removeIf(m -> Cues.ACTORS.contains(m.concept().typeIri())
                && selfReferences.contains(ChineseScript.simplified(m.span().of(text))));
        out = abbreviationsToFullNames(text, out);
        // a person named once with a post is the same person where the name stands alone
        if (!people.isEmpty()) {
            List<Mention> more = new ArrayList<>();
            int i = 0;
            for (Sentence s : doc.sentences()) {
                List<ChineseWords.Word> words = wordsOf.get(i++);
                for (ChineseWords.Word w : words) {
                    ConceptRef p = people.get(w.text());
                    if (p == null) continue;
                    Span span = new Span(s.span().begin() + w.begin(), s.span().begin() + w.end());
                    if (out.stream().noneMatch(m -> m.span().overlaps(span)))
                        more.add(new Mention(span, p));
                }
            }
            out.addAll(more);
            out.sort(Comparator.comparingInt((Mention m) -> m.span().begin()).thenComparingInt(m -> -m.span().end()));
        }
        return doc.withMentions(out);
    }

    /**
     * A Chinese short name (简称) keeps characters of the full name in their order and its head: 卫福部 for 卫生福利部,
     * 积金局 for 强制性公积金计划管理局, 省政府 for 湖南省人民政府. A minted organisation whose name is such a short
     * form of a longer organisation the same document names is that organisation.
     */
    private List<Mention> abbreviationsToFullNames(String text, List<Mention> mentions) {
        Map<String, ConceptRef> full = new LinkedHashMap<>();
        for (Mention m : mentions)
            if (Vocab.Organization.getURI().equals(m.concept().typeIri()))
                full.putIfAbsent(samePrefix(ChineseScript.simplified(m.span().of(text))), m.concept());
        if (full.size() < 2)
            return mentions;
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            ConceptRef c = m.concept();
            if (c.candidate() && Vocab.Organization.getURI().equals(c.typeIri())) {
                String shortName = samePrefix(ChineseScript.simplified(m.span().of(text)));
                ConceptRef same = full.get(shortName); // 各地民政部门 and 各级民政部门 are one body
                if (same != null && !same.iri().equals(c.iri()))
                    c = same;
                else for (Map.Entry<String, ConceptRef> e : full.entrySet())
                    if (e.getKey().length() > shortName.length() && isShortFormOf(shortName, e.getKey())) {
                        c = e.getValue();
                        break;
                    }
            }
            out.add(c == m.concept() ? m : new Mention(m.span(), c));
        }
        return out;
    }

    /** The name with its collective prefix written one way ({@code lex:samePrefix} "各地=各级"). */
    private String samePrefix(String name) {
        for (Map.Entry<String, String> e : samePrefixes.entrySet())
            if (name.startsWith(e.getKey()))
                return e.getValue() + name.substring(e.getKey().length());
        return name;
    }

    /** {@code s} (three characters or more) ends as {@code full} does and keeps its characters in order. */
    static boolean isShortFormOf(String s, String full) {
        if (s.length() < 3 || s.charAt(s.length() - 1) != full.charAt(full.length() - 1))
            return false;
        int j = 0;
        for (int i = 0; i < full.length() && j < s.length(); i++)
            if (full.charAt(i) == s.charAt(j))
                j++;
        return j == s.length();
    }

    private static boolean crossesClause(String s, int b, int e) {
        for (int i = b; i < e; i++)
            if (CLAUSE_MARKS.indexOf(s.charAt(i)) >= 0)
                return true;
        return false;
    }

    /** People after a post, and organisations by their head word. */
    private void readNames(String s, int base, List<ChineseWords.Word> words, List<Mention> found, Map<String, ConceptRef> people) {
        int n = words.size();
        List<Span> units = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ChineseWords.Word w = words.get(i);
            if (isPost(w)) {
                // the person: the name words after the post (HanLP's person name, with a surname or a last
                // character it left apart: 林/欣怡, 王晓/萍), three characters at most
                int nb = k0(words, i); // 副部长 王宏: the name starts past a space, or past an aside (助理署长（安老服务）冯…)
                int k = i + 1, e = nb;
                while (k < n && words.get(k).begin() < nb)
                    k++;
                int first = k;
                boolean named = false;
                while (k < n && nameWord(words.get(k)) && words.get(k).end() - nb <= 3) {
                    named |= words.get(k).isPerson();
                    e = words.get(k).end();
                    k++;
                }
                // a name HanLP did not tag (吴/tg 振/vg 宏/nz): a surname of the lexicon and one or two single characters
                if (!named && k == first && k < n && surnames.contains(words.get(k).text())) {
                    int j = k;
                    while (j < n && words.get(j).end() - words.get(j).begin() == 1 && !words.get(j).isPunctuation()
                            && Character.isIdeographic(words.get(j).text().codePointAt(0)) && words.get(j).end() - nb <= 3)
                        j++;
                    if (j - k >= 2) {
                        named = true;
                        e = words.get(j - 1).end();
                    }
                }
                // nor one the segmenter cut across its words (贺春/明 介绍, 马/建/新 at a line's end): a surname of the lexicon
                // opening two or three characters that end where a word of speech or function begins
                if (!named) {
                    int end = untaggedName(s, words, nb);
                    if (end > 0) {
                        named = true;
                        e = end;
                    }
                }
                if (named && e - nb >= 2) {
                    Span span = new Span(base + nb, base + e);
                    if (free(found, span)) {
                        String name = s.substring(nb, e);
                        ConceptRef p = people.computeIfAbsent(name, x -> new ConceptRef(Iris.actor(x), x, Vocab.Person.getURI(), true, "zh"));
                        found.add(new Mention(span, p));
                        addPost(s, base, words, i, found, units);
                    }
                }
                continue;
            }
            // a one-character head standing alone ends a name after a noun (劳保/局), not otherwise (逾千/处)
            // (HanLP may tag such a head a measure word after a field it does not know: 铨/叙/部/q; after a noun it counts nothing)
            boolean loneAfterNoun = i > 0 && w.text().length() == 1 && (w.isNoun() || w.tag().equals("q"))
                    && (words.get(i - 1).isNoun() || words.get(i - 1).tag().equals("vn") // 社会/保障/厅: a verbal noun names a field too
                            || fieldAdjective(words, i - 1)) // 卫生/健康/委
                    && !countsSomething(words.get(i - 1)) && !isPost(words.get(i - 1)) && organizationHeads.contains(w.text())
                    // the head the name before it ends with, again, opens another word (立法院/院/会: 院会, the chamber's sitting)
                    && !words.get(i - 1).text().endsWith(w.text());
            int headStart = headStart(words, i);
            if (!endsWithHead(w) && !loneAfterNoun && headStart < 0 || commonWordEndingInAHead(words, i) || headBeginsNextWord(words, i))
                continue;
            // a head the segmenter cut (退役/军人/服务中心) is all in the name, whatever its words' tags
            int first = headStart >= 0 ? headStart : i;
            while (first > 0) {
                // 各县（市、区）医保局, 直辖市及县（市）政府: the units in brackets are the same body at another level, in its name
                int open = alternativesOpening(words, first - 1);
                if (open > 0 && joinsOrganization(words, open - 1))
                    first = open - 1;
                else if (joinsOrganization(words, first - 1))
                    first--;
                else
                    break;
            }
            int last = headStart >= 0 ? headStart : i;
            while (first < last && !startsName(words, first))
                first++;
            int b = words.get(first).begin(), e = w.end();
            if (e - b < MIN_ORGANIZATION_CHARS)
                continue;
            Span span = new Span(base + b, base + e);
            String name = s.substring(b, e);
            if (notBodies.contains(name) || issuerCode(s, e))
                continue;
            // a longer organisation's name holds a known one (国务院办公厅, 中国证监会) or a known concept (医疗保障 in
            // 省医疗保障局): the longer name is meant
            found.removeIf(m -> span.contains(m.span()) && !span.equals(m.span()));
            if (!free(found, span))
                continue;
            // an internal unit of a ministry (…司, …处) named as a post's owner (…司副司长) is part
            // of the post, not an actor of its own
            if (i + 1 < n && isPost(words.get(i + 1)) && unitHeads.stream().anyMatch(name::endsWith)) {
                units.add(span);
                continue;
            }
            found.add(new Mention(span, new ConceptRef(Iris.actor(name), name, Vocab.Organization.getURI(), true, "zh")));
        }
    }

    /**
     * The post before a person's name, as a mention that ends where the name begins (the writer links the two with
     * sspo:holdsPost): the scheme's post when it knows the title with the organisation before it (国务院总理), else
     * one minted from them (人力资源和社会保障部部长), else from the title alone (副部长).
     */
    private void addPost(String s, int base, List<ChineseWords.Word> words, int i, List<Mention> found, List<Span> units) {
        ChineseWords.Word w = words.get(i);
        Span span = new Span(base + w.begin(), base + w.end());
        int ownerBegin = w.begin();
        for (Mention m : found) // an organisation named right before the title owns the post
            if (m.span().end() == span.begin() && Cues.ACTORS.contains(m.concept().typeIri()) && !Vocab.Person.getURI().equals(m.concept().typeIri()))
                ownerBegin = m.span().begin() - base;
        for (Span u : units) // or an internal unit of one (工伤保险司副司长)
            if (u.end() == span.begin())
                ownerBegin = u.begin() - base;
        String postType = Vocab.Post.getURI();
        for (Mention m : found) // the scheme knows the post under that title (人力资源和社会保障部部长)
            if (m.span().end() == span.end() && postType.equals(m.concept().typeIri()))
                return;
        String title = s.substring(ownerBegin, w.end());
        ConceptRef post = postNames.of(title);
        found.removeIf(m -> m.span().equals(span));
        found.add(new Mention(span, post));
    }

    /** Whether a name ending at {@code end} of the sentence is an issuer's code in a document number (鄂人社发〔2026〕21号). */
    private boolean issuerCode(String s, int end) {
        for (Pattern p : issuerCodeEnds)
            if (p.matcher(s).region(end, s.length()).lookingAt())
                return true;
        return false;
    }

    /**
     * Where the name after the post title at {@code i} starts: past a space, or past a short aside in round brackets that
     * says which part of the post's work is meant (副局长（主持日常工作）, 助理署长（安老服务）).
     */
    private static int k0(List<ChineseWords.Word> words, int i) {
        int k = i + 1;
        if (k < words.size() && isOpeningBracket(words.get(k).text())) {
            for (int j = k + 1; j < words.size() && words.get(j).end() - words.get(k).end() <= MAX_ASIDE_CHARS; j++)
                if (isClosingBracket(words.get(j).text())) {
                    k = j + 1;
                    break;
                }
            if (k == i + 1)
                return words.get(i).end();
        }
        return k < words.size() && words.get(k).text().isBlank() ? words.get(k).end() : words.get(k - 1).end();
    }

    private static boolean isOpeningBracket(String s) { return s.equals("（") || s.equals("("); }

    private static boolean isClosingBracket(String s) { return s.equals("）") || s.equals(")"); }

    /**
     * Where a name of two or three characters that starts at {@code nb} with a surname of the lexicon ends, or -1: the
     * characters are ideographs and a word of the segmenter that is a verb, adverb, preposition, conjunction or mark
     * (介绍, 表示, 则, 在, ，) begins right after them, or the sentence ends. Three characters are tried first.
     */
    private int untaggedName(String s, List<ChineseWords.Word> words, int nb) {
        if (nb >= s.length() || !surnames.contains(s.substring(nb, nb + 1)))
            return -1;
        for (int len = 3; len >= 2; len--) {
            int end = nb + len;
            if (end > s.length())
                continue;
            boolean ideographs = true;
            for (int c = nb; c < end; c++)
                ideographs &= Character.isIdeographic(s.charAt(c));
            if (!ideographs)
                continue;
            if (end == s.length() || s.substring(end).isBlank())
                return end;
            ChineseWords.Word w = wordAt(words, end);
            if (w != null && (w.isPunctuation() || w.tag().startsWith("v") || w.tag().startsWith("d") || w.tag().startsWith("p")
                    || w.tag().startsWith("c")))
                return end;
        }
        return -1;
    }

    /** The word that begins at {@code offset}, or null (the words are in text order). */
    private static ChineseWords.Word wordAt(List<ChineseWords.Word> words, int offset) {
        int lo = 0, hi = words.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1, b = words.get(mid).begin();
            if (b == offset)
                return words.get(mid);
            if (b < offset) lo = mid + 1; else hi = mid - 1;
        }
        return null;
    }

    /** A word of a name after a post: HanLP's person name, or a lone character it did not join (surname, last character). */
    private static boolean nameWord(ChineseWords.Word w) {
        return w.isPerson() || (w.end() - w.begin() == 1 && (w.tag().equals("ng") || w.tag().equals("nz") || w.tag().equals("n"))
                && Character.isIdeographic(w.text().codePointAt(0)));
    }

    /** A post title of the lexicon: HanLP's own post tag (nnt) also marks jobs (记者, 医师), which are not posts. */
    private boolean isPost(ChineseWords.Word w) {
        for (String t : postTitles)
            if (w.text().endsWith(t))
                return true;
        return false;
    }

    /** A word with a number in it (逾千, 3个): a one-character head after it is a measure word (逾千/处 "over a thousand places"). */
    private boolean countsSomething(ChineseWords.Word w) {
        return w.tag().startsWith("m") || w.text().chars().anyMatch(c -> Character.isDigit(c) || numerals.indexOf(String.valueOf((char) c)) >= 0);
    }

    /**
     * Where a head of two or three words that ends at word {@code i} starts, or -1: the segmenter cuts 经办机构 into 经办/机构,
     * 鉴定中心 into 鉴定/中心 and 退役军人服务中心 into 退役/军人/服务中心, so a head of the lexicon that the word alone does not end
     * with may end the words before and it together. The word where the head starts, whole or in part.
     */
    private int headStart(List<ChineseWords.Word> words, int i) {
        ChineseWords.Word w = words.get(i);
        if (i == 0 || !w.isNoun())
            return -1;
        String joined = w.text();
        for (int k = i - 1; k >= Math.max(0, i - 2); k--) {
            joined = words.get(k).text() + joined;
            for (String h : organizationHeads)
                if (h.length() > joined.length() - words.get(k).text().length() && joined.endsWith(h))
                    return k;
        }
        return -1;
    }

    /**
     * Whether word {@code i} is a common noun of two characters that only ends in a one-character head (好处 "benefit",
     * 格局 "pattern": 收益/双重/好处, 发展/格局): no name's head unless a place or a collective word names whose it is
     * (广东/当局, 各/分署). A word the segmenter tags an institution (公司, 省委: nis) is a name.
     */
    private boolean commonWordEndingInAHead(List<ChineseWords.Word> words, int i) {
        ChineseWords.Word w = words.get(i);
        if (w.text().length() != 2 || !w.tag().equals("n") || !organizationHeads.contains(w.text().substring(1)))
            return false;
        ChineseWords.Word before = i > 0 ? words.get(i - 1) : null;
        return before == null || !before.tag().startsWith("ns") && !before.tag().startsWith("r");
    }

    /**
     * Whether the word's last character, a one-character head, belongs with the single character the segmenter left after it
     * (门诊部/分/负担 is 门诊 部分负担, "the outpatient co-payment"): the two make a word of the dictionary (部分), so no
     * name ends there. A head followed by a word of its own (财政部/分配) is left alone.
     */
    private boolean headBeginsNextWord(List<ChineseWords.Word> words, int i) {
        ChineseWords.Word w = words.get(i), next = i + 1 < words.size() ? words.get(i + 1) : null;
        if (next == null || next.text().length() != 1 || next.isPunctuation() || next.begin() != w.end())
            return false;
        String last = w.text().substring(w.text().length() - 1);
        return organizationHeads.contains(last) && ChineseWords.isWord(last + next.text());
    }

    private boolean endsWithHead(ChineseWords.Word w) {
        if (!(w.isNoun() || w.tag().equals("nt") || w.tag().equals("nis")))
            return false;
        for (String p : nonNamePrefixes) // 跨部门 ("across departments") names no body
            if (w.text().startsWith(p))
                return false;
        for (String h : organizationHeads)
            if (w.text().endsWith(h))
                return h.length() > 1 || w.text().length() > 1; // a lone 部, 处 is a measure word or a noun, not a name's head
        return false;
    }

    /**
     * Whether word {@code k} may open an organisation's name: a noun, a pronoun of the name's scope (各级), a noun-like
     * adjective (卫生/an 福利部), or a verbal noun naming the body's field before a noun (培训/vn 局, 运输/vn 及 物流/n 局)
     * that is no anaphoric word (相关/vn 部门: the bodies named before, lex:clauseWord); never a conjunction or a verb.
     */
    private boolean startsName(List<ChineseWords.Word> words, int k) {
        ChineseWords.Word w = words.get(k);
        if (w.isNoun() || w.tag().startsWith("r") || w.tag().equals("an"))
            return true;
        if (!w.tag().equals("vn") || k + 1 >= words.size() || anaphoricStarts.contains(w.text()))
            return false;
        ChineseWords.Word next = words.get(k + 1);
        return next.isNoun() || nameJoiners.contains(next.text());
    }

    /** An adjective that names a body's field with the noun before it (省/卫生/an 健康/a 委), as {@link #joinsOrganization} reads one. */
    private static boolean fieldAdjective(List<ChineseWords.Word> words, int k) {
        return words.get(k).tag().equals("a") && k > 0 && (words.get(k - 1).isNoun() || words.get(k - 1).tag().equals("an"));
    }

    /** Words that may stand inside an organisation's name: nouns and place names, "各级", and 和/及 or a verb between nouns. */
    private boolean joinsOrganization(List<ChineseWords.Word> words, int k) {
        ChineseWords.Word w = words.get(k);
        if (isPost(w) || w.isPunctuation() || w.isPerson() || notInName.contains(w.text()))
            return false;
        if (w.isNoun() || w.tag().startsWith("r") && !w.tag().equals("rr") || w.tag().equals("ng") || w.tag().equals("an") || w.tag().equals("vn"))
            return true;
        // an adjective after a noun of the name names its field with it (省/卫生/健康/委员会), never its first word (相关部门)
        if (fieldAdjective(words, k))
            return true;
        // an association's cause, a verb of two characters right before its head after a noun or verbal noun that is no
        // whole name, is in the name (老人/福利/推动/联盟, 就业/促进/协会: lex:associationHead)
        boolean cause = w.tag().equals("v") && w.text().length() == 2 && k + 1 < words.size()
                && associationHeads.contains(words.get(k + 1).text());
        if (cause && k > 0 && !endsWithHead(words.get(k - 1)))
            return words.get(k - 1).isNoun() || words.get(k - 1).tag().equals("vn");
        // 和/及 between nouns, and a verb between nouns (金融/监督管理/总局): parts of one name
        // but not a verb of one or two characters, the predicate of a subject (民政部/会同/财政部, 制度/坚持/政府), nor one
        // after a whole name
        // (a field named by a verbal noun joins too: 运输/vn 及 物流/n 局)
        if (nameJoiners.contains(w.text()))
            return k > 0 && (words.get(k - 1).isNoun() || words.get(k - 1).tag().equals("vn"));
        return w.tag().equals("v") && w.text().length() >= 3 && k > 0 && words.get(k - 1).isNoun() && !endsWithHead(words.get(k - 1));
    }

    /**
     * Where the brackets that close at word {@code k} open, when they hold only units of administration that stand beside
     * the word before them (各县（市、区）, 县（市）, 村（居）: the official way to name one level's bodies in all its kinds of
     * place): short nouns or single characters other than numerals between 、, eight characters at most; -1 otherwise.
     */
    private static int alternativesOpening(List<ChineseWords.Word> words, int k) {
        if (k < 2 || !isClosingBracket(words.get(k).text()))
            return -1;
        int chars = 0;
        for (int j = k - 1; j >= 1 && k - j <= 7; j--) {
            ChineseWords.Word w = words.get(j);
            String t = w.text();
            if (isOpeningBracket(t))
                return j < k - 1 ? j : -1;
            if (t.equals("、"))
                continue;
            // (a numeral is a list's number, 附件（一）, not a unit)
            if (w.isPunctuation() || t.length() > 3 || !w.isNoun() && t.length() > 1 || w.tag().startsWith("m"))
                return -1;
            chars += t.length();
            if (chars > 8)
                return -1;
        }
        return -1;
    }

    private static boolean free(List<Mention> found, Span span) {
        for (Mention m : found)
            if (m.span().overlaps(span))
                return false;
        return true;
    }

    /** The class the last word of a phrase gives it (lex:finalHead), or null. */
    private String finalHeadClass(String phrase) {
        for (Map.Entry<String, String> h : finalHeads)
            if (phrase.endsWith(h.getKey()))
                return h.getValue();
        return null;
    }

    private static final Pattern DIGIT_GROUP = Pattern.compile("(?<=[0-9０-９])[,，](?=[0-9０-９]{3}(?![0-9０-９]))");

    /**
     * Principle, reform and goal phrases of official Chinese (lexicon patterns with a {@code phrase} group), the longest
     * taken first where two overlap. A leading word is
     * stripped only where it is a word of the segmentation ({@code wordStarts}: where words start): 及 before 时 is
     * part of 及时, 在 before 职 part of 在职.
     */
    private void readPhrases(String s, int base, BitSet wordStarts, List<Mention> found) {
        // a comma that groups digits (45,800元) is no clause break: the patterns see a point there, which their amounts allow
        // as they allow a decimal one (same offsets; the names are taken from the text itself)
        String clauses = DIGIT_GROUP.matcher(s).replaceAll(".");
        record Phrase(int begin, int end, String role) {}
        List<Phrase> phrases = new ArrayList<>();
        Predicate<Pattern> mayMatch = mayMatchIn.apply(clauses);
        for (Map.Entry<String, List<Pattern>> e : phrasePatterns.entrySet())
            for (Pattern p : e.getValue()) {
                if (!mayMatch.test(p))
                    continue;
                Matcher m = p.matcher(Cancellation.checked(clauses));
                while (m.find()) {
                    int b = m.start("phrase"), end = m.end("phrase");
                    if (b < 0) continue;
                    // leading adverbs go, unless they make the first item of a list of set phrases (稳妥有序、循序渐进)
                    int sep = s.indexOf('、', b);
                    boolean stripped = !(sep >= 0 && sep < end && sep - b <= 4);
                    while (stripped) {
                        stripped = false;
                        for (String lw : leadingWords)
                            if (s.startsWith(lw, b) && end - b > lw.length() + 1 && wordStarts.get(b + lw.length())) { b += lw.length(); stripped = true; break; }
                    }
                    if (end - b >= 2 && !crossesClause(clauses, b, end))
                        phrases.add(new Phrase(b, end, e.getKey()));
                }
            }
        // the longest phrase is taken first, as PhrasePatternReader takes them (看得起病、看得好病 before 困难群众看得起病), whatever the patterns' order
        phrases.sort(Comparator.comparingInt((Phrase x) -> x.begin() - x.end()).thenComparingInt(Phrase::begin));
        for (Phrase ph : phrases) {
            int b = ph.begin(), end = ph.end();
            Span span = new Span(base + b, base + end);
            // the phrase's form says its role: a known name inside it that is no goal, reform, principle
            // or actor (长期护理保险 in 探索建立长期护理保险制度) gives way to the whole phrase
            // or of its own class ("保基本、可持续" as a whole is the principle followed, 保基本 a part of it)
            String role = ph.role();
            // a body inside a principle (政府主导、多方参与, 政府负最终责任) is part of the rule, not an actor here
            boolean principle = role.equals(Vocab.Principle.getURI());
            // a phrase whose last word is a class noun of its own class (…机制 of a reform) is that thing as a
            // whole: a known name of another class inside it only qualifies it (the principle 多元筹资 in
            // 建立多元筹资机制, an instrument of financing)
            boolean headed = role.equals(finalHeadClass(s.substring(b, end)));
            String label = s.substring(b, end).replaceAll("[\"“”‘’「」『』]", "").strip();
            if (label.length() < 2 || !principle && (genericHeads.stream().anyMatch(label::endsWith) || anaphoricStarts.stream().anyMatch(label::startsWith)))
                continue; // 覆盖…人员: the people a policy serves (lex:genericHead); 相关…: named before (lex:clauseWord);
                          // a principle is a rule stated, which may end in any word (政府负最终责任)
            // the names inside give way only to a phrase that is taken: one refused leaves them as they were
            List<Mention> inside = found.stream().filter(k -> span.contains(k.span()) && !span.equals(k.span())
                    && (role.equals(k.concept().typeIri()) || headed && k.span().end() < span.end()
                            && Cues.GOALS_REFORMS_PRINCIPLES.contains(k.concept().typeIri())
                    || Cues.givesWayToPhrase(k.concept().typeIri(), principle))).toList();
            if (found.stream().anyMatch(k -> k.span().overlaps(span) && !inside.contains(k)))
                continue;
            found.removeAll(inside);
            found.add(new Mention(span, new ConceptRef(Iris.candidate(role, label), label, role, true, "zh")));
        }
    }
}
