package org.policykg.cli;

import java.nio.file.Path;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.policykg.docs.OntologyDocs;
import org.policykg.error.UserError;

/** {@code docs}: the reference page for people, docs/ontology.md, written from the ontology files. */
final class DocsCommand extends Subcommand {
    @Override String name() { return "docs"; }
    @Override String summary() { return "write docs/ontology.md from the ontology files (classes, properties, concepts, shapes)"; }
    @Override String synopsis() { return "[--ontology DIR] [--output FILE]"; }

    @Override
    Options options() {
        return new Options()
                .addOption(Option.builder().longOpt("ontology").hasArg().argName("DIR")
                        .desc("the folder with sspo.ttl, concepts.ttl, alignments.ttl, shapes.ttl; default: ontology/ in the project").get())
                .addOption(Option.builder().longOpt("output").hasArg().argName("FILE")
                        .desc("where to write the page; default: docs/ontology.md in the project").get());
    }

    @Override
    int run(CommandLine line, Io io) throws Exception {
        if (!line.getArgList().isEmpty())
            throw new UsageException("docs takes no arguments, only options");
        Path ontology = line.hasOption("ontology") ? Path.of(line.getOptionValue("ontology")) : Home.path().resolve("ontology");
        Path output = line.hasOption("output") ? Path.of(line.getOptionValue("output")) : Home.path().resolve("docs").resolve("ontology.md");
        OntologyDocs docs;
        try {
            docs = OntologyDocs.read(ontology);
        } catch (IllegalArgumentException ex) {
            throw UserError.input(ex.getMessage(), ex);
        }
        boolean changed = docs.writeTo(output);
        io.out().println((changed ? "Wrote " : "Up to date: ") + output);
        return ExitCode.OK;
    }
}
