package org.policykg.serve;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.*;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.util.Context;

/**
 * The endpoints a public query may call with SERVICE: exactly the URLs listed with {@code :allowService} in the
 * configuration file, nothing when none is listed. Checked before any connection is made, in ARQ's own
 * service-executor chain (so SERVICE ?var is checked with its value). A listed URL whose host is, or resolves to,
 * a loopback, link-local, private or otherwise internal address is refused too, unless the operator wrote that
 * address (or "localhost") in the list: a public name must not lead the server into its own network.
 */
public final class ServiceAllowList {
    public static final String ALLOW_SERVICE = "https://w3id.org/sspo/config#allowService";

    private final Set<String> allowed;
    private final Function<String, InetAddress[]> resolver;
    private final ServiceExecutorRegistry registry;

    ServiceAllowList(Collection<String> allowed, Function<String, InetAddress[]> resolver) {
        Set<String> norm = new TreeSet<>();
        for (String url : allowed)
            norm.add(normalize(url));
        this.allowed = Collections.unmodifiableSet(norm);
        this.resolver = resolver;
        ServiceExecutorRegistry reg = ServiceExecutorRegistry.get().copy();
        reg.addSingleLink(guard()); // first in the chain: before ARQ's HTTP executor opens anything
        this.registry = reg;
    }

    /** The allow-list the configuration file gives ({@code :allowService <URL>} on any resource, normally the server). */
    public static ServiceAllowList from(Model config) {
        Property p = config.createProperty(ALLOW_SERVICE);
        List<String> urls = new ArrayList<>();
        for (RDFNode o : config.listObjectsOfProperty(p).toList())
            urls.add(o.isURIResource() ? o.asResource().getURI() : o.asLiteral().getLexicalForm());
        return new ServiceAllowList(urls, ServiceAllowList::resolve);
    }

    public Set<String> allowed() { return allowed; }

    /** Puts the guard into a query execution's context (and switches ARQ's SERVICE off altogether when nothing is listed). */
    void install(Context cxt) {
        ServiceExecutorRegistry.set(cxt, registry);
        cxt.set(Service.httpServiceAllowed, !allowed.isEmpty());
        // Jena's default client follows redirects: a listed endpoint could then send the server anywhere.
        // Without a listed endpoint nothing is called, and no client is built (it costs the start a selector thread).
        if (!allowed.isEmpty())
            cxt.set(Service.httpQueryClient, NoRedirects.CLIENT);
    }

    /** Built when first needed. */
    private static final class NoRedirects {
        static final HttpClient CLIENT = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    private ChainingServiceExecutor guard() {
        return (opExecute, opOriginal, binding, execCxt, chain) -> {
            String why = refusal(opExecute);
            if (why != null)
                throw new QueryExecException(why);
            return chain.createExecution(opExecute, opOriginal, binding, execCxt);
        };
    }

    private String refusal(OpService op) {
        Node service = op.getService();
        if (!service.isURI())
            return "SERVICE needs an endpoint URL, not " + service;
        return refusal(service.getURI());
    }

    /** Why the query may not call {@code url}, or null when it may. Opens no connection (a DNS lookup for listed names only). */
    public String refusal(String url) {
        String norm = normalize(url);
        if (allowed.isEmpty())
            return "SERVICE is switched off on this endpoint: the server calls no other endpoint unless its operator lists it"
                    + " (" + ALLOW_SERVICE + " in fuseki-config.ttl); refused " + url;
        if (!allowed.contains(norm))
            return "SERVICE <" + url + "> is not in this server's allow-list of endpoints (" + String.join(", ", allowed) + ")";
        String host = URI.create(norm).getHost();
        if (explicitlyInternal(host))
            return null; // the operator named this internal address himself
        InetAddress[] addresses = resolver.apply(host);
        if (addresses == null || addresses.length == 0)
            return "SERVICE <" + url + ">: the host " + host + " cannot be resolved";
        for (InetAddress a : addresses)
            if (isInternal(a))
                return "SERVICE <" + url + ">: " + host + " resolves to the internal address " + a.getHostAddress()
                        + "; list the address itself if the server is really meant to call it";
        return null;
    }

    /** The first refusal among the SERVICE clauses with a fixed endpoint, so a query is refused before it runs; null if none. */
    String refusal(Query query) {
        if (query.getQueryPattern() == null)
            return null;
        String[] first = {null};
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementService el) {
                if (first[0] == null && el.getServiceNode().isURI())
                    first[0] = refusal(el.getServiceNode().getURI());
            }
        });
        return first[0];
    }

    /** Loopback, link-local, private (RFC 1918, fc00::/7), carrier-grade NAT, unspecified, multicast: not the public internet. */
    public static boolean isInternal(InetAddress a) {
        if (a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress() || a.isAnyLocalAddress() || a.isMulticastAddress())
            return true;
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address)
            return (b[0] & 0xff) == 0                                      // 0.0.0.0/8
                    || ((b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64)        // 100.64.0.0/10
                    || ((b[0] & 0xff) == 192 && (b[1] & 0xff) == 0 && (b[2] & 0xff) == 0) // 192.0.0.0/24
                    || (b[0] & 0xff) >= 240;                                // reserved, broadcast
        if (a instanceof Inet6Address)
            return (b[0] & 0xfe) == 0xfc;                                   // unique local fc00::/7
        return false;
    }

    private static boolean explicitlyInternal(String host) {
        if (host.equalsIgnoreCase("localhost"))
            return true;
        if (!isLiteral(host))
            return false;
        try {
            return isInternal(InetAddress.getByName(host)); // a literal: no lookup
        } catch (UnknownHostException ex) {
            return false;
        }
    }

    private static boolean isLiteral(String host) {
        return host.matches("\\d{1,3}(\\.\\d{1,3}){3}") || host.startsWith("[") || host.contains(":");
    }

    private static InetAddress[] resolve(String host) {
        try {
            return InetAddress.getAllByName(host);
        } catch (UnknownHostException ex) {
            return new InetAddress[0];
        }
    }

    /** Scheme and host in lower case, the default port dropped, no fragment: the form URLs are compared in. */
    static String normalize(String url) {
        URI u;
        try {
            u = URI.create(url.strip()).normalize();
        } catch (IllegalArgumentException ex) {
            return url.strip();
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        if (u.getHost() == null || !(scheme.equals("http") || scheme.equals("https")))
            return url.strip();
        int port = u.getPort();
        if ((scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443))
            port = -1;
        String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
        return scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + (port == -1 ? "" : ":" + port) + path
                + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
    }
}
