package org.policykg.cli;

import java.util.List;
import java.util.Set;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.policykg.curate.Candidate;
import org.policykg.curate.CandidateList;
import org.policykg.curate.CandidateReport;
import org.policykg.store.SparqlSource;

/** {@code candidates}: the candidate concepts awaiting curation, with their evidence and the closest known concepts. */
final class CandidatesCommand extends Subcommand {
    private static final Set<String> KINDS = Set.of("goal", "reform", "principle", "actor", "component");

    @Override String name() { return "candidates"; }
    @Override String summary() { return "list the candidate concepts the texts gave, with counts, sentences and the closest known concepts"; }
    @Override String synopsis() { return "(--data DIR | --endpoint URL) [--class goal|reform|principle|actor|component] [--min-docs N] [--format table|csv|json]"; }

    @Override
    Options options() {
        return new Options()
                .addOption(dataOption(false))
                .addOption(configOption())
                .addOption(Option.builder().longOpt("endpoint").hasArg().argName("URL").desc("read a SPARQL endpoint instead of a store folder").get())
                .addOption(Option.builder().longOpt("class").hasArg().argName("CLASS").desc("only candidates of this class: goal, reform, principle, actor, component").get())
                .addOption(Option.builder().longOpt("min-docs").hasArg().argName("N").desc("only candidates named in at least N documents (default 1)").get())
                .addOption(Option.builder().longOpt("format").hasArg().argName("FORMAT").desc("table (default), csv or json").get());
    }

    @Override
    int run(CommandLine line, Io io) throws Exception {
        if (line.hasOption("data") == line.hasOption("endpoint"))
            throw new UsageException("give the graph with either --data DIR or --endpoint URL");
        String kind = line.getOptionValue("class");
        if (kind != null && !KINDS.contains(kind))
            throw new UsageException("--class is one of goal, reform, principle, actor, component, not '" + kind + "'");
        int minDocs = intOption(line, "min-docs", 1);
        String format = line.getOptionValue("format", "table");
        if (!List.of("table", "csv", "json").contains(format))
            throw new UsageException("--format is table, csv or json, not '" + format + "'");
        CandidateList reader = new CandidateList(Home.path().resolve("queries"));
        List<Candidate> candidates = readGraph(line,
                url -> SparqlSource.remote(url, SparqlSource.DEFAULT_PAGE_SIZE, SparqlSource.DEFAULT_MAX_ROWS, 60),
                source -> reader.read(source, kind, minDocs));
        switch (format) {
            case "csv" -> CandidateReport.csv(candidates, io.out());
            case "json" -> io.out().println(CandidateReport.json(candidates));
            default -> CandidateReport.table(candidates, io.out());
        }
        io.out().flush();
        return ExitCode.OK;
    }
}
