package org.policykg.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.Duration;
import java.util.*;
import java.util.function.Consumer;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policykg.document.Metadata;
import org.policykg.rdf.DocumentGraphWriter;
import org.policykg.rdf.ShapeValidator;
import org.policykg.rdf.Vocab;

/**
 * The check convert and up run on each document ({@link ShapeValidator#validateDocument}) says what the
 * whole-graph check ({@link ShapeValidator#validate(Graph)}) says, on the real output of the seed and the dev
 * texts, as converted and with faults put into them.
 */
class DocumentShapeCheckTest {
    static ShapeValidator validator;
    static List<Graph> documents = new ArrayList<>();

    @BeforeAll
    static void convert() throws Exception {
        Path ontology = Converters.home().resolve("ontology");
        validator = ShapeValidator.forOntology(ontology);
        BatchRunner runner = BatchRunner.forOntology(ontology, new DocumentGraphWriter.Run("test", null), 2, Duration.ofMinutes(5));
        List<Path> files = Conversion.textFiles(List.of(Converters.home().resolve("seeds"), Converters.home().resolve("corpus/dev")));
        for (BatchRunner.Outcome o : runner.run(files, Metadata.EMPTY, new StreamRDFBase() {
            Graph g;
            @Override public void start() { g = GraphFactory.createDefaultGraph(); }
            @Override public void quad(Quad q) { g.add(q.asTriple()); }
            @Override public void triple(Triple t) { g.add(t); }
            @Override public void finish() { documents.add(g); }
        }))
            assertTrue(o.ok(), o.file() + ": " + o.error());
        assertTrue(documents.size() > 20, "too few documents: " + documents.size());
    }

    @Test
    void everyConvertedDocumentConformsByBothChecks() {
        for (Graph g : documents) {
            ShapeValidator.Report doc = validator.validateDocument(g);
            assertTrue(doc.conforms(), doc.describe());
            assertEquals(validator.validate(g).describe(), doc.describe());
        }
    }

    @Test
    void aCandidateWithoutANameIsReportedByBothChecks() {
        Node candidate = NodeFactory.createURI(Vocab.SSPO + "candidate");
        faulty(g -> {
            Node c = g.find(Node.ANY, candidate, Node.ANY).next().getSubject();
            g.remove(c, SKOS.prefLabel.asNode(), Node.ANY);
        });
    }

    @Test
    void anActorGivenASecondEnglishNameIsReportedByBothChecks() {
        // an actor (often of the scheme, named in the background too) that the document names
        faulty(g -> {
            // the first by IRI, not by the graph's order: which actor that is must not depend on the hashing of the rest
            Node c = g.find(Node.ANY, SKOS.prefLabel.asNode(), Node.ANY).filterKeep(t -> t.getSubject().getURI().contains("/actor/"))
                    .mapWith(t -> t.getSubject()).toList().stream().min(java.util.Comparator.comparing(Node::getURI)).orElseThrow();
            g.add(c, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("another name", "en"));
        });
    }

    @Test
    void aSentenceWithoutItsTextOrAStatementWithoutItsSentenceIsReportedByBothChecks() {
        faulty(g -> g.remove(g.find(Node.ANY, Vocab.nifAnchorOf.asNode(), Node.ANY).next().getSubject(), Vocab.nifAnchorOf.asNode(), Node.ANY));
        faulty(g -> g.remove(g.find(Node.ANY, RDF.type.asNode(), Vocab.Statement.asNode()).next().getSubject(), Vocab.provWasDerivedFrom.asNode(), Node.ANY));
    }

    @Test
    void anOffsetOfTheWrongDatatypeIsReportedByBothChecks() {
        // sh:or of four datatypes: every alternative fails
        faulty(g -> {
            Node sentence = g.find(Node.ANY, RDF.type.asNode(), Vocab.nifSentence.asNode()).next().getSubject();
            Triple t = g.find(sentence, Vocab.nifBeginIndex.asNode(), Node.ANY).next();
            g.delete(t);
            g.add(t.getSubject(), t.getPredicate(), NodeFactory.createLiteralDT("12", XSDDatatype.XSDdecimal));
        });
    }

    @Test
    void aReformThatIsNeitherAReformNorAComponentIsReportedByBothChecks() {
        // sh:or of two classes on a property's values
        faulty(g -> {
            Node statement = g.find(Node.ANY, Vocab.proposesReform.asNode(), Node.ANY).next().getSubject();
            g.add(statement, Vocab.proposesReform.asNode(), NodeFactory.createURI("https://example.org/not-a-reform"));
        });
    }

    @Test
    void aGoalNamedInChineseAloneThatIsNoCandidateIsReportedByBothChecks() {
        // sh:qualifiedValueShape (an @en name) inside sh:or: neither alternative holds
        Node candidate = NodeFactory.createURI(Vocab.SSPO + "candidate");
        faulty(g -> {
            Node c = g.find(Node.ANY, candidate, Node.ANY).filterKeep(t -> t.getSubject().getURI().contains("/goal/")).next().getSubject();
            g.remove(c, candidate, Node.ANY);
            g.remove(c, SKOS.prefLabel.asNode(), Node.ANY);
            g.add(c, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("目标", "zh"));
        });
    }

    @Test
    void aSchemeActorFoundValidOnceIsCheckedAgainWhenADocumentSaysMoreOfIt() {
        // the per-document check remembers that a node of the scheme conforms; a document naming it anew must not be let through
        Graph original = documents.stream().filter(g -> firstActor(g) != null).findFirst().orElseThrow();
        assertTrue(validator.validateDocument(original).conforms());
        Graph g = GraphFactory.createDefaultGraph();
        original.find().forEachRemaining(g::add);
        g.add(firstActor(g), SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("yet another name", "en"));
        ShapeValidator.Report doc = validator.validateDocument(g);
        assertFalse(doc.conforms(), "the second English name went unreported");
        assertEquals(validator.validate(g).describe(), doc.describe());
    }

    @Test
    void aFaultInTheSchemeIsReportedInEveryDocumentThatNamesIt(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        // a scheme actor with two English names: each document that names it fails, the second as the first
        Map<Node, Integer> naming = new TreeMap<>(java.util.Comparator.comparing(Node::getURI));
        for (Graph g : documents)
            g.find(Node.ANY, SKOS.prefLabel.asNode(), Node.ANY).mapWith(Triple::getSubject).filterKeep(n -> n.getURI().contains("/actor/"))
                    .toSet().forEach(n -> naming.merge(n, 1, Integer::sum));
        Node actor = naming.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey(); // the first of the most named
        Path ontology = Converters.home().resolve("ontology");
        for (String f : List.of("shapes.ttl", "sspo.ttl", "concepts.ttl"))
            java.nio.file.Files.copy(ontology.resolve(f), dir.resolve(f));
        java.nio.file.Files.writeString(dir.resolve("concepts.ttl"), "\n<" + actor.getURI() + "> <" + SKOS.prefLabel.getURI() + "> \"a second name\"@en .\n",
                java.nio.file.StandardOpenOption.APPEND);
        ShapeValidator faultyScheme = ShapeValidator.forOntology(dir);
        List<Graph> named = documents.stream().filter(g -> g.contains(actor, SKOS.prefLabel.asNode(), Node.ANY)).limit(3).toList();
        assertTrue(named.size() >= 2, "too few documents name " + actor);
        for (Graph g : named) {
            ShapeValidator.Report doc = faultyScheme.validateDocument(g);
            assertFalse(doc.conforms(), "the scheme's fault went unreported");
            assertTrue(doc.describe().contains("two preferred names in the same language"), doc.describe());
            // the same node, property and message as the whole-graph check (which of the two names it quotes may differ)
            assertEquals(problems(faultyScheme.validate(g)), problems(doc));
        }
    }

    @Test
    void aClosedShapeSeesThroughTheSinkWhatNoShapeNames(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        // the sink checks only the triples a shape can read; a closed shape reads every property of its focus
        Path ontology = Converters.home().resolve("ontology");
        for (String f : List.of("shapes.ttl", "sspo.ttl", "concepts.ttl"))
            java.nio.file.Files.copy(ontology.resolve(f), dir.resolve(f));
        java.nio.file.Files.writeString(dir.resolve("shapes.ttl"), """

                <https://example.org/ClosedSentence> a <http://www.w3.org/ns/shacl#NodeShape> ;
                    <http://www.w3.org/ns/shacl#targetClass> <%s> ;
                    <http://www.w3.org/ns/shacl#closed> true ;
                    <http://www.w3.org/ns/shacl#ignoredProperties> ( <%s> <%s> <%s> <%s> ) .
                """.formatted(Vocab.nifSentence.getURI(), RDF.type.getURI(), Vocab.nifBeginIndex.getURI(), Vocab.nifEndIndex.getURI(),
                Vocab.nifAnchorOf.getURI()), java.nio.file.StandardOpenOption.APPEND);
        ShapeValidator closed = ShapeValidator.forOntology(dir);
        Graph g = documents.get(0);
        String expected = closed.validate(g).describe().strip();
        assertTrue(expected.contains(Vocab.nifReferenceContext.getLocalName()), expected);
        assertEquals(expected, refusalBySink(closed, g));
        // and the same document, as converted, passes the sink of the project's shapes
        assertNull(refusalBySink(validator, g));
    }

    @Test
    void aClassTheDocumentPutsUnderAShapesClassCountsThroughTheSink() {
        // the sink sets aside types of classes no shape names; a document that adds to the class hierarchy gets them back
        Graph original = documents.stream().filter(g -> g.contains(Node.ANY, Vocab.setsGoal.asNode(), Node.ANY)).findFirst().orElseThrow();
        Node statement = original.find(Node.ANY, Vocab.setsGoal.asNode(), Node.ANY).next().getSubject();
        Node aim = NodeFactory.createURI("https://example.org/aim/steady-pensions"), kind = NodeFactory.createURI("https://example.org/Aim");
        Graph g = GraphFactory.createDefaultGraph();
        original.find().forEachRemaining(g::add);
        g.add(statement, Vocab.setsGoal.asNode(), aim);
        g.add(aim, RDF.type.asNode(), kind);
        g.add(kind, org.apache.jena.vocabulary.RDFS.subClassOf.asNode(), Vocab.Goal.asNode());
        g.add(aim, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("steady pensions", "en"));
        assertTrue(validator.validate(g).conforms(), validator.validate(g).describe());
        assertNull(refusalBySink(validator, g));
        // the same aim unnamed: a goal (by the document's hierarchy) with no English name, reported alike
        g.remove(aim, SKOS.prefLabel.asNode(), Node.ANY);
        assertFalse(validator.validate(g).conforms());
        assertEquals(validator.validate(g).describe().strip(), refusalBySink(validator, g));
    }

    /** The violations a {@link ShapeCheckingSink} refuses {@code g} for, as {@link ShapeValidator.Report#describe} gives them; null if it passes. */
    private static String refusalBySink(ShapeValidator v, Graph g) {
        org.policykg.rdf.ShapeCheckingSink sink = new org.policykg.rdf.ShapeCheckingSink(v, "doc", org.apache.jena.riot.system.StreamRDFLib.sinkNull());
        sink.start();
        g.find().forEachRemaining(sink::triple);
        try {
            sink.finish();
            return null;
        } catch (org.policykg.error.UserError e) {
            String prefix = "doc: the output does not conform to the shapes:\n";
            assertTrue(e.getMessage().startsWith(prefix), e.getMessage());
            return e.getMessage().substring(prefix.length()).stripIndent().strip();
        }
    }

    private static List<String> problems(ShapeValidator.Report report) {
        return report.violations().stream().map(v -> v.focus() + " " + v.path() + " " + v.message()).toList();
    }

    /** The first actor (by IRI) a document names with a preferred name, or null. */
    private static Node firstActor(Graph g) {
        return g.find(Node.ANY, SKOS.prefLabel.asNode(), Node.ANY).filterKeep(t -> t.getSubject().getURI().contains("/actor/"))
                .mapWith(Triple::getSubject).toList().stream().min(java.util.Comparator.comparing(Node::getURI)).orElse(null);
    }

    /** The fault in the first documents it applies to: both checks report it, alike. */
    private static void faulty(Consumer<Graph> fault) {
        int checked = 0;
        for (Graph original : documents) {
            Graph g = GraphFactory.createDefaultGraph();
            original.find().forEachRemaining(g::add);
            try {
                fault.accept(g);
            } catch (NoSuchElementException ex) {
                continue; // nothing in this document to break so
            }
            ShapeValidator.Report doc = validator.validateDocument(g);
            assertFalse(doc.conforms(), "the fault went unreported");
            assertEquals(validator.validate(g).describe(), doc.describe());
            assertEquals(validator.validate(g).describe().strip(), refusalBySink(validator, g));
            if (++checked == 5)
                return;
        }
        assertTrue(checked > 0, "no document to put the fault into");
    }
}
