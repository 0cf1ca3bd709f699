package org.policykg.map;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.*;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.system.Txn;
import org.policykg.error.UserError;

/** Where map queries run: a dataset in this process (in a read transaction) or a SPARQL endpoint over HTTP. */
public interface MapSource {
    Model construct(Query query);

    List<QuerySolution> select(Query query);

    static MapSource of(Dataset dataset) { return new Local(dataset); }

    static MapSource endpoint(String url) { return new Remote(url); }

    /**
     * The rows with every value read now: a store's solutions look their terms up lazily, which fails once
     * the read transaction has ended.
     */
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

    record Local(Dataset dataset) implements MapSource {
        @Override
        public Model construct(Query query) {
            return Txn.calculateRead(dataset, () -> {
                try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
                    return qe.execConstruct();
                }
            });
        }

        @Override
        public List<QuerySolution> select(Query query) {
            return Txn.calculateRead(dataset, () -> {
                try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
                    return copy(qe.execSelect());
                }
            });
        }
    }

    record Remote(String url) implements MapSource {
        @Override
        public Model construct(Query query) {
            try (QueryExecution qe = QueryExecutionHTTP.service(url).query(query).build()) {
                return qe.execConstruct();
            } catch (RuntimeException ex) {
                throw unreachable(ex);
            }
        }

        @Override
        public List<QuerySolution> select(Query query) {
            try (QueryExecution qe = QueryExecutionHTTP.service(url).query(query).build()) {
                return copy(qe.execSelect());
            } catch (RuntimeException ex) {
                throw unreachable(ex);
            }
        }

        private RuntimeException unreachable(RuntimeException ex) {
            if (ex instanceof QueryParseException)
                return ex;
            return new UserError(UserError.Kind.ENVIRONMENT,
                    "The SPARQL endpoint " + url + " did not answer the map query: " + firstLine(ex), ex);
        }

        private static String firstLine(Throwable t) {
            String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
            return m.lines().findFirst().orElse(m).strip();
        }
    }
}
