package org.policykg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.policykg.map.*;
import org.policykg.error.UserError;
import org.policykg.store.SparqlSource;

/**
 * {@code map}: a concept map of a document, around a concept, of two documents compared, or of the whole corpus
 * (neither --document nor --concept), as a file for drawing and mapping tools.
 */
final class MapCommand extends Subcommand {
    @Override String name() { return "map"; }
    @Override String summary() { return "draw a concept map of a document, around a concept, of two documents compared or of the corpus (svg, dot, graphml, cxl, mermaid, json)"; }
    @Override String synopsis() {
        return "(--data DIR | --endpoint URL) [--document IRI] [--concept IRI-or-label] [--depth N] [--compare DOC1 DOC2] [--top N] [--lang en|zh] --format "
                + MapFormat.names() + " -o FILE";
    }

    @Override
    Options options() {
        return new Options()
                .addOption(dataOption(false))
                .addOption(configOption())
                .addOption(Option.builder().longOpt("endpoint").hasArg().argName("URL").desc("a SPARQL endpoint to read instead of a store folder").get())
                .addOption(Option.builder().longOpt("document").hasArg().argName("IRI").desc("map this document (with what it reports on)").get())
                .addOption(Option.builder().longOpt("concept").hasArg().argName("IRI-or-label")
                        .desc("map what is connected to this concept (or actor, or document), by IRI or by label").get())
                .addOption(Option.builder().longOpt("compare").numberOfArgs(2).argName("DOC1 DOC2")
                        .desc("what two documents share and what only one of them says").get())
                .addOption(Option.builder().longOpt("top").hasArg().argName("N")
                        .desc("with neither --document nor --concept: the N concepts the most documents link; default " + MapBuilder.DEFAULT_TOP).get())
                .addOption(Option.builder().longOpt("depth").hasArg().argName("N").desc("steps to follow from the concept; default 1").get())
                .addOption(Option.builder().longOpt("lang").hasArg().argName("en|zh").desc("label language, falling back to English; default en").get())
                .addOption(Option.builder().longOpt("format").hasArg().argName("FORMAT").required().desc(MapFormat.names()).get())
                .addOption(Option.builder("o").longOpt("output").hasArg().argName("FILE").required().desc("the file to write").get());
    }

    @Override
    int run(CommandLine line, Io io) throws Exception {
        MapFormat format = MapFormat.parse(line.getOptionValue("format"))
                .orElseThrow(() -> new UsageException("--format takes one of " + MapFormat.names() + ", not '" + line.getOptionValue("format") + "'"));
        String lang = line.getOptionValue("lang", "en");
        if (!lang.matches("[a-zA-Z]{2,3}(-[a-zA-Z0-9]+)*"))
            throw new UsageException("--lang takes a language tag such as en or zh, not '" + lang + "'");
        int depth = intOption(line, "depth", 1);
        if (depth < 0)
            throw new UsageException("--depth must be 0 or more");
        int top = intOption(line, "top", MapBuilder.DEFAULT_TOP);
        if (top < 1)
            throw new UsageException("--top must be 1 or more");
        if (line.hasOption("compare") && (line.hasOption("document") || line.hasOption("concept")))
            throw new UsageException("--compare takes two documents and goes without --document and --concept");
        if (line.hasOption("endpoint") && line.hasOption("data"))
            throw new UsageException("give either --data or --endpoint, not both");
        Path output = Path.of(line.getOptionValue("output"));
        MapQueries queries = new MapQueries(Home.path().resolve("queries").resolve("maps"));

        return readGraph(line, SparqlSource::remote,
                source -> draw(new MapBuilder(source, queries), line, depth, top, lang, format, output, io));
    }

    private static int draw(MapBuilder builder, CommandLine line, int depth, int top, String lang, MapFormat format, Path output, Io io) {
        List<String> focus = new ArrayList<>();
        if (line.hasOption("concept"))
            focus.add(builder.resolve(line.getOptionValue("concept")));
        List<String> compare = line.hasOption("compare") ? List.of(line.getOptionValues("compare")) : List.of();
        ConceptMap map = builder.build(new MapBuilder.Request(Optional.ofNullable(line.getOptionValue("document")), focus, depth, lang, compare, top));
        String text = format.write(map);
        write(output, text);
        io.err().printf("Wrote %s: %d nodes, %d edges (%s)%n", output, map.nodes().size(), map.edges().size(), format.key());
        return ExitCode.OK;
    }

    /** Written beside the target and moved into place, so a failure leaves no half file. */
    private static void write(Path output, String text) {
        Path target = output.toAbsolutePath();
        try {
            if (target.getParent() != null)
                Files.createDirectories(target.getParent());
            // not createTempFile: its owner-only permissions would stay on the map
            Path tmp = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".part");
            try {
                Files.writeString(tmp, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException ex) {
            throw UserError.input("Cannot write " + output + ": " + ex.getMessage(), ex);
        }
    }
}
