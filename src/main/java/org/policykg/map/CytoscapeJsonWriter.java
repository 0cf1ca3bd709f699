package org.policykg.map;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/**
 * The map as Cytoscape.js elements ({@code {"elements": {"nodes": […], "edges": […]}}}, which Cytoscape desktop
 * also imports), with node positions from the layout and each node's kind, colour and shape as data; each edge
 * carries its weight (supporting statements) and their sentences, each node the documents it comes from.
 */
final class CytoscapeJsonWriter {
    private CytoscapeJsonWriter() {}

    private static JsonArray strings(java.util.Collection<String> values) {
        JsonArray a = new JsonArray();
        values.forEach(a::add);
        return a;
    }

    static String write(ConceptMap map) {
        MapLayout.Result layout = MapLayout.of(map);
        JsonArray nodes = new JsonArray();
        for (MapNode n : map.nodes()) {
            MapLayout.Box b = layout.nodes().get(n.iri());
            JsonObject data = new JsonObject();
            data.put("id", n.iri());
            data.put("label", map.label(n));
            data.put("kind", n.kind().key());
            data.put("kindLabel", map.kindLabel(n.kind()));
            data.put("color", n.kind().fill());
            data.put("borderColor", n.kind().stroke());
            data.put("width", Math.round(b.width()));
            data.put("height", Math.round(b.height()));
            data.put("documents", strings(n.documents()));
            if (n.side() != null)
                data.put("side", n.side());
            JsonObject position = new JsonObject();
            position.put("x", Math.round(b.centerX()));
            position.put("y", Math.round(b.centerY()));
            JsonObject element = new JsonObject();
            element.put("group", "nodes");
            element.put("data", data);
            element.put("position", position);
            element.put("classes", n.kind().key());
            nodes.add(element);
        }
        JsonArray edges = new JsonArray();
        int i = 0;
        for (MapEdge e : map.edges()) {
            JsonObject data = new JsonObject();
            data.put("id", "e" + (++i));
            data.put("source", e.source());
            data.put("target", e.target());
            data.put("label", map.phrase(e));
            data.put("property", e.property());
            data.put("weight", e.weight());
            data.put("documents", strings(e.documents()));
            if (e.side() != null)
                data.put("side", e.side());
            JsonArray sentences = new JsonArray();
            for (MapEdge.Support s : e.support()) {
                JsonObject o = new JsonObject();
                o.put("statement", s.statement());
                o.put("document", s.document());
                if (s.sentence() != null)
                    o.put("sentence", s.sentence());
                if (s.text() != null)
                    o.put("text", s.text());
                sentences.add(o);
            }
            data.put("support", sentences);
            JsonObject element = new JsonObject();
            element.put("group", "edges");
            element.put("data", data);
            edges.add(element);
        }
        JsonObject elements = new JsonObject();
        elements.put("nodes", nodes);
        elements.put("edges", edges);
        JsonObject graph = new JsonObject();
        graph.put("title", map.title());
        graph.put("lang", map.lang());
        JsonArray sources = new JsonArray();
        for (ConceptMap.Source src : map.sources()) {
            JsonObject o = new JsonObject();
            o.put("iri", src.iri());
            o.put("title", src.title());
            if (src.side() != null)
                o.put("side", src.side());
            sources.add(o);
        }
        graph.put("sources", sources);
        JsonObject root = new JsonObject();
        root.put("data", graph);
        root.put("elements", elements);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JSON.write(out, root);
        return out.toString(StandardCharsets.UTF_8) + "\n";
    }
}
