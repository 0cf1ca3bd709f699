package org.policykg.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.document.*;

/**
 * Goals stated as outcomes in English, on short texts written for these tests: a verb of keeping with its object and an
 * adjective of outcome, a verb of covering with a universal object, purpose frames in the past tense; and the forms that
 * only look like them (a predicate after its subject or a relative word, a denied verb, a gerund in a list of principles).
 */
class EnglishOutcomeGoalsTest {
    @TempDir Path dir;

    private static Set<String> targets(Document doc, Role role) {
        return doc.statements().stream().flatMap(s -> s.targets(role).stream()).map(ConceptRef::label)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void aVerbOfKeepingWithItsObjectAndAnAdjectiveOfOutcomeSetsTheState() throws Exception {
        // "sustainable" and "solvent" are read as nouns of the object by the tagger here: the lexicon's adjectives of outcome say
        Document doc = Converters.convert(dir, "keep.txt",
                "The county will raise the levy to keep the hardship fund solvent. "
                        + "Trimming the top rate is about keeping the farmers' pension scheme sustainable. "
                        + "The board must keep the premiums of small traders fair and affordable.");
        Set<String> goals = targets(doc, Role.GOAL);
        assertTrue(goals.contains("keep the hardship fund solvent"), goals.toString());
        assertTrue(goals.contains("keeping the farmers' pension scheme sustainable"), goals.toString());
        assertTrue(goals.contains("keep the premiums of small traders fair and affordable"), goals.toString());
    }

    @Test
    void aVerbOfKeepingAfterItsSubjectOrWithNoComplementSetsNothing() throws Exception {
        // a predicate that describes ("crèches that keep their fees low"), a noun after the adjective ("the same base"),
        // and a denied verb set no goal
        Document doc = Converters.convert(dir, "described.txt",
                "The town pays grants to crèches that keep their fees low. "
                        + "The fund will keep the same contribution base for two years. "
                        + "Some districts' income cannot cover all of their spending on carers.");
        Set<String> goals = targets(doc, Role.GOAL);
        assertTrue(goals.stream().noneMatch(g -> g.startsWith("keep") || g.startsWith("cover")), goals.toString());
    }

    @Test
    void aVerbOfCoveringWithAUniversalObjectSetsTheCoverageToItsTimeLimit() throws Exception {
        Document doc = Converters.convert(dir, "cover.txt",
                "By 2028, the carers' allowance shall cover all who look after a disabled relative, and the rules shall be simpler. "
                        + "The ministry set the aim of covering every rural county with the new helpline by the end of 2027.");
        Set<String> goals = targets(doc, Role.GOAL);
        assertTrue(goals.contains("cover all who look after a disabled relative"), goals.toString());
        assertTrue(goals.contains("covering every rural county with the new helpline"), goals.toString());
        // over money, a universal word speaks of spending, not of who is covered
        Document money = Converters.convert(dir, "money.txt",
                "The grant must cover every penny of the fees charged by licensed carers.");
        assertTrue(targets(money, Role.GOAL).stream().noneMatch(g -> g.startsWith("cover")), targets(money, Role.GOAL).toString());
    }

    @Test
    void aGerundOfKeepingThatContinuesAListOfPrinciplesNamesAPrinciple() throws Exception {
        Document doc = Converters.convert(dir, "principles.txt",
                "Counties shall follow the principles of meeting basic needs, paying benefits for those most at risk, "
                        + "and keeping relief affordable.");
        assertTrue(targets(doc, Role.PRINCIPLE).contains("keeping relief affordable"), targets(doc, Role.PRINCIPLE).toString());
        assertFalse(targets(doc, Role.GOAL).contains("keeping relief affordable"), targets(doc, Role.GOAL).toString());
    }

    @Test
    void anAdjectiveTheTaggerReadsAsAnAdverbBeforeTheNounOpensTheName() throws Exception {
        // "nationwide" is tagged an adverb here; before the noun it modifies it is the name's first word
        Document doc = Converters.convert(dir, "adverb.txt", "Our aim is nationwide portability within three years.");
        assertTrue(targets(doc, Role.GOAL).stream().anyMatch(g -> g.startsWith("nationwide portability")), targets(doc, Role.GOAL).toString());
    }

    @Test
    void aPurposeFrameInThePastTenseStatesItsClauseAsTheGoal() throws Exception {
        Document doc = Converters.convert(dir, "past.txt",
                "The minister said the aim was that every widow receives her survivor's pension within a month.");
        assertTrue(targets(doc, Role.GOAL).contains("every widow receives her survivor's pension within a month"),
                targets(doc, Role.GOAL).toString());
    }
}
