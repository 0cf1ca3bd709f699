package org.policykg.link;

import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.policykg.error.UserError;

/**
 * Writes the store, or one named graph, as Turtle, TriG, N-Quads or JSON-LD 1.1. JSON-LD is compacted
 * with the published context (ontology/context.jsonld), so keys read "prefLabel", "statedIn", "broader"
 * instead of IRIs; the context goes inline, or by reference when its published URL is given.
 */
public final class Exporter {
    public enum Format { JSONLD, TTL, TRIG, NQ }

    private final Path contextFile;

    /** @param contextFile the JSON-LD context (a document with one "@context" member) */
    public Exporter(Path contextFile) { this.contextFile = contextFile; }

    /**
     * @param graph      one named graph, or null for all of them (Turtle then holds their union)
     * @param contextUrl where the context is published, to refer to instead of inlining it; or null
     * @return the number of quads written
     */
    public long export(Dataset dataset, Node graph, Format format, String contextUrl, OutputStream out) {
        DatasetGraph copy = Txn.calculateRead(dataset, () -> copyOf(dataset.asDatasetGraph(), graph));
        if (graph != null && copy.getGraph(graph).isEmpty())
            throw UserError.input("The store has no graph <" + graph.getURI() + ">");
        switch (format) {
            case TTL -> RDFDataMgr.write(out, copy.getUnionGraph(), RDFFormat.TURTLE_BLOCKS);
            case TRIG -> RDFDataMgr.write(out, copy, RDFFormat.TRIG_BLOCKS);
            case NQ -> RDFDataMgr.write(out, copy, Lang.NQUADS);
            case JSONLD -> writeJsonLd(copy, contextUrl, out);
        }
        return copy.stream().count();
    }

    private static DatasetGraph copyOf(DatasetGraph dsg, Node graph) {
        DatasetGraph copy = DatasetGraphFactory.createGeneral();
        copy.prefixes().putAll(dsg.prefixes());
        dsg.find(graph == null ? Node.ANY : graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (!q.isDefaultGraph())
                copy.add(q);
        });
        return copy;
    }

    private void writeJsonLd(DatasetGraph dsg, String contextUrl, OutputStream out) {
        try {
            StringWriter plain = new StringWriter();
            RDFDataMgr.write(plain, dsg, RDFFormat.JSONLD11_PLAIN);
            JsonDocument input = JsonDocument.of(new StringReader(plain.toString()));
            JsonDocument context = context();
            JsonObject compacted = JsonLd.compact(input, context).get();
            if (contextUrl != null) {
                JsonObjectBuilder b = Json.createObjectBuilder(compacted);
                b.add("@context", contextUrl);
                compacted = b.build();
            }
            // not closed here: the caller owns the stream
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            JsonWriter jw = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(w);
            jw.writeObject(compacted);
            w.write('\n');
            w.flush();
        } catch (IOException ex) {
            throw UserError.environment("Cannot write the JSON-LD: " + ex.getMessage(), ex);
        } catch (JsonLdError ex) {
            throw UserError.input("JSON-LD compaction with " + contextFile + " failed: " + ex.getMessage(), ex);
        }
    }

    private JsonDocument context() throws JsonLdError {
        try (Reader r = Files.newBufferedReader(contextFile, StandardCharsets.UTF_8)) {
            return JsonDocument.of(r);
        } catch (IOException ex) {
            throw UserError.environment("Cannot read the JSON-LD context " + contextFile + ": " + ex.getMessage(), ex);
        }
    }
}
