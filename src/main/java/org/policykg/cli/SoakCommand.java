package org.policykg.cli;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.policykg.bench.QueryServer;
import org.policykg.bench.Soak;
import org.policykg.store.StoreConfig;
import org.policykg.error.UserError;

/** {@code soak}: a bounded query load on a local server, to see errors, latency and memory under pressure. */
final class SoakCommand extends Subcommand {
    @Override String name() { return "soak"; }
    @Override String summary() { return "run a bounded query load (the queries/ mix) on a local server: requests, errors, latency, heap (exit 1 if any request failed)"; }
    @Override String synopsis() { return "[--clients 32] [--hostile M] [--seconds 60] [--data DIR | --url http://localhost:PORT/policy/sparql]"; }

    @Override
    Options options() {
        return new Options()
                .addOption(Option.builder().longOpt("clients").hasArg().argName("N").desc("concurrent clients; default 32").get())
                .addOption(Option.builder().longOpt("hostile").hasArg().argName("M")
                        .desc("mixed mode: the clients each send from an address of their own (127.0.0.10, .11, ...), and a hostile client"
                                + " from 127.0.0.2 holds M connections of expensive queries; the two are reported apart").get())
                .addOption(Option.builder().longOpt("seconds").hasArg().argName("S").desc("how long; default 60").get())
                .addOption(dataOption(false))
                .addOption(configOption())
                .addOption(Option.builder().longOpt("url").hasArg().argName("ENDPOINT")
                        .desc("a running server's query endpoint on this machine, instead of starting one over --data").get());
    }

    @Override
    int run(CommandLine line, Io io) throws Exception {
        int clients = intOption(line, "clients", 32);
        int seconds = intOption(line, "seconds", 60);
        if (clients < 1 || seconds < 1)
            throw new UsageException("--clients and --seconds take numbers of 1 or more");
        if (line.hasOption("url") && line.hasOption("data"))
            throw new UsageException("give either --data (a server is started here) or --url (a running server), not both");
        int hostile = line.hasOption("hostile") ? intOption(line, "hostile", 32) : 0;
        if (line.hasOption("hostile") && hostile < 1)
            throw new UsageException("--hostile takes a number of 1 or more");
        Path queries = Home.path().resolve("queries");
        Duration time = Duration.ofSeconds(seconds);
        boolean ok = against(line, (endpoint, started) -> hostile > 0
                ? Soak.runMixed(endpoint, queries, clients, hostile, time, io.out()).errors() == 0
                : Soak.run(endpoint, queries, clients, time, started, io.out()).errors() == 0);
        return ok ? ExitCode.OK : ExitCode.INTERNAL;
    }

    /** What a load does with the query endpoint; {@code started} when this command started the server. */
    private interface Load {
        boolean run(String endpoint, boolean started) throws Exception;
    }

    /** Runs the load on the server of --url, else on one started here over the store of --data for as long as it runs. */
    private boolean against(CommandLine line, Load load) throws Exception {
        if (line.hasOption("url")) {
            URI endpoint;
            try {
                endpoint = Soak.loopbackEndpoint(line.getOptionValue("url"));
            } catch (IllegalArgumentException ex) {
                throw new UsageException(ex.getMessage());
            }
            return load.run(endpoint.toString(), false);
        }
        StoreConfig config = StoreConfig.read(configPath(line), dataPath(line));
        if (!Files.isDirectory(config.dataDir().resolve("tdb2")))
            throw new UserError(UserError.Kind.INPUT,
                    "No store in " + config.dataDir() + ": load one first (policykg up or load), or give --url of a running server");
        try (QueryServer server = BenchCommand.policyServer(config, org.policykg.bench.LocalPorts.free())) {
            return load.run(server.queryEndpoint(), true);
        }
    }
}
