package org.policykg.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.jena.graph.NodeFactory;
import org.policykg.link.Exporter;
import org.policykg.store.PolicyStore;
import org.policykg.store.StoreConfig;

/** {@code export}: the store, or one graph, as a file: JSON-LD with the published context, Turtle, TriG, N-Quads. */
final class ExportCommand extends Subcommand {
    @Override String name() { return "export"; }
    @Override String summary() { return "write the store or one graph as JSON-LD (with the sspo context), Turtle, TriG or N-Quads"; }
    @Override String synopsis() { return "--data DIR [--graph IRI] --format jsonld|ttl|trig|nq -o FILE [--context-url URL]"; }

    @Override
    Options options() {
        return new Options()
                .addOption(dataOption(true))
                .addOption(configOption())
                .addOption(Option.builder().longOpt("graph").hasArg().argName("IRI").desc("only this named graph; default: all").get())
                .addOption(Option.builder().longOpt("format").hasArg().argName("FORMAT").required()
                        .desc("jsonld, ttl (all graphs merged), trig or nq").get())
                .addOption(Option.builder("o").longOpt("output").hasArg().argName("FILE").required().desc("the file to write").get())
                .addOption(Option.builder().longOpt("context-url").hasArg().argName("URL")
                        .desc("JSON-LD: refer to the context published at URL instead of inlining ontology/context.jsonld").get());
    }

    @Override
    int run(CommandLine line, Io io) throws Exception {
        Exporter.Format format;
        try {
            format = Exporter.Format.valueOf(line.getOptionValue("format").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException ex) {
            throw new UsageException("--format is one of jsonld, ttl, trig, nq");
        }
        Path output = Path.of(line.getOptionValue("output"));
        StoreConfig config = StoreConfig.read(configPath(line), dataPath(line));
        Exporter exporter = new Exporter(Home.path().resolve("ontology").resolve("context.jsonld"));
        long quads;
        try (PolicyStore store = PolicyStore.open(config); OutputStream out = Files.newOutputStream(output)) {
            quads = exporter.export(store.dataset(), line.hasOption("graph") ? NodeFactory.createURI(line.getOptionValue("graph")) : null,
                    format, line.getOptionValue("context-url"), out);
        } catch (RuntimeException ex) {
            Files.deleteIfExists(output);
            throw ex;
        }
        io.out().printf("Exported %d triples to %s%n", quads, output);
        return ExitCode.OK;
    }
}
