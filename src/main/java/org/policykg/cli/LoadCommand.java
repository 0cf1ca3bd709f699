package org.policykg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.jena.graph.NodeFactory;
import org.policykg.store.*;

/** {@code load}: RDF files into the store, each into its own named graph, all in one transaction. */
final class LoadCommand extends Subcommand {
    @Override String name() { return "load"; }
    @Override String summary() { return "load RDF files into the store, one named graph per file (loading again replaces it)"; }
    @Override String synopsis() { return "--data DIR [--graph IRI] FILE..."; }

    @Override
    Options options() {
        return new Options()
                .addOption(dataOption(true))
                .addOption(configOption())
                .addOption(Option.builder().longOpt("graph").hasArg().argName("IRI")
                        .desc("the named graph for the file (one file only); default: derived from the file's path").get());
    }

    @Override
    int run(CommandLine line, Io io) throws Exception {
        List<String> files = line.getArgList();
        if (files.isEmpty())
            throw new UsageException("give at least one RDF file to load");
        if (line.hasOption("graph") && files.size() != 1)
            throw new UsageException("--graph names the graph of one file; " + files.size() + " were given");
        List<GraphSource> sources = new ArrayList<>();
        for (String f : files) {
            Path file = Path.of(f);
            sources.add(line.hasOption("graph")
                    ? new RdfFileSource(file, NodeFactory.createURI(line.getOptionValue("graph")))
                    : RdfFileSource.of(file));
        }
        StoreConfig config = StoreConfig.read(configPath(line), dataPath(line));
        try (PolicyStore store = PolicyStore.open(config)) {
            long quads = new org.policykg.link.DatasetDescription(Home.path().resolve("queries")).replaceAndDescribe(store, sources, null);
            io.out().printf("Loaded %d file(s), %d triples, into %s%n", sources.size(), quads, config.dataDir());
            for (GraphSource s : sources)
                io.out().println("  " + s.label() + " -> <" + s.graph().getURI() + ">");
        }
        return ExitCode.OK;
    }
}
