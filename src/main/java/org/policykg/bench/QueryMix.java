package org.policykg.bench;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.policykg.rdf.QueryFiles;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;

/**
 * The competency queries of {@code queries/}, each ready in several versions with its "Bind ?name" variable
 * bound (a VALUES block built with Jena's syntax classes, never pasted text) to values found in the store, so that a load resembles
 * researchers asking about particular documents, concepts and actors.
 */
final class QueryMix {
    private static final Pattern BIND = Pattern.compile("(?m)^#.*?\\bBind\\s+\\?(\\w+)");

    /** One query text to send, and the competency query it came from. */
    record Request(String name, String query) {}

    private final List<List<Request>> byQuery;

    private QueryMix(List<List<Request>> byQuery) {
        this.byQuery = byQuery;
    }

    /**
     * The queries in {@code queriesDir}, with their variable bound to up to {@code variants} values each,
     * asked of {@code endpoint} and chosen with {@code seed}. A variable with no values in the store stays open.
     */
    static QueryMix load(Path queriesDir, String endpoint, int variants, long seed) {
        Properties bindings = new Properties();
        try {
            bindings.load(new StringReader(CorpusGenerator.resource("bindings.properties")));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(queriesDir)) {
            files = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot read the queries in " + queriesDir, ex);
        }
        if (files.isEmpty())
            throw new IllegalStateException("no queries (*.rq) in " + queriesDir);
        Random random = new Random(seed);
        Map<String, List<String>> values = new HashMap<>();
        List<List<Request>> byQuery = new ArrayList<>();
        for (Path f : files) {
            String text = QueryFiles.read(f);
            String name = f.getFileName().toString();
            Matcher m = BIND.matcher(text);
            List<Request> versions = new ArrayList<>();
            if (m.find() && bindings.containsKey(m.group(1))) {
                String var = m.group(1);
                List<String> iris = values.computeIfAbsent(var, v -> valuesOf(endpoint, bindings.getProperty(v)));
                List<String> shuffled = new ArrayList<>(iris);
                Collections.shuffle(shuffled, random);
                for (String iri : shuffled.subList(0, Math.min(variants, shuffled.size()))) {
                    versions.add(new Request(name, bound(text, var, iri)));
                }
            }
            if (versions.isEmpty())
                versions.add(new Request(name, text));
            byQuery.add(versions);
        }
        return new QueryMix(byQuery);
    }

    /**
     * The query with {@code ?var} bound to the IRI by a VALUES block opening its WHERE clause: the engine then
     * evaluates the pattern with the value in place. (ParameterizedSparqlString would also replace the variable
     * in the SELECT clause, which these queries project, and break them.)
     */
    static String bound(String queryText, String var, String iri) {
        Query q = QueryFactory.create(queryText);
        Var v = Var.alloc(var);
        ElementData values = new ElementData();
        values.add(v);
        values.add(BindingFactory.binding(v, NodeFactory.createURI(iri)));
        ElementGroup where = new ElementGroup();
        where.addElement(values);
        if (q.getQueryPattern() instanceof ElementGroup g)
            g.getElements().forEach(where::addElement);
        else
            where.addElement(q.getQueryPattern());
        q.setQueryPattern(where);
        return q.serialize();
    }

    /** A query chosen uniformly, then one of its versions. */
    Request pick(Random r) {
        List<Request> versions = byQuery.get(r.nextInt(byQuery.size()));
        return versions.get(r.nextInt(versions.size()));
    }

    int queries() { return byQuery.size(); }

    private static List<String> valuesOf(String endpoint, String query) {
        List<String> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.service(endpoint).query(query).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                RDFNode v = row.get("value");
                if (v != null && v.isURIResource())
                    out.add(v.asResource().getURI());
            }
        }
        Collections.sort(out);
        return out;
    }
}
