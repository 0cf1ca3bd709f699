package org.policykg.serve;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.Map;

import jakarta.servlet.*;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mgt.FusekiServerCtl;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.servlets.CrossOriginFilter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.policykg.store.PolicyStore;
import org.policykg.store.StoreConfig;
import org.policykg.error.UserError;

/**
 * Fuseki built from the configuration file, with the web UI, CORS on the read endpoints, and the admin
 * area kept to localhost.
 * The file decides the datasets and endpoints; this class adds only host, port and the UI.
 */
public final class PolicyServer {
    private final FusekiServer server;
    private final String host;
    private final boolean https;

    private PolicyServer(FusekiServer server, String host, boolean https) {
        this.server = server;
        this.host = host;
        this.https = https;
    }

    /** Builds the server (opening the store) without starting it, so that data can be loaded first. */
    public static PolicyServer build(StoreConfig config, String host, int port) {
        return build(config, host, port, Map.of());
    }

    /**
     * As {@link #build(StoreConfig, String, int)}, with more servlets (path spec → servlet) mounted beside
     * Fuseki's: the features above (the concept-map page, …) plug in here without this package knowing them.
     */
    public static PolicyServer build(StoreConfig config, String host, int port, Map<String, HttpServlet> extraServlets) {
        return build(config, host, port, null, extraServlets);
    }

    /** HTTPS beside HTTP: Fuseki's own connector, on {@code port}, with the certificate in a PKCS12 or JKS keystore. */
    public record Https(Path keystore, String password, int port) {}

    /** As above, with HTTPS when {@code https} is not null. */
    public static PolicyServer build(StoreConfig config, String host, int port, Https https, Map<String, HttpServlet> extraServlets) {
        return build(config, host, port, https, extraServlets, null);
    }

    /**
     * As above; {@code uiBase}, when not null, is a folder whose {@code webapp/} holds Fuseki's UI files (Fuseki's UI
     * module looks there before the class path, where finding them opens the whole jar as a zip file system).
     */
    public static PolicyServer build(StoreConfig config, String host, int port, Https https, Map<String, HttpServlet> extraServlets, Path uiBase) {
        boolean loopback = isLoopback(host);
        FusekiServerCtl serverCtl = new FusekiServerCtl(uiBase != null ? uiBase : config.dataDir().resolve("fuseki"));
        FusekiServer.Builder builder;
        try {
            builder = newBuilder(config, port, loopback, serverCtl);
        } catch (RuntimeException ex) {
            throw PolicyStore.translate(ex, config);
        }
        if (https != null) {
            if (!Files.isReadable(https.keystore()))
                throw UserError.input("HTTPS keystore not found or not readable: " + https.keystore());
            builder.https(https.port(), https.keystore().toString(), https.password());
        }
        extraServlets.forEach(builder::addServlet);
        // Fair share first: a client over its share is turned away before anything else is done for it.
        // On the public endpoints; writers are users of the password file, and their loads may take long.
        FairShare fairShare = FairShare.from(config.model());
        for (String path : config.readEndpointPaths())
            builder.addFilter(path, fairShare);
        builder.addFilter("/map/*", fairShare);
        // CORS for reading only: browser clients elsewhere may query, never write.
        for (String path : config.readEndpointPaths())
            builder.addFilter(path, new CrossOriginFilter());
        if (!loopback) {
            builder.addFilter("/$/*", new LocalhostOnly());
            WritesOverHttps writes = new WritesOverHttps();
            for (String path : config.writeEndpointPaths())
                builder.addFilter(path, writes);
        }
        FusekiServer server;
        try {
            server = builder.build();
        } catch (RuntimeException ex) {
            if (https != null && ex.getMessage() != null && ex.getMessage().toLowerCase(java.util.Locale.ROOT).contains("keystore"))
                throw UserError.input("HTTPS keystore " + https.keystore() + ": " + ex.getMessage(), ex);
            throw ex;
        }
        if (!loopback && !"0.0.0.0".equals(host)) {
            for (Connector c : server.getJettyServer().getConnectors())
                if (c instanceof ServerConnector sc)
                    sc.setHost(host);
        }
        return new PolicyServer(server, host, https != null);
    }

    private static FusekiServer.Builder newBuilder(StoreConfig config, int port, boolean loopback, FusekiServerCtl serverCtl) {
        return FusekiServer.create()
                .port(port)
                .loopback(loopback)
                .fusekiModules(FusekiModules.create(new FMod_UI()))
                .addServletAttribute(Fuseki.attrFusekiServerCtl, serverCtl)
                // The UI lists datasets from here; it is read-only.
                .addServlet("/$/server", new ActionServerStatus())
                .registerOperation(Operation.Query, new RowLimitedQuery(config.resultLimit(), ServiceAllowList.from(config.model())))
                .parseConfig(config.assemblyModel());
    }

    /** The dataset the service {@code name} serves (the text dataset over TDB2). */
    public DatasetGraph dataset(String name) {
        DataAccessPoint dap = server.getDataAccessPointRegistry().get(name.startsWith("/") ? name : "/" + name);
        if (dap == null)
            throw UserError.input("The configuration has no dataset named " + name);
        return dap.getDataService().getDataset();
    }

    /** The first dataset in the configuration, the one `load` and `up` write to. */
    public String firstDatasetName() {
        return server.getDataAccessPointRegistry().accessPoints().get(0).getName();
    }

    public PolicyServer start() {
        try {
            server.start();
        } catch (RuntimeException ex) {
            for (Throwable t = ex; t != null; t = t.getCause())
                if (t instanceof BindException)
                    throw new UserError(UserError.Kind.ENVIRONMENT,
                            "Port " + server.getHttpPort() + " on " + host + " is already in use: stop what runs there or choose another with --port", ex);
            throw ex;
        }
        return this;
    }

    public int port() { return server.getHttpPort(); }

    /** The HTTPS base URL, or null without HTTPS. */
    public String httpsBaseUrl() {
        return https ? "https://" + loopbackName(host) + ":" + server.getHttpsPort() : null;
    }

    public String baseUrl() {
        String h = loopbackName(host);
        return "http://" + h + ":" + port();
    }

    public void join() { server.join(); }

    public void stop() { server.stop(); }

    public FusekiServer fuseki() { return server; }

    public static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException ex) {
            throw UserError.input("Unknown host: " + host, ex);
        }
    }

    private static String loopbackName(String host) {
        return isLoopback(host) ? "localhost" : ("0.0.0.0".equals(host) ? "localhost" : host);
    }

    /**
     * Admin and status requests ({@code /$/…}, ping included: an outside monitor can ask the SPARQL endpoint
     * {@code ASK {}} instead) are answered only to the machine itself when the server listens further.
     */
    static final class LocalhostOnly implements Filter {
        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
            if (!fromThisMachine(request.getRemoteAddr())) {
                ((HttpServletResponse) response).sendError(HttpServletResponse.SC_FORBIDDEN, "Admin functions are available from localhost only");
                return;
            }
            chain.doFilter(request, response);
        }
    }

    /** True for a loopback address (127.0.0.0/8, ::1) written as a literal; never a name lookup. */
    static boolean fromThisMachine(String remoteAddr) {
        java.net.InetAddress a = FairShare.literalAddress(remoteAddr == null ? "" : remoteAddr);
        return a != null && a.isLoopbackAddress();
    }

    /**
     * On a server reachable from other machines, a write (any method but GET, HEAD, OPTIONS on a write endpoint)
     * from another machine must come over HTTPS: over plain HTTP its basic-auth password crosses the network in clear.
     */
    public static final class WritesOverHttps implements Filter {
        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
            String why = refusal(request.getRemoteAddr(), request.isSecure(), ((HttpServletRequest) request).getMethod());
            if (why != null) {
                HttpServletResponse r = (HttpServletResponse) response;
                r.setStatus(HttpServletResponse.SC_FORBIDDEN);
                r.setContentType("text/plain;charset=utf-8");
                r.getWriter().println(why);
                return;
            }
            chain.doFilter(request, response);
        }

        /** Why this request may not write, or null when it may (reads, HTTPS, or a client on this machine). */
        public static String refusal(String remoteAddr, boolean secure, String method) {
            if (secure || fromThisMachine(remoteAddr) || java.util.Set.of("GET", "HEAD", "OPTIONS").contains(method))
                return null;
            return "Writes over plain HTTP are refused from other machines: the password would cross the network in clear."
                    + " Use the server's https:// address (serve or up with --https KEYSTORE).";
        }
    }
}
