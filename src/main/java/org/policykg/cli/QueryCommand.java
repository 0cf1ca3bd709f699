package org.policykg.cli;

import org.policykg.error.UserError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.jena.query.*;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.resultset.ResultSetWriterRegistry;
import org.apache.jena.system.Txn;
import org.policykg.store.*;

/** {@code query}: SPARQL on the store without a server, for scripts. */
final class QueryCommand extends Subcommand {
    @Override String name() { return "query"; }
    @Override String summary() { return "run a SPARQL query on the store without a server"; }
    @Override String synopsis() { return "--data DIR (QUERY | --file Q.rq) [--format text|json|csv|tsv|xml|ttl|nt|jsonld]"; }

    @Override
    Options options() {
        return new Options()
                .addOption(dataOption(true))
                .addOption(configOption())
                .addOption(Option.builder().longOpt("file").hasArg().argName("Q.rq").desc("read the query from a file").get())
                .addOption(Option.builder().longOpt("format").hasArg().argName("FORMAT")
                        .desc("results: text (default), json, csv, tsv, xml; graphs: ttl (default), nt, jsonld, rdfxml").get());
    }

    @Override
    int run(CommandLine line, Io io) throws Exception {
        String text = queryText(line);
        Query query = QueryFactory.create(text);
        String format = line.getOptionValue("format", query.isSelectType() || query.isAskType() ? "text" : "ttl");
        StoreConfig config = StoreConfig.read(configPath(line), dataPath(line));
        try (PolicyStore store = PolicyStore.open(config)) {
            Dataset ds = store.dataset();
            Txn.executeRead(ds, () -> {
                try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
                    if (query.isSelectType())
                        writeResults(qe.execSelect(), format, io);
                    else if (query.isAskType())
                        writeAsk(qe.execAsk(), format, io);
                    else if (query.isConstructType() || query.isDescribeType())
                        RDFDataMgr.write(io.out(), query.isConstructType() ? qe.execConstruct() : qe.execDescribe(), graphLang(format));
                    else
                        throw UserError.input("only SELECT, ASK, CONSTRUCT and DESCRIBE queries run here");
                }
            });
        }
        io.out().flush();
        return ExitCode.OK;
    }

    private static String queryText(CommandLine line) throws UsageException {
        boolean inline = !line.getArgList().isEmpty();
        if (inline == line.hasOption("file"))
            throw new UsageException("give the query either as an argument or with --file, not both or neither");
        if (inline) {
            if (line.getArgList().size() > 1)
                throw new UsageException("give the query as one argument (quote it)");
            return line.getArgList().get(0);
        }
        Path file = Path.of(line.getOptionValue("file"));
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw UserError.input(file + ": cannot read the query: " + ex.getMessage(), ex);
        }
    }

    private static void writeResults(ResultSet rs, String format, Io io) {
        switch (format) {
            case "text" -> ResultSetFormatter.out(io.out(), rs);
            case "json" -> ResultSetFormatter.output(io.out(), rs, ResultSetLang.RS_JSON);
            case "csv" -> ResultSetFormatter.output(io.out(), rs, ResultSetLang.RS_CSV);
            case "tsv" -> ResultSetFormatter.output(io.out(), rs, ResultSetLang.RS_TSV);
            case "xml" -> ResultSetFormatter.output(io.out(), rs, ResultSetLang.RS_XML);
            default -> throw UserError.input("unknown result format '" + format + "' (text, json, csv, tsv, xml)");
        }
    }

    private static void writeAsk(boolean answer, String format, Io io) {
        switch (format) {
            case "text" -> io.out().println(answer ? "yes" : "no");
            case "json" -> ResultSetFormatter.outputAsJSON(io.out(), answer);
            case "csv" -> ResultSetFormatter.outputAsCSV(io.out(), answer);
            case "tsv" -> ResultSetFormatter.outputAsTSV(io.out(), answer);
            case "xml" -> ResultSetFormatter.outputAsXML(io.out(), answer);
            default -> throw UserError.input("unknown result format '" + format + "' (text, json, csv, tsv, xml)");
        }
    }

    private static Lang graphLang(String format) {
        Lang lang = RDFLanguages.shortnameToLang(format);
        if (lang == null || !RDFLanguages.isTriples(lang))
            throw UserError.input("unknown graph format '" + format + "' (ttl, nt, jsonld, rdfxml)");
        return lang;
    }
}
