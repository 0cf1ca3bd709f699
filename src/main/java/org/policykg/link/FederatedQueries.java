package org.policykg.link;

import java.nio.file.Path;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.policykg.rdf.QueryFiles;

/** The federated queries in queries/federation/, with the remote endpoint bound as a parameter, never pasted in. */
public final class FederatedQueries {
    /** The variable each federated query uses for the other endpoint. */
    public static final String REMOTE = "thesaurus";

    private FederatedQueries() {}

    /** The query in {@code file} with ?thesaurus bound to {@code remoteEndpoint}. */
    public static Query prepare(Path file, String remoteEndpoint) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(QueryFiles.read(file));
        pss.setIri(REMOTE, remoteEndpoint);
        return pss.asQuery();
    }
}
