package org.policykg.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.document.*;

/**
 * A gerund with its object names a node whose label holds the gerund ("delaying the retirement age"), in another
 * wording of the object ("delaying the legal retirement age"), where the gerund is used as a noun (after a
 * preposition); the progressive of a clause ("the law is raising ...") is a verb, not a name.
 */
class GerundPhraseMatchTest {
    static final String RETIREMENT = "/concept/delaying-statutory-retirement-age";
    @TempDir Path dir;

    private static List<String> spansOf(Document doc, String iriEnd) {
        return doc.mentions().stream().filter(m -> m.concept().iri().endsWith(iriEnd)).map(m -> m.span().of(doc.text())).toList();
    }

    @Test
    void aGerundAfterAPrepositionNamesTheNodeWithItsObject() throws Exception {
        Document doc = Converters.convert(dir, "gerund.txt",
                "It is necessary to promote the smooth implementation of the reform task of delaying the legal retirement age.");
        assertEquals(List.of("delaying the legal retirement age"), spansOf(doc, RETIREMENT), doc.mentions().toString());
        // inflection meets too: "postponing" is a label's gerund, "postponement" is not
        Document other = Converters.convert(dir, "gerund2.txt",
                "We must promote the work of postponing the statutory age of retirement.");
        assertEquals(List.of("postponing the statutory age of retirement"), spansOf(other, RETIREMENT), other.mentions().toString());
    }

    @Test
    void theProgressiveOfAClauseIsNoName() throws Exception {
        Document doc = Converters.convert(dir, "progressive.txt",
                "The 2023 law is raising the minimum retirement age from 62 to 64 by 2030.");
        assertEquals(List.of(), spansOf(doc, RETIREMENT), doc.mentions().toString());
    }
}
