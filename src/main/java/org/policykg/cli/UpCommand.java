package org.policykg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.policykg.document.Metadata;
import org.policykg.document.TextReader;
import org.policykg.error.UserError;
import org.policykg.extract.BatchRunner;
import org.policykg.rdf.DocumentGraphWriter;
import org.policykg.serve.PolicyServer;
import org.policykg.store.*;

/** {@code up}: the main job. The ontology and the inputs into the store, then serve it. */
final class UpCommand extends Subcommand {
    @Override String name() { return "up"; }
    @Override String summary() { return "load ontology/ and the inputs (default seeds/) into the store, then serve it"; }
    @Override String synopsis() { return "[--port 3030] [--host 127.0.0.1] [--https KEYSTORE --https-password-file F [--https-port 3443]] [--data data] [--config FILE] [--time-limit 300] [PATH...]"; }

    @Override
    Options options() {
        return ServeCommand.serverOptions(new Options()
                .addOption(dataOption(false))
                .addOption(configOption())
                .addOption(ConvertCommand.timeLimitOption()));
    }

    @Override
    int run(CommandLine line, Io io) throws Exception {
        List<Path> inputs = new ArrayList<>();
        inputs.add(Home.path().resolve("ontology"));
        if (line.getArgList().isEmpty())
            inputs.add(Home.path().resolve("seeds"));
        else
            line.getArgList().forEach(a -> inputs.add(Path.of(a)));
        // texts go through the same batch runner as convert: the same check, the same time limit
        BatchRunner texts = ConvertCommand.runner(new TextReader(), new DocumentGraphWriter.Run(Main.version(), null),
                Runtime.getRuntime().availableProcessors(), ConvertCommand.timeLimitOption(line));
        List<GraphSource> sources = sources(inputs, texts);

        StoreConfig config = StoreConfig.read(configPath(line), dataPath(line));
        String host = line.getOptionValue("host", ServeCommand.DEFAULT_HOST);
        PolicyServer server = ServeCommand.buildServer(line, config);
        // Load into the very dataset the server was built with: one store, opened once.
        PolicyStore store = PolicyStore.over(config, server.dataset(server.firstDatasetName()));
        LoadedFiles loaded = LoadedFiles.plan(store, sources); // and the graphs of inputs deleted since the last up, removed
        long quads = new org.policykg.link.DatasetDescription(Home.path().resolve("queries")).replaceAndDescribe(store, loaded.sources(), server.baseUrl() + server.firstDatasetName() + "/sparql");
        io.out().printf("Loaded %d source(s), %d triples, into %s%n", count(sources), quads, config.dataDir());
        loaded.removed().forEach(g -> io.out().println("Removed the graph of an input that no longer exists: " + g));
        ServeCommand.startAndWait(server, config, host, io);
        return ExitCode.OK;
    }

    /** Sources as the user counts them: files, a batch of texts counting one per text. */
    private static int count(List<GraphSource> sources) {
        return sources.stream().mapToInt(s -> s instanceof ConvertedTexts t ? t.files().size() : 1).sum();
    }

    /**
     * The RDF files and the text files (converted by {@code texts} as they load, after the RDF files) in
     * files and folders, sorted so runs are repeatable; metadata sidecars ride with their text file.
     */
    static List<GraphSource> sources(List<Path> inputs, BatchRunner texts) {
        List<GraphSource> sources = new ArrayList<>();
        List<Path> textFiles = new ArrayList<>();
        for (Path input : inputs) {
            List<Path> files = filesIn(input);
            for (Path f : files) {
                // sidecars ride with their text; gold files are for eval, never loaded
                if (Metadata.isSidecar(f) || org.policykg.eval.GoldFile.isGold(f))
                    continue;
                if (RdfFileSource.isRdf(f))
                    sources.add(RdfFileSource.of(f));
                else if (TextReader.isText(f))
                    textFiles.add(f);
                else if (files.size() == 1)
                    throw UserError.input(f + ": not a file policykg reads");
            }
        }
        if (!textFiles.isEmpty())
            sources.add(new ConvertedTexts(textFiles, texts));
        return sources;
    }

    private static List<Path> filesIn(Path input) {
        if (!Files.exists(input))
            throw UserError.input(input + ": no such file or folder");
        if (!Files.isDirectory(input))
            return List.of(input);
        try (Stream<Path> s = Files.walk(input)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException ex) {
            throw UserError.input(input + ": cannot read the folder: " + ex.getMessage(), ex);
        }
    }
}
