package org.policykg.cli;

import org.policykg.error.UserError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.policykg.rdf.ShapeValidator;
import org.policykg.store.*;

/** {@code validate}: RDF files, or the whole store, against the SHACL shapes of the ontology. */
final class ValidateCommand extends Subcommand {
    @Override String name() { return "validate"; }
    @Override String summary() { return "check RDF files or the store against the SHACL shapes (exit 5 when they do not conform)"; }
    @Override String synopsis() { return "(FILE... | --data DIR) [--ontology DIR] [--config FILE]"; }

    @Override
    Options options() {
        return new Options()
                .addOption(Option.builder().longOpt("data").hasArg().argName("DIR")
                        .desc("check the store in DIR (all its graphs together) instead of files").get())
                .addOption(configOption())
                .addOption(Option.builder().longOpt("ontology").hasArg().argName("DIR")
                        .desc("the folder with shapes.ttl (and sspo.ttl, concepts.ttl, checked together with the data);"
                                + " default: ontology/ in the project").get());
    }

    @Override
    int run(CommandLine line, Io io) throws Exception {
        List<String> files = line.getArgList();
        if (files.isEmpty() == !line.hasOption("data"))
            throw new UsageException("give either RDF files or --data DIR, not both or neither");
        Path ontology = line.hasOption("ontology") ? Path.of(line.getOptionValue("ontology")) : Home.path().resolve("ontology");
        ShapeValidator validator;
        try {
            validator = ShapeValidator.forOntology(ontology);
        } catch (IllegalArgumentException ex) {
            throw UserError.input(ex.getMessage(), ex);
        }

        ShapeValidator.Report report;
        String checked;
        if (files.isEmpty()) {
            StoreConfig config = StoreConfig.read(configPath(line), dataPath(line));
            // opening would create an empty store, which trivially conforms: say instead that there is none
            if (!Files.isDirectory(config.dataDir().resolve("tdb2")))
                throw UserError.input("there is no store in " + config.dataDir()
                        + " (load data with 'policykg load' or 'policykg up' first)");
            try (PolicyStore store = PolicyStore.open(config)) {
                report = Txn.calculateRead(store.dataset(), () -> validator.validate(store.dataset().asDatasetGraph()));
            }
            checked = "the store in " + config.dataDir();
        } else {
            Graph data = GraphFactory.createDefaultGraph();
            for (String f : files)
                RdfFileSource.of(Path.of(f)).emit(new IntoGraph(data));
            report = validator.validate(data);
            checked = files.size() == 1 ? files.get(0) : files.size() + " files";
        }
        io.out().println("Checked " + checked + " against " + ontology.resolve(ShapeValidator.SHAPES_FILE) + ".");
        io.out().print(report.describe());
        if (report.conforms())
            io.out().println();
        io.out().flush();
        return report.conforms() ? ExitCode.OK : ExitCode.INVALID;
    }

    /** Every triple and quad of the files into one graph: the shapes look at all of it together. */
    private static final class IntoGraph extends StreamRDFBase {
        private final Graph graph;
        IntoGraph(Graph graph) { this.graph = graph; }
        @Override public void triple(Triple triple) { graph.add(triple); }
        @Override public void quad(Quad quad) { graph.add(quad.asTriple()); }
    }
}
