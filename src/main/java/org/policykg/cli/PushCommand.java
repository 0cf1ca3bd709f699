package org.policykg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.policykg.link.GraphStorePush;
import org.policykg.store.PolicyStore;
import org.policykg.store.StoreConfig;
import org.policykg.error.UserError;

/** {@code push}: every named graph to another store over the SPARQL 1.1 Graph Store Protocol. */
final class PushCommand extends Subcommand {
    @Override String name() { return "push"; }
    @Override String summary() { return "copy every named graph to a SPARQL Graph Store Protocol endpoint (PUT per graph)"; }
    @Override String synopsis() { return "--data DIR --to GRAPH-STORE-URL [--user U --password-file F]"; }

    @Override
    Options options() {
        return new Options()
                .addOption(dataOption(true))
                .addOption(configOption())
                .addOption(Option.builder().longOpt("to").hasArg().argName("URL").required()
                        .desc("the graph store endpoint, e.g. http://host:3030/ds/data").get())
                .addOption(Option.builder().longOpt("user").hasArg().argName("U").desc("user for HTTP basic authentication").get())
                .addOption(Option.builder().longOpt("password-file").hasArg().argName("F")
                        .desc("file whose first line is the password (never give a password on the command line)").get());
    }

    @Override
    int run(CommandLine line, Io io) throws Exception {
        if (line.hasOption("user") != line.hasOption("password-file"))
            throw new UsageException("give --user and --password-file together");
        String password = line.hasOption("password-file") ? password(Path.of(line.getOptionValue("password-file"))) : null;
        GraphStorePush push = new GraphStorePush(line.getOptionValue("to"), line.getOptionValue("user"), password);
        StoreConfig config = StoreConfig.read(configPath(line), dataPath(line));
        try (PolicyStore store = PolicyStore.open(config)) {
            var pushed = push.push(store.dataset(), p -> {
                io.out().printf("  PUT <%s>: %d triples%n", p.graph(), p.triples());
                io.out().flush();
            });
            io.out().printf("Pushed %d graph(s) to %s%n", pushed.size(), line.getOptionValue("to"));
        }
        return ExitCode.OK;
    }

    private static String password(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
        } catch (IOException ex) {
            throw UserError.input("Cannot read the password file " + file + ": " + ex.getMessage(), ex);
        }
    }
}
