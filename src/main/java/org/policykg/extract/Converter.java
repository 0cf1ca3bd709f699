package org.policykg.extract;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.policykg.error.UserError;
import org.policykg.document.Document;
import org.policykg.document.SourceText;

/**
 * The extraction pipeline: sentences, concept mentions, dateline, reported work, statements, each stage a small class
 * handed the immutable document the previous one returned. Built once per language from the lexicon
 * and the concept scheme (matchers precompiled), then shared by every worker thread. Another language
 * (Chinese, issue 9) is another set of the same stages: its forms in the lexicon, its labels in the
 * scheme, its analyzer chain in {@link WordAnalyzer}.
 */
public final class Converter {
    private final Model lexiconModel;
    private final Model schemeModel;
    private final Map<String, Stages> byLanguage = new ConcurrentHashMap<>();

    private record Stages(java.util.function.UnaryOperator<Document> sentences, ConceptTagger concepts, DatelineReader dateline, ReportedWorkReader reported,
                          StatementBuilder statements) {}

    public Converter(Model lexicon, Model scheme) {
        this.lexiconModel = lexicon;
        this.schemeModel = scheme;
    }

    /** A converter from the lexicon file and the concept scheme files (those that exist). */
    public static Converter load(Path lexiconFile, List<Path> schemeFiles) {
        Model lex = RDFDataMgr.loadModel(lexiconFile.toString());
        Model scheme = ModelFactory.createDefaultModel();
        for (Path f : schemeFiles)
            if (java.nio.file.Files.exists(f))
                RDFDataMgr.read(scheme, f.toString());
        return new Converter(lex, scheme);
    }

    /** Builds the stages of a language now, so that a broken lexicon pattern shows before any file is read. */
    public Converter prepare(String language) {
        stages(language, Path.of(""));
        return this;
    }

    public Document convert(SourceText source) {
        Document doc = run(stages(source.language(), source.path()), source);
        MixedLanguages mixed = MixedLanguages.of(source); // lines in Chinese and in English: each read by its own stages
        if (mixed == null)
            return doc;
        String other = MixedLanguages.otherLanguage(source.language());
        SourceText asOther = new SourceText(source.path(), source.text(),
                source.metadata().overriddenBy(org.policykg.document.Metadata.of(Map.of("language", other), "language")), source.sha256(), source.mediaType());
        return mixed.merge(doc, run(stages(other, source.path()), asOther));
    }

    private static Document run(Stages s, SourceText source) {
        Document doc = Document.of(source);
        doc = s.sentences.apply(doc);
        doc = s.concepts.apply(doc);
        doc = s.dateline.apply(doc);
        doc = s.reported.apply(doc);
        return s.statements.apply(doc);
    }

    private Stages stages(String language, Path file) {
        String lang = language.toLowerCase(java.util.Locale.ROOT);
        String primary = lang.contains("-") ? lang.substring(0, lang.indexOf('-')) : lang;
        if (!primary.equals("en") && !primary.equals("zh"))
            throw UserError.input(file + ": the text is marked as language '" + language
                    + "', which the converter does not read yet (it reads: en, zh)");
        return byLanguage.computeIfAbsent(primary, this::build);
    }

    private Stages build(String lang) {
        Lexicon lexicon;
        ConceptScheme scheme;
        synchronized (this) { // Jena models are not safe for concurrent reads while iterating
            lexicon = Lexicon.from(lexiconModel, lang, "lexicon");
            scheme = ConceptScheme.from(schemeModel, lang);
        }
        if (lang.equals("zh")) { // the same stages, on characters folded to simplified (issue 9)
            // labels by characters (no segmentation to disagree with), cues and candidates by smartcn's words
            ConceptMatcher concepts = new ConceptMatcher(scheme, WordAnalyzer.forChinese());
            return new Stages(new ChineseSentenceSplitter(), new ConceptTagger(concepts), new DatelineReader(lexicon, concepts),
                    new ReportedWorkReader(lexicon, concepts), new StatementBuilder(lexicon, WordAnalyzer.forChineseWords()));
        }
        WordAnalyzer labels = WordAnalyzer.forLabels(lexicon);
        WordAnalyzer cues = WordAnalyzer.forCues(lexicon);
        ConceptMatcher concepts = new ConceptMatcher(scheme, labels);
        return new Stages(new SentenceSplitter(lexicon)::apply, new ConceptTagger(concepts), new DatelineReader(lexicon, concepts),
                new ReportedWorkReader(lexicon, concepts), new StatementBuilder(lexicon, cues));
    }
}
