package org.policykg.cli;

import java.io.*;
import java.nio.file.*;
import java.time.Duration;
import java.time.Instant;
import java.util.*;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.policykg.document.Metadata;
import org.policykg.document.TextReader;
import org.policykg.error.UserError;
import org.policykg.extract.BatchRunner;
import org.policykg.extract.Conversion;
import org.policykg.rdf.DocumentGraphWriter;
import org.policykg.rdf.RdfOutput;

/**
 * {@code convert}: policy texts into RDF, through the batch runner every command uses (in parallel, each
 * document checked against the shapes, written in input order as it comes), and kept only when every
 * document succeeded (unless --keep-going).
 */
final class ConvertCommand extends Subcommand {
    private static final Map<String, String> METADATA_OPTIONS = new LinkedHashMap<>();
    static {
        METADATA_OPTIONS.put("title", "title");
        METADATA_OPTIONS.put("publisher", "publisher");
        METADATA_OPTIONS.put("author", "author");
        METADATA_OPTIONS.put("date", "date");
        METADATA_OPTIONS.put("place", "place");
        METADATA_OPTIONS.put("source", "source");
        METADATA_OPTIONS.put("identifier", "identifier");
    }

    @Override String name() { return "convert"; }
    @Override String summary() { return "convert policy texts (.txt, .md, .html) into RDF statements with goals, reforms, principles and actors"; }
    @Override String synopsis() { return "[--format trig|ttl|nq|jsonld] [-o FILE | --to GRAPH-STORE-URL [--user U --password-file F]] [--keep-going] [--lang en|zh] [--title T ...] FILE|DIR..."; }

    @Override
    Options options() {
        Options o = new Options()
                .addOption(Option.builder().longOpt("format").hasArg().argName("FORMAT")
                        .desc("trig (default; one named graph per document), ttl (all documents' triples in one graph), nq, jsonld").get())
                .addOption(Option.builder("o").longOpt("output").hasArg().argName("FILE").desc("write to FILE instead of standard output").get())
                .addOption(Option.builder().longOpt("keep-going").desc("report and skip bad files instead of writing nothing").get())
                .addOption(Option.builder().longOpt("lang").hasArg().argName("TAG").desc("the texts' language, en or zh (default: the sidecar's, else zh when at least a fifth of the letters are Han characters, else en)").get())
                .addOption(Option.builder().longOpt("timestamp")
                        .desc("record when the conversion ran (prov:startedAtTime); without it two runs give identical output").get())
                .addOption(Option.builder().longOpt("max-size").hasArg().argName("BYTES")
                        .desc("refuse files larger than this (default 50 MB)").get())
                .addOption(Option.builder().longOpt("threads").hasArg().argName("N").desc("documents converted at once (default: the number of cores)").get())
                .addOption(Option.builder().longOpt("to").hasArg().argName("URL")
                        .desc("send the documents' graphs to a running server's graph store endpoint (e.g. http://localhost:3030/policy/data) instead of writing them").get())
                .addOption(timeLimitOption());
        GraphStoreTarget.credentialOptions(o);
        for (String name : METADATA_OPTIONS.keySet())
            o.addOption(Option.builder().longOpt(name).hasArg().argName(name.toUpperCase(Locale.ROOT))
                    .desc("document " + name + (name.equals("date") ? " (YYYY-MM-DD)" : "") + "; overrides the sidecar NAME.meta.json").get());
        return o;
    }

    @Override
    int run(CommandLine line, Io io) throws Exception {
        if (line.getArgList().isEmpty())
            throw new UsageException("give at least one text file or folder to convert");
        String format = line.getOptionValue("format", "trig");
        if (RdfOutput.formatName(format) == null)
            throw new UsageException("--format takes " + RdfOutput.FORMATS + ", not '" + format + "'");
        Metadata options = metadataOptions(line);
        long maxBytes = line.hasOption("max-size") ? intOption(line, "max-size", 0) : TextReader.DEFAULT_MAX_BYTES;
        int threads = intOption(line, "threads", Runtime.getRuntime().availableProcessors());
        int timeLimit = timeLimitOption(line);
        if (threads < 1)
            throw new UsageException("--threads takes a number of 1 or more");
        boolean keepGoing = line.hasOption("keep-going");

        List<Path> files = Conversion.textFiles(line.getArgList().stream().map(Path::of).toList());
        if (files.isEmpty())
            throw UserError.input("no .txt, .md or .html files in " + String.join(", ", line.getArgList()));
        Path target = line.hasOption("output") ? Path.of(line.getOptionValue("output")).toAbsolutePath() : null;
        if (target != null && !Files.isDirectory(target.getParent()))
            throw UserError.input(line.getOptionValue("output") + ": cannot write there, the folder " + target.getParent() + " does not exist");
        DocumentGraphWriter.Run run = new DocumentGraphWriter.Run(Main.version(), line.hasOption("timestamp") ? Instant.now() : null);
        BatchRunner runner = runner(new TextReader(maxBytes), run, threads, timeLimit).onProgress(Progress.on("converting", io.err()));

        if (line.hasOption("to")) {
            if (line.hasOption("output") || line.hasOption("format"))
                throw new UsageException("--to sends the graphs to a server; it does not go with -o or --format");
            var push = GraphStoreTarget.of(line, "to");
            org.apache.jena.sparql.core.DatasetGraph graphs = org.apache.jena.sparql.core.DatasetGraphFactory.create();
            List<BatchRunner.Outcome> outcomes = runner.run(files, options, org.apache.jena.riot.system.StreamRDFLib.dataset(graphs));
            int rc = report(outcomes, keepGoing, io);
            if (rc != ExitCode.OK && !keepGoing)
                return rc;
            GraphStoreTarget.send(push, graphs, line.getOptionValue("to"), io);
            return rc;
        }
        // written as the documents come, into a file that replaces the output only when the batch succeeded; straight to
        // standard output only with --keep-going (where a bad file does not stop the rest)
        boolean direct = target == null && keepGoing;
        Path tmp = direct ? null : target != null ? Files.createTempFile(target.getParent(), ".policykg-", ".tmp")
                : Files.createTempFile("policykg-convert-", ".tmp");
        List<BatchRunner.Outcome> outcomes;
        try {
            try (OutputStream os = direct ? new FilterOutputStream(io.out()) { @Override public void close() throws IOException { flush(); } }
                    : new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16);
                 RdfOutput out = RdfOutput.open(format, os)) {
                outcomes = runner.run(files, options, out);
            }
            int rc = report(outcomes, keepGoing, io);
            if (rc != ExitCode.OK && !keepGoing)
                return rc;
            if (target != null) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                io.err().println("policykg convert: wrote " + outcomes.stream().filter(BatchRunner.Outcome::ok).count() + " document(s) to " + target);
            } else if (tmp != null) {
                Files.copy(tmp, io.out());
                io.out().flush();
            }
            return rc;
        } finally {
            if (tmp != null)
                Files.deleteIfExists(tmp);
        }
    }

    static final int DEFAULT_TIME_LIMIT_SECONDS = 300;

    /** The --time-limit option, which convert and up share. */
    static Option timeLimitOption() {
        return Option.builder().longOpt("time-limit").hasArg().argName("SECONDS")
                .desc("stop converting a document that takes longer than this (default " + DEFAULT_TIME_LIMIT_SECONDS + ")").get();
    }

    static int timeLimitOption(CommandLine line) throws UsageException {
        int timeLimit = intOption(line, "time-limit", DEFAULT_TIME_LIMIT_SECONDS);
        if (timeLimit < 1)
            throw new UsageException("--time-limit takes a number of seconds, 1 or more");
        return timeLimit;
    }

    /** The batch runner of the project's ontology, every document checked against its shapes (when the ontology has them). */
    static BatchRunner runner(TextReader reader, DocumentGraphWriter.Run run, int threads, int timeLimitSeconds) {
        return BatchRunner.forOntology(Home.path().resolve("ontology"), reader, run, threads, Duration.ofSeconds(timeLimitSeconds));
    }

    /** A batch runner over a conversion already built, checked against the project's shapes. */
    static BatchRunner runner(Conversion conversion, int threads, int timeLimitSeconds) {
        return BatchRunner.forConversion(conversion, Home.path().resolve("ontology"), threads, Duration.ofSeconds(timeLimitSeconds));
    }

    /** Says what failed; the exit code of the batch (0 when nothing failed). */
    private static int report(List<BatchRunner.Outcome> outcomes, boolean keepGoing, Io io) {
        int failed = 0, invalid = 0;
        for (BatchRunner.Outcome o : outcomes) {
            if (o.ok())
                continue;
            if (o.error().kind() == UserError.Kind.INVALID) invalid++; else failed++;
            String[] lines = o.error().getMessage().split("\n", 2);
            io.err().println("policykg convert: " + lines[0] + (keepGoing ? " (skipped)" : ""));
            if (lines.length > 1)
                io.err().println(lines[1]);
        }
        if ((failed > 0 || invalid > 0) && !keepGoing)
            io.err().println("policykg convert: nothing written (" + (failed + invalid) + " of " + outcomes.size()
                    + " file(s) failed; --keep-going writes the others)");
        return failed > 0 ? ExitCode.INPUT : invalid > 0 ? ExitCode.INVALID : ExitCode.OK;
    }

    private static Metadata metadataOptions(CommandLine line) {
        Map<String, String> values = new HashMap<>();
        METADATA_OPTIONS.forEach((opt, key) -> { if (line.hasOption(opt)) values.put(key, line.getOptionValue(opt)); });
        if (line.hasOption("lang")) values.put("language", line.getOptionValue("lang"));
        return Metadata.of(values, "command line");
    }
}
