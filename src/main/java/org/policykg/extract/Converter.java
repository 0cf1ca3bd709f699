package org.policykg.extract;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.policykg.ingest.BadInputException;
import org.policykg.ingest.Document;
import org.policykg.ingest.SourceText;

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

    private record Stages(SentenceSplitter sentences, ConceptTagger concepts, DatelineReader dateline, ReportedWorkReader reported,
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
        Stages s = stages(source.language(), source.path());
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
        if (!primary.equals("en"))
            throw new BadInputException(file + ": the text is marked as language '" + language
                    + "', which the converter does not read yet (it reads: en)");
        return byLanguage.computeIfAbsent(primary, this::build);
    }

    private Stages build(String lang) {
        Lexicon lexicon;
        ConceptScheme scheme;
        synchronized (this) { // Jena models are not safe for concurrent reads while iterating
            lexicon = Lexicon.from(lexiconModel, lang, "lexicon");
            scheme = ConceptScheme.from(schemeModel, lang);
        }
        WordAnalyzer labels = WordAnalyzer.forLabels(lexicon);
        WordAnalyzer cues = WordAnalyzer.forCues(lexicon);
        ConceptMatcher concepts = new ConceptMatcher(scheme, labels);
        return new Stages(new SentenceSplitter(lexicon), new ConceptTagger(concepts), new DatelineReader(lexicon, concepts),
                new ReportedWorkReader(lexicon, concepts), new StatementBuilder(lexicon, cues));
    }
}
