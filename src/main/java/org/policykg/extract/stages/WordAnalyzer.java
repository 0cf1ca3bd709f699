package org.policykg.extract.stages;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.*;

import org.apache.jena.atlas.lib.Cache;
import org.apache.jena.atlas.lib.CacheFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.policykg.document.Cancellation;
import org.policykg.document.Span;
import org.policykg.document.Tokens;

/**
 * Splits text into normalised words with exact offsets (Lucene's analyzer chain), the same way for
 * labels and for the text they are looked for in. Two strengths: {@link #forLabels} folds case,
 * possessives, inflection (KStem, each word's stem kept: {@link CachedKStemFilter}), British spelling and ignorable words; {@link #forCues} only case,
 * possessives and spelling, so cues can tell "promote" from "promoted". Thread-safe.
 */
final class WordAnalyzer {
    private final Analyzer analyzer;
    private Map<String, String> variants = Map.of();
    private final Set<String> ignored;
    /** Plurals the label chain leaves as they are (lex:unreducedPlural). */
    private Set<String> unreducedPlurals = Set.of();
    private boolean chinese;
    /** Whether this chain ({@link #chain}) stems: the label chain does, the cue chain does not. */
    private boolean stems;
    /** A lex:PhraseVariant group, each form as normalised words (labels only); {@code before}: what must follow a form, if anything. */
    private record Group(List<List<String>> forms, List<List<String>> before) {}
    private List<Group> phraseGroups = List.of();
    /** A phrase variant with postposed forms (lex:postposedForm): the forms at a label's start, those at its end. */
    private record Positional(List<List<String>> preposed, List<List<String>> postposed) {}
    private List<Positional> positionalGroups = List.of();
    /** Each form of every group, by its first word: {group, form} in group then form order (labels are matched word by word). */
    private Map<String, List<int[]>> formsByFirstWord = Map.of();
    /** The most forms one label is matched in: a bound on the trie's growth, far above what a label of the scheme needs. */
    static final int MAX_LABEL_FORMS = 64;

    private WordAnalyzer(Analyzer analyzer, Map<String, String> spellings, Set<String> ignored) {
        this.analyzer = analyzer;
        this.ignored = Set.copyOf(ignored);
        // spelling pairs go through the same chain so that inflected forms ("labours") meet too
        Map<String, String> v = new HashMap<>();
        for (Map.Entry<String, String> e : spellings.entrySet())
            v.put(single(e.getKey()), single(e.getValue()));
        this.variants = Map.copyOf(v);
    }

    static WordAnalyzer forLabels(Lexicon lexicon) {
        WordAnalyzer a = new WordAnalyzer(chain(lexicon.unreducedPlurals()), lexicon.spellings(), lexicon.ignoredWords());
        a.unreducedPlurals = Set.copyOf(lexicon.unreducedPlurals());
        a.stems = true;
        // phrase variants are normalised as labels are, so an inflected form in a label ("covers") meets its group too
        List<Group> groups = new ArrayList<>();
        List<Positional> positional = new ArrayList<>();
        for (Lexicon.PhraseVariant v : lexicon.phraseVariants()) {
            Set<List<String>> g = new LinkedHashSet<>(), before = new LinkedHashSet<>();
            for (String f : v.forms()) {
                List<String> t = a.terms(f);
                if (!t.isEmpty()) g.add(List.copyOf(t));
            }
            for (String f : v.onlyBefore()) {
                List<String> t = a.terms(f);
                if (!t.isEmpty()) before.add(List.copyOf(t));
            }
            if (g.size() > 1) groups.add(new Group(List.copyOf(g), List.copyOf(before)));
            Set<List<String>> post = new LinkedHashSet<>();
            for (String f : v.postposed()) {
                List<String> t = a.terms(f);
                if (!t.isEmpty()) post.add(List.copyOf(t));
            }
            if (!post.isEmpty() && !g.isEmpty())
                positional.add(new Positional(List.copyOf(g), List.copyOf(post)));
        }
        a.positionalGroups = List.copyOf(positional);
        a.phraseGroups = List.copyOf(groups);
        Map<String, List<int[]>> byFirst = new HashMap<>();
        for (int g = 0; g < groups.size(); g++)
            for (int f = 0; f < groups.get(g).forms().size(); f++)
                byFirst.computeIfAbsent(groups.get(g).forms().get(f).get(0), k -> new ArrayList<>()).add(new int[] {g, f});
        a.formsByFirstWord = Map.copyOf(byFirst);
        return a;
    }

    static WordAnalyzer forCues(Lexicon lexicon) {
        return new WordAnalyzer(chain(null), lexicon.spellings(), Set.of());
    }

    /**
     * Chinese (issue 9): every Han character is a word of its own (Lucene's StandardTokenizer splits
     * ideographs so), folded to its simplified form; so a label matches by longest match over
     * characters, with no segmentation, and traditional text matches simplified labels. Latin words
     * inside Chinese text are lower-cased words as in English. The same chain serves labels and cues.
     */
    static WordAnalyzer forChinese() {
        WordAnalyzer a = new WordAnalyzer(new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream ts = new LowerCaseFilter(source);
                return new TokenStreamComponents(source, new ChineseScript.SimplifyFilter(ts));
            }
        }, Map.of(), Set.of());
        a.chinese = true;
        return a;
    }

    /**
     * Chinese words for cues and candidate names: Lucene's smartcn segmenter (HMMChineseTokenizer) over
     * the text folded to simplified characters (folding keeps every offset, one character for one), so
     * 要 is a cue where it is a word and not inside 重要, and candidates start and end at word boundaries.
     * Punctuation is dropped (smartcn's stop set); Latin words are lower-cased.
     */
    static WordAnalyzer forChineseWords() {
        WordAnalyzer a = new WordAnalyzer(new Analyzer() {
            @Override
            protected Reader initReader(String field, Reader reader) {
                return ChineseScript.simplifying(reader);
            }

            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new HMMChineseTokenizer();
                TokenStream ts = new LowerCaseFilter(source);
                ts = new StopFilter(ts, SmartChineseAnalyzer.getDefaultStopSet());
                return new TokenStreamComponents(source, ts);
            }
        }, Map.of(), Set.of());
        a.chinese = true;
        return a;
    }

    /** Whether this analyzer reads Chinese words (segmented, in simplified characters). */
    boolean chinese() { return chinese; }

    /** A phrase of the text as a node's name: as written, but in simplified characters for Chinese, so both scripts mint one node. */
    String nameForm(String phrase) {
        return chinese ? ChineseScript.simplified(phrase) : phrase;
    }

    /** The language tag of names made by {@link #nameForm}: Chinese ones are simplified whatever the text's script ("zh-Hant"), so "zh". */
    String nameLanguage(String textLanguage) {
        return chinese ? "zh" : textLanguage;
    }

    /** @param unreducedPlurals null: no stemming (the cue chain); else KStem and plurals, these left as they are */
    private static Analyzer chain(Set<String> unreducedPlurals) {
        boolean stem = unreducedPlurals != null;
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream ts = new EnglishPossessiveFilter(source);
                ts = new LowerCaseFilter(ts);
                ts = new ASCIIFoldingFilter(ts);
                if (stem)
                    ts = new CachedKStemFilter(ts, unreducedPlurals);
                return new TokenStreamComponents(source, ts);
            }
        };
    }

    /** The words in {@code region} of {@code text}, with offsets into the whole text. */
    Tokens tokens(String text, Span region) {
        if (region.begin() == 0 && region.end() == text.length())
            return tokens(text);
        Tokens t = tokens(region.of(text));
        for (int i = 0; i < t.size; i++) {
            t.starts[i] += region.begin();
            t.ends[i] += region.begin();
        }
        return t;
    }

    /** The words of {@code text}. */
    Tokens tokens(String text) {
        int cap = Math.max(16, text.length() / 5);
        String[] terms = new String[cap];
        int[] starts = new int[cap], ends = new int[cap];
        int n = 0;
        try (TokenStream ts = analyzer.tokenStream("", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if ((n & 0x3FF) == 0)
                    Cancellation.check();
                String t = term.toString();
                if (ignored.contains(t))
                    continue;
                if (n == terms.length) {
                    terms = Arrays.copyOf(terms, n * 2);
                    starts = Arrays.copyOf(starts, n * 2);
                    ends = Arrays.copyOf(ends, n * 2);
                }
                terms[n] = variants.getOrDefault(t, t);
                starts[n] = offset.startOffset();
                ends[n] = offset.endOffset();
                n++;
            }
            ts.end();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return new Tokens(terms, starts, ends, n);
    }

    /**
     * Whether {@link #fromCueWords} gives, from the words {@code cues} read in a text, exactly the words this analyzer reads
     * there: this chain is that chain with KStem after it (so the words and their offsets are the same, only the terms
     * differ), and every word the cue analyzer puts a spelling variant for reads, stemmed, as that variant does.
     */
    boolean derivesFrom(WordAnalyzer cues) {
        if (chinese || cues.chinese || !stems || cues.stems)
            return false;
        for (Map.Entry<String, String> e : cues.variants.entrySet())
            if (!Objects.equals(labelWord(e.getKey()), labelWord(e.getValue())))
                return false;
        return true;
    }

    /**
     * This analyzer's words of a text from those a cue analyzer it {@link #derivesFrom} read there, without reading the
     * text again: each cue word stemmed, then ignored words and spelling variants as {@link #tokens} applies them.
     */
    Tokens fromCueWords(Tokens cueWords) {
        String[] terms = new String[cueWords.size];
        int[] starts = new int[cueWords.size], ends = new int[cueWords.size];
        int n = 0;
        for (int i = 0; i < cueWords.size; i++) {
            String t = labelWord(cueWords.terms[i]);
            if (t == null)
                continue;
            terms[n] = t;
            starts[n] = cueWords.starts[i];
            ends[n] = cueWords.ends[i];
            n++;
        }
        return new Tokens(terms, starts, ends, n);
    }

    /** A word of the unstemmed chain as this (stemming) chain ends it: null if ignored. */
    private String labelWord(String word) {
        String kept = labelWords.get(word, w -> {
            String t = CachedKStemFilter.stemOf(w, unreducedPlurals);
            return ignored.contains(t) ? IGNORED : variants.getOrDefault(t, t);
        });
        return kept == IGNORED ? null : kept;
    }

    /** {@link #labelWord} as found: one look-up per word of a text instead of three (stem, ignored, spelling). */
    private final Cache<String, String> labelWords = CacheFactory.createCache(CachedKStemFilter.MAX_WORDS);
    /** Marks an ignored word in {@link #labelWords} (compared by identity). */
    @SuppressWarnings("StringOperationCanBeSimplified")
    private static final String IGNORED = new String("ignored");

    /**
     * The normalised words of a label, and the same words with each phrase variant (lex:PhraseVariant) it holds put in
     * place of another form of its group: "coverage of the entire population" is also "coverage of the whole people"
     * and "covering the entire population". Forms are found left to right, the longest at each place, never across
     * one another. A variant with postposed forms (lex:postposedForm) moves too: "local governments" is also
     * "governments at all levels". The label as written comes first, then at most {@link #MAX_LABEL_FORMS} forms in all.
     */
    List<List<String>> labelForms(String label) {
        return labelForms.computeIfAbsent(label, this::formsOf);
    }

    /** Label forms as computed: the concept matchers of one pipeline both read every label (see {@link #labelForms}). */
    private final Map<String, List<List<String>>> labelForms = new java.util.concurrent.ConcurrentHashMap<>();

    private List<List<String>> formsOf(String label) {
        List<List<String>> inPlace = inPlaceForms(terms(label));
        if (positionalGroups.isEmpty())
            return inPlace;
        Set<List<String>> out = new LinkedHashSet<>(inPlace);
        for (List<String> form : inPlace)
            for (Positional p : positionalGroups)
                for (List<String> moved : movedForms(form, p)) {
                    if (out.size() >= MAX_LABEL_FORMS)
                        return List.copyOf(out);
                    out.add(moved);
                }
        return List.copyOf(out);
    }

    /**
     * A label with a form of {@code p} at its start or a postposed form at its end, with each form of either kind in
     * its place instead ("local governments", "governments at all levels"); none when it has neither.
     */
    private static List<List<String>> movedForms(List<String> form, Positional p) {
        List<String> base = null;
        for (List<String> f : p.preposed())
            if (f.size() < form.size() && form.subList(0, f.size()).equals(f)
                    && (base == null || form.size() - f.size() < base.size()))
                base = form.subList(f.size(), form.size());
        for (List<String> f : p.postposed())
            if (f.size() < form.size() && form.subList(form.size() - f.size(), form.size()).equals(f)
                    && (base == null || form.size() - f.size() < base.size()))
                base = form.subList(0, form.size() - f.size());
        if (base == null)
            return List.of();
        List<List<String>> out = new ArrayList<>();
        for (List<String> f : p.preposed()) {
            List<String> m = new ArrayList<>(f);
            m.addAll(base);
            out.add(List.copyOf(m));
        }
        for (List<String> f : p.postposed()) {
            List<String> m = new ArrayList<>(base);
            m.addAll(f);
            out.add(List.copyOf(m));
        }
        return out;
    }

    /** The label's words and the same with each phrase variant's other forms in place (see {@link #labelForms}). */
    private List<List<String>> inPlaceForms(List<String> terms) {
        if (phraseGroups.isEmpty())
            return List.of(terms);
        // at each word, the group with the longest form that starts there
        List<int[]> found = new ArrayList<>(); // {start, end, group}
        for (int i = 0; i < terms.size(); ) {
            int[] best = null;
            for (int[] gf : formsByFirstWord.getOrDefault(terms.get(i), List.of())) {
                int g = gf[0];
                List<String> f = phraseGroups.get(g).forms().get(gf[1]);
                if (i + f.size() <= terms.size() && terms.subList(i, i + f.size()).equals(f) && (best == null || f.size() > best[1] - best[0])
                        && followedBy(terms, i + f.size(), phraseGroups.get(g).before()))
                    best = new int[] {i, i + f.size(), g};
            }
            if (best == null) {
                i++;
            } else {
                found.add(best);
                i = best[1];
            }
        }
        if (found.isEmpty())
            return List.of(terms);
        Set<List<String>> out = new LinkedHashSet<>();
        out.add(terms);
        expand(terms, found, 0, 0, new ArrayList<>(), out);
        return List.copyOf(out);
    }

    /** Whether one of {@code before} starts at word {@code at} of the label; true when nothing is required. */
    private static boolean followedBy(List<String> terms, int at, List<List<String>> before) {
        if (before.isEmpty())
            return true;
        for (List<String> b : before)
            if (at + b.size() <= terms.size() && terms.subList(at, at + b.size()).equals(b))
                return true;
        return false;
    }

    private void expand(List<String> terms, List<int[]> found, int k, int from, List<String> prefix, Set<List<String>> out) {
        if (out.size() >= MAX_LABEL_FORMS)
            return;
        if (k == found.size()) {
            List<String> form = new ArrayList<>(prefix);
            form.addAll(terms.subList(from, terms.size()));
            out.add(List.copyOf(form));
            return;
        }
        int[] f = found.get(k);
        for (List<String> variant : phraseGroups.get(f[2]).forms()) {
            List<String> next = new ArrayList<>(prefix);
            next.addAll(terms.subList(from, f[0]));
            next.addAll(variant);
            expand(terms, found, k + 1, f[1], next, out);
        }
    }

    /** The normalised words of a phrase. */
    List<String> terms(String phrase) {
        Tokens t = tokens(phrase);
        return Arrays.asList(Arrays.copyOf(t.terms, t.size));
    }

    private String single(String word) {
        Tokens t = tokens(word);
        return t.size == 1 ? t.terms[0] : word;
    }
}
