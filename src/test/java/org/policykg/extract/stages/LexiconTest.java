package org.policykg.extract.stages;

import static org.junit.jupiter.api.Assertions.*;

import java.util.*;

import org.apache.jena.rdf.model.*;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.policykg.extract.Converters;

/** ontology/lexicon.ttl: its own vocabulary is documented, its cues point at real terms, its patterns compile. */
class LexiconTest {
    static final Model lexicon = RDFDataMgr.loadModel(Converters.home().resolve("ontology/lexicon.ttl").toString());
    static final Model sspo = RDFDataMgr.loadModel(Converters.home().resolve("ontology/sspo.ttl").toString());

    @Test
    void everyTermOfTheLexiconVocabularyHasBothLabelsAndAComment() {
        List<String> missing = new ArrayList<>();
        for (Resource type : List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty))
            lexicon.listSubjectsWithProperty(RDF.type, type).forEachRemaining(t -> {
                if (!t.getURI().startsWith(Lexicon.LEX)) return;
                for (String lang : List.of("en", "zh"))
                    if (!t.listProperties(RDFS.label).toList().stream().anyMatch(s -> s.getLanguage().equals(lang)))
                        missing.add(t.getLocalName() + " has no @" + lang + " label");
                if (!t.listProperties(RDFS.comment).toList().stream().anyMatch(s -> s.getLanguage().equals("en")))
                    missing.add(t.getLocalName() + " has no English comment");
            });
        assertEquals(List.of(), missing);
    }

    @Test
    void cuesPointAtModalitiesAndClassesTheOntologyDeclares() {
        Property modality = lexicon.createProperty(Lexicon.LEX, "modality"), introduces = lexicon.createProperty(Lexicon.LEX, "introduces");
        Set<Resource> seen = new HashSet<>();
        lexicon.listObjectsOfProperty(modality).forEachRemaining(o -> seen.add(o.asResource()));
        lexicon.listObjectsOfProperty(introduces).forEachRemaining(o -> seen.add(o.asResource()));
        assertTrue(seen.size() >= 8, seen.toString());
        for (Resource r : seen)
            assertTrue(sspo.contains(r, RDF.type), r + " is not declared in sspo.ttl");
    }

    @Test
    void theEnglishLexiconLoadsWithEveryModalityAndRole() {
        Lexicon en = Lexicon.from(lexicon, "en", "lexicon.ttl");
        Set<String> modalities = new TreeSet<>(), roles = new TreeSet<>();
        en.modalityCues().forEach(c -> modalities.add(c.modalityIri().substring(c.modalityIri().indexOf('#') + 1)));
        en.roleCues().forEach(c -> roles.add(c.introducesIri().substring(c.introducesIri().indexOf('#') + 1)));
        assertEquals(Set.of("Achievement", "Commitment", "Emphasis", "Necessity", "Observation"), modalities);
        assertEquals(Set.of("Goal", "Principle", "Reform"), roles);
        assertFalse(en.patterns("Dateline").isEmpty());
        assertFalse(en.patterns("ReportedWork").isEmpty());
        assertFalse(en.patterns("SystemStructure").isEmpty());
        assertTrue(en.spellings().containsKey("labour"));
        // another language has its own forms of the same cues, none of them English
        Lexicon zh = Lexicon.from(lexicon, "zh", "lexicon.ttl");
        Set<String> zhModalities = new TreeSet<>(), zhRoles = new TreeSet<>();
        zh.modalityCues().forEach(c -> zhModalities.add(c.modalityIri().substring(c.modalityIri().indexOf('#') + 1)));
        zh.roleCues().forEach(c -> zhRoles.add(c.introducesIri().substring(c.introducesIri().indexOf('#') + 1)));
        assertEquals(modalities, zhModalities);
        assertEquals(roles, zhRoles);
        assertTrue(zh.modalityCues().stream().noneMatch(c -> c.form().matches(".*[A-Za-z].*")), zh.modalityCues().toString());
    }

    @Test
    void aBrokenPatternIsReportedByName() {
        Model broken = ModelFactory.createDefaultModel().add(lexicon);
        Resource p = broken.createResource(Lexicon.LEX + "broken");
        p.addProperty(RDF.type, broken.createResource(Lexicon.LEX + "Pattern"))
                .addProperty(broken.createProperty(Lexicon.LEX, "reads"), broken.createResource(Lexicon.LEX + "Dateline"))
                .addProperty(broken.createProperty(Lexicon.LEX, "language"), "en")
                .addProperty(broken.createProperty(Lexicon.LEX, "regex"), "(?<publisher>unclosed");
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> Lexicon.from(broken, "en", "lexicon.ttl"));
        assertTrue(ex.getMessage().contains("broken"), ex.getMessage());
    }
}
