package org.policykg.extract.stages;

import static org.junit.jupiter.api.Assertions.*;

import org.apache.jena.rdf.model.*;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.policykg.document.ConceptRef;
import org.policykg.rdf.Vocab;

/** lex:PhraseVariant is data: a group added to the lexicon changes what a label matches, and nothing else does. */
class PhraseVariantMatchingTest {
    private static Model scheme(String... iriAndLabel) {
        Model m = ModelFactory.createDefaultModel();
        for (int i = 0; i < iriAndLabel.length; i += 2)
            m.createResource(Vocab.ID + "concept/" + iriAndLabel[i]).addProperty(RDF.type, SKOS.Concept)
                    .addProperty(SKOS.prefLabel, iriAndLabel[i + 1], "en");
        return m;
    }

    private static Model lexicon(String... forms) {
        Model m = ModelFactory.createDefaultModel().add(LexiconTest.lexicon);
        Resource v = m.createResource(Lexicon.LEX + "variant-test").addProperty(RDF.type, m.createResource(Lexicon.LEX + "PhraseVariant"));
        for (String f : forms)
            v.addProperty(m.createProperty(Lexicon.LEX, "variantForm"), f, "en");
        return m;
    }

    private static ConceptMatcher matcher(Model lexicon, Model scheme) {
        return new ConceptMatcher(ConceptScheme.from(scheme, "en"), WordAnalyzer.forLabels(Lexicon.from(lexicon, "en", "test lexicon")));
    }

    private static String found(ConceptMatcher m, String phrase) {
        ConceptRef r = m.lookup(phrase);
        return r == null ? null : r.iri().substring(r.iri().lastIndexOf('/') + 1);
    }

    @Test
    void aGroupAddedToTheLexiconMakesItsFormsInterchangeableInLabels() {
        Model scheme = scheme("elderly-pensions", "pensions for older people");
        assertNull(found(matcher(LexiconTest.lexicon, scheme), "pensions for senior citizens"));
        ConceptMatcher m = matcher(lexicon("older people", "senior citizens"), scheme);
        assertEquals("elderly-pensions", found(m, "Pensions for senior citizens"));
        assertEquals("elderly-pensions", found(m, "pensions for older people"));
        // inflection meets as in labels; words outside the group do not
        assertEquals("elderly-pensions", found(m, "pension for senior citizen"));
        assertNull(found(m, "pensions for young people"));
        assertNull(found(m, "senior citizens"));
    }

    @Test
    void aNodesOwnLabelWinsOverAnotherNodesVariant() {
        ConceptMatcher m = matcher(lexicon("older people", "senior citizens"),
                scheme("care-a", "care of older people", "care-b", "care of senior citizens"));
        assertEquals("care-b", found(m, "care of senior citizens"));
        assertEquals("care-a", found(m, "care of older people"));
    }

    @Test
    void aGroupWithOneFormIsRefusedByName() {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> Lexicon.from(lexicon("older people"), "en", "test lexicon"));
        assertTrue(ex.getMessage().contains("variant-test"), ex.getMessage());
    }
}
