package org.policykg.eval;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.query.*;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.system.Txn;
import org.policykg.error.UserError;

/** Where the scorer's queries run: a dataset in this process (in a read transaction) or a SPARQL endpoint. */
public interface EvalSource {
    List<QuerySolution> select(Query query);

    boolean ask(Query query);

    /** A store's dataset, queried as it is (the store's default graph is already the union of its graphs). */
    static EvalSource of(Dataset dataset) { return new Local(dataset); }

    /**
     * Documents converted in memory, one named graph each: queried with the union of the named graphs as the
     * default graph, as a store built by {@code up} is, while GRAPH still sees each document's own graph.
     */
    static EvalSource converted(DatasetGraph documents) {
        // the union copied into one indexed graph: a union view looks every pattern up in every graph
        org.apache.jena.graph.Graph union = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        org.apache.jena.graph.GraphUtil.addInto(union, documents.getUnionGraph());
        DatasetGraph view = DatasetGraphFactory.createGeneral(union);
        documents.listGraphNodes().forEachRemaining((Node g) -> view.addGraph(g, documents.getGraph(g)));
        return new Local(DatasetFactory.wrap(view));
    }

    static EvalSource endpoint(String url) { return new Remote(url); }

    /** The rows with every value read now: a store's solutions look terms up lazily, which fails after the transaction. */
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

    record Local(Dataset dataset) implements EvalSource {
        @Override
        public List<QuerySolution> select(Query query) {
            return Txn.calculateRead(dataset, () -> {
                try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
                    return copy(qe.execSelect());
                }
            });
        }

        @Override
        public boolean ask(Query query) {
            return Txn.calculateRead(dataset, () -> {
                try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
                    return qe.execAsk();
                }
            });
        }
    }

    record Remote(String url) implements EvalSource {
        @Override
        public List<QuerySolution> select(Query query) {
            try (QueryExecution qe = QueryExecutionHTTP.service(url).query(query).build()) {
                return copy(qe.execSelect());
            } catch (RuntimeException ex) {
                throw unreachable(ex);
            }
        }

        @Override
        public boolean ask(Query query) {
            try (QueryExecution qe = QueryExecutionHTTP.service(url).query(query).build()) {
                return qe.execAsk();
            } catch (RuntimeException ex) {
                throw unreachable(ex);
            }
        }

        private RuntimeException unreachable(RuntimeException ex) {
            if (ex instanceof QueryParseException)
                return ex;
            String m = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
            return UserError.environment(
                    "the SPARQL endpoint " + url + " did not answer: " + m.lines().findFirst().orElse(m).strip(), ex);
        }
    }
}
