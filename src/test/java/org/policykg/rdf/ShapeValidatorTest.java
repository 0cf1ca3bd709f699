package org.policykg.rdf;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.apache.jena.rdf.model.*;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shapes of ontology/shapes.ttl accept a small well-formed graph and reject broken ones with clear messages. */
class ShapeValidatorTest {
    static final String PREFIXES = """
            PREFIX sspo:    <https://w3id.org/sspo#>
            PREFIX prov:    <http://www.w3.org/ns/prov#>
            PREFIX nif:     <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX skos:    <http://www.w3.org/2004/02/skos/core#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX xsd:     <http://www.w3.org/2001/XMLSchema#>
            PREFIX concept: <https://w3id.org/sspo/id/concept/>
            PREFIX actor:   <https://w3id.org/sspo/id/actor/>
            PREFIX doc:     <https://w3id.org/sspo/id/doc/>
            """;

    /** A document, one sentence, one statement that names curated concepts and a minted candidate goal. */
    static final String VALID = PREFIXES + """
            doc:a a sspo:JournalArticle ; dcterms:title "Promoting the high-quality development of social security"@en .
            doc:a-s1 a nif:Sentence ;
                nif:referenceContext doc:a-context ;
                nif:beginIndex "0"^^xsd:nonNegativeInteger ; nif:endIndex "45"^^xsd:nonNegativeInteger ;
                nif:anchorOf "It is necessary to delay the retirement age." .
            doc:a-st1 a sspo:Statement ;
                sspo:statedIn doc:a ;
                prov:wasDerivedFrom doc:a-s1 ;
                sspo:modality sspo:Necessity ;
                sspo:responsibleActor actor:cpc-central-committee ;
                sspo:proposesReform concept:delaying-statutory-retirement-age ;
                sspo:upholdsPrinciple concept:people-first ;
                sspo:setsGoal concept:a-minted-goal .
            concept:a-minted-goal a skos:Concept , sspo:Goal ;
                sspo:candidate true ;
                skos:prefLabel "a minted goal"@en .
            """;

    static final String DOC = "https://w3id.org/sspo/id/doc/";
    static ShapeValidator validator;

    @BeforeAll
    static void loadShapes() {
        String home = System.getProperty("policykg.home", "");
        validator = ShapeValidator.forOntology(Path.of(home).toAbsolutePath().resolve("ontology"));
    }

    static Model parse(String turtle) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(turtle, Lang.TURTLE).parse(m);
        return m;
    }

    static Model valid() { return parse(VALID); }

    static Resource r(Model m, String local) { return m.getResource(DOC + local); }
    static Property p(Model m, String ns, String local) { return m.createProperty(ns, local); }

    @Test
    void aWellFormedGraphConforms() {
        ShapeValidator.Report report = validator.validate(valid().getGraph());
        assertTrue(report.conforms(), report.describe());
        assertEquals(List.of(), report.violations());
        assertTrue(report.describe().startsWith("Conforms"));
    }

    @Test
    void theOntologyAndConceptSchemeConformOnTheirOwn() {
        ShapeValidator.Report report = validator.validate(ModelFactory.createDefaultModel().getGraph());
        assertTrue(report.conforms(), report.describe());
    }

    @Test
    void aStatementWithoutItsDocumentIsReported() {
        expectOnly(m -> m.removeAll(r(m, "a-st1"), Vocab.statedIn, null),
                "a-st1", "sspo:statedIn", "does not say which document it was made in");
    }

    @Test
    void aStatementInTwoDocumentsIsReported() {
        expectOnly(m -> {
                    m.add(r(m, "b"), org.apache.jena.vocabulary.RDF.type, Vocab.PolicyDocument);
                    m.add(r(m, "b"), p(m, "http://purl.org/dc/terms/", "identifier"), "b");
                    m.add(r(m, "a-st1"), Vocab.statedIn, r(m, "b"));
                },
                "a-st1", "sspo:statedIn", "names more than one document");
    }

    @Test
    void aStatementWithoutItsSentenceIsReported() {
        expectOnly(m -> m.removeAll(r(m, "a-st1"), Vocab.provWasDerivedFrom, null),
                "a-st1", "prov:wasDerivedFrom", "does not point to the sentence it was read from");
    }

    @Test
    void aStatementDerivedFromSomethingOtherThanASentenceIsReported() {
        expectOnly(m -> m.add(r(m, "a-st1"), Vocab.provWasDerivedFrom, r(m, "a")),
                "a-st1", "prov:wasDerivedFrom", "is not a nif:Sentence");
    }

    @Test
    void aSentenceThatEndsBeforeItBeginsIsReported() {
        expectOnly(m -> {
                    m.removeAll(r(m, "a-s1"), Vocab.nifBeginIndex, null);
                    m.add(r(m, "a-s1"), Vocab.nifBeginIndex, m.createTypedLiteral("45", "http://www.w3.org/2001/XMLSchema#nonNegativeInteger"));
                },
                "a-s1", "nif:beginIndex", "is not before its end offset");
    }

    @Test
    void aNegativeOffsetIsReported() {
        expectOnly(m -> {
                    m.removeAll(r(m, "a-s1"), Vocab.nifBeginIndex, null);
                    m.add(r(m, "a-s1"), Vocab.nifBeginIndex, m.createTypedLiteral("-1", "http://www.w3.org/2001/XMLSchema#integer"));
                },
                "a-s1", "nif:beginIndex", "is not a whole number of 0 or more");
    }

    @Test
    void anOffsetThatIsNotANumberIsReported() {
        ShapeValidator.Report report = validate(m -> {
            m.removeAll(r(m, "a-s1"), Vocab.nifEndIndex, null);
            m.add(r(m, "a-s1"), Vocab.nifEndIndex, "forty-five");
        });
        assertFalse(report.conforms());
        // the offsets can no longer be compared either; the message that names the cause must be among them
        assertTrue(report.violations().stream().anyMatch(v -> v.path().equals("nif:endIndex")
                && v.message().contains("is not a whole number of 0 or more")), report.describe());
    }

    @Test
    void aSentenceWithoutOffsetsIsReported() {
        ShapeValidator.Report report = validate(m -> m.removeAll(r(m, "a-s1"), Vocab.nifEndIndex, null));
        assertFalse(report.conforms());
        assertTrue(report.violations().stream().anyMatch(v -> v.path().equals("nif:endIndex")
                && v.message().contains("does not have exactly one end offset")), report.describe());
    }

    @Test
    void aSentenceWithoutItsTextIsReported() {
        expectOnly(m -> m.removeAll(r(m, "a-s1"), Vocab.nifAnchorOf, null),
                "a-s1", "nif:anchorOf", "does not carry its text");
    }

    @Test
    void aResponsibleActorThatIsNotAnActorIsReported() {
        expectOnly(m -> {
                    m.removeAll(r(m, "a-st1"), Vocab.responsibleActor, null);
                    m.add(r(m, "a-st1"), Vocab.responsibleActor, m.getResource(Vocab.ID + "concept/common-prosperity"));
                },
                "a-st1", "sspo:responsibleActor", "is not a person or an organization");
    }

    @Test
    void aGoalWithoutAnEnglishNameIsReported() {
        Resource goal = ResourceFactory.createResource(Vocab.ID + "concept/a-minted-goal");
        Property candidate = ResourceFactory.createProperty(Vocab.SSPO, "candidate");
        ShapeValidator.Report report = validate(m -> {
            m.removeAll(goal, candidate, null);
            m.removeAll(goal, org.apache.jena.vocabulary.SKOS.prefLabel, null);
            m.add(goal, org.apache.jena.vocabulary.SKOS.prefLabel, "一个目标", "zh");
        });
        assertOnly(report, goal.getURI(), "", "has no English name");
        assertTrue(report.describe().contains("concept:a-minted-goal"), report.describe());
    }

    @Test
    void aCandidateMintedFromChineseTextIsNamedInChineseAlone() {
        Resource goal = ResourceFactory.createResource(Vocab.ID + "concept/a-minted-goal");
        ShapeValidator.Report report = validate(m -> {
            m.removeAll(goal, org.apache.jena.vocabulary.SKOS.prefLabel, null);
            m.add(goal, org.apache.jena.vocabulary.SKOS.prefLabel, "一个目标", "zh");
        });
        assertTrue(report.conforms(), report.describe());
    }

    @Test
    void aCandidateWithoutAnyNameIsReported() {
        Resource goal = ResourceFactory.createResource(Vocab.ID + "concept/a-minted-goal");
        ShapeValidator.Report report = validate(m -> {
            m.removeAll(goal, org.apache.jena.vocabulary.SKOS.prefLabel, null);
            m.removeAll(goal, org.apache.jena.vocabulary.RDFS.label, null);
        });
        assertOnly(report, goal.getURI(), "", "has no English name");
    }

    @Test
    void aDocumentWithNeitherTitleNorIdentifierIsReported() {
        expectOnly(m -> m.removeAll(r(m, "a"), p(m, "http://purl.org/dc/terms/", "title"), null),
                "a", "", "neither a title (dcterms:title) nor an identifier");
    }

    @Test
    void aCandidateFlagThatIsNotABooleanIsReported() {
        Resource goal = ResourceFactory.createResource(Vocab.ID + "concept/a-minted-goal");
        Property candidate = ResourceFactory.createProperty(Vocab.SSPO, "candidate");
        ShapeValidator.Report report = validate(m -> {
            m.removeAll(goal, candidate, null);
            m.add(goal, candidate, "yes");
        });
        assertOnly(report, goal.getURI(), "sspo:candidate", "must be given once, as true or false");
    }

    @Test
    void withoutTheOntologyAsBackgroundSubclassesAreUnknown() {
        // A JournalArticle is a PolicyDocument only by sspo.ttl: the shapes alone cannot see that.
        String home = System.getProperty("policykg.home", "");
        ShapeValidator bare = ShapeValidator.fromFile(Path.of(home).toAbsolutePath().resolve("ontology/shapes.ttl"));
        ShapeValidator.Report report = bare.validate(valid().getGraph());
        assertFalse(report.conforms());
        assertTrue(report.violations().stream().anyMatch(v -> v.message().contains("not described as a policy document")),
                report.describe());
    }

    @Test
    void theOntologysExampleConformsAndPointsAtItsSentence() throws Exception {
        String home = System.getProperty("policykg.home", "");
        Model sspo = org.apache.jena.riot.RDFDataMgr.loadModel(Path.of(home).toAbsolutePath().resolve("ontology/sspo.ttl").toString());
        String example = sspo.getResource("https://w3id.org/sspo")
                .getProperty(org.apache.jena.vocabulary.SKOS.example).getString();
        Model m = parse(example);
        ShapeValidator.Report report = validator.validate(m.getGraph());
        assertTrue(report.conforms(), report.describe());
        assertTrue(m.contains(null, org.apache.jena.vocabulary.RDF.type, Vocab.Statement));
        // the offsets are those of the anchored sentence in the seed report
        String seed = java.nio.file.Files.readString(Path.of(home).toAbsolutePath().resolve("seeds/xinhua-qiushi-social-security.txt"));
        Resource sentence = m.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, Vocab.nifSentence).next();
        int begin = sentence.getProperty(Vocab.nifBeginIndex).getInt(), end = sentence.getProperty(Vocab.nifEndIndex).getInt();
        assertEquals(sentence.getProperty(Vocab.nifAnchorOf).getString(), seed.substring(begin, end));
    }

    @Test
    void aValueThatPassedAClassCheckInOneDocumentIsCheckedAgainInTheNext() {
        // sh:or of classes on a statement's reform depends on the value's type in each document, not on the value alone
        Resource minted = ResourceFactory.createResource(Vocab.ID + "concept/a-minted-goal");
        Model first = valid();
        first.add(r(first, "a-st1"), Vocab.proposesReform, minted);
        first.add(minted, org.apache.jena.vocabulary.RDF.type, Vocab.Reform);
        assertTrue(validator.validateDocument(first.getGraph()).conforms(), "typed as a reform in the first document");
        Model next = valid();
        next.add(r(next, "a-st1"), Vocab.proposesReform, minted);
        ShapeValidator.Report report = validator.validateDocument(next.getGraph());
        assertOnly(report, DOC + "a-st1", "sspo:proposesReform", "neither described as a reform");
        assertEquals(validator.validate(next.getGraph()).describe(), report.describe());
    }

    @Test
    void aDocumentThatAddsToTheClassHierarchyIsCheckedWithIt() {
        // the per-document check closes the background's class hierarchy once; a document with its own subclass is read with it
        Resource minted = ResourceFactory.createResource(Vocab.ID + "concept/a-minted-goal");
        Resource kind = ResourceFactory.createResource("https://example.org/PensionReform");
        ShapeValidator.Report withSubclass = validate(m -> {
            m.add(r(m, "a-st1"), Vocab.proposesReform, minted);
            m.add(minted, org.apache.jena.vocabulary.RDF.type, kind);
            m.add(kind, org.apache.jena.vocabulary.RDFS.subClassOf, Vocab.Reform);
        });
        assertTrue(withSubclass.conforms(), withSubclass.describe());
        expectOnly(m -> {
            m.add(r(m, "a-st1"), Vocab.proposesReform, minted);
            m.add(minted, org.apache.jena.vocabulary.RDF.type, kind);
        }, "a-st1", "sspo:proposesReform", "neither described as a reform");
        // a goal whose class is a subclass the document declares is a focus of the named-concept shape
        Resource goalKind = ResourceFactory.createResource("https://example.org/CoverageGoal");
        Resource unnamed = ResourceFactory.createResource(Vocab.ID + "concept/an-unnamed-goal");
        expectOnlyNode(m -> {
            m.add(goalKind, org.apache.jena.vocabulary.RDFS.subClassOf, Vocab.Goal);
            m.add(unnamed, org.apache.jena.vocabulary.RDF.type, goalKind);
            m.add(r(m, "a-st1"), Vocab.setsGoal, unnamed);
        }, unnamed.getURI(), "has no English name");
    }

    @Test
    void aShapeThatTargetsObjectsChecksLiteralsInEachDocument(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        // the per-document check leaves literals out of the nodes it checks only while no shape can focus on one
        Path shapes = dir.resolve("shapes.ttl");
        java.nio.file.Files.writeString(shapes, """
                PREFIX sh:  <http://www.w3.org/ns/shacl#>
                PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
                PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                <https://example.org/OffsetShape> a sh:NodeShape ; sh:targetObjectsOf nif:beginIndex ;
                    sh:datatype xsd:int ; sh:message "An offset is not an xsd:int." .
                """);
        ShapeValidator objects = ShapeValidator.fromFile(shapes);
        ShapeValidator.Report report = objects.validateDocument(valid().getGraph());
        assertFalse(report.conforms(), "the offset (a literal) was not checked");
        assertEquals(objects.validate(valid().getGraph()).describe(), report.describe());
    }

    @Test
    void theReportReadsAsNumberedEntries() {
        ShapeValidator.Report report = validate(m -> m.removeAll(r(m, "a-st1"), Vocab.statedIn, null));
        String text = report.describe();
        assertTrue(text.startsWith("Does not conform to the shapes: 1 violation"), text);
        assertTrue(text.contains("  1. <" + DOC + "a-st1>  (sspo:statedIn)"), text);
    }

    // ---------------------------------------------------------------- helpers

    static ShapeValidator.Report validate(Consumer<Model> change) {
        Model m = valid();
        change.accept(m);
        ShapeValidator.Report whole = validator.validate(m.getGraph());
        // the check convert and up run per document (only the document's nodes) finds exactly the same
        assertEquals(whole.describe(), validator.validateDocument(m.getGraph()).describe(), "validateDocument differs");
        return whole;
    }

    static void expectOnly(Consumer<Model> change, String focusLocal, String path, String message) {
        assertOnly(validate(change), DOC + focusLocal, path, message);
    }

    /** Exactly one node reported, whatever the property, for the message. */
    static void expectOnlyNode(Consumer<Model> change, String focus, String message) {
        ShapeValidator.Report report = validate(change);
        assertFalse(report.conforms(), "should not conform");
        for (ShapeValidator.Violation v : report.violations()) {
            assertEquals(focus, v.focusNode().getURI(), report.describe());
            assertTrue(v.message().contains(message), report.describe());
        }
    }

    /** Exactly the expected problem is reported, and nothing else: the rest of the graph stays valid. */
    static void assertOnly(ShapeValidator.Report report, String focus, String path, String message) {
        assertFalse(report.conforms(), "should not conform");
        assertFalse(report.violations().isEmpty());
        for (ShapeValidator.Violation v : report.violations()) {
            assertEquals(focus, v.focusNode().getURI(), report.describe());
            assertEquals(path, v.path(), report.describe());
            assertTrue(v.message().contains(message), "expected \"" + message + "\" in:\n" + report.describe());
        }
    }
}
