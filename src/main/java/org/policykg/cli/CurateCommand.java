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
                + "  [--data data] [--ontology ontology] [--by NAME] | [--server URL --user U --password-file F]";
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
                .addOption(Option.builder().longOpt("by").hasArg().argName("NAME").desc("who decides; default: the user name of this account").get())
                .addOption(Option.builder().longOpt("server").hasArg().argName("URL")
                        .desc("decide on a running server (its /curate page, e.g. http://localhost:3030), which then serves the change at once").get())
                .addOption(Option.builder().longOpt("user").hasArg().argName("USER").desc("with --server: a user allowed to write").get())
                .addOption(Option.builder().longOpt("password-file").hasArg().argName("FILE").desc("with --server: the file holding that user's password (first line)").get());
    }

    /** The decision posted to a running server's /curate page, as the logged-in user (who is recorded as the curator). */
    private static int remote(CommandLine line, String action, String candidate, Io io) throws Exception {
        if (!line.hasOption("user") || !line.hasOption("password-file"))
            throw new UsageException("--server needs --user USER and --password-file FILE (a user allowed to write)");
        if (line.hasOption("data") || line.hasOption("ontology") || line.hasOption("by"))
            throw new UsageException("with --server, the server's store and ontology folder are used and the user decides: leave out --data, --ontology and --by");
        Path pw = Path.of(line.getOptionValue("password-file"));
        String password;
        try {
            password = Files.readAllLines(pw).stream().findFirst().orElse("").strip();
        } catch (java.io.IOException ex) {
            throw UserError.input("Cannot read the password file " + pw + ": " + ex.getMessage(), ex);
        }
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("candidate", candidate);
        for (String f : java.util.List.of("label", "zh", "broader", "definition", "reason"))
            fields.put(f, line.getOptionValue(f));
        fields.put("other", line.getOptionValue("into"));
        io.out().println(new org.policykg.curate.RemoteCurator(line.getOptionValue("server"), line.getOptionValue("user"), password).decide(action, fields));
        return ExitCode.OK;
    }

    @Override
    int run(CommandLine line, Io io) throws Exception {
        if (line.getArgList().size() != 2)
            throw new UsageException("curate takes an action (accept, merge or reject) and a candidate, e.g. curate reject CANDIDATE --reason ...");
        String action = line.getArgList().get(0), candidate = line.getArgList().get(1);
        if (!java.util.Set.of("accept", "merge", "reject").contains(action))
            throw new UsageException("unknown curate action '" + action + "': accept, merge or reject");
        if (line.hasOption("server"))
            return remote(line, action, candidate, io);
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
