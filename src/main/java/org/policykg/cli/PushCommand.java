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
        Options o = new Options()
                .addOption(dataOption(true))
                .addOption(configOption())
                .addOption(Option.builder().longOpt("to").hasArg().argName("URL").required()
                        .desc("the graph store endpoint, e.g. http://host:3030/ds/data").get());
        GraphStoreTarget.credentialOptions(o);
        return o;
    }

    @Override
    int run(CommandLine line, Io io) throws Exception {
        GraphStorePush push = GraphStoreTarget.of(line, "to");
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
}
