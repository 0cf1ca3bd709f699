package org.policykg.link;

import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.nio.file.Path;

import org.apache.jena.query.*;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.system.Txn;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.policykg.store.RdfFileSource;
import org.policykg.error.UserError;

/**
 * Where SELECT queries run: a local dataset, or a remote SPARQL endpoint asked in bounded pages
 * (LIMIT/OFFSET over an ordered query, at most {@code maxRows} rows, each request with a timeout).
 */
public abstract class SparqlSource {
    public static final int DEFAULT_PAGE_SIZE = 5_000;
    public static final long DEFAULT_MAX_ROWS = 500_000;

    private final int pageSize;
    private final long maxRows;
    private boolean truncated;

    SparqlSource(int pageSize, long maxRows) {
        this.pageSize = pageSize;
        this.maxRows = maxRows;
    }

    /** What the source is, for messages and for naming its linkset: the endpoint URL, the file names. */
    public abstract String describe();

    /** The endpoint URL of a remote source, else null. */
    public String endpoint() { return null; }

    /** Runs one page (the query already carries its LIMIT and OFFSET); returns its rows. */
    abstract List<QuerySolution> page(Query query);

    /** True when some query stopped at the row limit: the results are incomplete. */
    public boolean truncated() { return truncated; }

    /** Runs the query page by page; the query must have an ORDER BY, so that pages do not overlap. */
    public void select(Query template, Consumer<QuerySolution> row) {
        long seen = 0;
        while (seen < maxRows) {
            Query q = template.cloneQuery();
            q.setLimit(Math.min(pageSize, maxRows - seen));
            q.setOffset(seen);
            List<QuerySolution> rows = page(q);
            rows.forEach(row);
            seen += rows.size();
            if (rows.size() < q.getLimit())
                return;
        }
        truncated = true;
    }

    public static SparqlSource local(Dataset dataset, String label) {
        return new SparqlSource(Integer.MAX_VALUE, Long.MAX_VALUE) {
            @Override public String describe() { return label; }

            @Override
            List<QuerySolution> page(Query query) {
                return Txn.calculateRead(dataset, () -> {
                    try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
                        List<QuerySolution> rows = new ArrayList<>();
                        qe.execSelect().forEachRemaining(rows::add);
                        return rows;
                    }
                });
            }
        };
    }

    public static SparqlSource remote(String endpoint, int pageSize, long maxRows, long timeoutSeconds) {
        return new SparqlSource(pageSize, maxRows) {
            @Override public String describe() { return endpoint; }
            @Override public String endpoint() { return endpoint; }

            @Override
            List<QuerySolution> page(Query query) {
                try (QueryExecution qe = QueryExecutionHTTP.service(endpoint).query(query)
                        .timeout(timeoutSeconds, TimeUnit.SECONDS).build()) {
                    List<QuerySolution> rows = new ArrayList<>();
                    qe.execSelect().forEachRemaining(rows::add);
                    return rows;
                } catch (QueryExceptionHTTP ex) {
                    throw unreachable(endpoint, ex, timeoutSeconds);
                } catch (QueryCancelledException ex) {
                    throw new UserError(UserError.Kind.ENVIRONMENT,
                            "The SPARQL endpoint " + endpoint + " did not answer within " + timeoutSeconds + " s", ex);
                } catch (RuntimeException ex) {
                    if (cause(ex, ConnectException.class) || cause(ex, HttpTimeoutException.class))
                        throw unreachable(endpoint, ex, timeoutSeconds);
                    throw ex;
                }
            }
        };
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
                    "The SPARQL endpoint " + endpoint + " did not answer within " + timeoutSeconds + " s", ex);
        return new UserError(UserError.Kind.ENVIRONMENT,
                "Cannot reach the SPARQL endpoint " + endpoint + ": " + rootMessage(ex)
                        + ". Check the URL and that the server is running.", ex);
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
}
