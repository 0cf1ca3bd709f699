package org.policykg.serve;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.*;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.*;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.policykg.store.StoreException;

/**
 * Fair share of the endpoint: at most {@code perClient} requests of one client address run at once (more get
 * 429 at once, so a client holding many connections of expensive queries only ever occupies its share), and at
 * most {@code atOnce} run in all (more wait their turn up to {@code queueSeconds}, then get 503). Both answers
 * carry Retry-After.
 *
 * A servlet filter rather than Jetty's components: Jetty 12.1's QoSHandler limits only the total, and wraps the
 * whole server, outside Fuseki's servlet context, so it would queue a client's surplus before any per-client
 * check could turn it away; DoSFilter/DoSHandler limit requests per second, not concurrent work, and one
 * 30-second query a second passes any sensible rate. Fuseki runs a query on the request's thread, so the time a
 * request spends inside the filter is the time its query runs.
 */
final class FairShare implements Filter {
    static final String NS = "https://w3id.org/sspo/config#";

    private final int perClient;
    private final Semaphore atOnce;
    private final int atOnceLimit;
    private final long queueMillis;
    private final Set<InetAddress> unlimited;
    private final Map<InetAddress, Integer> running = new ConcurrentHashMap<>();

    FairShare(int perClient, int atOnce, double queueSeconds, Collection<InetAddress> unlimited) {
        this.perClient = perClient;
        this.atOnceLimit = atOnce;
        this.atOnce = new Semaphore(atOnce, true);
        this.queueMillis = (long) (queueSeconds * 1000);
        this.unlimited = Set.copyOf(unlimited);
    }

    /**
     * The limits in the configuration file: {@code :queriesPerClient}, {@code :queriesAtOnce}, {@code :queueSeconds},
     * {@code :unlimitedClient} (addresses counted only in the total, such as a reverse proxy on this machine).
     */
    static FairShare from(Model config) {
        int perClient = (int) number(config, "queriesPerClient", 2);
        int atOnce = (int) number(config, "queriesAtOnce", 16);
        double queue = number(config, "queueSeconds", 10);
        if (perClient < 1 || atOnce < 1 || queue < 0)
            throw new StoreException(StoreException.Kind.INPUT, "Configuration: :queriesPerClient and :queriesAtOnce must be 1 or more, :queueSeconds 0 or more");
        List<InetAddress> unlimited = new ArrayList<>();
        for (RDFNode n : config.listObjectsOfProperty(config.createProperty(NS + "unlimitedClient")).toList()) {
            InetAddress a = literalAddress(n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
            if (a == null)
                throw new StoreException(StoreException.Kind.INPUT, "Configuration: :unlimitedClient takes IP addresses, not " + n);
            unlimited.add(a);
        }
        return new FairShare(perClient, atOnce, queue, unlimited);
    }

    private static double number(Model config, String name, double dflt) {
        List<Statement> sts = config.listStatements(null, config.createProperty(NS + name), (RDFNode) null).toList();
        if (sts.isEmpty())
            return dflt;
        try {
            return Double.parseDouble(sts.get(0).getObject().asLiteral().getLexicalForm().strip());
        } catch (RuntimeException ex) {
            throw new StoreException(StoreException.Kind.INPUT, "Configuration: :" + name + " must be a number, not " + sts.get(0).getObject());
        }
    }

    int perClient() { return perClient; }
    int atOnce() { return atOnceLimit; }

    /** An IP address written as a literal (no name lookup), or null. */
    static InetAddress literalAddress(String s) {
        String t = s.strip();
        if (t.startsWith("[") && t.endsWith("]"))
            t = t.substring(1, t.length() - 1);
        if (!(t.matches("\\d{1,3}(\\.\\d{1,3}){3}") || t.contains(":")))
            return null;
        try {
            return InetAddress.getByName(t);
        } catch (UnknownHostException ex) {
            return null;
        }
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        InetAddress client = literalAddress(request.getRemoteAddr());
        boolean counted = client != null && !unlimited.contains(client);
        if (counted && running.merge(client, 1, Integer::sum) > perClient) {
            release(client);
            refuse((HttpServletResponse) response, 429, 2, "Too many queries at once from your address: at most " + perClient
                    + " run at a time for one client. Wait for an answer before sending more.");
            return;
        }
        try {
            boolean admitted;
            try {
                admitted = atOnce.tryAcquire(queueMillis, TimeUnit.MILLISECONDS);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                admitted = false;
            }
            if (!admitted) {
                refuse((HttpServletResponse) response, 503, 5, "The server is busy (" + atOnceLimit + " queries running). Try again shortly.");
                return;
            }
            try {
                chain.doFilter(request, response);
            } finally {
                atOnce.release();
            }
        } finally {
            if (counted)
                release(client);
        }
    }

    private void release(InetAddress client) {
        running.computeIfPresent(client, (k, n) -> n <= 1 ? null : n - 1);
    }

    private static void refuse(HttpServletResponse response, int status, int retryAfterSeconds, String message) throws IOException {
        response.setStatus(status);
        response.setHeader("Retry-After", String.valueOf(retryAfterSeconds));
        response.setContentType("text/plain;charset=utf-8");
        response.getWriter().println(message);
    }
}
