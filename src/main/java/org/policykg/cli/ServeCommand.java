package org.policykg.cli;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.http.HttpServlet;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.policykg.map.MapQueries;
import org.policykg.map.MapServlet;
import org.policykg.serve.PolicyServer;
import org.policykg.store.StoreConfig;

/** {@code serve}: Fuseki over the store, as the configuration file describes it. */
final class ServeCommand extends Subcommand {
    static final int DEFAULT_PORT = 3030;
    static final String DEFAULT_HOST = "127.0.0.1";

    @Override String name() { return "serve"; }
    @Override String summary() { return "serve the store over SPARQL with Fuseki (query, graph store, web UI)"; }
    @Override String synopsis() { return "--data DIR [--port 3030] [--host 127.0.0.1] [--config fuseki-config.ttl]"; }

    @Override
    Options options() {
        return new Options()
                .addOption(dataOption(true))
                .addOption(configOption())
                .addOption(portOption())
                .addOption(hostOption());
    }

    static Option portOption() {
        return Option.builder().longOpt("port").hasArg().argName("PORT").desc("HTTP port; default 3030").get();
    }

    static Option hostOption() {
        return Option.builder().longOpt("host").hasArg().argName("HOST")
                .desc("address to listen on; default 127.0.0.1 (this machine only)").get();
    }

    @Override
    int run(CommandLine line, Io io) throws Exception {
        StoreConfig config = StoreConfig.read(configPath(line), dataPath(line));
        AtomicReference<PolicyServer> built = new AtomicReference<>();
        PolicyServer server = PolicyServer.build(config, line.getOptionValue("host", DEFAULT_HOST), intOption(line, "port", DEFAULT_PORT), extraServlets(built));
        built.set(server);
        startAndWait(server, config, line.getOptionValue("host", DEFAULT_HOST), io);
        return ExitCode.OK;
    }

    /**
     * The servlets the features add beside Fuseki: the dataset description, and the concept-map page at /map,
     * which reads the dataset the server serves (known once the server is built).
     */
    static Map<String, HttpServlet> extraServlets(AtomicReference<PolicyServer> server) {
        MapQueries mapQueries = new MapQueries(Home.path().resolve("queries").resolve("maps"));
        return Map.of(
                org.policykg.link.VoidServlet.PATH, new org.policykg.link.VoidServlet(Home.path().resolve("queries")),
                "/map/*", new MapServlet(mapQueries, () -> server.get().dataset(server.get().firstDatasetName())));
    }

    /** Starts, says where, and waits until Ctrl-C (the JVM's shutdown hook stops Jetty cleanly). */
    static void startAndWait(PolicyServer server, StoreConfig config, String host, Io io) {
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.stop();
                io.out().println("Stopped.");
            } catch (RuntimeException ex) {
                io.out().println("Stopped (" + ex.getMessage() + ")");
            }
            io.out().flush();
        }, "policykg-shutdown"));
        String base = server.baseUrl();
        String ds = server.firstDatasetName();
        io.out().println("SPARQL endpoint: " + base + ds + "/sparql");
        io.out().println("Web UI:          " + base + "/#/dataset" + ds + "/query");
        io.out().println("Concept maps:    " + base + "/map");
        if (config.passwordFile() == null)
            io.out().println("Writes:          closed (no password file " + config.configFile().resolveSibling("passwd") + ")");
        else
            io.out().println("Writes:          " + base + ds + "/update and " + base + ds + "/data, for the users in " + config.passwordFile());
        if (!PolicyServer.isLoopback(host))
            io.out().println("Listening on " + host + ": reachable from other machines; admin functions stay localhost-only.");
        io.out().println("Ready. Ctrl-C stops the server.");
        io.out().flush();
        server.join();
    }
}
