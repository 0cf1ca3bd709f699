package org.policykg.extract.stages;

import java.util.*;
import java.util.concurrent.ConcurrentHashMap;

import org.policykg.document.Tokens;

/**
 * The features of each word of a sentence as its language's measure-span model ({@link WordSpanModel}) sees them
 * (English words as the cue analyzer normalises them, Chinese words as smartcn cuts them; each language's lexicon classes),
 * where a word is the beginning, the inside or no part of a measure the sentence states. They are general properties
 * of the word and its neighbours, never a text's wording: the words themselves (as the cue analyzer normalises them)
 * two either side, their shape (a figure, capitals) and the lexicon's classes of the words three either side (a role
 * cue and what it introduces, a modal, a head noun of a reform or a goal, a thing changed, a verb of state...),
 * punctuation before the word, the last cue before it in the sentence and the next after it (a measure is often the
 * subject or the object of the verb a modal or a cue opens: "benefits will be paid ..."), where it stands in its clause
 * (words since a comma or a semicolon, words to the next) and the cues of its clause, figures before and after it, and the labels already read for
 * the two words before (so a measure is read as one span). Which count, and how much, is learnt
 * from the gold files of the evaluation corpus.
 * <p>
 * {@link #features} lists them as the model's feature names (for training); {@link #scorer} sums the same weights
 * with what depends on one word alone summed once per word and kept, which is what makes the stage cheap.
 */
public final class WordSpanFeatures {
    /** How far either side a word's lexicon classes and shape count; its own form counts {@link #WORD_WINDOW} either side. */
    static final int CLASS_WINDOW = 3, WORD_WINDOW = 2;
    /** Labels of a word: the outcomes of the model. */
    static final String NONE = "none", BEGIN = "begin", INSIDE = "inside", START = "^";
    /** The cue of a word with no cue before (or after) it in its sentence. */
    private static final String NO_CUE = "none";

    private final Map<String, Set<String>> classes = new HashMap<>(); // analysed word -> its lexicon classes
    private final Map<String, String> cueEnds = new HashMap<>(); // analysed word -> the cue it ends (the last of its classes that ends one)

    WordSpanFeatures(Cues cues, Lexicon lexicon) {
        cueClasses(cues, lexicon.roleCues(), "role");
        cueClasses(cues, lexicon.passiveCues(), "passive");
        cueClasses(cues, lexicon.measureFrames(), "frame");
        cueClasses(cues, lexicon.purposeCues(), "purpose");
        cueClasses(cues, lexicon.roleHeads(), "rolehead");
        for (Lexicon.Cue c : lexicon.modalityCues()) {
            List<String> t = cues.analyzer.terms(c.form());
            for (int i = 0; i < t.size(); i++)
                put(t.get(i), "modal" + (i == t.size() - 1 ? "-end" : ""));
        }
        words(cues.reformHeads, "reformHead");
        words(cues.goalHeads, "goalHead");
        words(cues.changeObjects, "changeObject");
        words(cues.changeVerbs, "changeVerb");
        words(cues.changeNouns, "changeNoun");
        words(cues.genericHeads, "genericHead");
        words(cues.nonMeasureVerbs, "nonMeasureVerb");
        words(cues.stateVerbs, "stateVerb");
        words(cues.quantityNouns, "quantityNoun");
        words(cues.unitNouns, "unitNoun");
        words(cues.universalWords, "universalWord");
        words(cues.beForms, "beForm");
        words(cues.valueOpeners, "valueOpener");
        words(cues.valueFroms, "valueFrom");
        words(cues.actorHeads, "actorHead");
        words(cues.organizationHeads, "organizationHead");
        words(cues.determiners, "determiner");
        words(cues.prepositions, "preposition");
        words(cues.relativePronouns, "relativePronoun");
        for (Map.Entry<String, Set<String>> e : classes.entrySet())
            for (String c : e.getValue())
                if (c.contains("-end"))
                    cueEnds.put(e.getKey(), c);
    }

    private void cueClasses(Cues cues, Collection<Lexicon.Cue> list, String kind) {
        for (Lexicon.Cue c : list) {
            List<String> t = cues.analyzer.terms(c.form());
            String what = c.introducesIri() == null ? "" : ":" + local(c.introducesIri());
            for (int i = 0; i < t.size(); i++)
                put(t.get(i), kind + (i == t.size() - 1 ? "-end" : "") + what);
        }
    }

    private void words(Collection<String> terms, String name) {
        for (String t : terms)
            put(t, name);
    }

    private void put(String term, String cls) {
        classes.computeIfAbsent(term, k -> new TreeSet<>()).add(cls);
    }

    /** The words of one sentence with what the features read of each, and of what comes before and after each. */
    public record Words(int[] starts, int[] ends, String[] terms, String[] shapes, String[] punctuation, String[] lastCue,
                        int[] cueDistance, boolean[] figureBefore, boolean[] figureAfter, String[] nextCue, int[] nextCueDistance,
                        int[] inClause, int[] clauseLeft) {
        int size() { return terms.length; }
    }

    /** The words of the tokens [k0, k1) of {@code text}. */
    public Words words(String text, Tokens tokens, int k0, int k1) {
        int n = Math.max(0, k1 - k0);
        String[] terms = new String[n], shapes = new String[n], punct = new String[n], cue = new String[n];
        int[] dist = new int[n], starts = Arrays.copyOfRange(tokens.starts, k0, k0 + n), ends = Arrays.copyOfRange(tokens.ends, k0, k0 + n);
        boolean[] before = new boolean[n], after = new boolean[n];
        for (int i = 0; i < n; i++) {
            int k = k0 + i;
            terms[i] = tokens.terms[k];
            shapes[i] = shape(text, tokens.starts[k], tokens.ends[k]);
            punct[i] = k == k0 ? "^" : punctuation(text, tokens.ends[k - 1], tokens.starts[k]);
        }
        String last = NO_CUE;
        int at = -1;
        boolean figure = false;
        for (int i = 0; i < n; i++) {
            cue[i] = last;
            dist[i] = at < 0 ? 0 : i - at;
            before[i] = figure;
            String ended = cueEnds.get(terms[i]);
            if (ended != null) {
                last = ended;
                at = i;
            }
            figure |= shapes[i].equals("num");
        }
        int nextFigure = Integer.MAX_VALUE;
        String[] next = new String[n];
        int[] nextDist = new int[n];
        String coming = NO_CUE;
        int comingAt = -1;
        for (int i = n - 1; i >= 0; i--) {
            after[i] = nextFigure - i <= 8;
            if (shapes[i].equals("num"))
                nextFigure = i;
            next[i] = coming;
            nextDist[i] = comingAt < 0 ? 0 : comingAt - i;
            String ended = cueEnds.get(terms[i]);
            if (ended != null) {
                coming = ended;
                comingAt = i;
            }
        }
        // where the word stands in its clause (words since a comma or a semicolon, or the sentence's start; words to the next)
        int[] inClause = new int[n], clauseLeft = new int[n];
        for (int i = 0, from = 0; i < n; i++) {
            if (clauseMark(punct[i]))
                from = i;
            inClause[i] = i - from;
        }
        for (int i = n - 1, to = n; i >= 0; i--) {
            clauseLeft[i] = to - i - 1;
            if (clauseMark(punct[i]))
                to = i;
        }
        return new Words(starts, ends, terms, shapes, punct, cue, dist, before, after, next, nextDist, inClause, clauseLeft);
    }

    private static boolean clauseMark(String mark) {
        return mark.equals(",") || mark.equals(";");
    }

    private static String shape(String text, int b, int e) {
        char c = text.charAt(b);
        if (Character.isDigit(c))
            return "num";
        if (!Character.isUpperCase(c))
            return "low";
        for (int i = b + 1; i < e; i++)
            if (Character.isLowerCase(text.charAt(i)))
                return "cap";
        return e - b > 1 ? "caps" : "cap";
    }

    /**
     * What separates a word from the one before: the strongest mark between them (a clause's ; or :, then its comma, then
     * a list's 、, then a bracket, quote or dash), in either script, or nothing.
     */
    private static String punctuation(String text, int from, int to) {
        String out = "";
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ';' || c == ':' || c == '；' || c == '：')
                return ";";
            if (c == ',' || c == '，')
                out = ",";
            else if (c == '、' && !out.equals(","))
                out = "、";
            else if (out.isEmpty() && (c == '(' || c == ')' || c == '"' || c == '“' || c == '”' || c == '—' || c == '–'
                    || c == '（' || c == '）' || c == '「' || c == '」' || c == '《' || c == '》' || c == '『' || c == '』'))
                out = "(";
        }
        return out;
    }

    /** The features of word {@code i} given the labels of the two words before it (null before the sentence). */
    public List<String> features(Words w, int i, String prev, String prev2) {
        List<String> f = new ArrayList<>();
        for (int d = -CLASS_WINDOW; d <= CLASS_WINDOW; d++)
            wordFeatures(w, i + d, d, f);
        contextFeatures(w, i, f);
        labelFeatures(w.terms[i], prev, prev2, f);
        return f;
    }

    /** What depends on the word at {@code j} alone, seen from {@code d} words away. */
    private void wordFeatures(Words w, int j, int d, List<String> f) {
        if (j < 0 || j >= w.size()) {
            if (Math.abs(d) <= WORD_WINDOW)
                f.add("w" + d + "=" + (j < 0 ? "<s>" : "</s>"));
            return;
        }
        termFeatures(w.terms[j], d, f);
        f.add("s" + d + "=" + w.shapes[j]);
        if (d >= -1 && d <= 1 && !w.punctuation[j].isEmpty())
            f.add("p" + d + "=" + w.punctuation[j]);
    }

    /** What depends on the word's form alone, seen from {@code d} words away: kept per form by the scorer. */
    private void termFeatures(String term, int d, List<String> f) {
        if (Math.abs(d) <= WORD_WINDOW)
            f.add("w" + d + "=" + term);
        for (String c : classes.getOrDefault(term, Set.of()))
            f.add("x" + d + "=" + c);
        if (d == 0 && term.length() > 4)
            f.add("suf=" + term.substring(term.length() - 3));
    }

    /**
     * The last cue before the word in its sentence and the next after it (and how far), figures before and after it, its
     * place in the sentence and in its clause, and the cues before and after it that lie in its clause.
     */
    private static void contextFeatures(Words w, int i, List<String> f) {
        f.add("cue=" + w.lastCue[i]);
        f.add("cue=" + w.lastCue[i] + "|" + far(w.cueDistance[i]));
        f.add("nc=" + w.nextCue[i]);
        f.add("nc=" + w.nextCue[i] + "|" + far(w.nextCueDistance[i]));
        f.add("nb=" + w.figureBefore[i]);
        f.add("na=" + w.figureAfter[i]);
        f.add("at=" + place(i));
        f.add("ic=" + place(w.inClause[i]));
        f.add("cl=" + place(w.clauseLeft[i]));
        f.add("lcc=" + lastCueInClause(w, i));
        f.add("ncc=" + nextCueInClause(w, i));
    }

    /** How many values {@link #far} and {@link #place} take: the scorer keeps a weight for each. */
    private static final int DISTANCES = 4, PLACES = 6;

    /** How far a cue is, by twos (0 when there is none): 0 to {@code DISTANCES - 1}. */
    private static int far(int distance) {
        return Math.min(distance, 2 * (DISTANCES - 1)) / 2;
    }

    /** A place counted in words, the fifth and later as one: 0 to {@code PLACES - 1}. */
    private static int place(int words) {
        return Math.min(words, PLACES - 1);
    }

    /** The last cue before the word where it lies in the word's clause, or none. */
    static String lastCueInClause(Words w, int i) {
        return w.cueDistance[i] > 0 && w.cueDistance[i] <= w.inClause[i] ? w.lastCue[i] : NO_CUE;
    }

    /** The next cue after the word where it lies in the word's clause, or none. */
    static String nextCueInClause(Words w, int i) {
        return w.nextCueDistance[i] > 0 && w.nextCueDistance[i] <= w.clauseLeft[i] ? w.nextCue[i] : NO_CUE;
    }

    private static void labelFeatures(String term, String prev, String prev2, List<String> f) {
        String p1 = prev == null ? START : prev, p2 = prev2 == null ? START : prev2;
        f.add("l1=" + p1);
        f.add("l2=" + p2 + "|" + p1);
        f.add("wl=" + term + "|" + p1);
    }

    static String local(String iri) {
        int k = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return iri.substring(k + 1);
    }

    /** A scorer of this model's weights over these features. */
    Scorer scorer(Map<String, double[]> weights, int outcomes) {
        return new Scorer(weights, outcomes);
    }

    /**
     * Sums a word's weights as {@link #features} names them. What depends on one word's form alone (its form and classes
     * seen from each offset, its form with each label before it) is summed once per form and kept; a form the model
     * has no weight for and the lexicon no class for weighs only by its ending, kept per ending. What takes few values
     * (shapes, punctuation, cues, labels) is summed once, when the scorer is made. No feature name is built per word,
     * and each form's weights lie in one array.
     */
    final class Scorer {
        private static final List<String> SHAPES = List.of("num", "low", "cap", "caps");
        private static final List<String> MARKS = List.of("^", ",", ";", "(", "、");
        private static final List<String> LABELS = List.of(START, NONE, BEGIN, INSIDE);
        private static final int OFFSETS = 2 * CLASS_WINDOW + 1;
        private final Map<String, double[]> weights;
        private final int n;
        private final double[] zero;
        private final Set<String> weighedForms = new HashSet<>();
        private final Map<String, double[]> byTerm = new ConcurrentHashMap<>(), byEnding = new ConcurrentHashMap<>();
        private final Map<String, double[][]> byCue = new HashMap<>(), byNextCue = new HashMap<>(); // every cue a word can end, and NO_CUE
        private final Map<String, double[]> byCueInClause = new HashMap<>(), byNextCueInClause = new HashMap<>();
        private final double[][][] shape = new double[OFFSETS][SHAPES.size()][], mark = new double[3][MARKS.size()][];
        private final double[][] outside = new double[2 * WORD_WINDOW + 1][], figureBefore = new double[2][], figureAfter = new double[2][],
                at = new double[PLACES][], inClause = new double[PLACES][], clauseLeft = new double[PLACES][], label1 = new double[LABELS.size()][];
        private final double[][][] label2 = new double[LABELS.size()][LABELS.size()][];

        Scorer(Map<String, double[]> weights, int outcomes) {
            this.weights = weights;
            this.n = outcomes;
            this.zero = new double[outcomes];
            for (String f : weights.keySet()) // the forms the model weighs by themselves: w-2= ... w2=, wl=FORM|label
                if (f.startsWith("wl="))
                    weighedForms.add(f.substring(3, f.lastIndexOf('|')));
                else if (f.startsWith("w") && f.indexOf('=') > 0 && f.indexOf('=') <= 3)
                    weighedForms.add(f.substring(f.indexOf('=') + 1));
            for (int d = -CLASS_WINDOW; d <= CLASS_WINDOW; d++) {
                for (int k = 0; k < SHAPES.size(); k++)
                    shape[d + CLASS_WINDOW][k] = w("s" + d + "=" + SHAPES.get(k));
                if (Math.abs(d) <= WORD_WINDOW)
                    outside[d + WORD_WINDOW] = w("w" + d + "=" + (d < 0 ? "<s>" : "</s>"));
            }
            for (int d = -1; d <= 1; d++)
                for (int k = 0; k < MARKS.size(); k++)
                    mark[d + 1][k] = w("p" + d + "=" + MARKS.get(k));
            for (int b = 0; b < 2; b++) {
                figureBefore[b] = w("nb=" + (b == 1));
                figureAfter[b] = w("na=" + (b == 1));
            }
            for (int i = 0; i < at.length; i++) {
                at[i] = w("at=" + i);
                inClause[i] = w("ic=" + i);
                clauseLeft[i] = w("cl=" + i);
            }
            for (String c : new TreeSet<>(cueEnds.values())) {
                byCue.put(c, cueWeights("cue=", c));
                byNextCue.put(c, cueWeights("nc=", c));
            }
            byCue.put(NO_CUE, cueWeights("cue=", NO_CUE));
            byNextCue.put(NO_CUE, cueWeights("nc=", NO_CUE));
            for (String c : byCue.keySet()) {
                byCueInClause.put(c, w("lcc=" + c));
                byNextCueInClause.put(c, w("ncc=" + c));
            }
            for (int a = 0; a < LABELS.size(); a++) {
                label1[a] = w("l1=" + LABELS.get(a));
                for (int b = 0; b < LABELS.size(); b++)
                    label2[a][b] = w("l2=" + LABELS.get(a) + "|" + LABELS.get(b));
            }
        }

        /** The weights of one feature (zeros when the model has none). */
        private double[] w(String feature) {
            double[] v = weights.get(feature);
            return v == null ? zero : v;
        }

        /** A form's weights, in one array: n per offset it is seen from, then n per label before it (as the word itself). */
        private double[] termWeights(String term) {
            double[] v = byTerm.get(term);
            if (v != null)
                return v;
            if (!weighedForms.contains(term) && !classes.containsKey(term)) // weighs by its ending alone
                return byEnding.computeIfAbsent(term.length() > 4 ? term.substring(term.length() - 3) : "", e -> sumTerm(term));
            v = sumTerm(term);
            byTerm.put(term, v);
            return v;
        }

        private double[] sumTerm(String term) {
            double[] v = new double[(OFFSETS + LABELS.size()) * n];
            List<String> f = new ArrayList<>();
            for (int d = -CLASS_WINDOW; d <= CLASS_WINDOW; d++) {
                f.clear();
                termFeatures(term, d, f);
                for (String name : f)
                    add(v, (d + CLASS_WINDOW) * n, w(name));
            }
            for (int a = 0; a < LABELS.size(); a++)
                add(v, (OFFSETS + a) * n, w("wl=" + term + "|" + LABELS.get(a)));
            return v;
        }

        /** A cue's weights ({@code prefix}: as the last cue or as the next): as such, then as such so far away (by twos). */
        private double[][] cueWeights(String prefix, String c) {
            double[][] v = new double[1 + DISTANCES][];
            v[0] = w(prefix + c);
            for (int b = 0; b < DISTANCES; b++)
                v[1 + b] = w(prefix + c + "|" + b);
            return v;
        }

        /** The weights of each word's form, once per sentence. */
        double[][] terms(Words w) {
            double[][] t = new double[w.size()][];
            for (int i = 0; i < t.length; i++)
                t[i] = termWeights(w.terms[i]);
            return t;
        }

        /** The summed weights per outcome of word {@code i} given the two labels before it ({@code terms}: of {@link #terms}). */
        double[] sums(Words w, double[][] terms, int i, String prev, String prev2) {
            double[] s = base(w, terms, i);
            addLabels(s, terms, i, LABELS.indexOf(prev == null ? START : prev), LABELS.indexOf(prev2 == null ? START : prev2));
            return s;
        }

        /** The summed weights per outcome of word {@code i} that do not depend on the labels before it. */
        double[] base(Words w, double[][] terms, int i) {
            double[] s = new double[n];
            for (int d = -CLASS_WINDOW; d <= CLASS_WINDOW; d++) {
                int j = i + d;
                if (j < 0 || j >= w.size()) {
                    if (Math.abs(d) <= WORD_WINDOW)
                        add(s, 0, outside[d + WORD_WINDOW]);
                    continue;
                }
                addFrom(s, terms[j], (d + CLASS_WINDOW) * n);
                add(s, 0, shape[d + CLASS_WINDOW][SHAPES.indexOf(w.shapes[j])]);
                if (d >= -1 && d <= 1 && !w.punctuation[j].isEmpty())
                    add(s, 0, mark[d + 1][MARKS.indexOf(w.punctuation[j])]);
            }
            double[][] cue = byCue.get(w.lastCue[i]);
            add(s, 0, cue[0]);
            add(s, 0, cue[1 + far(w.cueDistance[i])]);
            double[][] next = byNextCue.get(w.nextCue[i]);
            add(s, 0, next[0]);
            add(s, 0, next[1 + far(w.nextCueDistance[i])]);
            add(s, 0, figureBefore[w.figureBefore[i] ? 1 : 0]);
            add(s, 0, figureAfter[w.figureAfter[i] ? 1 : 0]);
            add(s, 0, at[place(i)]);
            add(s, 0, inClause[place(w.inClause[i])]);
            add(s, 0, clauseLeft[place(w.clauseLeft[i])]);
            add(s, 0, byCueInClause.get(lastCueInClause(w, i)));
            add(s, 0, byNextCueInClause.get(nextCueInClause(w, i)));
            return s;
        }

        /** Adds to {@code s} the weights of the labels before word {@code i}, as indexes of {@link #LABELS} (0: the sentence's start). */
        void addLabels(double[] s, double[][] terms, int i, int p1, int p2) {
            add(s, 0, label1[p1]);
            add(s, 0, label2[p2][p1]);
            addFrom(s, terms[i], (OFFSETS + p1) * n);
        }

        /** to[at + k] += v[k] */
        private static void add(double[] to, int at, double[] v) {
            for (int k = 0; k < v.length; k++)
                to[at + k] += v[k];
        }

        /** to[k] += v[from + k] */
        private static void addFrom(double[] to, double[] v, int from) {
            for (int k = 0; k < to.length; k++)
                to[k] += v[from + k];
        }
    }
}
