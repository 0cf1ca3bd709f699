package org.policykg.extract.stages;

import java.util.*;
import java.util.regex.Pattern;

import org.policykg.rdf.Vocab;

/**
 * The lexicon's cue phrases and word lists of one language, normalised by its cue analyzer and compiled
 * once: what the speaker and statement stages look for in the words of a sentence.
 */
final class Cues {
    static final Set<String> GOALS_REFORMS_PRINCIPLES = Set.of(Vocab.Goal.getURI(), Vocab.Reform.getURI(), Vocab.Principle.getURI());

    /**
     * Whether a known name of this class, lying inside a phrase whose form says its role, gives way to the phrase ("pension"
     * in "no farmer should be left without a pension", 长期护理保险 in 探索建立长期护理保险制度): no goal, reform, principle or
     * post does, nor an actor unless {@code actorsGiveWay} (a body inside a principle, 政府主导, is part of the rule).
     */
    static boolean givesWayToPhrase(String typeIri, boolean actorsGiveWay) {
        return !GOALS_REFORMS_PRINCIPLES.contains(typeIri) && !Vocab.Post.getURI().equals(typeIri)
                && (actorsGiveWay || !ACTORS.contains(typeIri));
    }

    /** A goal, reform or principle minted in the mentions layer: only the phrase readers mint those, from a phrase whose form says its role. */
    static boolean phrased(org.policykg.document.ConceptRef c) {
        return c.candidate() && GOALS_REFORMS_PRINCIPLES.contains(c.typeIri());
    }
    static final Set<String> ACTORS = Set.of(Vocab.Person.getURI(), Vocab.Organization.getURI(), Vocab.Actor.getURI());

    final WordAnalyzer analyzer;
    final PhraseMatcher<Lexicon.Cue> modalities = new PhraseMatcher<>();
    final PhraseMatcher<Lexicon.Cue> roles = new PhraseMatcher<>();
    final PhraseMatcher<Lexicon.Cue> heads = new PhraseMatcher<>();
    final PhraseMatcher<Lexicon.Cue> passives = new PhraseMatcher<>();
    final PhraseMatcher<Lexicon.Cue> purposes = new PhraseMatcher<>();
    /** Modals of obligation, commitment or plan (lex:MeasureFrame): an action verb after one opens a measure. */
    final PhraseMatcher<Lexicon.Cue> measureFrames = new PhraseMatcher<>();
    /**
     * Verbs by which a parameter moves to a value (lex:ValueChange), by their words as written, lower case (the tense is
     * the rule: "rises" but not "rose", which the analysed terms would not tell apart); the participles apart.
     */
    final List<Map.Entry<List<String>, Lexicon.Cue>> valueVerbs = new ArrayList<>();
    final List<Map.Entry<List<String>, Lexicon.Cue>> valueParticiples = new ArrayList<>();
    /** The first words of the lex:ValueChange forms, as written, lower case: where the tagger must tag a clause. */
    final Set<String> valueFirstWords = new HashSet<>();
    private int valueWordMin = Integer.MAX_VALUE, valueWordMax = 0;
    final Set<String> beForms = new HashSet<>();
    /** lex:presentBeForm, as analysed: a passive cue opened by one states a decision in force, never in a relative clause. */
    final Set<String> presentBeForms = new HashSet<>();
    final Set<String> haveForms = new HashSet<>();
    final Set<String> valueOpeners = new HashSet<>();
    /** lex:relativeUnit: the amount after such a unit ("six times the local dibao standard") is part of the value. */
    final Set<String> relativeUnits = new HashSet<>();
    final Set<String> valueFroms = new HashSet<>();
    /** lex:valueBound, as lower-case words: "no less than", "at least", "up to" before a value. */
    final List<List<String>> valueBounds = new ArrayList<>();
    /** Instruments (lex:reformHead), lower case as written: what heads the subject of a passive after a frame that names a measure. */
    final Set<String> reformHeads = new HashSet<>();
    /** The frames' cues: a role cue with one of these as its value is a measure's verb, named with its object. */
    final Set<Lexicon.Cue> measureCues;
    /** Verbs that open no measure after a frame (lex:nonMeasureVerb), as analysed. */
    final Set<String> nonMeasureVerbs = new HashSet<>();
    /** Particles of a phrasal verb (lex:verbParticle), as analysed. */
    final Set<String> verbParticles = new HashSet<>();
    /** Subject pronouns that stand for the actor who speaks (lex:speakerPronoun), as analysed. */
    final Set<String> speakerPronouns = new HashSet<>();
    /** Verbs of change: a candidate they govern is named with them ("raise the retirement age"). */
    final Set<Lexicon.Cue> changeCues;
    /** Role cues whose candidates are named only by their head noun (lex:HeadTypedCue: "provide"). */
    final Set<Lexicon.Cue> headTypedCues;
    /** Head nouns that say a candidate's class (lex:reformHead, lex:goalHead), lower case as written → the class IRI. */
    final Map<String, String> headClasses;
    /** First words (as analysed) of the verbs of change, to know a candidate that opens with one. */
    final Set<String> changeVerbs = new HashSet<>();
    /** Nouns of change ("increase in", "abolition of"): change cues that are head nouns; they name a change only of a {@link #changeObjects}. */
    final Set<Lexicon.Cue> changeNounCues = new HashSet<>();
    /** First words (as analysed) of the nouns of change. */
    final Set<String> changeNouns = new HashSet<>();
    /** Nouns of the domain a change applies to (lex:changeObject), as analysed: a benefit, a contribution, an age, a requirement. */
    final Set<String> changeObjects = new HashSet<>();
    /** Relative pronouns (lex:relativePronoun), as analysed: a clause set off by commas that opens with one is relative. */
    final Set<String> relativePronouns = new HashSet<>();
    /** Nouns of quantity (lex:quantityNoun), as analysed: "part of X", "the level of X" change X. */
    final Set<String> quantityNouns = new HashSet<>();
    final Set<String> itemOpeners = new HashSet<>();
    /** "including", "such as": the members of what was just named follow, each an item. */
    final PhraseMatcher<String> listOpeners = new PhraseMatcher<>();
    final Set<Lexicon.Cue> resultCues;
    /** Frames that announce an aim stated after a colon ({@code lex:AnnouncedAimCue}: "the aim is simple: ..."). */
    final Set<Lexicon.Cue> announcedAims;
    final Set<String> universalWords = new HashSet<>();
    /** Units of money (lex:unitNoun), as analysed. */
    final Set<String> unitNouns = new HashSet<>();
    /** Verbs of keeping or making (lex:stateVerb) and of covering (lex:coverageVerb), as analysed: goals stated as outcomes. */
    final Set<String> stateVerbs = new HashSet<>(), coverageVerbs = new HashSet<>();
    /** Participles of coverage (lex:coverageParticiple), lower case as written. */
    final Set<String> coverageParticiples = new HashSet<>();
    /** Adjectives of outcome (lex:stateAdjective), as analysed: the state a verb of keeping puts its object in. */
    final Set<String> stateAdjectives = new HashSet<>();
    /** Function words (lex:functionWord), as analysed: a gerund after one ("is about keeping ...") is no predicate. */
    final Set<String> functionWords = new HashSet<>();
    /** lex:measureSpanBreak, as written: what a measure-span model's span never runs across. */
    final List<String> measureSpanBreaks = new ArrayList<>();
    /** lex:measureSpanNotLast, as analysed: words a measure-span model's span does not end in. */
    final Set<String> measureSpanNotLast = new HashSet<>();
    /** lex:asProvided, as written: a span holding one states a step the rules already provide. */
    final List<String> asProvided = new ArrayList<>();
    /** lex:provisionCited: a sentence that cites a law's provisions before a step states what they provide. */
    final java.util.regex.Pattern provisionCited;
    /** lex:figureReached: a span holding a rate that reaches a value states a figure or a target, not a measure. */
    final java.util.regex.Pattern figureReached;
    /** lex:averageMoved: a span (with the word before it) in which an average moves reports a figure, not a measure. */
    final java.util.regex.Pattern averageMoved;
    /** lex:supposition, as written: a clause after one states no measure called for. */
    final List<String> suppositions = new ArrayList<>();
    /** lex:reportTime, as written: a clause after one reports what was done or seen. */
    final List<String> reportTimes = new ArrayList<>();
    /** lex:attributeList: the list mark and the attribute mark (、 and 的), or empty. */
    final List<String> attributeList;
    /** lex:transitionWord, as written: how a reform passes from old rules to new ones. */
    final List<String> transitionWords;
    /** lex:statisticOpener, as analysed: a span of the measure-span model that opens with one, or right after one, is not read. */
    final Set<String> statisticOpeners = new HashSet<>();
    final PhraseMatcher<String> negations = new PhraseMatcher<>();
    /** Head nouns of outcomes (lex:goalHead), as analysed. */
    final Set<String> goalHeads = new HashSet<>();
    final int maxClauseWords;
    final Set<Lexicon.Cue> headCues;
    final Set<String> prepositions = new HashSet<>();
    final Set<String> organizationHeads = new HashSet<>();
    /** The words of the bodies a country has one of (lex:soleBody: "government", "Diet", "House of Councillors"), function words aside. */
    final Set<String> soleBodyWords = new HashSet<>();
    final Set<String> nameComplementOpeners = new HashSet<>();
    final PhraseMatcher<Lexicon.Cue> subjects = new PhraseMatcher<>();
    final PhraseMatcher<String> boundaries = new PhraseMatcher<>();
    final PhraseMatcher<String> actorPostmodifiers = new PhraseMatcher<>();
    final PhraseMatcher<String> conjunctions = new PhraseMatcher<>();
    final Set<String> leadingWords = new HashSet<>();
    final Set<String> clauseOpeners = new HashSet<>();
    final Set<String> actorHeads = new HashSet<>();
    final Set<String> determiners = new HashSet<>();
    /** lex:indefiniteArticle: "a", "an". */
    final Set<String> indefiniteArticles = new HashSet<>();
    /** lex:auxiliary, compared with a word's term as it stands (not analysed). */
    final Set<String> auxiliaries;
    /** Final class nouns, longest first: a candidate ending in one takes its class. */
    final List<Map.Entry<String, String>> finalHeads;
    /** Nouns too general to end a candidate's name (lower case). */
    final Set<String> genericHeads;
    /** lex:calendarNoun, lower case: a span of the calendar ("year", "quarter"). */
    final Set<String> calendarNouns;
    /** lex:contentNoun, lower case: a rule, a requirement, a condition, whose "that" clause states what it is. */
    final Set<String> contentNouns;
    /** Words that make what they stand in a clause, not a name (Chinese 不, 并, 已, 了 …). */
    final Set<String> clauseWords = new HashSet<>();
    /** As written, longest first: compared with the text between and before the actors that open a clause. */
    final List<String> subjectJoiners;
    final List<String> subjectLeads;
    final List<String> subjectNotBefore;
    final List<String> taskAnaphors;
    final List<String> postTitles;
    /** Whether a candidate is a goal only when a goal noun ends it (Chinese: 加强/完善/做好 take tasks as well as states). */
    final boolean goalNeedsHead;
    /** Whether the span models read the likeliest labels of the whole sentence (lex:wholeSentenceSpans). */
    final boolean wholeSentenceSpans;
    final Set<String> listConjunctions;
    final List<Pattern> structures;
    /** The lexicon, for the words a pattern needs ({@link Lexicon#mayMatch}). */
    final Lexicon lexicon;
    final int minWords;
    final int maxWords;

    /** The ending of the verb form a preposition takes (English "-ing"), or null where the language gives none. */
    final String gerundEnding;
    /** lex:timeAdverbial: a clause that is only an adverbial of time ("by 2030"), matched whole against its text. */
    private final java.util.regex.Pattern timeAdverbial;
    /** lex:duration: a name that is only a span of time, matched whole against its label. */
    final java.util.regex.Pattern duration;

    /** Whether word k is a verb of keeping, making or covering: the clause may state a goal as an outcome. */
    boolean outcomeVerbAt(org.policykg.document.Tokens words, int k) {
        return stateVerbs.contains(words.terms[k]) || coverageVerbs.contains(words.terms[k]);
    }

    /**
     * Whether a verb of keeping, making or covering at word i of a clause opening at word t0 may state an aim: it opens the
     * clause, or follows an auxiliary or infinitive "to", a preposition, a leading word or conjunction, or a phrase boundary
     * ("to keep", "will keep", "as well as keeping", "while keeping"), or is a gerund after a function word ("about
     * keeping"), not its subject or a relative word ("centres that
     * keep their fees low", "the ratio keeps falling").
     */
    boolean opensOutcome(org.policykg.document.Tokens words, int i, int t0) {
        // (a denied one states none: "income cannot cover the expenditure")
        if (!outcomeVerbAt(words, i) || negated(words, i))
            return false;
        if (i == t0)
            return true;
        String b = words.terms[i - 1];
        if (auxiliaries.contains(b) || prepositions.contains(b) || nameComplementOpeners.contains(b) || leadingWords.contains(b))
            return true;
        // a gerund after a function word other than a relative one ("is about keeping ...")
        if (gerundEnding != null && words.terms[i].endsWith(gerundEnding) && functionWords.contains(b)
                && !relativePronouns.contains(b) && !clauseOpeners.contains(b))
            return true;
        for (int j = Math.max(t0, i - 4); j < i; j++) {
            PhraseMatcher.Match<String> m = boundaries.longestAt(words, j, i);
            if (m != null && m.to() == i)
                return true;
        }
        return false;
    }

    /** Where the first adverbial of time in [from, to) of the text begins ("by the end of 2024"), or -1. */
    int timeAdverbialStart(String text, int from, int to) {
        java.util.regex.Matcher m = timeAdverbial.matcher(org.policykg.document.Cancellation.checked(text.substring(from, to)));
        while (m.find())
            if (m.start() == 0 || !Character.isLetterOrDigit(text.charAt(from + m.start() - 1)))
                return from + m.start();
        return -1;
    }

    /** Whether the clause [span] is only an adverbial of time set off by commas ("to build, by 2030, a system ..."). */
    boolean timeAdverbial(String text, org.policykg.document.Span clause) {
        return timeAdverbial.matcher(org.policykg.document.Cancellation.checked(text.substring(clause.begin(), clause.end()).strip())).matches();
    }
    /** Infinitive markers ("to") and the words that introduce an infinitive's subject ("for"), as analysed. */
    final Set<String> infinitiveMarkers = new HashSet<>(), infinitiveSubjects = new HashSet<>();
    /** Role cue words that are nouns as often as verbs (lex:nounOrVerb), as analysed. */
    final Set<String> nounOrVerb = new HashSet<>();

    /**
     * Whether the role verb at word {@code i} is a noun: right after a preposition (not the infinitive "to", an
     * auxiliary) a verb stands only as a gerund ("in improving coverage"), so another form there is the noun
     * ("payment in advance", "the pace of reform") and calls for nothing.
     */
    boolean nounAfterPreposition(org.policykg.document.Tokens words, int i) {
        if (gerundEnding == null || i == 0 || words.terms[i].endsWith(gerundEnding))
            return false;
        String before = words.terms[i - 1];
        return (prepositions.contains(before) || nameComplementOpeners.contains(before)) && !auxiliaries.contains(before);
    }

    /**
     * Whether the one-word role cue at word {@code i} is a noun that heads its phrase ("a pension reform", "the
     * contribution-base overhaul", "the 2023 reform"): a lex:nounOrVerb form the tagger did not read as a verb, right after
     * a word of its phrase (a noun, adjective, number, possessive or hyphen), or any role word the tagger read as a noun
     * right after a gerund it read as a verb ({@link #gerundBefore}). Needs the tags; false where there are none.
     */
    boolean nounHead(String text, org.policykg.document.Tokens words, org.policykg.document.Words tags, int i) {
        if (tags == null || !toldByTheWordBefore(text, words, i))
            return false;
        boolean nounOrVerbForm = nounOrVerb.contains(words.terms[i]);
        int k = tags.firstAtOrAfter(words.starts[i]);
        if (k <= 0 || k >= tags.size() || tags.starts()[k] != words.starts[i] || tags.tags()[k].equals("VERB"))
            return false;
        boolean phraseWordBefore = nounOrVerbForm ? PHRASE_WORDS.contains(tags.tags()[k - 1])
                : tags.tags()[k].equals("NOUN") && tags.tags()[k - 1].equals("VERB");
        return phraseWordBefore && tags.ends()[k - 1] <= words.starts[i] && tags.ends()[k - 1] >= words.ends[i - 1];
    }

    /**
     * Whether the one-word role cue at word {@code i} may be a noun the word before it modifies, so that its clause is
     * tagged from its start and {@link #nounHead} decides: a lex:nounOrVerb form or a word after a gerund, after a word
     * that may be part of its compound.
     */
    boolean toldByTheWordBefore(String text, org.policykg.document.Tokens words, int i) {
        return i > 0 && compoundBefore(words, i) && (nounOrVerb.contains(words.terms[i]) || gerundBefore(text, words, i));
    }

    /**
     * Whether the word before word {@code i} is a gerund form (lex:gerundEnding) right before it: a role word after one
     * that the tagger reads as a noun is modified by it ("the minimum living guarantee object", 最低生活保障对象 rendered word
     * for word), not called for, and its clause is tagged from its start so that the tagger sees both.
     */
    boolean gerundBefore(String text, org.policykg.document.Tokens words, int i) {
        return gerundEnding != null && i > 0 && words.starts[i] - words.ends[i - 1] <= 1
                && text.substring(words.starts[i - 1], words.ends[i - 1]).toLowerCase(java.util.Locale.ROOT).endsWith(gerundEnding);
    }

    /**
     * Whether the word before {@code i} may be part of a compound the word at {@code i} heads: not a determiner (after
     * one the word is a noun already), an auxiliary or infinitive "to", a negation, a preposition or a clause opener.
     */
    boolean compoundBefore(org.policykg.document.Tokens words, int i) {
        if (i == 0)
            return false;
        String b = words.terms[i - 1];
        return !determiners.contains(b) && !auxiliaries.contains(b) && !prepositions.contains(b) && !nameComplementOpeners.contains(b)
                && !clauseOpeners.contains(b) && !leadingWords.contains(b) && !negated(words, i);
    }

    private static final Set<String> PHRASE_WORDS = Set.of("NOUN", "PROPN", "ADJ", "NUM", "PART", "HYPH");

    /**
     * Whether a word (lower case) is a verb in the simple past by its form: an "-ed" form not after a form of be (a
     * passive) or have (a perfect); {@code before} is the word before it in its clause, null at the clause's start.
     */
    boolean simplePast(String form, String before) {
        return form.endsWith("ed") && (before == null || !beForms.contains(before) && !haveForms.contains(before));
    }

    /**
     * Whether a word names a body by its head: the head itself, or in Chinese, where a word compounds its head
     * (民政部门, 教育局), a word ending in one (a one-character head only in a word of three or more: 全部, 干部 are none).
     */
    boolean organizationWord(String term) {
        if (organizationHeads.contains(term))
            return true;
        if (!analyzer.chinese())
            return false;
        for (String h : organizationHeads)
            if (term.length() > h.length() && term.endsWith(h) && (h.length() > 1 || term.length() >= 3))
                return true;
        return false;
    }

    /**
     * Whether word {@code i}, as written (lower case), heads a measure (lex:reformHead). The list holds the written
     * forms, since a plural ("benefits") heads a measure where its analysed term also stands for the singular.
     */
    boolean reformHeadAt(String text, org.policykg.document.Tokens words, int i) {
        return reformHeads.contains(text.substring(words.starts[i], words.ends[i]).toLowerCase(Locale.ROOT));
    }

    /** Whether a negation ends just before word {@code i} ("must not [raise]", "will no longer [extend]"). */
    boolean negated(org.policykg.document.Tokens words, int i) {
        for (int n = 1; n <= 3 && i - n >= 0; n++) {
            PhraseMatcher.Match<String> m = negations.longestAt(words, i - n, i);
            if (m != null && m.to() == i)
                return true;
        }
        return false;
    }

    Cues(Lexicon lexicon, WordAnalyzer analyzer) {
        this.analyzer = analyzer;
        this.lexicon = lexicon;
        for (Lexicon.Cue c : lexicon.modalityCues()) modalities.add(analyzer.terms(c.form()), c);
        for (Lexicon.Cue c : lexicon.roleCues()) roles.add(analyzer.terms(c.form()), c);
        for (Lexicon.Cue c : lexicon.roleHeads()) heads.add(analyzer.terms(c.form()), c);
        for (String w : lexicon.presentBeForms()) presentBeForms.addAll(analyzer.terms(w));
        for (Lexicon.Cue c : lexicon.passiveCues()) {
            List<String> terms = analyzer.terms(c.form());
            passives.add(terms, c);
            // "be abolished" stated in the present: "is abolished", "are merged", "is being introduced"
            if (terms.size() > 1 && analyzer.terms("be").equals(terms.subList(0, 1)))
                for (String be : presentBeForms) {
                    List<String> present = new ArrayList<>(terms);
                    present.set(0, be);
                    passives.add(present, c);
                }
        }
        for (Lexicon.Cue c : lexicon.purposeCues()) purposes.add(analyzer.terms(c.form()), c);
        this.changeCues = Set.copyOf(lexicon.changeCues());
        this.headTypedCues = Set.copyOf(lexicon.headTypedCues());
        this.headClasses = Map.copyOf(lexicon.headClasses());
        for (Lexicon.Cue c : lexicon.measureFrames()) measureFrames.add(analyzer.terms(c.form()), c);
        for (Lexicon.ValueCue v : lexicon.valueChanges())
            (v.afterBe() ? valueParticiples : valueVerbs).add(Map.entry(List.of(v.cue().form().toLowerCase(java.util.Locale.ROOT).split("\\s+")), v.cue()));
        for (Lexicon.ValueCue v : lexicon.valueChanges())
            valueFirstWords.add(v.cue().form().toLowerCase(java.util.Locale.ROOT).split("\\s+")[0]);
        for (String w : valueFirstWords) {
            valueWordMin = Math.min(valueWordMin, w.length());
            valueWordMax = Math.max(valueWordMax, w.length());
        }
        beForms.addAll(lexicon.beForms());
        haveForms.addAll(lexicon.haveForms());
        valueOpeners.addAll(lexicon.valueOpeners());
        relativeUnits.addAll(lexicon.relativeUnits());
        valueFroms.addAll(lexicon.valueFroms());
        valueBounds.addAll(lexicon.valueBounds());
        lexicon.headClasses().forEach((w, c) -> { if (Vocab.Reform.getURI().equals(c)) reformHeads.add(w); });
        this.measureCues = Set.copyOf(lexicon.measureFrames());
        for (String w : lexicon.nonMeasureVerbs()) nonMeasureVerbs.addAll(analyzer.terms(w));
        for (String w : lexicon.verbParticles()) verbParticles.addAll(analyzer.terms(w));
        for (String w : lexicon.speakerPronouns()) speakerPronouns.addAll(analyzer.terms(w));
        Set<Lexicon.Cue> headSet = Set.copyOf(lexicon.roleHeads());
        for (Lexicon.Cue c : changeCues) {
            List<String> t = analyzer.terms(c.form());
            if (t.isEmpty()) continue;
            if (headSet.contains(c)) {
                changeNounCues.add(c);
                changeNouns.add(t.get(0));
            } else
                changeVerbs.add(t.get(0));
        }
        for (String w : lexicon.changeObjects()) changeObjects.addAll(analyzer.terms(w));
        for (String w : lexicon.relativePronouns()) relativePronouns.addAll(analyzer.terms(w));
        for (String w : lexicon.quantityNouns()) quantityNouns.addAll(analyzer.terms(w));
        for (String w : lexicon.itemOpeners()) itemOpeners.addAll(analyzer.terms(w));
        for (String w : lexicon.listOpeners()) listOpeners.add(analyzer.terms(w), w);
        this.maxClauseWords = lexicon.maxClauseWords();
        this.resultCues = Set.copyOf(lexicon.resultCues());
        this.announcedAims = Set.copyOf(lexicon.announcedAims());
        for (String w : lexicon.universalWords()) universalWords.addAll(analyzer.terms(w));
        for (String w : lexicon.unitNouns()) unitNouns.addAll(analyzer.terms(w));
        for (String w : lexicon.stateVerbs()) stateVerbs.addAll(analyzer.terms(w));
        for (String w : lexicon.coverageVerbs()) coverageVerbs.addAll(analyzer.terms(w));
        coverageParticiples.addAll(lexicon.coverageParticiples());
        for (String w : lexicon.stateAdjectives()) stateAdjectives.addAll(analyzer.terms(w));
        for (String w : lexicon.negations()) negations.add(analyzer.terms(w), w);
        lexicon.headClasses().forEach((w, c) -> { if (Vocab.Goal.getURI().equals(c)) goalHeads.addAll(analyzer.terms(w)); });
        this.headCues = Set.copyOf(lexicon.roleHeads());
        for (String w : lexicon.prepositions()) prepositions.addAll(analyzer.terms(w));
        for (String w : lexicon.organizationHeads()) organizationHeads.addAll(analyzer.terms(w));
        for (String w : lexicon.groupHeads()) organizationHeads.addAll(analyzer.terms(w));
        for (String w : lexicon.soleBodies()) soleBodyWords.addAll(analyzer.terms(w));
        for (String w : lexicon.functionWords()) functionWords.addAll(analyzer.terms(w));
        measureSpanBreaks.addAll(lexicon.measureSpanBreaks());
        for (String w : lexicon.measureSpanNotLast()) measureSpanNotLast.addAll(analyzer.terms(w));
        asProvided.addAll(lexicon.asProvided());
        provisionCited = lexicon.provisionCited();
        figureReached = lexicon.figureReached();
        averageMoved = lexicon.averageMoved();
        suppositions.addAll(lexicon.suppositions());
        reportTimes.addAll(lexicon.reportTimes());
        this.attributeList = List.copyOf(lexicon.attributeList());
        this.transitionWords = List.copyOf(lexicon.transitionWords());
        for (String w : lexicon.statisticOpeners()) statisticOpeners.addAll(analyzer.terms(w));
        soleBodyWords.removeAll(functionWords);
        for (String w : lexicon.nameComplementOpeners()) nameComplementOpeners.addAll(analyzer.terms(w));
        for (Lexicon.Cue c : lexicon.reportingSubjects()) subjects.add(analyzer.terms(c.form()), c);
        for (String b : lexicon.phraseBoundaries()) boundaries.add(analyzer.terms(b), b);
        for (String b : lexicon.actorPostmodifiers()) actorPostmodifiers.add(analyzer.terms(b), b);
        for (String c : lexicon.conjunctions()) conjunctions.add(analyzer.terms(c), c);
        for (String w : lexicon.leadingWords()) leadingWords.addAll(analyzer.terms(w));
        for (String w : lexicon.clauseOpeners()) clauseOpeners.addAll(analyzer.terms(w));
        for (String w : lexicon.actorHeads()) actorHeads.addAll(analyzer.terms(w));
        for (String w : lexicon.determiners()) determiners.addAll(analyzer.terms(w));
        for (String w : lexicon.indefiniteArticles()) indefiniteArticles.addAll(analyzer.terms(w));
        this.auxiliaries = Set.copyOf(lexicon.auxiliaries());
        this.listConjunctions = Set.copyOf(lexicon.listConjunctions());
        List<Map.Entry<String, String>> fh = new ArrayList<>(lexicon.finalHeads().entrySet());
        fh.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> -e.getKey().length()).thenComparing(Map.Entry::getKey));
        this.finalHeads = List.copyOf(fh);
        this.genericHeads = Set.copyOf(lexicon.genericHeads());
        this.calendarNouns = Set.copyOf(lexicon.calendarNouns());
        this.contentNouns = Set.copyOf(lexicon.contentNouns());
        for (String w : lexicon.clauseWords()) clauseWords.addAll(analyzer.terms(w));
        Comparator<String> longestFirst = Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder());
        this.subjectJoiners = lexicon.subjectJoiners().stream().sorted(longestFirst).toList();
        this.subjectLeads = lexicon.subjectLeads().stream().sorted(longestFirst).toList();
        this.subjectNotBefore = List.copyOf(lexicon.subjectNotBefore());
        this.taskAnaphors = List.copyOf(lexicon.taskAnaphors());
        this.postTitles = List.copyOf(lexicon.postTitles());
        this.goalNeedsHead = lexicon.goalNeedsHead();
        this.wholeSentenceSpans = lexicon.wholeSentenceSpans();
        this.gerundEnding = lexicon.gerundEnding();
        this.timeAdverbial = lexicon.timeAdverbial();
        this.duration = lexicon.duration();
        for (String w : lexicon.infinitiveMarkers()) infinitiveMarkers.addAll(analyzer.terms(w));
        for (String w : lexicon.infinitiveSubjects()) infinitiveSubjects.addAll(analyzer.terms(w));
        for (String w : lexicon.nounOrVerb()) nounOrVerb.addAll(analyzer.terms(w));
        this.structures = lexicon.patterns("SystemStructure");
        this.minWords = lexicon.minCandidateWords();
        this.maxWords = lexicon.maxCandidateWords();
    }

    /**
     * Whether word {@code k} may open a lex:ValueChange form (by its first word as written) with a value's opener ("from", a
     * lex:valueOpener) within the three words after it: where the tagger must tag the clause.
     */
    boolean valueVerbAt(String text, org.policykg.document.Tokens words, int k) {
        int length = words.ends[k] - words.starts[k];
        if (length < valueWordMin || length > valueWordMax || !Character.isLetter(text.charAt(words.starts[k]))
                || !valueFirstWords.contains(text.substring(words.starts[k], words.ends[k]).toLowerCase(java.util.Locale.ROOT)))
            return false;
        for (int j = k + 1; j < Math.min(words.size, k + 4); j++) {
            String w = text.substring(words.starts[j], words.ends[j]).toLowerCase(java.util.Locale.ROOT);
            if (valueFroms.contains(w) || valueOpeners.contains(w))
                return true;
        }
        return false;
    }
}
