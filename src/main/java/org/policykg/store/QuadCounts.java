package org.policykg.store;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;

/**
 * The figures of a VoID description counted on a TDB2 store's node ids, as TDB2's own statistics ({@code tdb2.tdbstats})
 * are: over the quads of every named graph but one, in two ordered scans (SPOG for the quads, subjects, properties and
 * classes; OSPG for the distinct objects), decoding only the distinct subjects (the entity test), properties and
 * classes. The same figures as COUNT / COUNT(DISTINCT) over {@code GRAPH ?g { ?s ?p ?o }}, which decode every node of
 * every quad. A node has one id in a store, so distinct ids are distinct terms.
 *
 * @param quads         quads in the named graphs counted
 * @param subjects      distinct subjects
 * @param objects       distinct objects
 * @param entities      distinct IRI subjects starting with the entity prefix
 * @param properties    quads per predicate
 * @param classes       distinct subjects per object of rdf:type
 */
public record QuadCounts(long quads, long subjects, long objects, long entities, Map<Node, Long> properties, Map<Node, Long> classes) {

    /**
     * Counts the named graphs of {@code dsg} except {@code excluded}, inside a transaction on it; null when {@code dsg}
     * is not a TDB2 store (or lacks the SPOG/OSPG indexes), so that the caller counts another way.
     */
    public static QuadCounts count(DatasetGraph dsg, Node excluded, String entityPrefix) {
        DatasetGraphTDB tdb = tdb(dsg);
        if (tdb == null)
            return null;
        TupleIndex spog = null, ospg = null;
        for (TupleIndex index : tdb.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes()) {
            if (index.getName().equalsIgnoreCase("SPOG"))
                spog = index;
            else if (index.getName().equalsIgnoreCase("OSPG"))
                ospg = index;
        }
        if (spog == null || ospg == null)
            return null;
        NodeTable nodes = tdb.getQuadTable().getNodeTupleTable().getNodeTable();
        NodeId skip = nodes.getNodeIdForNode(excluded);   // NodeDoesNotExist when absent: then no quad matches it
        NodeId type = nodes.getNodeIdForNode(RDF.Nodes.type);

        long quads = 0, subjects = 0, entities = 0;
        Map<NodeId, long[]> perProperty = new HashMap<>();
        Map<NodeId, long[]> perClass = new HashMap<>();
        Set<NodeId> classesOfSubject = new HashSet<>();
        NodeId subject = null;
        // tuples come in the index's order (S, P, O, G) but as G, S, P, O
        for (Iterator<Tuple<NodeId>> it = spog.all(); it.hasNext(); ) {
            Tuple<NodeId> q = it.next();
            if (q.get(0).equals(skip))
                continue;
            quads++;
            NodeId s = q.get(1);
            if (!s.equals(subject)) {
                subject = s;
                subjects++;
                classesOfSubject.clear();
                if (!NodeId.isInline(s)) {
                    Node n = nodes.getNodeForNodeId(s);
                    if (n.isURI() && n.getURI().startsWith(entityPrefix))
                        entities++;
                }
            }
            perProperty.computeIfAbsent(q.get(2), k -> new long[1])[0]++;
            if (q.get(2).equals(type) && classesOfSubject.add(q.get(3)))   // a subject typed in several graphs counts once
                perClass.computeIfAbsent(q.get(3), k -> new long[1])[0]++;
        }
        long objects = 0;
        NodeId object = null;
        for (Iterator<Tuple<NodeId>> it = ospg.all(); it.hasNext(); ) {
            Tuple<NodeId> q = it.next();
            if (q.get(0).equals(skip))
                continue;
            if (!q.get(3).equals(object)) {
                object = q.get(3);
                objects++;
            }
        }
        return new QuadCounts(quads, subjects, objects, entities, decode(perProperty, nodes), decode(perClass, nodes));
    }

    private static Map<Node, Long> decode(Map<NodeId, long[]> counts, NodeTable nodes) {
        Map<Node, Long> out = new LinkedHashMap<>();
        counts.forEach((id, n) -> out.put(nodes.getNodeForNodeId(id), n[0]));
        return out;
    }

    /** The TDB2 storage under the text dataset and other wrappers, or null. */
    private static DatasetGraphTDB tdb(DatasetGraph dsg) {
        DatasetGraph base = dsg;
        while (!(base instanceof DatasetGraphTDB) && !TDBInternal.isTDB2(base) && base instanceof DatasetGraphWrapper w)
            base = w.getWrapped();
        if (base instanceof DatasetGraphTDB tdb)
            return tdb;
        return TDBInternal.isTDB2(base) ? TDBInternal.getDatasetGraphTDB(base) : null;
    }
}
