package org.policykg.rdf;

import java.util.*;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDFS;

/**
 * The {@code rdfs:subClassOf} hierarchy of a graph that does not change (the ontology and the concept scheme a validator
 * reads beside each document), closed once: for every class, itself with all its superclasses and all its subclasses.
 * What SHACL's {@code sh:class} and {@code sh:targetClass} look up class by class for every value and every document.
 */
final class ClassHierarchy {
    private final Map<Node, Set<Node>> up = new HashMap<>(), down = new HashMap<>();

    ClassHierarchy(Graph graph) {
        Map<Node, List<Node>> parents = new HashMap<>();
        graph.find(Node.ANY, RDFS.subClassOf.asNode(), Node.ANY)
                .forEachRemaining(t -> parents.computeIfAbsent(t.getSubject(), k -> new ArrayList<>()).add(t.getObject()));
        for (Node c : parents.keySet()) {
            Set<Node> all = new LinkedHashSet<>();
            Deque<Node> todo = new ArrayDeque<>(List.of(c));
            while (!todo.isEmpty()) {
                Node n = todo.pop();
                if (all.add(n))
                    todo.addAll(parents.getOrDefault(n, List.of()));
            }
            up.put(c, Set.copyOf(all));
            for (Node s : all)
                down.computeIfAbsent(s, k -> new HashSet<>()).add(c);
        }
        down.replaceAll((k, v) -> { v.add(k); return Set.copyOf(v); });
    }

    /** {@code c} and every class it is a subclass of. */
    Set<Node> superclassesOf(Node c) {
        return up.getOrDefault(c, Set.of(c));
    }

    /** {@code c} and every class that is a subclass of it. */
    Set<Node> subclassesOf(Node c) {
        return down.getOrDefault(c, Set.of(c));
    }

    /** Whether a document's own triples {@code data} leave the hierarchy as it is (they add no {@code rdfs:subClassOf}). */
    static boolean keptBy(Graph data) {
        return !data.contains(Node.ANY, RDFS.subClassOf.asNode(), Node.ANY);
    }

    /** Whether {@code node} is typed, in {@code data}, with {@code expected} or one of its subclasses. */
    boolean isInstance(Graph data, Node node, Node expected) {
        var types = data.find(node, org.apache.jena.vocabulary.RDF.type.asNode(), Node.ANY);
        try {
            while (types.hasNext()) {
                Triple t = types.next();
                if (superclassesOf(t.getObject()).contains(expected))
                    return true;
            }
            return false;
        } finally {
            types.close();
        }
    }
}
