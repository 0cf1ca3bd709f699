package org.policykg.link;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.policykg.error.UserError;

/** The federated queries in queries/federation/, with the remote endpoint bound as a parameter, never pasted in. */
public final class FederatedQueries {
    /** The variable each federated query uses for the other endpoint. */
    public static final String REMOTE = "thesaurus";

    private FederatedQueries() {}

    /** The query in {@code file} with ?thesaurus bound to {@code remoteEndpoint}. */
    public static Query prepare(Path file, String remoteEndpoint) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw UserError.input("Cannot read the query " + file + ": " + ex.getMessage(), ex);
        }
        ParameterizedSparqlString pss = new ParameterizedSparqlString(text);
        pss.setIri(REMOTE, remoteEndpoint);
        return pss.asQuery();
    }
}
