package org.policykg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.policykg.store.*;

/** {@code load}: RDF files into the store, each into its own named graph, all in one transaction. */
final class LoadCommand extends Subcommand {
    @Override String name() { return "load"; }
    @Override String summary() { return "load RDF files into the store, one named graph per file (loading again replaces it)"; }
    @Override String synopsis() { return "(--data DIR | --endpoint GRAPH-STORE-URL [--user U --password-file F]) [--graph IRI] FILE..."; }

    @Override
    Options options() {
        return GraphStoreTarget.credentialOptions(new Options()
                .addOption(dataOption(false))
                .addOption(configOption())
                .addOption(Option.builder().longOpt("endpoint").hasArg().argName("URL")
                        .desc("instead of --data: send the graphs to a running server's graph store endpoint, e.g. http://localhost:3030/policy/data").get())
                .addOption(Option.builder().longOpt("graph").hasArg().argName("IRI")
                        .desc("the named graph for the file (one file only); default: derived from the file's path").get()));
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
        if (line.hasOption("data") == line.hasOption("endpoint"))
            throw new UsageException("give --data DIR (a store not in use) or --endpoint URL (a running server), one of them");
        if (line.hasOption("endpoint"))
            return toEndpoint(line, sources, io);
        StoreConfig config = StoreConfig.read(configPath(line), dataPath(line));
        try (PolicyStore store = PolicyStore.open(config)) {
            long quads = new org.policykg.link.DatasetDescription(Home.path().resolve("queries")).replaceAndDescribe(store, sources, null);
            io.out().printf("Loaded %d file(s), %d triples, into %s%n", sources.size(), quads, config.dataDir());
            for (GraphSource s : sources)
                io.out().println("  " + s.label() + " -> <" + s.graph().getURI() + ">");
        }
        return ExitCode.OK;
    }

    /** Every file parsed first (a bad one: nothing is sent), then one PUT per graph: each graph replaced whole on the server. */
    private static int toEndpoint(CommandLine line, List<GraphSource> sources, Io io) throws UsageException {
        var push = GraphStoreTarget.of(line, "endpoint");
        DatasetGraph graphs = DatasetGraphFactory.create();
        for (GraphSource s : sources)
            s.emit(new StreamRDFBase() {
                @Override public void triple(Triple t) { graphs.add(s.graph(), t.getSubject(), t.getPredicate(), t.getObject()); }
                @Override public void quad(Quad q) {
                    graphs.add(q.isDefaultGraph() ? s.graph() : q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
                }
            });
        GraphStoreTarget.send(push, graphs, line.getOptionValue("endpoint"), io);
        return ExitCode.OK;
    }
}
