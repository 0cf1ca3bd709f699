package org.policykg.serve;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Fuseki's query operation with a ceiling on the rows of one answer, as public endpoints keep one
 * (Virtuoso's ResultSetMaxRows): a query asking for more, or not saying, gets at most the ceiling.
 */
final class RowLimitedQuery extends SPARQL_QueryDataset {
    private final long maxRows;

    RowLimitedQuery(long maxRows) {
        this.maxRows = maxRows;
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
