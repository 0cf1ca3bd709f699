package org.policykg.serve;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;

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

    private PolicyServer(FusekiServer server, String host) {
        this.server = server;
        this.host = host;
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
        boolean loopback = isLoopback(host);
        FusekiServerCtl serverCtl = new FusekiServerCtl(config.dataDir().resolve("fuseki"));
        FusekiServer.Builder builder;
        try {
            builder = newBuilder(config, port, loopback, serverCtl);
        } catch (RuntimeException ex) {
            throw PolicyStore.translate(ex, config);
        }
        extraServlets.forEach(builder::addServlet);
        // CORS for reading only: browser clients elsewhere may query, never write.
        for (String path : config.readEndpointPaths())
            builder.addFilter(path, new CrossOriginFilter());
        if (!loopback)
            builder.addFilter("/$/*", new LocalhostOnly());
        FusekiServer server = builder.build();
        if (!loopback && !"0.0.0.0".equals(host)) {
            for (Connector c : server.getJettyServer().getConnectors())
                if (c instanceof ServerConnector sc)
                    sc.setHost(host);
        }
        return new PolicyServer(server, host);
    }

    private static FusekiServer.Builder newBuilder(StoreConfig config, int port, boolean loopback, FusekiServerCtl serverCtl) {
        return FusekiServer.create()
                .port(port)
                .loopback(loopback)
                .fusekiModules(FusekiModules.create(new FMod_UI()))
                .addServletAttribute(Fuseki.attrFusekiServerCtl, serverCtl)
                // The UI lists datasets from here; it is read-only.
                .addServlet("/$/server", new ActionServerStatus())
                .registerOperation(Operation.Query, new RowLimitedQuery(config.resultLimit()))
                .parseConfig(config.model());
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

    /** Admin and management requests are answered only to the machine itself when the server listens further. */
    static final class LocalhostOnly implements Filter {
        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
            String remote = request.getRemoteAddr();
            boolean local;
            try {
                local = InetAddress.getByName(remote).isLoopbackAddress();
            } catch (UnknownHostException ex) {
                local = false;
            }
            String path = ((HttpServletRequest) request).getRequestURI();
            if (!local && !path.equals("/$/ping")) {
                ((HttpServletResponse) response).sendError(HttpServletResponse.SC_FORBIDDEN, "Admin functions are available from localhost only");
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
