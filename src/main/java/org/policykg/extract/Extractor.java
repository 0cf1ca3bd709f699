package org.policykg.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.policykg.document.*;
import org.policykg.error.UserError;
import org.policykg.extract.stages.Stage;
import org.policykg.extract.stages.Stages;

/**
 * Reads a text into a {@link Document} with every layer: one {@link Pipeline} per language, built from
 * the lexicon and the concept scheme (matchers precompiled) and checked when built, then shared by
 * every worker thread. A document in two languages is cut into runs of one language once
 * ({@link LanguageSegments}), each run read by its own language's pipeline. Another language is another
 * set of the same stages: its forms in the lexicon, its labels in the scheme, its analyzer chain in
 * {@link WordAnalyzer}.
 */
public final class Extractor {
    /** The languages with a pipeline. */
    public static final List<String> LANGUAGES = Stages.LANGUAGES;
    /** What the graph writer reads: every layer but the tokens, tags and noun phrases, which are the stages' own working data. */
    public static final Set<Layer> OUTPUT = EnumSet.complementOf(EnumSet.of(Layer.TOKENS, Layer.TAGS, Layer.NOUN_PHRASES));

    private final Model lexiconModel;
    private final Model schemeModel;
    /** The files the scheme was read from ({@link #load}), or null when it was given as a model. */
    private final List<Path> schemeFiles;
    private final Map<String, Pipeline> byLanguage = new ConcurrentHashMap<>();
    private final StageTimes times = new StageTimes();
    /** The phrase-role model (ontology/phrase-roles-en.tsv), or null to read by the rules alone. */
    private final org.policykg.extract.stages.PhraseRoleModel phraseRoles;
    /**
     * The folder of the measure-span models (ontology/measure-spans-LANG.tsv), or null to read without them. A language's
     * model is read when its pipeline is built (an English corpus never reads the Chinese one), the English one as the
     * extractor is loaded, beside the scheme's parse (the pipeline built first, on the path of up's first answer).
     */
    private final Path measureSpanFolder;
    private final Map<String, Optional<org.policykg.extract.stages.WordSpanModel>> measureSpans = new ConcurrentHashMap<>();
    private final Map<String, Optional<org.policykg.extract.stages.WordSpanModel>> goalSpans = new ConcurrentHashMap<>();

    public Extractor(Model lexicon, Model scheme) {
        this(lexicon, scheme, null, null, null);
    }

    private Extractor(Model lexicon, Model scheme, List<Path> schemeFiles, org.policykg.extract.stages.PhraseRoleModel phraseRoles,
                      Path measureSpanFolder) {
        this.lexiconModel = lexicon;
        this.schemeModel = scheme;
        this.schemeFiles = schemeFiles;
        this.phraseRoles = phraseRoles;
        this.measureSpanFolder = measureSpanFolder;
    }

    /** This extractor without its trained models (phrase roles, measure spans): the rules alone, as {@code policykg train} reads the corpus. */
    public Extractor withoutModels() { return new Extractor(lexiconModel, schemeModel, schemeFiles, null, null); }

    /** The features of each word of each sentence of a document in {@code language} this extractor made, as that language's measure-span model sees them. */
    public List<org.policykg.extract.stages.WordSpanFeatures.Words> measureWords(String language, Document doc) {
        return Stages.measureWords(pipeline(language, Path.of("")).stages(), doc);
    }

    /** The measure-span model's features (of {@code language}'s stages) of word {@code i} given the labels of the two before it. */
    public List<String> measureFeatures(String language, org.policykg.extract.stages.WordSpanFeatures.Words w, int i, String prev, String prev2) {
        return Stages.measureFeatures(pipeline(language, Path.of("")).stages(), w, i, prev, prev2);
    }

    /** The English noun phrases of a document this extractor made, with the phrase-role model's features. */
    public List<org.policykg.extract.stages.PhraseFeatures.Candidate> phraseCandidates(Document doc) {
        return Stages.phraseCandidates(pipeline("en", Path.of("")).stages(), doc);
    }

    /** An extractor from the lexicon file and the concept scheme files (those that exist). */
    public static Extractor load(Path lexiconFile, List<Path> schemeFiles) {
        // Jena initialises once, here, before a second thread touches it: two threads that start its initialisation
        // together can wait on each other's class initialisation for ever (a test run hung so)
        org.apache.jena.sys.JenaSystem.init();
        // the scheme is read on another thread while this one reads the lexicon: the converter is on the path of up's first answer
        java.util.concurrent.CompletableFuture<Model> scheme = new java.util.concurrent.CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                Model m = ModelFactory.createDefaultModel();
                for (Path f : schemeFiles)
                    if (Files.exists(f))
                        RDFDataMgr.read(m, f.toString());
                scheme.complete(m);
            } catch (Throwable t) {
                scheme.completeExceptionally(t);
            }
        }, "policykg-read-scheme");
        reader.setDaemon(true);
        reader.start();
        Model lex = RDFDataMgr.loadModel(lexiconFile.toString());
        org.policykg.extract.stages.PhraseRoleModel roles =
                org.policykg.extract.stages.PhraseRoleModel.read(lexiconFile.resolveSibling(org.policykg.extract.stages.PhraseRoleModel.FILE));
        org.policykg.extract.stages.WordSpanModel english =
                org.policykg.extract.stages.WordSpanModel.read(lexiconFile.resolveSibling(org.policykg.extract.stages.WordSpanModel.fileFor("en")));
        Extractor extractor = new Extractor(lex, joined(scheme), List.copyOf(schemeFiles), roles, lexiconFile.toAbsolutePath().getParent());
        extractor.measureSpans.put("en", Optional.ofNullable(english));
        return extractor;
    }

    /** The future's value, or what it failed with as thrown on its own thread (a RuntimeException or an Error as it was). */
    static <T> T joined(java.util.concurrent.CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (java.util.concurrent.CompletionException ex) {
            if (ex.getCause() instanceof RuntimeException r)
                throw r;
            if (ex.getCause() instanceof Error e)
                throw e;
            throw ex;
        }
    }

    /**
     * A copy of the concept scheme as read from {@code files} (those that exist), when this extractor was
     * {@link #load loaded} from exactly these files; else null. Spares a second parse of the same files (the
     * shape check reads the scheme as its background).
     */
    public org.apache.jena.graph.Graph schemeReadFrom(List<Path> files) {
        if (schemeFiles == null || !schemeFiles.equals(files))
            return null;
        org.apache.jena.graph.Graph copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        synchronized (lexiconModel) { // as Stages.of reads the models: not while another thread iterates them
            org.apache.jena.graph.GraphUtil.addInto(copy, schemeModel.getGraph());
        }
        return copy;
    }

    /** Builds and checks the pipeline of a language now, so that a broken lexicon pattern or stage list shows before any file is read. */
    public Extractor prepare(String language) {
        pipeline(language, Path.of(""));
        return this;
    }

    /** Time per stage so far, over all documents and threads. */
    public StageTimes times() { return times; }

    /** The document with every layer the graph writer reads; a CancellationException when its thread is interrupted. */
    public Document extract(SourceText source) {
        List<LanguageSegments.Segment> segments = LanguageSegments.of(source);
        if (segments.size() == 1)
            return pipeline(source.language(), source.path()).run(Document.of(source));
        List<Document> parts = new ArrayList<>();
        for (LanguageSegments.Segment seg : segments) {
            String lang = seg.chinese() ? "zh" : "en";
            // the run is read as its language: names minted from it carry that language's tag
            SourceText asRun = lang.equals(source.language()) ? source : new SourceText(source.path(), source.text(),
                    source.metadata().overriddenBy(Metadata.of(Map.of("language", lang), "language")), source.sha256(), source.mediaType());
            parts.add(pipeline(lang, source.path()).run(Document.of(asRun, seg.span())));
        }
        return LanguageSegments.merge(source, parts);
    }

    private Pipeline pipeline(String language, Path file) {
        String lang = language.toLowerCase(Locale.ROOT);
        String primary = lang.contains("-") ? lang.substring(0, lang.indexOf('-')) : lang;
        if (!LANGUAGES.contains(primary))
            throw UserError.input(file + ": the text is marked as language '" + language
                    + "', which the converter does not read yet (it reads: " + String.join(", ", LANGUAGES) + ")");
        return byLanguage.computeIfAbsent(primary, l -> Pipeline.build(l, stages(l), OUTPUT, times));
    }

    /** The stages of a language, in order. */
    List<Stage> stages(String lang) {
        org.policykg.extract.stages.WordSpanModel spans = measureSpanFolder == null ? null
                : measureSpans.computeIfAbsent(lang, l -> Optional.ofNullable(org.policykg.extract.stages.WordSpanModel.read(
                        measureSpanFolder.resolve(org.policykg.extract.stages.WordSpanModel.fileFor(l))))).orElse(null);
        org.policykg.extract.stages.WordSpanModel goals = measureSpanFolder == null ? null
                : goalSpans.computeIfAbsent(lang, l -> Optional.ofNullable(org.policykg.extract.stages.WordSpanModel.read(
                        measureSpanFolder.resolve(org.policykg.extract.stages.WordSpanModel.goalFileFor(l))))).orElse(null);
        return Stages.of(lang, lexiconModel, schemeModel, phraseRoles, spans, goals);
    }
}
