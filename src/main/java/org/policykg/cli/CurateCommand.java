package org.policykg.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.policykg.curate.Curator;
import org.policykg.error.UserError;
import org.policykg.rdf.DocumentGraphWriter;
import org.policykg.store.PolicyStore;
import org.policykg.store.StoreConfig;

/**
 * {@code curate accept|merge|reject CANDIDATE}: a decision on a candidate, written to ontology/curated.ttl, and the
 * documents that used the candidate converted again into the store.
 */
final class CurateCommand extends Subcommand {
    @Override String name() { return "curate"; }
    @Override String summary() { return "accept, merge or reject a candidate concept (ontology/curated.ttl), and convert its documents again"; }
    @Override String synopsis() {
        return "accept CANDIDATE --label L [--zh L] [--broader CONCEPT] [--definition D] | merge CANDIDATE --into CONCEPT | reject CANDIDATE [--reason R]"
                + "  [--data data] [--ontology ontology] [--by NAME]";
    }

    @Override
    Options options() {
        return new Options()
                .addOption(dataOption(false))
                .addOption(configOption())
                .addOption(Option.builder().longOpt("ontology").hasArg().argName("DIR").desc("the ontology folder curated.ttl is written in; default: ontology/ in the project").get())
                .addOption(Option.builder().longOpt("label").hasArg().argName("LABEL").desc("accept: the English preferred label").get())
                .addOption(Option.builder().longOpt("zh").hasArg().argName("LABEL").desc("accept: the Chinese preferred label").get())
                .addOption(Option.builder().longOpt("broader").hasArg().argName("CONCEPT").desc("accept: the broader concept (IRI, concept:SLUG or label)").get())
                .addOption(Option.builder().longOpt("definition").hasArg().argName("TEXT").desc("accept: the definition (English)").get())
                .addOption(Option.builder().longOpt("into").hasArg().argName("CONCEPT").desc("merge: the known concept (IRI, concept:SLUG or label)").get())
                .addOption(Option.builder().longOpt("reason").hasArg().argName("TEXT").desc("reject: why the wording names no concept").get())
                .addOption(Option.builder().longOpt("by").hasArg().argName("NAME").desc("who decides; default: the user name of this account").get());
    }

    @Override
    int run(CommandLine line, Io io) throws Exception {
        if (line.getArgList().size() != 2)
            throw new UsageException("curate takes an action (accept, merge or reject) and a candidate, e.g. curate reject CANDIDATE --reason ...");
        String action = line.getArgList().get(0), candidate = line.getArgList().get(1);
        Path ontology = line.hasOption("ontology") ? Path.of(line.getOptionValue("ontology")) : Home.path().resolve("ontology");
        if (!Files.isRegularFile(ontology.resolve("concepts.ttl")))
            throw UserError.environment(ontology + " has no concepts.ttl: give the project's ontology folder with --ontology");
        String who = line.getOptionValue("by", System.getProperty("user.name", "unknown"));
        StoreConfig config = StoreConfig.read(configPath(line), dataPath(line));
        PolicyStore opened;
        try {
            opened = PolicyStore.open(config);
        } catch (UserError ex) {
            if (ex.kind() != UserError.Kind.ENVIRONMENT)
                throw ex;
            throw new UserError(ex.kind(), ex.getMessage() + " With a server running on this store, decide on its /curate page.", ex);
        }
        try (PolicyStore store = opened) {
            Curator curator = new Curator(ontology, Home.path().resolve("queries"), store, new DocumentGraphWriter.Run(Main.version(), null), null);
            Curator.Result r = switch (action) {
                case "accept" -> curator.accept(candidate, line.getOptionValue("label"), line.getOptionValue("zh"), line.getOptionValue("broader"),
                        line.getOptionValue("definition"), who);
                case "merge" -> curator.merge(candidate, line.getOptionValue("into"), who);
                case "reject" -> curator.reject(candidate, line.getOptionValue("reason"), who);
                default -> throw new UsageException("unknown curate action '" + action + "': accept, merge or reject");
            };
            io.out().println(r.message());
            r.reconverted().forEach(g -> io.out().println("  converted again: " + g));
            r.notReconverted().forEach(g -> io.out().println("  not converted again (no source file recorded): " + g));
        }
        return ExitCode.OK;
    }
}
