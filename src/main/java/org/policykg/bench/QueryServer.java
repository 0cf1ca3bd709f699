package org.policykg.bench;

import org.apache.jena.sparql.core.DatasetGraph;
import org.policykg.store.StoreConfig;

/** A running SPARQL server over a store on loopback, as the benchmark and the soak use it. */
public interface QueryServer extends AutoCloseable {
    /** The query endpoint, e.g. http://localhost:PORT/policy/sparql. */
    String queryEndpoint();

    /** The dataset the server answers from. */
    DatasetGraph dataset();

    @Override
    void close();

    /** Starts the project's own server over the store the configuration describes. */
    @FunctionalInterface
    interface Starter {
        QueryServer start(StoreConfig config, int port);
    }
}
