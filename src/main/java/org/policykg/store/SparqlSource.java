package org.policykg.store;

import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.query.*;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTPBuilder;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.policykg.error.UserError;

/**
 * Where the read-only queries of eval, map, candidates and link run: a dataset in this process (a store
 * folder, documents converted in memory, RDF files), each query in a read transaction, or a remote SPARQL
 * endpoint over HTTP. Callers build their queries with ParameterizedSparqlString; rows come back with every
 * value read, so they outlive the transaction. {@link #select(Query, Consumer)} asks an endpoint in bounded
 * pages (LIMIT/OFFSET over an ordered query, at most {@code maxRows} rows, each request with a timeout).
 */
public abstract class SparqlSource {
    public static final int DEFAULT_PAGE_SIZE = 5_000;
    public static final long DEFAULT_MAX_ROWS = 500_000;

    private final int pageSize;
    private final long maxRows;
    private boolean truncated;

    private SparqlSource(int pageSize, long maxRows) {
        this.pageSize = pageSize;
        this.maxRows = maxRows;
    }

    /** What the source is, for messages and for naming a linkset: the endpoint URL, the folder, the file names. */
    public abstract String describe();

    /** The endpoint URL of a remote source, else null. */
    public String endpoint() { return null; }

    /** Runs one query and reads its result with {@code read} (inside the read transaction of a local source). */
    abstract <T> T execute(Query query, Function<QueryExecution, T> read);

    /** All rows of a SELECT, in one request. */
    public List<QuerySolution> select(Query query) { return execute(query, qe -> copy(qe.execSelect())); }

    public boolean ask(Query query) { return execute(query, QueryExecution::execAsk); }

    /** The graph a CONSTRUCT or DESCRIBE builds, in memory. */
    public Model construct(Query query) { return execute(query, QueryExecution::execConstruct); }

    /** True when some paged query stopped at the row limit: its results are incomplete. */
    public boolean truncated() { return truncated; }

    /** Runs the query page by page; the query must have an ORDER BY, so that pages do not overlap. */
    public void select(Query template, Consumer<QuerySolution> row) {
        long seen = 0;
        while (seen < maxRows) {
            Query q = template.cloneQuery();
            q.setLimit(Math.min(pageSize, maxRows - seen));
            q.setOffset(seen);
            List<QuerySolution> rows = select(q);
            rows.forEach(row);
            seen += rows.size();
            if (rows.size() < q.getLimit())
                return;
        }
        truncated = true;
    }

    /** A dataset of this process: a store's (its default graph is already the union of its graphs), or any other. */
    public static SparqlSource local(Dataset dataset, String label) {
        return new SparqlSource(Integer.MAX_VALUE, Long.MAX_VALUE) {
            @Override public String describe() { return label; }

            @Override
            <T> T execute(Query query, Function<QueryExecution, T> read) {
                return Txn.calculateRead(dataset, () -> {
                    try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
                        return read.apply(qe);
                    }
                });
            }
        };
    }

    /**
     * Documents converted in memory, one named graph each: queried with the union of the named graphs as the
     * default graph, as a store built by {@code up} is, while GRAPH still sees each document's own graph.
     */
    public static SparqlSource documents(DatasetGraph documents, String label) {
        // the union copied into one indexed graph: a union view looks every pattern up in every graph
        Graph union = GraphFactory.createDefaultGraph();
        GraphUtil.addInto(union, documents.getUnionGraph());
        DatasetGraph view = DatasetGraphFactory.createGeneral(union);
        documents.listGraphNodes().forEachRemaining((Node g) -> view.addGraph(g, documents.getGraph(g)));
        return local(DatasetFactory.wrap(view), label);
    }

    /** RDF files (any syntax RIOT reads), merged into one in-memory graph: named graphs are merged too. */
    public static SparqlSource files(List<Path> files) {
        DatasetGraph merged = DatasetGraphFactory.createTxnMem();
        for (Path f : files) {
            DatasetGraph one = DatasetGraphFactory.create();
            new RdfFileSource(f, Quad.defaultGraphIRI).emit(StreamRDFLib.dataset(one));
            one.find().forEachRemaining(q -> merged.getDefaultGraph().add(q.asTriple()));
        }
        String names = files.stream().map(f -> f.getFileName().toString()).sorted().collect(Collectors.joining(" "));
        return local(DatasetFactory.wrap(merged), names);
    }

    /** A SPARQL endpoint, each query in one request with no time limit of ours (eval, map). */
    public static SparqlSource remote(String endpoint) {
        return remote(endpoint, DEFAULT_PAGE_SIZE, DEFAULT_MAX_ROWS, 0);
    }

    /** A SPARQL endpoint, paged queries in pages of {@code pageSize} rows; {@code timeoutSeconds} 0 for none. */
    public static SparqlSource remote(String endpoint, int pageSize, long maxRows, long timeoutSeconds) {
        return new SparqlSource(pageSize, maxRows) {
            @Override public String describe() { return endpoint; }
            @Override public String endpoint() { return endpoint; }

            @Override
            <T> T execute(Query query, Function<QueryExecution, T> read) {
                QueryExecutionHTTPBuilder b = QueryExecutionHTTP.service(endpoint).query(query);
                if (timeoutSeconds > 0)
                    b.timeout(timeoutSeconds, TimeUnit.SECONDS);
                try (QueryExecution qe = b.build()) {
                    return read.apply(qe);
                } catch (QueryExceptionHTTP ex) {
                    throw unreachable(endpoint, ex, timeoutSeconds);
                } catch (QueryCancelledException ex) {
                    throw new UserError(UserError.Kind.ENVIRONMENT,
                            "The SPARQL endpoint " + endpoint + " did not answer" + within(timeoutSeconds), ex);
                } catch (UserError | QueryParseException ex) {
                    throw ex;
                } catch (RuntimeException ex) {
                    if (cause(ex, ConnectException.class) || cause(ex, HttpTimeoutException.class))
                        throw unreachable(endpoint, ex, timeoutSeconds);
                    // anything else an endpoint does (a result we cannot read) is the endpoint's, said in one line
                    throw UserError.environment("The SPARQL endpoint " + endpoint + " did not answer: " + firstLine(ex), ex);
                }
            }
        };
    }

    /** The rows with every value read now: a store's solutions look their terms up lazily, which fails after the transaction. */
    private static List<QuerySolution> copy(ResultSet rs) {
        List<QuerySolution> rows = new ArrayList<>();
        List<String> vars = rs.getResultVars();
        rs.forEachRemaining(row -> {
            QuerySolutionMap copy = new QuerySolutionMap();
            for (String v : vars) {
                RDFNode value = row.get(v);
                if (value != null)
                    copy.add(v, value);
            }
            rows.add(copy);
        });
        return rows;
    }

    private static UserError unreachable(String endpoint, RuntimeException ex, long timeoutSeconds) {
        if (ex instanceof QueryExceptionHTTP http && http.getStatusCode() > 0) {
            int code = http.getStatusCode();
            // 4xx: the URL or the query is wrong, something the user fixes; 5xx: the server is in trouble.
            return new UserError(code < 500 ? UserError.Kind.INPUT : UserError.Kind.ENVIRONMENT,
                    "The SPARQL endpoint " + endpoint + " answered HTTP " + code
                            + (http.getResponseMessage() == null ? "" : " " + http.getResponseMessage())
                            + (code == 404 ? ": is this the query URL of a SPARQL endpoint?" : ""), ex);
        }
        if (cause(ex, HttpConnectTimeoutException.class) || cause(ex, HttpTimeoutException.class))
            return new UserError(UserError.Kind.ENVIRONMENT,
                    "The SPARQL endpoint " + endpoint + " did not answer" + within(timeoutSeconds), ex);
        return new UserError(UserError.Kind.ENVIRONMENT,
                "Cannot reach the SPARQL endpoint " + endpoint + ": " + rootMessage(ex)
                        + ". Check the URL and that the server is running.", ex);
    }

    private static String within(long timeoutSeconds) {
        return timeoutSeconds > 0 ? " within " + timeoutSeconds + " s" : " in time";
    }

    private static boolean cause(Throwable t, Class<? extends Throwable> type) {
        for (; t != null; t = t.getCause())
            if (type.isInstance(t))
                return true;
        return false;
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null)
            root = root.getCause();
        String m = root.getMessage();
        return root.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : " (" + m + ")");
    }

    private static String firstLine(Throwable t) {
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.lines().findFirst().orElse(m).strip();
    }
}
