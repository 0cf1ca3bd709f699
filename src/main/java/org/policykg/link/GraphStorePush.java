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
            GSP request = GSP.service(endpoint).graphName(name);
            if (authorization != null)
                request.httpHeader("Authorization", authorization);
            try {
                request.PUT(copy);
            } catch (HttpException ex) {
                throw failure(name, ex, done.size());
            }
            Pushed p = new Pushed(name.getURI(), copy.size());
            done.add(p);
            report.accept(p);
        }
        return done;
    }

    private UserError failure(Node graph, HttpException ex, int pushed) {
        String where = "Pushing <" + graph.getURI() + "> to " + endpoint + " failed after " + pushed + " graph(s): ";
        int code = ex.getStatusCode();
        if (code == 401)
            return UserError.input(where + "the server refused the credentials (HTTP 401): check --user and --password-file", ex);
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
