package org.policykg.cli;

import org.policykg.error.UserError;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.*;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.OptionGroup;
import org.apache.commons.cli.Options;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.policykg.link.DatasetDescription;
import org.policykg.link.LinkRun;
import org.policykg.store.SparqlSource;
import org.policykg.store.*;

/** {@code link}: align this graph's concepts and actors with another vocabulary, as a VoID linkset. */
final class LinkCommand extends Subcommand {
    @Override String name() { return "link"; }
    @Override String summary() { return "link concepts and actors to another vocabulary or graph (a VoID linkset)"; }
    @Override String synopsis() {
        return "(--data DIR | --endpoint URL) --target (FILE... | SPARQL-ENDPOINT-URL) [--scheme IRI] [--lang en,zh] [--min-score X] -o FILE [--load]";
    }

    @Override
    Options options() {
        Option data = dataOption(false);
        Option endpoint = Option.builder().longOpt("endpoint").hasArg().argName("URL")
                .desc("this graph at a SPARQL endpoint, instead of --data").get();
        return new Options()
                .addOptionGroup(new OptionGroup().addOption(data).addOption(endpoint))
                .addOption(configOption())
                .addOption(Option.builder().longOpt("target").hasArgs().argName("FILE...|URL").required()
                        .desc("the other vocabulary: RDF files, or the URL of a SPARQL endpoint").get())
                .addOption(Option.builder().longOpt("scheme").hasArg().argName("IRI").desc("link only to concepts of this scheme").get())
                .addOption(Option.builder().longOpt("lang").hasArg().argName("en,zh").desc("label languages compared; default en,zh").get())
                .addOption(Option.builder().longOpt("min-score").hasArg().argName("X")
                        .desc("lowest score kept, 0 to 1; default " + LinkRun.defaultMinScore()).get())
                .addOption(Option.builder("o").longOpt("output").hasArg().argName("FILE").required()
                        .desc("where the linkset goes (.ttl, .nt, .trig, .nq, .jsonld)").get())
                .addOption(Option.builder().longOpt("load").desc("also load the linkset into the store (--data), replacing the previous run's").get())
                .addOption(Option.builder().longOpt("timeout").hasArg().argName("SECONDS").desc("per request to an endpoint; default 60").get())
                .addOption(Option.builder().longOpt("page-size").hasArg().argName("N")
                        .desc("rows per request to an endpoint; default " + SparqlSource.DEFAULT_PAGE_SIZE).get())
                .addOption(Option.builder().longOpt("max-rows").hasArg().argName("N")
                        .desc("rows read at most from an endpoint; default " + SparqlSource.DEFAULT_MAX_ROWS).get());
    }

    @Override
    int run(CommandLine line, Io io) throws Exception {
        if (line.hasOption("data") == line.hasOption("endpoint"))
            throw new UsageException("give this graph with either --data DIR or --endpoint URL");
        if (line.hasOption("load") && !line.hasOption("data"))
            throw new UsageException("--load writes to a local store: use it with --data");
        Set<String> languages = new LinkedHashSet<>();
        for (String l : line.getOptionValue("lang", "en,zh").split(","))
            if (!l.isBlank())
                languages.add(l.strip().toLowerCase(Locale.ROOT));
        double minScore = doubleOption(line, "min-score", LinkRun.defaultMinScore());
        if (minScore <= 0 || minScore > 1)
            throw new UsageException("--min-score is a number above 0 and at most 1");
        Path output = Path.of(line.getOptionValue("output"));
        Lang lang = RDFLanguages.filenameToLang(output.getFileName().toString(), Lang.TURTLE);
        int timeout = intOption(line, "timeout", 60);
        int pageSize = intOption(line, "page-size", SparqlSource.DEFAULT_PAGE_SIZE);
        long maxRows = intOption(line, "max-rows", (int) SparqlSource.DEFAULT_MAX_ROWS);
        SparqlSource target = target(line.getOptionValues("target"), pageSize, maxRows, timeout);
        Path queries = Home.path().resolve("queries");

        LinkRun.Result result;
        if (line.hasOption("endpoint")) {
            SparqlSource ours = SparqlSource.remote(line.getOptionValue("endpoint"), pageSize, maxRows, timeout);
            result = LinkRun.run(queries, ours, target, line.getOptionValue("scheme"), languages, minScore, LocalDate.now());
        } else {
            StoreConfig config = StoreConfig.read(configPath(line), dataPath(line));
            try (PolicyStore store = PolicyStore.open(config)) {
                SparqlSource ours = SparqlSource.local(store.dataset(), config.dataDir().toString());
                result = LinkRun.run(queries, ours, target, line.getOptionValue("scheme"), languages, minScore, LocalDate.now());
                if (line.hasOption("load")) {
                    new DatasetDescription(queries).replaceAndDescribe(store,
                            List.of(DatasetDescription.graphSource(result.graph(), result.linkset(), "linkset")), null);
                }
            }
        }
        write(result, output, lang);
        io.out().printf("Linked %d entities here with %d in %s: %s%n", result.ourEntities(), result.theirEntities(),
                target.describe(), result.linksPerPredicate().isEmpty() ? "no links" : result.linksPerPredicate());
        io.out().println("Linkset written to " + output + (line.hasOption("load") ? " and loaded into <" + result.graph().getURI() + ">" : ""));
        if (result.truncated())
            io.out().println("Warning: an endpoint had more rows than --max-rows; the links are incomplete.");
        return ExitCode.OK;
    }

    private static SparqlSource target(String[] values, int pageSize, long maxRows, int timeout) throws UsageException {
        if (values.length == 1 && values[0].matches("(?i)https?://.*"))
            return SparqlSource.remote(values[0], pageSize, maxRows, timeout);
        List<Path> files = new ArrayList<>();
        for (String v : values) {
            if (v.matches("(?i)https?://.*"))
                throw new UsageException("--target takes either RDF files or one endpoint URL, not both");
            Path f = Path.of(v);
            if (!Files.isRegularFile(f))
                throw UserError.input(f + ": no such file");
            files.add(f);
        }
        return SparqlSource.files(files);
    }

    private static void write(LinkRun.Result result, Path output, Lang lang) throws IOException {
        if (output.toAbsolutePath().getParent() != null)
            Files.createDirectories(output.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(output)) {
            if (RDFLanguages.isQuads(lang)) {
                Dataset ds = DatasetFactory.create();
                ds.addNamedModel(result.graph().getURI(), result.linkset());
                ds.getPrefixMapping().setNsPrefixes(result.linkset().getNsPrefixMap());
                RDFDataMgr.write(out, ds, lang);
            } else {
                RDFDataMgr.write(out, result.linkset(), lang);
            }
        }
    }
}
