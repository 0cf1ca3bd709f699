package org.policykg.rdf;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.document.Document;
import org.policykg.extract.Converters;

class RdfOutputTest {
    @TempDir Path dir;

    /** The same quads through RdfOutput's nq writer and through Jena's own RDFFormat.NQUADS writer. */
    private static void assertWrittenAsJenaWrites(java.util.function.Consumer<StreamRDF> quads) {
        ByteArrayOutputStream ours = new ByteArrayOutputStream();
        try (RdfOutput out = RdfOutput.open("nq", ours)) {
            out.start();
            quads.accept(out);
            out.finish();
        }
        ByteArrayOutputStream jenas = new ByteArrayOutputStream();
        StreamRDF jena = StreamRDFWriter.getWriterStream(jenas, RDFFormat.NQUADS);
        jena.start();
        quads.accept(jena);
        jena.finish();
        assertTrue(jenas.size() > 0);
        assertEquals(jenas.toString(StandardCharsets.UTF_8), ours.toString(StandardCharsets.UTF_8));
    }

    @Test
    void urisThatJenaEscapesAreWrittenAsJenaWritesThem() {
        List<String> uris = List.of("https://example.org/plain#x", "https://example.org/养老保险/全国统筹",
                "https://example.org/a b", "https://example.org/a|b", "https://example.org/a\\b", "https://example.org/a<b>",
                "https://example.org/a\"b", "https://example.org/{a}", "https://example.org/a^b", "https://example.org/a`b",
                "https://example.org/a\u0001b", "https://example.org/a\u0015b", "https://example.org/a\tb", "https://example.org/a\u007Fb");
        Node g = NodeFactory.createURI("https://example.org/graph");
        Node p = NodeFactory.createURI("https://example.org/p");
        assertWrittenAsJenaWrites(out -> {
            for (String u : uris) {
                Node n = NodeFactory.createURI(u);
                out.quad(Quad.create(g, n, p, n));
                out.quad(Quad.create(n, n, n, NodeFactory.createLiteralLang("社会保障 \"quoted\"\n", "zh")));
            }
        });
    }

    @Test
    void aConvertedTextIsWrittenAsJenaWritesIt() throws Exception {
        Document doc = Converters.convert(dir, "pensions.txt", """
                The Ministry of Human Resources and Social Security said on Tuesday that basic pension funds \
                will be pooled at the national level, and that the minimum contribution period will be raised \
                step by step to keep the system sustainable.
                """);
        assertWrittenAsJenaWrites(out -> DocumentGraphWriter.write(doc, new DocumentGraphWriter.Run("test", null), out));
    }
}
