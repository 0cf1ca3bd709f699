package org.policykg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.io.IndentedLineBuffer;
import org.apache.jena.atlas.lib.CharSpace;
import org.apache.jena.riot.out.NodeFormatterNT;
import org.junit.jupiter.api.Test;

class WholeUriFormatterTest {
    /** Every URI is written as Jena's own N-Triples formatter writes it, whether or not it takes the one-call path. */
    @Test
    void everyUriIsWrittenAsJenaWritesIt() {
        List<String> uris = new ArrayList<>(List.of(
                "https://w3id.org/sspo/id/candidate/reform/raise-the-minimum-pension",
                "https://w3id.org/sspo/id/candidate/reform/提高基础养老金",
                "https://w3id.org/sspo/id/doc/x#char=10,42",
                "urn:x:é~%20", ""));
        // each character below U+0080 in the middle of a URI, the ones Jena escapes among them
        for (char c = 0; c < 128; c++)
            uris.add("https://example.org/a" + c + "b");
        NodeFormatterNT jena = new NodeFormatterNT(CharSpace.UTF8);
        WholeUriFormatter ours = new WholeUriFormatter();
        int escaped = 0;
        for (String uri : uris) {
            IndentedLineBuffer expected = new IndentedLineBuffer(), written = new IndentedLineBuffer();
            jena.formatURI(expected, uri);
            ours.formatURI(written, uri);
            assertEquals(expected.asString(), written.asString(), () -> "URI " + uri.codePoints().mapToObj(Integer::toHexString).toList());
            if (WholeUriFormatter.needsEscaping(uri))
                escaped++;
        }
        // the 32 control characters below the space, the space, DEL and the nine characters Jena escapes take Jena's own path
        assertEquals(32 + 1 + 1 + 9, escaped);
    }
}
