package org.policykg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.policykg.ingest.Metadata;
import org.policykg.ingest.TextReader;
import org.policykg.rdf.DocumentGraphWriter;
import org.policykg.serve.PolicyServer;
import org.policykg.store.*;

/** {@code up}: the main job. The ontology and the inputs into the store, then serve it. */
final class UpCommand extends Subcommand {
    @Override String name() { return "up"; }
    @Override String summary() { return "load ontology/ and the inputs (default seeds/) into the store, then serve it"; }
    @Override String synopsis() { return "[--port 3030] [--host 127.0.0.1] [--https KEYSTORE --https-password-file F [--https-port 3443]] [--data data] [--config FILE] [PATH...]"; }

    @Override
    Options options() {
        return ServeCommand.serverOptions(new Options()
                .addOption(dataOption(false))
                .addOption(configOption()));
    }

    @Override
    int run(CommandLine line, Io io) throws Exception {
        List<Path> inputs = new ArrayList<>();
        inputs.add(Home.path().resolve("ontology"));
        if (line.getArgList().isEmpty())
            inputs.add(Home.path().resolve("seeds"));
        else
            line.getArgList().forEach(a -> inputs.add(Path.of(a)));

        List<GraphSource> sources = new ArrayList<>();
        Conversion conversion = Conversion.standard(new TextReader(), new DocumentGraphWriter.Run(Main.version(), null));
        for (Path input : inputs)
            sources.addAll(sourcesIn(input, conversion, io));

        StoreConfig config = StoreConfig.read(configPath(line), dataPath(line));
        String host = line.getOptionValue("host", ServeCommand.DEFAULT_HOST);
        PolicyServer server = ServeCommand.buildServer(line, config);
        // Load into the very dataset the server was built with: one store, opened once.
        PolicyStore store = PolicyStore.over(config, server.dataset(server.firstDatasetName()));
        LoadedFiles loaded = LoadedFiles.plan(store, sources); // and the graphs of inputs deleted since the last up, removed
        long quads = new org.policykg.link.DatasetDescription(Home.path().resolve("queries")).replaceAndDescribe(store, loaded.sources(), server.baseUrl() + server.firstDatasetName() + "/sparql");
        io.out().printf("Loaded %d source(s), %d triples, into %s%n", sources.size(), quads, config.dataDir());
        loaded.removed().forEach(g -> io.out().println("Removed the graph of an input that no longer exists: " + g));
        ServeCommand.startAndWait(server, config, host, io);
        return ExitCode.OK;
    }

    /**
     * The RDF files and the text files (converted as they load) in a file or folder, sorted so runs are
     * repeatable; metadata sidecars ride with their text file.
     */
    static List<GraphSource> sourcesIn(Path input, Conversion conversion, Io io) {
        if (!Files.exists(input))
            throw new StoreException(StoreException.Kind.INPUT, input + ": no such file or folder");
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(input)) {
            try (Stream<Path> s = Files.walk(input)) {
                s.filter(Files::isRegularFile).sorted().forEach(files::add);
            } catch (IOException ex) {
                throw new StoreException(StoreException.Kind.INPUT, input + ": cannot read the folder: " + ex.getMessage(), ex);
            }
        } else {
            files.add(input);
        }
        List<GraphSource> sources = new ArrayList<>();
        for (Path f : files) {
            if (Metadata.isSidecar(f))
                continue;
            if (RdfFileSource.isRdf(f))
                sources.add(RdfFileSource.of(f));
            else if (TextReader.isText(f))
                sources.add(new TextFileSource(f, conversion));
            else if (files.size() == 1)
                throw new StoreException(StoreException.Kind.INPUT, f + ": not a file policykg reads");
        }
        return sources;
    }
}
