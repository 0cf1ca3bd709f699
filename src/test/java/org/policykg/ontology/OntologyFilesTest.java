package org.policykg.ontology;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.*;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policykg.rdf.Vocab;

/** The ontology files: they parse, the contract terms exist, every term and concept is labelled in both languages. */
class OntologyFilesTest {
    static final String SCHEME = Vocab.ID + "scheme/social-security";
    static final List<Resource> DISJOINT = List.of(Vocab.Goal, Vocab.Reform, Vocab.Principle, Vocab.Actor);

    static Model sspo;
    static Model concepts;
    static Model alignments;

    @BeforeAll
    static void load() {
        sspo = Project.load("sspo.ttl");
        concepts = Project.load("concepts.ttl");
        alignments = Project.load("alignments.ttl");
    }

    @Test
    void everyOntologyFileParsesAsStrictTurtle() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Project.ontology())) {
            files = s.filter(f -> f.toString().endsWith(".ttl")).sorted().toList();
        }
        assertTrue(files.size() >= 4, "ontology/ holds sspo.ttl, concepts.ttl, shapes.ttl, alignments.ttl: " + files);
        for (Path f : files) {
            Model m = ModelFactory.createDefaultModel();
            // strict: RIOT's warnings (bad IRIs, bad language tags, ill-formed literals) fail the test too
            RDFParser.source(f).lang(Lang.TURTLE).strict(true)
                    .errorHandler(org.apache.jena.riot.system.ErrorHandlerFactory.errorHandlerStrictNoLogging).parse(m);
            assertFalse(m.isEmpty(), f + " is empty");
        }
    }

    @Test
    void contractTermsAreDeclared() {
        for (String c : List.of("PolicyDocument", "Statement", "Goal", "Reform", "Principle", "Actor", "Person", "Organization",
                "SystemComponent", "Plan", "Event", "Modality", "Post"))
            assertTrue(sspo.contains(sspo.getResource(Vocab.SSPO + c), RDF.type, OWL.Class), "class sspo:" + c);
        for (String p : List.of("statedIn", "setsGoal", "proposesReform", "upholdsPrinciple", "responsibleActor", "responsibleFor",
                "mentions", "modality", "hasComponent", "reportsOn", "holdsPost"))
            assertTrue(sspo.contains(sspo.getResource(Vocab.SSPO + p), RDF.type, OWL.ObjectProperty), "object property sspo:" + p);
        assertTrue(sspo.contains(sspo.getResource(Vocab.SSPO + "candidate"), RDF.type, OWL.DatatypeProperty));
        for (String m : List.of("Necessity", "Emphasis", "Observation", "Achievement", "Commitment"))
            assertTrue(sspo.contains(sspo.getResource(Vocab.SSPO + m), RDF.type, Vocab.Modality), "modality sspo:" + m);
        assertTrue(sspo.contains(Vocab.Person, RDFS.subClassOf, Vocab.Actor));
        assertTrue(sspo.contains(Vocab.Organization, RDFS.subClassOf, Vocab.Actor));
        assertEquals(Vocab.Statement, sspo.getResource(Vocab.statedIn.getURI()).getPropertyResourceValue(RDFS.domain));
        assertEquals(Vocab.PolicyDocument, sspo.getResource(Vocab.statedIn.getURI()).getPropertyResourceValue(RDFS.range));
        assertEquals(Vocab.Actor, sspo.getResource(Vocab.responsibleActor.getURI()).getPropertyResourceValue(RDFS.range));
    }

    @Test
    void ontologyHasItsMetadata() {
        Resource o = sspo.getResource("https://w3id.org/sspo");
        assertTrue(o.hasProperty(RDF.type, OWL.Ontology));
        for (Property p : List.of(OWL.versionInfo, OWL.versionIRI, dcterms("title"), dcterms("description"), dcterms("license"),
                dcterms("creator"), dcterms("created")))
            assertTrue(o.hasProperty(p), "the ontology has " + p.getLocalName());
    }

    @Test
    void everyClassPropertyAndModalityHasBothLabelsAndAnEnglishComment() {
        Set<Resource> terms = new HashSet<>();
        for (Resource type : List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, Vocab.Modality))
            sspo.listSubjectsWithProperty(RDF.type, type).filterKeep(Resource::isURIResource).forEach(terms::add);
        assertTrue(terms.size() >= 30, "classes, properties and modalities: " + terms.size());
        List<String> missing = new ArrayList<>();
        for (Resource t : terms) {
            if (!t.getURI().startsWith(Vocab.SSPO))
                missing.add(t + " is declared in sspo.ttl but not in the sspo: namespace");
            for (String lang : List.of("en", "zh"))
                if (literals(t, RDFS.label, lang).isEmpty())
                    missing.add(t.getLocalName() + " has no rdfs:label @" + lang);
            if (literals(t, RDFS.comment, "en").isEmpty())
                missing.add(t.getLocalName() + " has no English rdfs:comment");
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void objectPropertiesHaveADomain() {
        List<String> missing = new ArrayList<>();
        sspo.listSubjectsWithProperty(RDF.type, OWL.ObjectProperty).forEach(p -> {
            if (!p.hasProperty(RDFS.domain))
                missing.add(p.getLocalName());
        });
        assertEquals(List.of(), missing);
    }

    @Test
    void goalReformPrincipleAndActorArePairwiseDisjoint() {
        boolean declared = sspo.listSubjectsWithProperty(RDF.type, OWL.AllDisjointClasses).toList().stream().anyMatch(d -> {
            Resource list = d.getPropertyResourceValue(OWL.members);
            return list != null && new HashSet<>(list.as(RDFList.class).asJavaList()).equals(new HashSet<>(DISJOINT));
        });
        assertTrue(declared, "an owl:AllDisjointClasses with exactly Goal, Reform, Principle and Actor");
    }

    @Test
    void noConceptIsTypedAsTwoDisjointClasses() {
        Model all = union();
        List<String> clashes = new ArrayList<>();
        all.listSubjectsWithProperty(RDF.type, SKOS.Concept).forEach(c -> {
            List<String> kinds = new ArrayList<>();
            for (Resource cls : DISJOINT)
                if (hasTypeOrSubtype(all, c, cls))
                    kinds.add(cls.getLocalName());
            if (kinds.size() > 1)
                clashes.add(c.getURI() + " " + kinds);
        });
        assertEquals(List.of(), clashes);
    }

    private static boolean hasTypeOrSubtype(Model m, Resource r, Resource cls) {
        return r.listProperties(RDF.type).toList().stream()
                .anyMatch(s -> s.getObject().equals(cls) || m.contains(s.getResource(), RDFS.subClassOf, cls));
    }

    @Test
    void atLeastSixtyConceptsEachLabelledInBothLanguagesAndInTheScheme() {
        List<Resource> all = concepts.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList();
        assertTrue(all.size() >= 60, "concepts: " + all.size());
        Resource scheme = concepts.getResource(SCHEME);
        assertTrue(scheme.hasProperty(RDF.type, SKOS.ConceptScheme));
        List<String> problems = new ArrayList<>();
        for (Resource c : all) {
            if (!c.hasProperty(SKOS.inScheme, scheme))
                problems.add(c + ": not in the scheme");
            for (String lang : List.of("en", "zh"))
                if (literals(c, SKOS.prefLabel, lang).size() != 1)
                    problems.add(c + ": needs exactly one skos:prefLabel @" + lang);
            List<Resource> types = c.listProperties(RDF.type).mapWith(Statement::getResource)
                    .filterKeep(t -> t.getURI().startsWith(Vocab.SSPO)).toList();
            if (types.size() != 1)
                problems.add(c + ": needs exactly one SSPO class besides skos:Concept, has " + types);
            else if (!sspo.contains(types.get(0), RDF.type, OWL.Class))
                problems.add(c + ": typed with " + types.get(0) + ", which sspo.ttl does not declare");
            for (Statement s : c.listProperties(SKOS.altLabel).toList())
                if (s.getLiteral().getLanguage().isEmpty())
                    problems.add(c + ": alternative label without a language tag: " + s.getString());
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void conceptIrisFollowTheConvention() {
        List<String> problems = new ArrayList<>();
        concepts.listSubjectsWithProperty(RDF.type, SKOS.Concept).forEach(c -> {
            String folder = c.hasProperty(RDF.type, Vocab.Person) || c.hasProperty(RDF.type, Vocab.Organization) ? "actor/"
                    : c.hasProperty(RDF.type, concepts.getResource(Vocab.SSPO + "Post")) ? "post/" : "concept/";
            String prefix = Vocab.ID + folder;
            if (!c.getURI().startsWith(prefix) || !c.getURI().substring(prefix.length()).matches("[a-z0-9]+(-[a-z0-9]+)*"))
                problems.add(c.getURI() + " should be " + prefix + "lowercase-kebab-slug");
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void noLabelNamesTwoConceptsAndPreferredAndAlternativeLabelsDiffer() {
        // The converter matches labels: a label shared by two concepts, or repeated, makes matching ambiguous.
        Map<String, Set<String>> owners = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        concepts.listSubjectsWithProperty(RDF.type, SKOS.Concept).forEach(c -> {
            Set<String> own = new HashSet<>();
            for (Property p : List.of(SKOS.prefLabel, SKOS.altLabel))
                for (Statement s : c.listProperties(p).toList()) {
                    String key = s.getString().toLowerCase(Locale.ROOT).strip();
                    if (!own.add(key))
                        problems.add(c.getURI() + " repeats the label \"" + s.getString() + "\"");
                    owners.computeIfAbsent(key, k -> new TreeSet<>()).add(c.getURI());
                }
        });
        owners.forEach((label, cs) -> {
            if (cs.size() > 1)
                problems.add("\"" + label + "\" labels " + cs);
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void broaderRelatedAndComponentLinksPointIntoTheScheme() {
        List<String> dangling = new ArrayList<>();
        for (Property p : List.of(SKOS.broader, SKOS.related, Vocab.hasComponent,
                ResourceFactory.createProperty(Vocab.ORG, "postIn"), ResourceFactory.createProperty(Vocab.ORG, "subOrganizationOf"),
                Vocab.holdsPost))
            concepts.listStatements(null, p, (RDFNode) null).forEach(s -> {
                if (!concepts.contains(s.getResource(), SKOS.inScheme, concepts.getResource(SCHEME)))
                    dangling.add(s.getSubject().getURI() + " " + p.getLocalName() + " " + s.getObject());
            });
        assertEquals(List.of(), dangling);
    }

    @Test
    void retirementAgeAndNationalPoolingAreEachOneNodeForTheirManyNames() {
        Resource retirement = concepts.getResource(Vocab.ID + "concept/delaying-statutory-retirement-age");
        Resource pooling = concepts.getResource(Vocab.ID + "concept/national-pooling-of-basic-old-age-insurance");
        assertTrue(retirement.hasProperty(RDF.type, Vocab.Reform));
        assertTrue(pooling.hasProperty(RDF.type, Vocab.Reform));
        for (String l : List.of("gradual raising of the statutory retirement age", "delaying the statutory retirement age",
                "raising the statutory retirement age", "延迟法定退休年龄", "渐进式延迟法定退休年龄"))
            assertTrue(hasLabel(retirement, l), l);
        for (String l : List.of("national overall planning", "nationwide pooling of basic pension funds",
                "unified national management of funds", "全国统筹", "职工基本养老保险全国统筹"))
            assertTrue(hasLabel(pooling, l), l);
    }

    @Test
    void wikidataLinksAreOnlyTheCuratedOnes() {
        String wd = "http://www.wikidata.org/entity/";
        Map<String, String> expected = Map.of(
                "actor/xi-jinping", "Q15031", "actor/communist-party-of-china", "Q17427", "actor/peoples-republic-of-china", "Q148",
                "concept/social-security", "Q2483208", "concept/social-insurance", "Q7653906", "concept/pension", "Q156223");
        Map<String, String> found = new TreeMap<>();
        union().listStatements().forEach(s -> {
            if (s.getObject().isURIResource() && s.getResource().getURI().startsWith(wd)) {
                String subject = s.getSubject().getURI().substring(Vocab.ID.length());
                Property expectedLink = subject.startsWith("actor/") ? OWL.sameAs : SKOS.exactMatch;
                assertEquals(expectedLink, s.getPredicate(), "link type of " + subject);
                found.put(subject, s.getResource().getURI().substring(wd.length()));
            }
        });
        assertEquals(new TreeMap<>(expected), found);
        for (String subject : expected.keySet())
            assertTrue(concepts.contains(concepts.getResource(Vocab.ID + subject), SKOS.inScheme), subject + " is in the scheme");
    }

    @Test
    void alignmentsOnlyTouchDeclaredTerms() {
        List<String> unknown = new ArrayList<>();
        alignments.listSubjects().filterKeep(Resource::isURIResource).forEach(s -> {
            boolean known = sspo.containsResource(s) || concepts.containsResource(s)
                    || s.getURI().equals("https://w3id.org/sspo/alignments");
            if (!known || (s.getURI().startsWith(Vocab.SSPO) && !sspo.contains(s, RDF.type)))
                unknown.add(s.getURI());
        });
        assertEquals(List.of(), unknown);
    }

    // ---------------------------------------------------------------- helpers

    static Model union() {
        return ModelFactory.createUnion(ModelFactory.createUnion(sspo, concepts), alignments);
    }

    static Property dcterms(String local) {
        return ResourceFactory.createProperty("http://purl.org/dc/terms/", local);
    }

    static List<String> literals(Resource r, Property p, String lang) {
        return r.listProperties(p).mapWith(Statement::getObject).filterKeep(RDFNode::isLiteral).mapWith(RDFNode::asLiteral)
                .filterKeep(l -> l.getLanguage().equals(lang)).mapWith(Literal::getLexicalForm).toList();
    }

    static boolean hasLabel(Resource c, String label) {
        return Stream.of(SKOS.prefLabel, SKOS.altLabel).flatMap(p -> c.listProperties(p).toList().stream())
                .anyMatch(s -> s.getString().equals(label));
    }
}
