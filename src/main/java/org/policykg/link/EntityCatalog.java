package org.policykg.link;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.policykg.error.UserError;
import org.policykg.store.SparqlSource;

/** Reads the entities of one side of a linking run with the queries in queries/link/. */
final class EntityCatalog {
    private final Path queries;

    /** @param queriesDir the project's queries/ folder */
    EntityCatalog(Path queriesDir) { this.queries = queriesDir.resolve("link"); }

    /** Every entity with at least one label, restricted to the members of {@code scheme} when it is not null. */
    List<Entity> read(SparqlSource source, String scheme) {
        Set<String> members = scheme == null ? null : schemeMembers(source, scheme);
        Map<String, Builder> byIri = new LinkedHashMap<>();
        source.select(QueryFactory.create(text("entities.rq")), row -> {
            String iri = row.getResource("entity").getURI();
            if (members != null && !members.contains(iri))
                return;
            Builder b = byIri.computeIfAbsent(iri, Builder::new);
            if (row.contains("label"))
                b.labels.add(label(row.getLiteral("label")));
            if (row.contains("kind"))
                b.kinds.add(row.getLiteral("kind").getLexicalForm());
            if (row.contains("broaderLabel"))
                b.broader.add(label(row.getLiteral("broaderLabel")));
        });
        List<Entity> out = new ArrayList<>();
        for (Builder b : byIri.values())
            if (!b.labels.isEmpty())
                out.add(new Entity(b.iri, List.copyOf(b.labels), Set.copyOf(b.kinds), List.copyOf(b.broader)));
        return out;
    }

    private Set<String> schemeMembers(SparqlSource source, String scheme) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(text("scheme-members.rq"));
        pss.setIri("scheme", scheme);
        Query q = pss.asQuery();
        Set<String> members = new HashSet<>();
        source.select(q, (QuerySolution row) -> {
            if (row.get("entity").isURIResource())
                members.add(row.getResource("entity").getURI());
        });
        if (members.isEmpty())
            throw UserError.input(source.describe() + " has no concept in the scheme <" + scheme + ">");
        return members;
    }

    private static Entity.Label label(Literal l) { return Entity.Label.of(l.getLexicalForm(), l.getLanguage()); }

    private String text(String name) {
        return org.policykg.rdf.QueryFiles.read(queries.resolve(name));
    }

    private static final class Builder {
        final String iri;
        final Set<Entity.Label> labels = new LinkedHashSet<>();
        final Set<String> kinds = new TreeSet<>();
        final Set<Entity.Label> broader = new LinkedHashSet<>();

        Builder(String iri) { this.iri = iri; }
    }
}
