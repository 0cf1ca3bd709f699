package org.policykg.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.document.*;
import org.policykg.rdf.Vocab;

/** Texts written for the test that say what the seed says in other words land on the same nodes. */
class ParaphraseTest {
    @TempDir Path dir;

    private static Set<String> slugs(Document doc, Role role) {
        return doc.statements().stream().flatMap(s -> s.targets(role).stream()).map(ConceptRef::iri)
                .map(i -> i.substring(i.lastIndexOf('/') + 1)).collect(Collectors.toSet());
    }

    @Test
    void otherWordsForTheSameReforms() throws Exception {
        Document doc = Converters.convert(dir, "other-report.txt",
                "BEIJING, May 3 (Xinhua) -- China will raise the statutory retirement age step by step, officials said.\r\n\r\n"
                        + "The State Council stressed that it is necessary to accelerate nationwide pooling of basic pension funds.\r\n\r\n"
                        + "Local authorities should push forward the three-medical linkage.");
        Set<String> reforms = slugs(doc, Role.REFORM);
        assertTrue(reforms.containsAll(Set.of("delaying-statutory-retirement-age", "national-pooling-of-basic-old-age-insurance",
                "three-medical-linkages")), reforms.toString());
        assertEquals(MonthDay.of(5, 3), doc.dateline().day());
        assertEquals("BEIJING", doc.dateline().place());
        assertEquals(Vocab.ID + "actor/xinhua-news-agency", doc.dateline().publisherRef().iri());
        Statement pooling = doc.statements().stream().filter(s -> s.targets(Role.REFORM).stream()
                .anyMatch(c -> c.iri().endsWith("national-pooling-of-basic-old-age-insurance"))).findFirst().orElseThrow();
        assertEquals(Vocab.SSPO + "Necessity", pooling.modalityIri());
    }

    @Test
    void principlesListedDifferentlyAndBritishSpelling() throws Exception {
        Document doc = Converters.convert(dir, "principles.md",
                "The speech emphasised that we must uphold common prosperity, stick to seeking truth from facts, keep advancing with the times "
                        + "and adhere to the unity and standardisation of the system.");
        Set<String> principles = slugs(doc, Role.PRINCIPLE);
        assertTrue(principles.containsAll(Set.of("seeking-truth-from-facts", "advancing-with-the-times",
                "unity-and-standardization")), principles.toString());
        // common prosperity is a state to reach: upheld, it is still a goal, never a principle
        assertTrue(slugs(doc, Role.GOAL).contains("common-prosperity"), slugs(doc, Role.GOAL).toString());
        assertFalse(principles.contains("common-prosperity"), principles.toString());
        assertEquals(Vocab.SSPO + "Necessity", doc.statements().get(0).modalityIri());
    }

    @Test
    void responsibilityAndStructureInOtherWords() throws Exception {
        Document doc = Converters.convert(dir, "structure.txt",
                "China's social security system takes social insurance as its mainstay, complemented by social relief, social welfare and special care.\n\n"
                        + "Party committees and governments at all levels must speed up the national pooling of pension funds.");
        Statement structure = doc.statements().stream().filter(s -> s.whole() != null).findFirst().orElseThrow();
        assertEquals(Set.of("social-insurance", "social-assistance", "social-welfare", "special-care"),
                structure.components().stream().map(c -> c.iri().substring(c.iri().lastIndexOf('/') + 1)).collect(Collectors.toSet()));
        Statement duty = doc.statements().get(doc.statements().size() - 1);
        assertEquals(Set.of("party-committees-and-governments-at-all-levels"), slugs(doc, Role.RESPONSIBLE_ACTOR));
        assertTrue(slugs(doc, Role.REFORM).contains("national-pooling-of-basic-old-age-insurance"));
        assertEquals(Vocab.SSPO + "Necessity", duty.modalityIri());
    }

    @Test
    void unknownGoalsBecomeCandidatesTypedByTheirCue() throws Exception {
        Document doc = Converters.convert(dir, "new.txt",
                "It is necessary to improve the portability of pension entitlements, and reform the financing of rural clinics.");
        Statement s = doc.statements().get(0);
        ConceptRef goal = s.targets(Role.GOAL).get(0);
        ConceptRef reform = s.targets(Role.REFORM).get(0);
        assertTrue(goal.candidate() && reform.candidate());
        assertEquals("portability of pension entitlements", goal.label());
        assertEquals("financing of rural clinics", reform.label());
        assertEquals(Vocab.Reform.getURI(), reform.typeIri());
    }

    @Test
    void theHeadNounSaysWhetherACandidateIsAGoalOrAReform() throws Exception {
        Document doc = Converters.convert(dir, "heads.txt",
                "Provide timely temporary assistance to families in hardship. We will improve the adequacy of survivor benefits. "
                        + "It is necessary to establish a special negotiation channel for innovative drugs. You in the city should help.");
        Set<String> goals = doc.statements().stream().flatMap(s -> s.targets(Role.GOAL).stream()).filter(ConceptRef::candidate)
                .map(ConceptRef::label).collect(Collectors.toSet());
        Set<String> reforms = doc.statements().stream().flatMap(s -> s.targets(Role.REFORM).stream()).filter(ConceptRef::candidate)
                .map(ConceptRef::label).collect(Collectors.toSet());
        assertTrue(reforms.stream().anyMatch(r -> r.contains("temporary assistance")), reforms.toString());
        assertTrue(reforms.stream().anyMatch(r -> r.contains("special negotiation channel")), reforms.toString());
        assertTrue(goals.stream().anyMatch(g -> g.contains("adequacy of survivor benefits")), goals.toString());
        // a pronoun or a number never starts a name
        for (String c : union(goals, reforms))
            assertFalse(c.startsWith("you") || c.matches("^\\d.*"), c);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new java.util.TreeSet<>(a);
        u.addAll(b);
        return u;
    }

    @Test
    void coordinatedObjectsAreSplitAndClausesAreNotNames() throws Exception {
        Document doc = Converters.convert(dir, "coord.txt",
                "Local governments should do a good job in the collection of contributions and the supervision of pension funds, "
                        + "and ensure that all reforms move forward together.");
        Set<String> goals = doc.statements().stream().flatMap(s -> s.targets(Role.GOAL).stream()).map(ConceptRef::label)
                .collect(Collectors.toSet());
        Set<String> reforms = doc.statements().stream().flatMap(s -> s.targets(Role.REFORM).stream()).map(ConceptRef::label)
                .collect(Collectors.toSet());
        // the clause after "ensure that" is the aim, read whole (lex:PurposeCue), never cut to a name ("all reforms")
        assertEquals(Set.of("collection of contributions", "all reforms move forward together"), goals);
        // its head noun names an instrument (lex:reformHead), so the verb's goal gives way; the phrase is the scheme's
        // fund supervision (preferred label "supervision of social security funds")
        assertEquals(Set.of("supervision of social security funds"), reforms);
    }

    @Test
    void anotherReportNobodyHereHasSeenBefore() throws Exception {
        Document doc = Converters.convert(dir, "decision.txt",
                "BEIJING, Sept. 13 (Xinhua) -- China will gradually raise its statutory retirement age over the next 15 years, "
                        + "according to a decision adopted by the top legislature on Friday.\n\n"
                        + "The reform will be implemented in a voluntary and flexible manner.\n\n"
                        + "The decision emphasized that it is necessary to improve the basic pension insurance system and promote the "
                        + "national pooling of basic pension insurance funds. Local governments should strengthen supervision of medical "
                        + "insurance funds and ensure that employees' rights are protected.");
        assertEquals(MonthDay.of(9, 13), doc.dateline().day());
        assertTrue(slugs(doc, Role.REFORM).containsAll(Set.of("delaying-statutory-retirement-age", "national-pooling-of-basic-old-age-insurance")),
                slugs(doc, Role.REFORM).toString());
        Set<String> candidates = doc.statements().stream().flatMap(s -> s.links().stream()).map(Link::target)
                .filter(ConceptRef::candidate).map(ConceptRef::label).collect(Collectors.toSet());
        // "the reform" is a noun, not a call; "ensure that ..." opens a clause, read whole as the aim, not cut to a name;
        // the unknown subject of "should" acts
        assertEquals(Set.of("basic pension insurance system", "supervision of medical insurance funds", "Local governments",
                "employees' rights are protected"), candidates);
        assertTrue(slugs(doc, Role.GOAL).contains("employees-rights-are-protected"), slugs(doc, Role.GOAL).toString());
        ConceptRef actor = doc.statements().stream().flatMap(s -> s.targets(Role.RESPONSIBLE_ACTOR).stream()).findFirst().orElseThrow();
        assertEquals("Local governments", actor.label());
        assertEquals(Vocab.Organization.getURI(), actor.typeIri());
    }

    @Test
    void theReportedWorkCanComeFromTheSidecar() throws Exception {
        java.nio.file.Files.writeString(dir.resolve("summary.meta.json"),
                "{\"reportedVenue\": \"Qiushi\", \"reportedAuthor\": \"Xi Jinping\", \"reportedTitle\": \"On pensions\"}");
        Document doc = Converters.convert(dir, "summary.txt",
                "The article stresses that it is necessary to speed up the national pooling of basic old-age insurance.");
        assertEquals(Vocab.ID + "actor/xi-jinping", doc.reportedWork().authorRef().iri());
        assertEquals(Vocab.ID + "actor/qiushi", doc.reportedWork().venueRef().iri());
        assertTrue(doc.statements().get(0).reported());
        assertEquals(Vocab.SSPO + "Necessity", doc.statements().get(0).modalityIri());
    }

    @Test
    void anotherSpeakerEndsTheReportedWorksVoice() throws Exception {
        java.nio.file.Files.writeString(dir.resolve("mixed.meta.json"), "{\"reportedVenue\": \"Qiushi\", \"reportedAuthor\": \"Xi Jinping\"}");
        Document doc = Converters.convert(dir, "mixed.txt",
                "The article emphasizes that it is necessary to speed up the national pooling of basic old-age insurance. "
                        + "It is necessary to promote the three medical linkages. "
                        + "The State Council stressed that it is necessary to raise the statutory retirement age.");
        List<Statement> st = doc.statements();
        assertEquals(3, st.size());
        assertTrue(st.get(0).reported() && st.get(1).reported());
        assertFalse(st.get(2).reported());
        assertEquals(Vocab.ID + "actor/state-council", st.get(2).speaker().iri());
        assertEquals(Vocab.SSPO + "Necessity", st.get(2).modalityIri());
    }

    /** Another rendering of the seed's news, written for this test in the style of an English wire report. */
    @Test
    void anotherRenderingOfTheSameNews() throws Exception {
        String text = new String(ParaphraseTest.class.getResourceAsStream("/other-rendering.txt").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        Document doc = Converters.convert(dir, "other-rendering.txt", text);
        ReportedWork w = doc.reportedWork();
        assertNotNull(w, "the reported article is read");
        assertEquals(Vocab.ID + "actor/xi-jinping", w.authorRef().iri());
        assertEquals(Vocab.ID + "actor/qiushi", w.venueRef().iri());
        assertEquals("8", w.issue());
        assertTrue(slugs(doc, Role.REFORM).containsAll(Set.of("delaying-statutory-retirement-age", "national-pooling-of-basic-old-age-insurance")));
        assertTrue(slugs(doc, Role.RESPONSIBLE_ACTOR).contains("party-committees-and-governments-at-all-levels"));
        assertTrue(slugs(doc, Role.PRINCIPLE).contains("people-first"));
        Statement structure = doc.statements().stream().filter(s -> s.whole() != null).findFirst().orElseThrow();
        assertEquals(Set.of("social-insurance", "social-assistance", "social-welfare", "special-care"),
                structure.components().stream().map(c -> c.iri().substring(c.iri().lastIndexOf('/') + 1)).collect(Collectors.toSet()));
        assertEquals(Vocab.SSPO + "Achievement", structure.modalityIri());
        assertTrue(doc.statements().stream().filter(s -> !s.links().isEmpty()).allMatch(Statement::reported));
    }

    @Test
    void pastTenseIsNotACall() throws Exception {
        Document doc = Converters.convert(dir, "past.txt",
                "Since 2012 the Party Central Committee promoted the construction of the pension system into the fast lane.");
        assertTrue(slugs(doc, Role.GOAL).isEmpty(), slugs(doc, Role.GOAL).toString());
    }
}
