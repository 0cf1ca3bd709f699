package org.policykg.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.document.*;

/**
 * Phrase variants (lex:PhraseVariant in ontology/lexicon.ttl): the renderings of one term are interchangeable inside a
 * label, so the scheme keeps one label ("coverage of the entire population") and the texts' other renderings of 全民
 * and of the verb 覆盖 name the same node; words that are no variant, and a verb whose object is not who is covered, do not.
 */
class PhraseVariantTest {
    static final String UNIVERSAL = "/concept/universal-coverage";
    @TempDir Path dir;

    private List<String> spans(String text, String iriEnd) throws Exception {
        Document doc = Converters.convert(dir, "variant.txt", text);
        return doc.mentions().stream().filter(m -> m.concept().iri().endsWith(iriEnd)).map(m -> m.span().of(doc.text())).toList();
    }

    @Test
    void otherRenderingsOfTheWholePeopleNameUniversalCoverage() throws Exception {
        assertEquals(List.of("coverage of the whole people"), spans("The ministry will expand coverage of the whole people by 2030.", UNIVERSAL));
        assertEquals(List.of("coverage of all the people"), spans("Pension reform should reach coverage of all the people in the next decade.", UNIVERSAL));
        assertEquals(List.of("coverage for everyone"), spans("Local funds were pooled to provide coverage for everyone in the province.", UNIVERSAL));
    }

    @Test
    void theVerbNamesItWithWhoIsCovered() throws Exception {
        assertEquals(List.of("covering the whole population"),
                spans("Officials described a medical insurance network covering the whole population of the county.", UNIVERSAL));
        assertEquals(List.of("covers everyone"), spans("By the end of the year the basic scheme covers everyone who lives in the city.", UNIVERSAL));
    }

    @Test
    void wordsThatAreNoVariantNameNothing() throws Exception {
        // "village" is no rendering of 全民; "the entire cost" is not who is covered
        assertEquals(List.of(), spans("The clinic offers coverage of the whole village during the winter.", UNIVERSAL));
        assertEquals(List.of(), spans("A grant covering the entire cost of the premiums was paid to employers.", UNIVERSAL));
        // "coverage of social insurance" is what the insurance covers: its verb form names no coverage
        assertEquals(List.of(), spans("The subsidy covering social insurance contributions was raised last year.", "/concept/expanding-social-insurance-coverage"));
    }
}
