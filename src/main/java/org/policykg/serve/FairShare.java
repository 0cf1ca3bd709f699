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
import org.policykg.error.UserError;

/**
 * Fair share of the endpoint, per client address:
 * <ul>
 * <li>at most {@code perClient} requests of one client run at once (more get 429 at once, so a client holding many
 *     connections only ever occupies its share);</li>
 * <li>each client has a budget of processor time, {@code budgetSeconds}, refilled at {@code refillPerSecond}: a query
 *     may run at most as long as the budget left when it starts (the query operation cuts it there), the processor
 *     time it used is taken from the budget, and a client with less than half a second left gets 429 until it has
 *     refilled. Concurrency alone would let one client keep a core busy forever with back-to-back 30-second queries;</li>
 * <li>at most {@code atOnce} requests run in all (more wait their turn up to {@code queueSeconds}, then get 503).</li>
 * </ul>
 * Refusals carry Retry-After.
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
    private final double budgetSeconds;
    private final double refillPerSecond;
    private final Map<InetAddress, Share> clients = new ConcurrentHashMap<>();

    /** Less query time than this left: refused rather than admitted to be cut almost at once. */
    private static final double MIN_GRANT = 0.5;

    /** The request attribute that tells the query operation how long this client's query may run (milliseconds). */
    static final String QUERY_MILLIS = "org.policykg.serve.queryMillis";

    /** One client's standing: requests running, and query time left (seconds; below zero while in debt). */
    private static final class Share {
        int running;
        double budget;
        long refilledAt;
    }

    FairShare(int perClient, int atOnce, double queueSeconds, double budgetSeconds, double refillPerSecond, Collection<InetAddress> unlimited) {
        this.perClient = perClient;
        this.budgetSeconds = budgetSeconds;
        this.refillPerSecond = refillPerSecond;
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
        double budget = number(config, "budgetSeconds", 5);
        double refill = number(config, "budgetRefillPerSecond", 0.25);
        if (perClient < 1 || atOnce < 1 || queue < 0 || budget <= 0 || refill <= 0)
            throw UserError.input("Configuration: :queriesPerClient and :queriesAtOnce must be 1 or more,"
                    + " :queueSeconds 0 or more, :budgetSeconds and :budgetRefillPerSecond more than 0");
        List<InetAddress> unlimited = new ArrayList<>();
        for (RDFNode n : config.listObjectsOfProperty(config.createProperty(NS + "unlimitedClient")).toList()) {
            InetAddress a = literalAddress(n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
            if (a == null)
                throw UserError.input("Configuration: :unlimitedClient takes IP addresses, not " + n);
            unlimited.add(a);
        }
        return new FairShare(perClient, atOnce, queue, budget, refill, unlimited);
    }

    private static double number(Model config, String name, double dflt) {
        List<Statement> sts = config.listStatements(null, config.createProperty(NS + name), (RDFNode) null).toList();
        if (sts.isEmpty())
            return dflt;
        try {
            return Double.parseDouble(sts.get(0).getObject().asLiteral().getLexicalForm().strip());
        } catch (RuntimeException ex) {
            throw UserError.input("Configuration: :" + name + " must be a number, not " + sts.get(0).getObject());
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
        double granted = 0;
        if (counted) {
            String why;
            synchronized (this) {
                Share share = clients.computeIfAbsent(client, k -> {
                    Share s = new Share();
                    s.budget = budgetSeconds;
                    s.refilledAt = System.nanoTime();
                    return s;
                });
                refill(share);
                if (share.running >= perClient)
                    why = "Too many queries at once from your address: at most " + perClient + " run at a time for one client."
                            + " Wait for an answer before sending more.";
                else if (share.budget < MIN_GRANT)
                    why = "Your address has used its share of query time (" + budgetSeconds + " s, refilled at " + refillPerSecond
                            + " s per second). Try again after the time in Retry-After.";
                else {
                    why = null;
                    share.running++;
                    granted = share.budget; // queries running side by side may together overdraw it: the debt is paid by waiting
                }
                if (why != null) {
                    int retry = (int) Math.max(1, Math.ceil((MIN_GRANT - share.budget) / refillPerSecond));
                    refuse((HttpServletResponse) response, 429, share.running >= perClient ? 1 : retry, why);
                    return;
                }
            }
            request.setAttribute(QUERY_MILLIS, (long) (granted * 1000));
        }
        long start = cpuNanos();
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
            start = cpuNanos(); // waiting for a turn is not the client's query time
            try {
                chain.doFilter(request, response);
            } finally {
                atOnce.release();
            }
        } finally {
            if (counted) {
                double used = (cpuNanos() - start) / 1e9;
                synchronized (this) {
                    Share share = clients.get(client);
                    share.running--;
                    refill(share);
                    share.budget -= used;
                    if (share.running == 0 && share.budget >= budgetSeconds)
                        clients.remove(client); // nothing to remember about a client at full budget
                }
            }
        }
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    /**
     * The processor time of this thread. Fuseki runs a query on the request's thread, so this is what the query
     * cost; wall-clock time would also count the waits of a busy machine, and charge a client for the others' load.
     */
    private static long cpuNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    private void refill(Share share) {
        long now = System.nanoTime();
        share.budget = Math.min(budgetSeconds, share.budget + (now - share.refilledAt) / 1e9 * refillPerSecond);
        share.refilledAt = now;
    }

    private static void refuse(HttpServletResponse response, int status, int retryAfterSeconds, String message) throws IOException {
        response.setStatus(status);
        response.setHeader("Retry-After", String.valueOf(retryAfterSeconds));
        response.setContentType("text/plain;charset=utf-8");
        response.getWriter().println(message);
    }
}
