package org.policykg.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.document.*;

/**
 * English calls for reforms and goals (issue 14), on short texts written for these tests: verb-object reforms whose
 * inflections meet on one node, verbs told apart by their tags, lists that give each item, past achievements that set
 * no goal, and actors paired with the targets of their own clause.
 */
class EnglishCallsTest {
    @TempDir Path dir;

    private static Set<String> targets(Document doc, Role role) {
        return doc.statements().stream().flatMap(s -> s.targets(role).stream()).map(ConceptRef::label)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> iris(Document doc, Role role) {
        return doc.statements().stream().flatMap(s -> s.targets(role).stream()).map(ConceptRef::iri)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void inflectionsOfOneCallMeetOnOneNode() throws Exception {
        Document will = Converters.convert(dir, "will.txt", "The ministry will lengthen the waiting period for sickness benefits.");
        Document ing = Converters.convert(dir, "ing.txt", "Parliament must approve lengthening the waiting period for sickness benefits.");
        Set<String> a = iris(will, Role.REFORM), b = iris(ing, Role.REFORM);
        assertEquals(1, a.size(), a.toString());
        assertEquals(a, b);
        assertTrue(a.iterator().next().endsWith("/candidate/reform/lengthen-the-waiting-period"), a.toString());
        // the label stays as each text wrote it
        assertEquals(Set.of("lengthen the waiting period"), targets(will, Role.REFORM));
        assertEquals(Set.of("lengthening the waiting period"), targets(ing, Role.REFORM));
    }

    /**
     * A call for a reform in the present tense of a news report or in its progressive ("the county establishes a fund",
     * "the province is piloting a scheme", "the ministry rolls out …") calls for it as the base form does.
     */
    @Test
    void aCallInThePresentOrTheProgressiveCallsForTheReform() throws Exception {
        Document doc = Converters.convert(dir, "present.txt",
                "The county establishes a mutual-aid fund for older farmers. "
                        + "The province is piloting a home-care voucher for people with dementia. "
                        + "The ministry rolls out an online claim form for funeral grants next month.");
        Set<String> reforms = targets(doc, Role.REFORM);
        for (String expected : List.of("mutual-aid fund", "home-care voucher", "online claim form"))
            assertTrue(reforms.stream().anyMatch(r -> r.contains(expected)), expected + " in " + reforms);
    }

    @Test
    void aVerbOfChangeAfterAnInfinitiveIsAVerbWhateverItsTag() throws Exception {
        // the tagger may read "unify" before a noun as an adjective; "to" (past the adverb) says it is the verb
        Document doc = Converters.convert(dir, "unify.txt",
                "It is necessary to further unify survivor benefit rules, so that widows are treated alike in every province.");
        assertTrue(targets(doc, Role.REFORM).contains("unify survivor benefit rules"), targets(doc, Role.REFORM).toString());
    }

    @Test
    void aVerbAfterItsAuxiliaryOrAnInfinitiveToIsNoName() throws Exception {
        // "who will answer ..." and "to answer ..." are predicates and purposes, not the names of reforms
        Document doc = Converters.convert(dir, "answer.txt",
                "Today we are joined by an official of the pension department, who will answer questions on the reform of disability benefits. "
                        + "We are here to explain the new grouping rules and to answer questions from journalists.");
        for (String label : targets(doc, Role.REFORM))
            assertFalse(label.toLowerCase(java.util.Locale.ROOT).startsWith("answer"), targets(doc, Role.REFORM).toString());
    }

    @Test
    void aListAfterIncludingGivesEachMember() throws Exception {
        Document doc = Converters.convert(dir, "including.txt",
                "The province will introduce new carer benefits, including a respite allowance, a training voucher and a carer credit.");
        Set<String> reforms = targets(doc, Role.REFORM);
        assertTrue(reforms.containsAll(List.of("respite allowance", "training voucher", "carer credit")), reforms.toString());
    }

    @Test
    void coordinatedObjectsOfOneVerbAreEachAnItem() throws Exception {
        Document doc = Converters.convert(dir, "coordinated.txt",
                "The cabinet must unify survivor benefit rules, invalidity assessment procedures and appeal deadlines across regions.");
        Set<String> reforms = targets(doc, Role.REFORM);
        assertTrue(reforms.contains("invalidity assessment procedures"), reforms.toString());
        assertTrue(reforms.stream().anyMatch(r -> r.startsWith("appeal deadlines")), reforms.toString());
    }

    @Test
    void modifiersJoinedByAConjunctionAndRelativeClausesAreNoList() throws Exception {
        Document doc = Converters.convert(dir, "modifiers.txt",
                "We will build a care system that serves every district, links urban and rural providers, and is affordable. "
                        + "Investment shall follow the principles of prudent, transparent and accountable management.");
        Set<String> all = new TreeSet<>();
        for (Role r : List.of(Role.GOAL, Role.REFORM, Role.PRINCIPLE))
            all.addAll(targets(doc, r));
        for (String label : all) {
            assertFalse(label.startsWith("links") || label.startsWith("rural"), all.toString());
            assertFalse(label.equals("accountable management"), all.toString());
        }
    }

    @Test
    void examplesOfWhatAGoalImprovesAreNotGoals() throws Exception {
        Document doc = Converters.convert(dir, "examples.txt",
                "Townships should improve community services such as meal delivery, home visits and day care.");
        Set<String> goals = targets(doc, Role.GOAL);
        assertFalse(goals.stream().anyMatch(g -> g.contains("home visits") || g.contains("day care") || g.contains("such as")), goals.toString());
    }

    @Test
    void aLongNounPhraseIsMintedWhole() throws Exception {
        // eleven words from the head to the end of its complements: within the lexicon's cap (lex:maxCandidateWords)
        Document doc = Converters.convert(dir, "long.txt",
                "Provincial bureaus must ensure the protection of the rights and interests of workers beyond pension age.");
        assertEquals(Set.of("protection of the rights and interests of workers beyond pension age"), targets(doc, Role.GOAL));
    }

    /** Actor label -> the labels of the goals and reforms the same statement pairs it with. */
    private static java.util.Map<String, Set<String>> pairs(Document doc) {
        java.util.Map<String, Set<String>> out = new java.util.TreeMap<>();
        for (Statement st : doc.statements())
            for (ConceptRef a : st.targets(Role.RESPONSIBLE_ACTOR))
                for (Role r : List.of(Role.GOAL, Role.REFORM))
                    for (ConceptRef t : st.targets(r))
                        out.computeIfAbsent(a.label(), k -> new TreeSet<>()).add(t.label());
        return out;
    }

    @Test
    void anActorAnswersForTheTargetsOfItsOwnClause() throws Exception {
        Document doc = Converters.convert(dir, "clauses.txt",
                "Local governments should expand respite care for family carers, and the Ministry of Finance must raise the subsidy "
                        + "for care homes. The Ministry of Finance and the State Taxation Administration shall introduce a tax credit for carers.");
        java.util.Map<String, Set<String>> pairs = pairs(doc);
        assertEquals(Set.of("respite care"), pairs.get("Local governments"), pairs.toString());
        assertEquals(Set.of("raise the subsidy", "tax credit"), pairs.get("Ministry of Finance"), pairs.toString());
        // two actors named together share what their clause calls for
        assertEquals(Set.of("tax credit"), pairs.get("State Taxation Administration"), pairs.toString());
        // the first sentence gives two statements from one sentence, the second one
        assertEquals(3, doc.statements().size());
        assertEquals(doc.statements().get(0).sentence(), doc.statements().get(1).sentence());
    }
}
