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
import org.policykg.map.MapBuilder;
import org.policykg.rdf.QueryFiles;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;

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
        return load(queriesDir, endpoint, variants, seed, false);
    }

    /** As {@link #load(Path, String, int, long)}; with {@code withMaps}, the concept-map page's queries (queries/maps/) too, bound as the page binds them. */
    static QueryMix load(Path queriesDir, String endpoint, int variants, long seed, boolean withMaps) {
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
        if (withMaps)
            byQuery.addAll(mapQueries(queriesDir.resolve("maps"), endpoint, bindings, values, variants, random));
        return new QueryMix(byQuery);
    }

    /**
     * The map page's queries, each bound the way {@code map.MapBuilder} binds it for a map of one document or a label
     * search (issue 17: every query in queries/ measured): {@code ?documents} and {@code ?resources} are lists of IRIs
     * given with {@link ParameterizedSparqlString#setValues}, the propositions get a {@code VALUES ?document} block, the
     * searches a concept's label ({@code ?text}) or its words as a Lucene query ({@code ?query}, {@code ?limit}).
     * A map query with a placeholder this does not know stops the bench: it would be measured unbound.
     */
    private static List<List<Request>> mapQueries(Path dir, String endpoint, Properties bindings, Map<String, List<String>> values,
                                                  int variants, Random random) {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot read the map queries in " + dir, ex);
        }
        List<String> documents = values.computeIfAbsent("document", v -> valuesOf(endpoint, bindings.getProperty(v)));
        List<String> concepts = values.computeIfAbsent("concept", v -> valuesOf(endpoint, bindings.getProperty(v)));
        List<String> labels = literalsOf(endpoint, bindings.getProperty("label"));
        List<List<Request>> out = new ArrayList<>();
        for (Path f : files) {
            String name = "maps/" + f.getFileName();
            // whole-line comments stripped, as map.MapQueries does: ParameterizedSparqlString can mistake their words for query text
            String text = QueryFiles.read(f).replaceAll("(?m)^\\s*#.*$", "");
            List<Request> versions = new ArrayList<>();
            for (int i = 0; i < variants; i++) {
                ParameterizedSparqlString q = new ParameterizedSparqlString(text);
                Query query;
                if (text.contains("?documents")) {
                    q.setValues("documents", List.of(ResourceFactory.createResource(pick(documents, random))));
                    query = q.asQuery();
                } else if (text.contains("?resources")) {
                    // a map's nodes are looked up in batches: some concepts at once
                    List<RDFNode> batch = new ArrayList<>();
                    for (int k = 0; k < Math.min(20, concepts.size()); k++)
                        batch.add(ResourceFactory.createResource(pick(concepts, random)));
                    q.setValues("resources", batch);
                    query = q.asQuery();
                } else if (text.contains("?forms")) {
                    q.setValues("forms", MapBuilder.labelForms(pick(labels, random)));
                    query = q.asQuery();
                } else if (text.contains("?query")) {
                    q.setLiteral("query", luceneWords(pick(labels, random)));
                    q.setLiteral("limit", 20);
                    query = q.asQuery();
                } else if (f.getFileName().toString().equals("propositions.rq")) {
                    query = q.asQuery();
                    Var v = Var.alloc("document");
                    query.setValuesDataBlock(List.of(v), List.of(BindingFactory.binding(v, NodeFactory.createURI(pick(documents, random)))));
                } else {
                    query = q.asQuery(); // a query with nothing to bind (the list of documents)
                    versions.add(new Request(name, query.serialize()));
                    break;
                }
                versions.add(new Request(name, query.serialize()));
            }
            out.add(versions);
        }
        return out;
    }

    private static String pick(List<String> from, Random random) {
        if (from.isEmpty())
            throw new IllegalStateException("the store has no values to bind the map queries to");
        return from.get(random.nextInt(from.size()));
    }

    /** A label's words as the map page's search sends them: each word, longer Latin words matched loosely too. */
    private static String luceneWords(String label) {
        List<String> parts = new ArrayList<>();
        for (String w : label.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
            if (!w.isEmpty())
                parts.add(w.matches("[a-z]{4,}") ? w + "~1" : w);
        return String.join(" ", parts);
    }

    private static List<String> literalsOf(String endpoint, String query) {
        if (query == null)
            throw new IllegalStateException("bindings.properties has no 'label' query for the map searches");
        List<String> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.service(endpoint).query(query).build()) {
            qe.execSelect().forEachRemaining(row -> {
                RDFNode v = row.get("value");
                if (v != null && v.isLiteral())
                    out.add(v.asLiteral().getLexicalForm());
            });
        }
        Collections.sort(out);
        return out;
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

    /**
     * The {@code n}-th query of a client: the queries in turn from a place the client's random source chose (so that
     * every query is asked once the client has sent as many as there are queries), then one of its versions.
     */
    Request pick(Random r, long n, int start) {
        List<Request> versions = byQuery.get((int) ((start + n) % byQuery.size()));
        return versions.get(r.nextInt(versions.size()));
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
