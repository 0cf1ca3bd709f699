package org.policykg.serve;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;

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
        QueryExec exec = super.createQueryExec(action, query, dataset);
        services.install(exec.getContext()); // SERVICE ?var: checked with its value, before the call
        return exec;
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
