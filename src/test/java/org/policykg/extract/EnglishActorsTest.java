package org.policykg.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.document.*;
import org.policykg.rdf.Vocab;

/**
 * English actors named by the lexicon's heads and collective nouns (issue 14), in texts written for this test:
 * bodies named with "for" or by a regulator's title, levels of government and groups of local bodies, each
 * group the document's own node, and local departments kept apart from the ministry of their field.
 */
class EnglishActorsTest {
    @TempDir Path dir;

    private static List<Mention> actors(Document doc) {
        return doc.mentions().stream().filter(m -> Vocab.Person.getURI().equals(m.concept().typeIri())
                || Vocab.Organization.getURI().equals(m.concept().typeIri())).toList();
    }

    private static Set<String> labels(Document doc) {
        return actors(doc).stream().map(m -> m.concept().label().toLowerCase(java.util.Locale.ROOT)).collect(Collectors.toSet());
    }

    private static ConceptRef actor(Document doc, String label) {
        return actors(doc).stream().map(Mention::concept).filter(c -> c.label().equalsIgnoreCase(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no actor " + label + " among " + labels(doc)));
    }

    private static Set<String> responsible(Document doc) {
        return doc.statements().stream().flatMap(s -> s.targets(Role.RESPONSIBLE_ACTOR).stream())
                .map(c -> c.label().toLowerCase(java.util.Locale.ROOT)).collect(Collectors.toSet());
    }

    @Test
    void bodiesNamedWithForAndRegulatorsAreOrganisations() throws Exception {
        Document doc = Converters.convert(dir, "for.txt",
                "The Department for Education and the Energy Regulator said on Monday that a review of workplace pensions "
                        + "will begin in the spring. A pension for teachers is not a body.");
        Set<String> names = labels(doc);
        assertTrue(names.contains("department for education"), names.toString());
        assertTrue(names.contains("energy regulator"), names.toString());
        // "for" joins a name only after an organisation's head
        assertTrue(names.stream().noneMatch(n -> n.contains("teachers")), names.toString());
    }

    @Test
    void aLevelOfGovernmentIsWhoActsAndEachDocumentHasItsOwn() throws Exception {
        String text = "The provincial government must raise the minimum pension for rural residents. "
                + "Localities should improve the delivery of unemployment insurance benefits. "
                + "The tax bureau will publish its annual report.";
        Document a = Converters.convert(dir, "province-a.txt", text);
        Document b = Converters.convert(dir, "province-b.txt", text);
        ConceptRef pa = actor(a, "provincial government"), pb = actor(b, "provincial government");
        assertEquals(Vocab.Organization.getURI(), pa.typeIri());
        // the same words name another province's government in another text: not one shared node
        assertNotEquals(pa.iri(), pb.iri());
        assertTrue(pa.iri().contains("/province-a/"), pa.iri());
        Set<String> who = responsible(a);
        assertTrue(who.contains("provincial government"), who.toString());
        assertTrue(who.contains("localities"), who.toString());
        // a singular lower-case body without a level ("the tax bureau") still refers back to a name: no actor
        assertTrue(labels(a).stream().noneMatch(n -> n.contains("tax bureau")), labels(a).toString());
    }

    @Test
    void aListOfBodiesWithoutCommasInALowercasedTextGivesEachItsName() throws Exception {
        Document doc = Converters.convert(dir, "run-on.txt",
                "the rules were issued by the ministry of commerce the general administration of customs and the national "
                        + "bureau of statistics on friday. the rules take effect in june.");
        Set<String> names = labels(doc);
        assertTrue(names.contains("ministry of commerce"), names.toString());
        assertTrue(names.contains("general administration of customs"), names.toString());
        assertTrue(names.contains("national bureau of statistics"), names.toString());
        // an "of ..." complement with a determiner inside still belongs to its name
        Document inner = Converters.convert(dir, "inner.txt",
                "the report of the department of the treasury was published on friday. the figures were revised later.");
        assertTrue(labels(inner).contains("department of the treasury"), labels(inner).toString());
    }

    @Test
    void localDepartmentsAreNotTheMinistryOfTheirField() throws Exception {
        Document doc = Converters.convert(dir, "departments.txt",
                "Civil affairs departments shall review the files of low-income households every year. "
                        + "The Ministry of Civil Affairs will issue guidelines on temporary assistance.");
        ConceptRef local = actor(doc, "civil affairs departments"), ministry = actor(doc, "Ministry of Civil Affairs");
        assertNotEquals(local.iri(), ministry.iri());
        assertFalse(ministry.candidate(), "the ministry is the scheme's node");
        assertTrue(local.iri().contains("/departments/"), local.iri());
    }
}
