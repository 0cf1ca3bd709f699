package org.policykg.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.docs.OntologyDocs;

/** {@code policykg docs}: docs/ontology.md is generated from the ontology files and is current. */
class DocsCommandTest {
    @Test
    void theCommittedPageIsCurrent(@TempDir Path dir) throws Exception {
        Path fresh = dir.resolve("ontology.md");
        ValidateCommandTest.Run r = ValidateCommandTest.run("docs", "--output", fresh.toString());
        assertEquals(ExitCode.OK, r.code(), r.out() + r.err());
        String committed = Files.readString(Home.path().resolve("docs/ontology.md"), StandardCharsets.UTF_8);
        assertEquals(committed, Files.readString(fresh, StandardCharsets.UTF_8),
                "docs/ontology.md is stale: run 'bin/policykg docs' and commit it");
        ValidateCommandTest.Run again = ValidateCommandTest.run("docs", "--output", fresh.toString());
        assertEquals(ExitCode.OK, again.code());
        assertTrue(again.out().startsWith("Up to date"), again.out());
    }

    @Test
    void thePageListsEveryConceptInBothLanguages() {
        String page = OntologyDocs.read(Home.path().resolve("ontology")).render();
        Model concepts = RDFDataMgr.loadModel(Home.path().resolve("ontology/concepts.ttl").toString());
        concepts.listSubjectsWithProperty(RDF.type, SKOS.Concept).forEach(c -> {
            for (String lang : new String[] {"en", "zh"}) {
                String label = c.listProperties(SKOS.prefLabel).toList().stream()
                        .filter(s -> s.getLanguage().equals(lang)).findFirst().orElseThrow().getString();
                assertTrue(page.contains("| " + label.replace("|", "\\|") + " |"), c + " " + label);
            }
        });
        for (String section : new String[] {"## Classes", "## Properties", "## Modalities", "## Alignments", "## Concept scheme", "## Shapes"})
            assertTrue(page.contains(section), section);
    }

    @Test
    void aMissingOntologyIsBadInput(@TempDir Path dir) {
        ValidateCommandTest.Run r = ValidateCommandTest.run("docs", "--ontology", dir.toString(), "--output", dir.resolve("o.md").toString());
        assertEquals(ExitCode.INPUT, r.code(), r.err());
        assertTrue(r.err().contains("sspo.ttl"), r.err());
    }
}
