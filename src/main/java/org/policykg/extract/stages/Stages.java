package org.policykg.extract.stages;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.policykg.document.Document;

/**
 * The stages of a language, in pipeline order, built from the lexicon and the concept scheme (matchers
 * precompiled). Chinese is read by the same stages on characters folded to simplified (issue 9): labels
 * by characters (no segmentation to disagree with), cues and candidates by smartcn's words.
 */
public final class Stages {
    private Stages() {}

    /**
     * The languages with stages.
     */
    public static final List<String> LANGUAGES = List.of("en", "zh");

    /** No sentence is longer than this many chars: a run of text without sentence ends is cut (see {@link SentenceSplitter}). */
    public static final int MAX_SENTENCE_CHARS = SentenceSplitter.MAX_SENTENCE_CHARS;

    /**
     * Reads the English models on a thread of their own, while the caller goes on building the conversion (the lexicon,
     * the scheme, the shapes): a start that converts texts at once does not wait for the two one after the other. A
     * model that cannot be read makes the first stage that needs it fail (its class did not initialise).
     */
    public static void loadModelsAhead() {
        Thread t = new Thread(() -> {
            try {
                OpenNlp.loadModels();
            } catch (RuntimeException | LinkageError ex) {
                // reported where the model is first used
            }
        }, "policykg-load-models");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Whether two wordings name the same thing by the lexicon's renderings of one name (lex:PhraseVariant: "CPC" and
     * "Communist Party of China"), after the label chain's normalisation, as the concept matcher reads labels; for
     * {@code lang}'s lexicon and label chain. A language with no phrase variants compares nothing (false).
     */
    public static java.util.function.BiPredicate<String, String> sameName(Model lexiconModel, String lang) {
        Lexicon lexicon;
        synchronized (lexiconModel) {
            lexicon = Lexicon.from(lexiconModel, lang, "lexicon");
        }
        if (lexicon.phraseVariants().isEmpty())
            return (a, b) -> false;
        WordAnalyzer labels = labelAnalyzer(lang, lexicon);
        return (a, b) -> {
            List<List<String>> forms = labels.labelForms(a);
            return labels.labelForms(b).stream().anyMatch(forms::contains);
        };
    }

    /**
     * @param lang one of {@link #LANGUAGES}
     * @throws IllegalArgumentException when the lexicon holds a broken pattern
     */
    public static List<Stage> of(String lang, Model lexiconModel, Model schemeModel) {
        return of(lang, lexiconModel, schemeModel, null, null, null);
    }

    /**
     * @param phraseRoles the phrase-role model (English), or null to read by the rules alone
     * @param measureSpans the measure-span model of the language, or null
     * @throws IllegalArgumentException when the lexicon holds a broken pattern
     */
    public static List<Stage> of(String lang, Model lexiconModel, Model schemeModel, PhraseRoleModel phraseRoles,
                                 WordSpanModel measureSpans, WordSpanModel goalSpans) {
        Lexicon lexicon;
        ConceptScheme scheme;
        synchronized (lexiconModel) { // Jena models are not safe for concurrent reads while iterating
            lexicon = Lexicon.from(lexiconModel, lang, "lexicon");
            scheme = ConceptScheme.from(schemeModel, lang);
        }
        if (lang.equals("zh")) {
            ConceptMatcher concepts = new ConceptMatcher(scheme, labelAnalyzer(lang, lexicon));
            Cues cues = new Cues(lexicon, WordAnalyzer.forChineseWords());
            PostNames posts = new PostNames(lexicon, scheme, concepts, lang);
            WordSpanFeatures spanFeatures = new WordSpanFeatures(cues, lexicon); // one for the measures and the goals
            ChineseNameReader names = new ChineseNameReader(lexicon, lexiconModel, concepts, posts);
            return withGoalSpans(List.of(new ChineseSentenceSplitter(), new CueTokenizer(cues.analyzer), new ConceptTagger(concepts), new PostMentionReader(posts),
                    names, new NumberedNameReader(lexicon, scheme, lang),
                    new DatelineReader(lexicon, concepts), new ReportedWorkReader(lexicon, concepts, posts), new SpeakerReader(cues, names.addressees()), new StatementReader(cues),
                    new WordSpanReader(spanFeatures, measureSpans, cues),
                    new ListHeadingRoles(lexicon), new QuestionRoles(), new RejectedWordings(scheme)), spanFeatures, goalSpans, cues);
        }
        ConceptMatcher concepts = new ConceptMatcher(scheme, labelAnalyzer(lang, lexicon));
        Cues cues = new Cues(lexicon, WordAnalyzer.forCues(lexicon));
        PostNames posts = new PostNames(lexicon, scheme, concepts, lang);
        WordSpanFeatures spanFeatures = new WordSpanFeatures(cues, lexicon); // one for the measures and the goals
        // English linguistic stages (issue 14): tags and noun phrases where roles are read, concepts in other word orders
        return withGoalSpans(List.of(new SentenceSplitter(lexicon), new CueTokenizer(cues.analyzer), new PartOfSpeechTagger(cues, lexicon), new NounPhraseChunker(lexicon),
                new ConceptTagger(concepts, new PhraseConceptMatcher(scheme, concepts.analyzer()), cues.analyzer), new PostMentionReader(posts),
                new NameReader(lexicon, cues, concepts, scheme, posts), new NumberedNameReader(lexicon, scheme, lang),
                new PhrasePatternReader(lexicon, lang),
                new DatelineReader(lexicon, concepts), new ReportedWorkReader(lexicon, concepts, posts), new SpeakerReader(cues),
                new StatementReader(cues, new CandidatePhrases(lexicon, cues), StatementReader.organisationsNamedWithAHead(scheme, concepts.analyzer(), cues)),
                new PhraseRoleReader(new PhraseFeatures(cues, lexicon), phraseRoles, cues),
                new WordSpanReader(spanFeatures, measureSpans, cues), new HeadlineRoles(),
                new ListHeadingRoles(lexicon), new QuestionRoles(), new BodyNameRoles(lexicon, concepts.analyzer()), new RejectedWordings(scheme)),
                spanFeatures, goalSpans, cues);
    }

    /**
     * The stages with the goal-span stage right after the measure-span stage, where the language has a goal-span model
     * (without one the stage would pass every document on unchanged; the measure-span stage stays in any case, since
     * training reads its features).
     */
    private static List<Stage> withGoalSpans(List<Stage> stages, WordSpanFeatures features, WordSpanModel goalSpans, Cues cues) {
        if (goalSpans == null)
            return stages;
        List<Stage> out = new ArrayList<>(stages);
        for (int i = 0; i < out.size(); i++)
            if (out.get(i) instanceof WordSpanReader) {
                out.add(i + 1, new WordSpanReader(features, goalSpans, cues, org.policykg.rdf.Vocab.Goal.getURI()));
                break;
            }
        return List.copyOf(out);
    }

    /** The chain a language's labels are matched with: Chinese by characters, other languages by normalised words. */
    private static WordAnalyzer labelAnalyzer(String lang, Lexicon lexicon) {
        return lang.equals("zh") ? WordAnalyzer.forChinese() : WordAnalyzer.forLabels(lexicon);
    }

    /** The words of each sentence of a document with the measure-span model's features (for training it). */
    public static List<WordSpanFeatures.Words> measureWords(List<Stage> stages, Document doc) {
        for (Stage s : stages)
            if (s instanceof WordSpanReader r) {
                List<WordSpanFeatures.Words> out = new ArrayList<>();
                org.policykg.document.Tokens tokens = doc.tokens();
                for (org.policykg.document.Sentence sentence : doc.sentences()) {
                    int k0 = tokens.firstAtOrAfter(sentence.span().begin()), k1 = tokens.endAtOrBefore(sentence.span().end());
                    if (k1 > k0)
                        out.add(r.features().words(doc.text(), tokens, k0, k1));
                }
                return out;
            }
        return List.of();
    }

    /** The measure-span model's features of a word (for training it). */
    public static List<String> measureFeatures(List<Stage> stages, WordSpanFeatures.Words w, int i, String prev, String prev2) {
        for (Stage s : stages)
            if (s instanceof WordSpanReader r)
                return r.features().features(w, i, prev, prev2);
        throw new IllegalStateException("no measure-span stage");
    }

    /** The noun phrases of a document the English stages read, with the phrase-role model's features (for training it). */
    public static List<PhraseFeatures.Candidate> phraseCandidates(List<Stage> stages, Document doc) {
        for (Stage s : stages)
            if (s instanceof PhraseRoleReader r)
                return r.features().candidates(doc);
        return List.of();
    }
}
