package org.policykg.cli;

import java.io.*;
import java.nio.file.*;
import java.time.Instant;
import java.util.*;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.*;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.*;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.policykg.error.UserError;
import org.policykg.document.Metadata;
import org.policykg.document.TextReader;
import org.policykg.rdf.DocumentGraphWriter;
import org.policykg.rdf.ShapeValidator;
import org.policykg.rdf.Vocab;

/**
 * {@code convert}: policy texts into RDF. Documents are converted in parallel, each checked against the
 * shapes, and written only when every one succeeded (unless --keep-going).
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
    @Override String synopsis() { return "[--format trig|ttl|nq|jsonld] [-o FILE] [--keep-going] [--lang en|zh] [--title T ...] FILE|DIR..."; }

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
                .addOption(Option.builder().longOpt("time-limit").hasArg().argName("SECONDS")
                        .desc("give up on a document that takes longer than this (default 300)").get());
        for (String name : METADATA_OPTIONS.keySet())
            o.addOption(Option.builder().longOpt(name).hasArg().argName(name.toUpperCase(Locale.ROOT))
                    .desc("document " + name + (name.equals("date") ? " (YYYY-MM-DD)" : "") + "; overrides the sidecar NAME.meta.json").get());
        return o;
    }

    @Override
    int run(CommandLine line, Io io) throws Exception {
        if (line.getArgList().isEmpty())
            throw new UsageException("give at least one text file or folder to convert");
        String format = line.getOptionValue("format", "trig").toLowerCase(Locale.ROOT);
        RDFFormat rdfFormat = switch (format) {
            case "trig" -> RDFFormat.TRIG_PRETTY;
            case "ttl", "turtle" -> RDFFormat.TURTLE_PRETTY;
            case "nq", "nquads" -> RDFFormat.NQUADS;
            case "jsonld", "json-ld" -> RDFFormat.JSONLD_PRETTY;
            default -> throw new UsageException("--format takes trig, ttl, nq or jsonld, not '" + format + "'");
        };
        Metadata options = metadataOptions(line);
        long maxBytes = line.hasOption("max-size") ? intOption(line, "max-size", 0) : TextReader.DEFAULT_MAX_BYTES;
        int threads = intOption(line, "threads", Runtime.getRuntime().availableProcessors());
        int timeLimit = intOption(line, "time-limit", DEFAULT_TIME_LIMIT_SECONDS);
        if (timeLimit < 1)
            throw new UsageException("--time-limit takes a number of seconds, 1 or more");
        if (threads < 1)
            throw new UsageException("--threads takes a number of 1 or more");
        boolean keepGoing = line.hasOption("keep-going");

        List<Path> files;
        try {
            files = Conversion.textFiles(line.getArgList().stream().map(Path::of).toList());
        } catch (UserError ex) {
            io.err().println("policykg convert: " + ex.getMessage());
            return ExitCode.INPUT;
        }
        if (files.isEmpty()) {
            io.err().println("policykg convert: no .txt, .md or .html files in " + String.join(", ", line.getArgList()));
            return ExitCode.INPUT;
        }
        DocumentGraphWriter.Run run = new DocumentGraphWriter.Run(Main.version(), line.hasOption("timestamp") ? Instant.now() : null);
        Conversion conversion = Conversion.standard(new TextReader(maxBytes), run);
        Path ontology = Home.path().resolve("ontology");
        ShapeValidator validator = Files.isRegularFile(ontology.resolve(ShapeValidator.SHAPES_FILE)) ? ShapeValidator.forOntology(ontology) : null;

        Path spill = Files.createTempDirectory("policykg-convert-");
        try {
            return finish(convertAll(files, options, conversion, validator, threads, timeLimit, spill, io), files.size(), rdfFormat, keepGoing, line, io);
        } finally {
            try (var s = Files.list(spill)) {
                for (Path f : s.toList())
                    Files.deleteIfExists(f);
            }
            Files.deleteIfExists(spill);
        }
    }

    private static int finish(List<Result> results, int total, RDFFormat rdfFormat, boolean keepGoing, CommandLine line, Io io) throws IOException {
        int failed = 0, invalid = 0;
        for (Result r : results) {
            if (r.error != null) {
                failed++;
                io.err().println("policykg convert: " + r.error + (keepGoing ? " (skipped)" : ""));
            } else if (r.violations != null) {
                invalid++;
                io.err().println("policykg convert: " + r.file + ": the output does not conform to the shapes" + (keepGoing ? " (skipped)" : "") + ":");
                io.err().println(r.violations.indent(2).stripTrailing());
            }
        }
        if ((failed > 0 || invalid > 0) && !keepGoing) {
            io.err().println("policykg convert: nothing written (" + (failed + invalid) + " of " + total
                    + " file(s) failed; --keep-going writes the others)");
            return invalid > 0 && failed == 0 ? ExitCode.INVALID : ExitCode.INPUT;
        }
        write(results, rdfFormat, line.getOptionValue("output"), io);
        if (failed > 0) return ExitCode.INPUT;
        if (invalid > 0) return ExitCode.INVALID;
        return ExitCode.OK;
    }

    /**
     * One file's outcome: its named graph, spilled as N-Quads to {@code quads} so that a worker holds one
     * document at a time, or what went wrong.
     */
    private record Result(Path file, Path quads, String error, String violations) {}

    /** Collects one document's quads into a plain in-memory graph (much faster to fill than a transactional dataset). */
    private static final class OneGraph extends StreamRDFBase {
        final Graph graph = GraphFactory.createDefaultGraph();
        Node name;

        @Override public void triple(Triple t) { graph.add(t); }

        @Override public void quad(Quad q) {
            name = q.getGraph();
            graph.add(q.asTriple());
        }
    }

    static final int DEFAULT_TIME_LIMIT_SECONDS = 300;

    private static List<Result> convertAll(List<Path> files, Metadata options, Conversion conversion, ShapeValidator validator,
                                           int threads, int timeLimitSeconds, Path spill, Io io) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, files.size()));
        try {
            List<Future<Result>> futures = new ArrayList<>();
            List<AtomicLong> started = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                Path f = files.get(i), quads = spill.resolve(i + ".nq");
                AtomicLong start = new AtomicLong();
                started.add(start);
                futures.add(pool.submit(() -> {
                    start.set(System.nanoTime());
                    return convertOne(f, options, conversion, validator, quads);
                }));
            }
            Progress progress = new Progress(files.size(), io);
            List<Result> out = new ArrayList<>();
            long limitNanos = TimeUnit.SECONDS.toNanos(timeLimitSeconds);
            for (int i = 0; i < futures.size(); i++) {
                Future<Result> fu = futures.get(i);
                while (true) {
                    try {
                        out.add(fu.get(1, TimeUnit.SECONDS));
                        break;
                    } catch (ExecutionException ex) {
                        throw ex.getCause() instanceof RuntimeException re ? re : new IllegalStateException(ex.getCause());
                    } catch (TimeoutException ex) {
                        long t0 = started.get(i).get();
                        // a document the converter cannot finish must not hang the batch: it fails like bad input
                        if (t0 != 0 && System.nanoTime() - t0 > limitNanos) {
                            fu.cancel(true);
                            out.add(new Result(files.get(i), null, files.get(i) + ": not converted within " + timeLimitSeconds
                                    + " s (the per-document time limit; --time-limit raises it)", null));
                            break;
                        }
                    }
                }
                progress.step();
            }
            progress.done();
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Result convertOne(Path file, Metadata options, Conversion conversion, ShapeValidator validator, Path quads)
            throws IOException {
        OneGraph doc = new OneGraph();
        try {
            conversion.convert(file, options, doc);
        } catch (UserError ex) {
            return new Result(file, null, ex.getMessage(), null);
        }
        if (validator != null) {
            ShapeValidator.Report report = validator.validate(doc.graph);
            if (!report.conforms())
                return new Result(file, null, null, report.describe());
        }
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(quads))) {
            StreamRDF stream = StreamRDFLib.writer(os);
            stream.start();
            doc.graph.find().forEachRemaining(t -> stream.quad(Quad.create(doc.name, t)));
            stream.finish();
        }
        return new Result(file, quads, null, null);
    }

    private static Metadata metadataOptions(CommandLine line) {
        Map<String, String> values = new HashMap<>();
        METADATA_OPTIONS.forEach((opt, key) -> { if (line.hasOption(opt)) values.put(key, line.getOptionValue(opt)); });
        if (line.hasOption("lang")) values.put("language", line.getOptionValue("lang"));
        return Metadata.of(values, "command line");
    }

    /** All results in input order, to the file (replaced only when complete) or standard output. */
    private static void write(List<Result> results, RDFFormat format, String output, Io io) throws IOException {
        Path target = output == null ? null : Path.of(output).toAbsolutePath();
        if (target != null && !Files.isDirectory(target.getParent()))
            throw new UserError(UserError.Kind.INPUT,
                    output + ": cannot write there, the folder " + target.getParent() + " does not exist");
        Path tmp = target == null ? null : Files.createTempFile(target.getParent(), ".policykg-", ".tmp");
        try (OutputStream os = target == null ? new FilterOutputStream(io.out()) { @Override public void close() throws IOException { flush(); } }
                : new BufferedOutputStream(Files.newOutputStream(tmp))) {
            if (format == RDFFormat.NQUADS) {
                for (Result r : results)
                    if (r.quads != null)
                        Files.copy(r.quads, os);
            } else {
                // pretty formats need every document at once
                DatasetGraph all = DatasetGraphFactory.create();
                for (Result r : results)
                    if (r.quads != null)
                        RDFDataMgr.read(all, r.quads.toString(), Lang.NQUADS);
                PrefixMapping pm = PrefixMapping.Factory.create();
                prefixes(pm);
                if (format == RDFFormat.TURTLE_PRETTY) {
                    Graph g = all.getUnionGraph();
                    Graph copy = GraphFactory.createDefaultGraph();
                    GraphUtil.addInto(copy, g);
                    copy.getPrefixMapping().setNsPrefixes(pm);
                    RDFDataMgr.write(os, copy, format);
                } else {
                    all.prefixes().putAll(pm);
                    RDFDataMgr.write(os, DatasetFactory.wrap(all), format);
                }
            }
        } catch (IOException | RuntimeException ex) {
            if (tmp != null) Files.deleteIfExists(tmp);
            throw ex;
        }
        if (target != null) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            io.err().println("policykg convert: wrote " + results.stream().filter(r -> r.quads != null).count() + " document(s) to " + target);
        }
    }

    static void prefixes(PrefixMapping pm) {
        pm.setNsPrefixes(Vocab.prefixes());
    }

    /** A progress bar on standard error for batches of more than a few files. */
    private static final class Progress {
        private final int total;
        private final Io io;
        private int done;

        Progress(int total, Io io) {
            this.total = total;
            this.io = io;
        }

        void step() {
            done++;
            if (total <= 3) return;
            int width = 30, filled = done * width / total;
            io.err().print("\rconverting [" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total);
            io.err().flush();
        }

        void done() {
            if (total > 3) io.err().println();
        }
    }
}
