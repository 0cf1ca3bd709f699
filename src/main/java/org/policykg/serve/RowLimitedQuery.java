package org.policykg.serve;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import java.util.concurrent.TimeUnit;

import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecDatasetBuilder;
import org.apache.jena.sparql.engine.Timeouts;

/**
 * Fuseki's query operation as a public endpoint runs it: with a ceiling on the rows of one answer, as public
 * endpoints keep one (Virtuoso's ResultSetMaxRows), and SERVICE only to the endpoints of the allow-list.
 */
final class RowLimitedQuery extends SPARQL_QueryDataset {
    private final long maxRows;
    private final ServiceAllowList services;

    RowLimitedQuery(long maxRows, ServiceAllowList services) {
        this.maxRows = maxRows;
        this.services = services;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        // A fixed SERVICE endpoint that is not allowed: refused before anything runs, with a clear 400.
        String why = services.refusal(query);
        if (why != null)
            ServletOps.errorBadRequest(why);
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        // As Fuseki builds it, with one more bound on the time: what is left of the client's share (FairShare).
        QueryExecDatasetBuilder builder = QueryExec.newBuilder().dataset(dataset).query(query).context(action.getContext());
        long timeout = timeoutMillis(action);
        if (timeout > 0)
            builder.overallTimeout(timeout, TimeUnit.MILLISECONDS);
        QueryExec exec = builder.build();
        services.install(exec.getContext()); // SERVICE ?var: checked with its value, before the call
        return exec;
    }

    /** The smallest of the configured timeout, the request's ?timeout= (seconds) and the client's share; -1 for none. */
    private static long timeoutMillis(HttpAction action) {
        long t = -1;
        String configured = action.getContext().getAsString(ARQ.queryTimeout);
        if (configured != null) {
            Pair<Long, Long> p = Timeouts.parseTimeoutStr(configured, TimeUnit.MILLISECONDS);
            if (p != null && p.getRight() > 0)
                t = p.getRight();
        }
        String asked = action.getRequestParameter("timeout");
        if (asked != null) {
            Pair<Long, Long> p = Timeouts.parseTimeoutStr(asked, TimeUnit.SECONDS);
            if (p != null && p.getRight() > 0)
                t = t < 0 ? p.getRight() : Math.min(t, p.getRight());
        }
        if (action.getRequest().getAttribute(FairShare.QUERY_MILLIS) instanceof Long share)
            t = t < 0 ? Math.max(share, 1) : Math.min(t, Math.max(share, 1));
        return t;
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
        Query q = decided.getRight();
        if (q.isAskType() || (q.hasLimit() && q.getLimit() <= maxRows))
            return decided;
        Query capped = q.cloneQuery();
        capped.setLimit(maxRows);
        return Pair.create(decided.getLeft(), capped);
    }
}
