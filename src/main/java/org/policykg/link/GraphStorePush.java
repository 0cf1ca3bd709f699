package org.policykg.link;

import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.policykg.error.UserError;

/**
 * Sends every named graph of the store to a SPARQL 1.1 Graph Store Protocol endpoint, one PUT per graph:
 * PUT replaces, so pushing again gives the same store. Stops at the first graph that fails.
 * The password travels only in the Authorization header; it is never printed.
 */
public final class GraphStorePush {
    private final String endpoint;
    private final String authorization;

    /** @param user null for no authentication */
    public GraphStorePush(String endpoint, String user, String password) {
        this.endpoint = endpoint;
        this.authorization = user == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public record Pushed(String graph, long triples) {}

    /** Pushes the graphs in IRI order, reporting each as it goes; throws on the first failure. */
    public List<Pushed> push(Dataset dataset, Consumer<Pushed> report) {
        List<Node> names = Txn.calculateRead(dataset, () -> {
            List<Node> n = new ArrayList<>();
            dataset.asDatasetGraph().listGraphNodes().forEachRemaining(n::add);
            n.sort((a, b) -> a.getURI().compareTo(b.getURI()));
            return n;
        });
        List<Pushed> done = new ArrayList<>();
        for (Node name : names) {
            Graph copy = Txn.calculateRead(dataset, () -> {
                Graph g = GraphFactory.createDefaultGraph();
                dataset.asDatasetGraph().getGraph(name).find().forEachRemaining(g::add);
                return g;
            });
            Pushed p = put(name, copy, done.size());
            done.add(p);
            report.accept(p);
        }
        return done;
    }

    /**
     * Sends every named graph of an in-memory dataset (files parsed, texts converted), one PUT each, in the
     * order given; each graph is replaced whole on the server (one transaction per request there).
     */
    public List<Pushed> send(DatasetGraph graphs, List<Node> names, Consumer<Pushed> report) {
        List<Pushed> done = new ArrayList<>();
        for (Node name : names) {
            Pushed p = put(name, graphs.getGraph(name), done.size());
            done.add(p);
            report.accept(p);
        }
        return done;
    }

    private Pushed put(Node name, Graph graph, int donesofar) {
        GSP request = GSP.service(endpoint).graphName(name);
        if (authorization != null)
            request.httpHeader("Authorization", authorization);
        try {
            request.PUT(graph);
        } catch (HttpException ex) {
            throw failure(name, ex, donesofar);
        }
        return new Pushed(name.getURI(), graph.size());
    }

    private UserError failure(Node graph, HttpException ex, int pushed) {
        String where = "Sending <" + graph.getURI() + "> to " + endpoint + " failed after " + pushed + " graph(s): ";
        int code = ex.getStatusCode();
        if (code == 401)
            return UserError.input(where + (authorization == null
                    ? "the server asks for credentials (HTTP 401): give --user and --password-file"
                    : "the server refused the credentials (HTTP 401): check --user and --password-file"), ex);
        if (code == 403)
            return UserError.input(where + "this user may not write there (HTTP 403)", ex);
        if (code == 404 || code == 405)
            return UserError.input(where + "HTTP " + code + ": is this the URL of a writable graph store endpoint (e.g. .../data)?", ex);
        if (code > 0)
            return new UserError(code < 500 ? UserError.Kind.INPUT : UserError.Kind.ENVIRONMENT, where + "HTTP " + code
                    + (ex.getStatusLine() == null ? "" : " " + ex.getStatusLine()), ex);
        for (Throwable t = ex; t != null; t = t.getCause())
            if (t instanceof ConnectException)
                return UserError.environment(where + "cannot connect; check the URL and that the server is running", ex);
        return UserError.environment(where + ex.getMessage(), ex);
    }
}
