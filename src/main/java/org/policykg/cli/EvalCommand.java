package org.policykg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.*;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.policykg.eval.*;
import org.policykg.extract.BatchRunner;
import org.policykg.document.Metadata;
import org.policykg.document.SourceText;
import org.policykg.document.TextReader;
import org.policykg.rdf.DocumentGraphWriter;
import org.policykg.rdf.ShapeValidator;
import org.policykg.rdf.Vocab;
import org.policykg.error.UserError;
import org.policykg.store.SparqlSource;

/**
 * {@code eval}: scores extraction against hand-made gold files. Converts each text beside a gold file as
 * {@code convert} does (or reads a store or an endpoint) and prints precision, recall and F1 per class, per
 * document, overall and per language; {@code --floors} turns the figures into a CI check.
 */
final class EvalCommand extends Subcommand {
    @Override String name() { return "eval"; }
    @Override String summary() { return "score extraction against gold files (precision, recall, F1 per class, document and language)"; }
    @Override String synopsis() { return "--gold DIR [--format table|json] [-o FILE] [--data DIR | --endpoint URL] [--floors FILE]"; }

    @Override
    Options options() {
        return new Options()
                .addOption(Option.builder().longOpt("gold").hasArg().argName("DIR")
                        .desc("a folder of NAME.gold.json files (or one such file), each beside its text NAME.txt (.md, .html); may be given more than once").get())
                .addOption(Option.builder().longOpt("format").hasArg().argName("FORMAT").desc("table (default) or json").get())
                .addOption(Option.builder("o").longOpt("output").hasArg().argName("FILE").desc("write the report to FILE instead of standard output").get())
                .addOption(Option.builder().longOpt("data").hasArg().argName("DIR")
                        .desc("score the documents already in this store instead of converting the texts").get())
                .addOption(configOption())
                .addOption(Option.builder().longOpt("endpoint").hasArg().argName("URL")
                        .desc("score the documents behind this SPARQL endpoint instead of converting the texts").get())
                .addOption(Option.builder().longOpt("floors").hasArg().argName("FILE")
                        .desc("minimum figures (JSON, see docs/evaluation.md); exit " + ExitCode.BELOW_FLOORS + " naming every figure under its floor").get());
    }

    @Override
    int run(CommandLine line, Io io) throws Exception {
        if (!line.hasOption("gold"))
            throw new UsageException("give --gold DIR, a folder of NAME.gold.json files beside their texts");
        if (!line.getArgList().isEmpty())
            throw new UsageException("unexpected argument '" + line.getArgList().get(0) + "'");
        String format = line.getOptionValue("format", "table").toLowerCase(Locale.ROOT);
        if (!format.equals("table") && !format.equals("json"))
            throw new UsageException("--format takes table or json, not '" + format + "'");
        if (line.hasOption("data") && line.hasOption("endpoint"))
            throw new UsageException("give --data or --endpoint, not both");

        List<Scorer.Input> inputs;
        Floors floors;
        try {
            floors = line.hasOption("floors") ? Floors.read(Path.of(line.getOptionValue("floors"))) : null;
            inputs = inputs(line.getOptionValues("gold"));
        } catch (UserError ex) {
            io.err().println("policykg eval: " + ex.getMessage());
            return ex.exitCode();
        }

        Results results;
        Path queries = Home.path().resolve("queries").resolve("eval");
        if (line.hasOption("endpoint") || line.hasOption("data")) {
            if (line.hasOption("data") && !Files.isDirectory(dataPath(line)))
                throw UserError.input(dataPath(line) + ": no store there (run up or load first)");
            Scorer.SameName names = sameName();
            results = readGraph(line, SparqlSource::remote, source -> new Scorer(source, queries, names).score(inputs));
        } else {
            DatasetGraph converted = convert(inputs.stream().map(i -> i.text().path()).toList());
            addOntology(converted);
            results = new Scorer(SparqlSource.documents(converted, "converted"), queries, sameName()).score(inputs);
        }

        String report = format.equals("json") ? JsonReport.write(results) : TableReport.write(results);
        if (line.hasOption("output")) {
            Path target = Path.of(line.getOptionValue("output")).toAbsolutePath();
            if (!Files.isDirectory(target.getParent()))
                throw UserError.input(target + ": cannot write there, the folder does not exist");
            Path tmp = Files.createTempFile(target.getParent(), ".policykg-", ".tmp");
            Files.writeString(tmp, report);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            io.err().println("policykg eval: " + results.documents().size() + " document(s) scored, report in " + target);
        } else {
            io.out().print(report);
            io.out().flush();
        }

        if (floors != null) {
            List<String> under = floors.check(results);
            for (String u : under)
                io.err().println("policykg eval: " + u);
            if (!under.isEmpty())
                return ExitCode.BELOW_FLOORS;
        }
        return ExitCode.OK;
    }

    /**
     * The lexicon's renderings of one name (ontology/lexicon.ttl's phrase variants), per language: a node labelled
     * "CPC" meets a quote "Communist Party of China" as the converter's matcher would have met it in a text.
     */
    private static Scorer.SameName sameName() {
        org.apache.jena.rdf.model.Model lexicon = org.apache.jena.riot.RDFDataMgr.loadModel(
                Home.path().resolve("ontology").resolve("lexicon.ttl").toString());
        Map<String, java.util.function.BiPredicate<String, String>> byLanguage = new java.util.concurrent.ConcurrentHashMap<>();
        return (label, labelLanguage, quote, quoteLanguage) -> {
            String lang = labelLanguage == null ? "" : labelLanguage.toLowerCase(Locale.ROOT);
            if (!lang.equals(quoteLanguage) || !org.policykg.extract.Extractor.LANGUAGES.contains(lang))
                return false;
            return byLanguage.computeIfAbsent(lang, l -> org.policykg.extract.stages.Stages.sameName(lexicon, l)).test(label, quote);
        };
    }

    /** Every gold file under the folders, read with its text and checked against it. */
    private static List<Scorer.Input> inputs(String[] folders) {
        List<Scorer.Input> inputs = new ArrayList<>();
        Map<String, Path> documents = new HashMap<>();
        TextReader reader = new TextReader();
        for (String folder : folders) {
            List<Path> golds = GoldFile.find(Path.of(folder));
            if (golds.isEmpty())
                throw UserError.input(folder + ": no gold files (NAME" + GoldFile.SUFFIX + ") in it");
            for (Path gold : golds) {
                SourceText text = reader.read(GoldFile.textOf(gold), Metadata.EMPTY);
                Scorer.Input in = new Scorer.Input(GoldFile.read(gold, text), text);
                Path before = documents.put(in.documentIri(), gold);
                if (before != null)
                    throw UserError.input(gold + ": scores the same document <" + in.documentIri() + "> as " + before);
                inputs.add(in);
            }
        }
        return inputs;
    }

    /**
     * The texts converted exactly as {@code convert} converts them (same stages, same metadata sidecars,
     * checked against the shapes), one named graph per document. The only place eval converts: re-point it
     * when the conversion pipeline's API changes.
     */
    private static DatasetGraph convert(List<Path> texts) throws InterruptedException {
        BatchRunner runner = BatchRunner.forOntology(Home.path().resolve("ontology"),
                new DocumentGraphWriter.Run(Main.version(), null), Runtime.getRuntime().availableProcessors(), Duration.ofMinutes(5));
        DatasetGraph out = DatasetGraphFactory.createGeneral();
        for (BatchRunner.Outcome o : runner.run(texts, Metadata.EMPTY, StreamRDFLib.dataset(out)))
            if (!o.ok())
                throw o.error();
        return out;
    }

    /**
     * The vocabulary and the concept scheme beside the converted documents, as {@code up} loads them: labels
     * in every language for matching, and the subclasses of sspo:Actor.
     */
    private static void addOntology(DatasetGraph data) {
        Path ontology = Home.path().resolve("ontology");
        for (String f : ShapeValidator.BACKGROUND_FILES) {
            Path file = ontology.resolve(f);
            if (!Files.isRegularFile(file))
                continue;
            Node g = NodeFactory.createURI(Vocab.GRAPH + "file/ontology/" + f);
            try {
                org.apache.jena.graph.Graph graph = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
                RDFDataMgr.read(graph, file.toString());
                data.addGraph(g, graph);
            } catch (RiotException ex) {
                throw UserError.environment(file + ": cannot be read: " + ex.getMessage(), ex);
            }
        }
    }
}
