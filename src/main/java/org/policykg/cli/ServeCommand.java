package org.policykg.cli;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.http.HttpServlet;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.policykg.curate.CuratePage;
import org.policykg.curate.Curator;
import org.policykg.map.MapQueries;
import org.policykg.map.MapServlet;
import org.policykg.serve.PolicyServer;
import org.policykg.rdf.DocumentGraphWriter;
import org.policykg.store.PolicyStore;
import org.policykg.store.StoreConfig;

/** {@code serve}: Fuseki over the store, as the configuration file describes it. */
final class ServeCommand extends Subcommand {
    static final int DEFAULT_PORT = 3030;
    static final String DEFAULT_HOST = "127.0.0.1";

    @Override String name() { return "serve"; }
    @Override String summary() { return "serve the store over SPARQL with Fuseki (query, graph store, web UI)"; }
    @Override String synopsis() { return "--data DIR [--port 3030] [--host 127.0.0.1] [--https KEYSTORE --https-password-file F [--https-port 3443]] [--config fuseki-config.ttl]"; }
    static final int DEFAULT_HTTPS_PORT = 3443;

    @Override
    Options options() {
        return serverOptions(new Options()
                .addOption(dataOption(true))
                .addOption(configOption()));
    }

    /** The options that say where and how the server listens: port, host, HTTPS (serve and up alike). */
    static Options serverOptions(Options options) {
        return options
                .addOption(portOption())
                .addOption(hostOption())
                .addOption(Option.builder().longOpt("https").hasArg().argName("KEYSTORE")
                        .desc("also serve HTTPS, with the certificate in this PKCS12 or JKS keystore; needed for writes from other machines").get())
                .addOption(Option.builder().longOpt("https-password-file").hasArg().argName("FILE")
                        .desc("the file holding the keystore's password (first line)").get())
                .addOption(Option.builder().longOpt("https-port").hasArg().argName("PORT").desc("HTTPS port; default 3443").get());
    }

    /** The server as the options describe it (host, port, HTTPS), with the features' servlets. */
    static PolicyServer buildServer(CommandLine line, StoreConfig config) throws UsageException {
        PolicyServer.Https https = null;
        if (line.hasOption("https")) {
            if (!line.hasOption("https-password-file"))
                throw new UsageException("--https needs --https-password-file FILE (the keystore's password)");
            java.nio.file.Path pwFile = java.nio.file.Path.of(line.getOptionValue("https-password-file"));
            String password;
            try {
                password = java.nio.file.Files.readAllLines(pwFile).stream().findFirst().orElse("").strip();
            } catch (java.io.IOException ex) {
                throw org.policykg.error.UserError.input("Cannot read the keystore password file " + pwFile + ": " + ex.getMessage(), ex);
            }
            https = new PolicyServer.Https(java.nio.file.Path.of(line.getOptionValue("https")), password, intOption(line, "https-port", DEFAULT_HTTPS_PORT));
        } else if (line.hasOption("https-password-file") || line.hasOption("https-port")) {
            throw new UsageException("--https-password-file and --https-port go with --https KEYSTORE");
        }
        AtomicReference<PolicyServer> built = new AtomicReference<>();
        PolicyServer server = PolicyServer.build(config, line.getOptionValue("host", DEFAULT_HOST), intOption(line, "port", DEFAULT_PORT), https,
                extraServlets(built, config), UiFiles.base());
        built.set(server);
        return server;
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
        PolicyServer server = buildServer(line, config);
        startAndWait(server, config, line.getOptionValue("host", DEFAULT_HOST), io);
        return ExitCode.OK;
    }

    /**
     * The servlets the features add beside Fuseki: the dataset description, and the concept-map page at /map,
     * which reads the dataset the server serves (known once the server is built).
     */
    static Map<String, HttpServlet> extraServlets(AtomicReference<PolicyServer> server, StoreConfig config) {
        MapQueries mapQueries = new MapQueries(Home.path().resolve("queries").resolve("maps"));
        return Map.of(
                org.policykg.link.VoidServlet.PATH, new org.policykg.link.VoidServlet(Home.path().resolve("queries")),
                "/map/*", new MapServlet(mapQueries, () -> server.get().dataset(server.get().firstDatasetName())),
                CuratePage.PATH, curatePage(server, config, Home.path().resolve("ontology")));
    }

    /** The curation page over the served store, writing decisions into the ontology folder; only for the users who may write. */
    static CuratePage curatePage(AtomicReference<PolicyServer> server, StoreConfig config, java.nio.file.Path ontology) {
        java.util.function.Supplier<Curator> curator = () -> {
            PolicyServer s = server.get();
            return new Curator(ontology, Home.path().resolve("queries"), PolicyStore.over(config, s.dataset(s.firstDatasetName())),
                    new DocumentGraphWriter.Run(Main.version(), null), s.baseUrl() + s.firstDatasetName() + "/sparql");
        };
        return new CuratePage(curator, config.writeUsers(), config.passwordFile() != null);
    }

    /** Starts, says where, and waits until Ctrl-C (the JVM's shutdown hook stops Jetty cleanly). */
    static void startAndWait(PolicyServer server, StoreConfig config, String host, Io io) {
        startAndWait(server, config, host, io, () -> { });
    }

    /** As above, running {@code started} once the server listens. */
    static void startAndWait(PolicyServer server, StoreConfig config, String host, Io io, Runnable started) {
        server.start();
        started.run();
        UiFiles.extractInBackground(); // once per build: the next start finds the UI without opening the jar
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
        io.out().println("Curation:        " + base + "/curate" + (config.passwordFile() == null ? " (closed: no password file)" : ", for the users who may write"));
        String secure = server.httpsBaseUrl();
        if (secure != null)
            io.out().println("HTTPS:           " + secure + ds + "/sparql");
        String writeBase = secure != null ? secure : base;
        if (config.passwordFile() == null)
            io.out().println("Writes:          closed (no password file " + config.configFile().resolveSibling("passwd") + ")");
        else
            io.out().println("Writes:          " + writeBase + ds + "/update and " + writeBase + ds + "/data, for the users in " + config.passwordFile());
        if (!PolicyServer.isLoopback(host)) {
            io.out().println("Listening on " + host + ": reachable from other machines; admin functions stay localhost-only.");
            io.out().println(secure != null ? "Writes from other machines are accepted over HTTPS only."
                    : "Writes from other machines are refused: over plain HTTP their password would cross the network in clear (give --https KEYSTORE).");
        }
        io.out().println("Ready. Ctrl-C stops the server.");
        io.out().flush();
        server.join();
    }
}
