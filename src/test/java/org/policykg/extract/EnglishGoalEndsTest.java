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
 * Goals stated as ends in English and measures that only look like goals (issue 14), on short texts written for these
 * tests: benefits in kind under a verb of developing, "include ... in budgets", a target set with its year between the
 * verb and its object, a system that takes shape, the aim reported in the past tense, the official English of 稳就业, and
 * noun phrases after a verb with no object that are not its list.
 */
class EnglishGoalEndsTest {
    @TempDir Path dir;

    private static Set<String> targets(Document doc, Role role) {
        return doc.statements().stream().flatMap(s -> s.targets(role).stream()).map(ConceptRef::label)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void careAndServicesAreMeasuresAndIncludingInABudgetSetsNoGoal() throws Exception {
        // "develop", "strengthen" and "provide" usually set goals; care and services are benefits in kind, what a plan
        // sets up, so reforms by their head noun
        Document doc = Converters.convert(dir, "care.txt",
                "Counties should develop village-level respite care for frail pensioners and provide meal delivery services. "
                        + "Provinces should strengthen rural hospice care.");
        assertEquals(Set.of(), targets(doc, Role.GOAL));
        Set<String> reforms = targets(doc, Role.REFORM);
        assertTrue(reforms.stream().anyMatch(r -> r.startsWith("village-level respite care")), reforms.toString());
        assertTrue(reforms.contains("meal delivery services"), reforms.toString());
        assertTrue(reforms.contains("rural hospice care"), reforms.toString());
        // the products of supplementary schemes are instruments too
        Document products = Converters.convert(dir, "products.txt",
                "Insurers are encouraged to develop supplementary disability insurance products.");
        assertEquals(Set.of(), targets(products, Role.GOAL));
        assertEquals(Set.of("supplementary disability insurance products"), targets(products, Role.REFORM));
        Document incentives = Converters.convert(dir, "incentives.txt",
                "The cabinet wants to improve financial incentives for older carpenters.");
        assertEquals(Set.of(), targets(incentives, Role.GOAL));
        assertTrue(targets(incentives, Role.REFORM).stream().anyMatch(r -> r.startsWith("financial incentives")),
                targets(incentives, Role.REFORM).toString());
        // putting something in a budget is an administrative act, neither a state to reach nor a reform, and the funding
        // guarantees of a plan's safeguards are the means of carrying it out
        Document budget = Converters.convert(dir, "budget.txt", "Treasuries shall include the respite vouchers in their annual budgets. "
                + "The treasury shall provide funding guarantees. The agency will enhance cooperation with savings banks.");
        assertEquals(Set.of(), targets(budget, Role.GOAL));
    }

    @Test
    void aTargetWithItsYearBetweenTheVerbAndTheObjectIsAGoal() throws Exception {
        Document doc = Converters.convert(dir, "target.txt",
                "The objective is to build, by 2031, a portable benefit system that covers all gig workers.");
        Set<String> goals = targets(doc, Role.GOAL);
        // the that-clause belongs to the name, and the head is the phrase's ("system"), not the clause's ("workers")
        assertEquals(Set.of("portable benefit system that covers all gig workers"), goals);
        // a clause between that is no adverbial of time is not passed over
        Document other = Converters.convert(dir, "other.txt",
                "The objective is to build, the minister said, a portable benefit system for gig workers.");
        assertEquals(Set.of(), targets(other, Role.GOAL));
    }

    @Test
    void aRelativeClauseWithThatIsBelongsToTheGoal() throws Exception {
        // "that is" inside a clause opens a relative clause (as "i.e." it is set off by commas): the system as it should be
        Document doc = Converters.convert(dir, "relative.txt",
                "Our objective is a disability benefit system that is simple, humane and trusted by claimants.");
        assertEquals(Set.of("disability benefit system that is simple"), targets(doc, Role.GOAL));
    }

    @Test
    void aSystemThatTakesShapeAndAnAimNamedAfterItsFrameAreGoals() throws Exception {
        Document shape = Converters.convert(dir, "shape.txt",
                "By 2029, a tiered disability support system covering all districts shall basically take shape.");
        assertEquals(Set.of("tiered disability support system"), targets(shape, Role.GOAL));
        Document was = Converters.convert(dir, "was.txt", "The minister said the aim was a portable pension for every courier.");
        assertEquals(Set.of("portable pension"), targets(was, Role.GOAL));
        Document objective = Converters.convert(dir, "objective.txt", "The objective is universal access to respite care.");
        assertEquals(Set.of("universal access to respite care"), targets(objective, Role.GOAL));
    }

    @Test
    void stabilizingEmploymentIsTheKnownGoal() throws Exception {
        Document doc = Converters.convert(dir, "jobs.txt", "The fund will play a larger role in stabilizing employment in mining towns.");
        assertTrue(doc.statements().stream().flatMap(s -> s.targets(Role.GOAL).stream())
                .anyMatch(g -> g.iri().endsWith("/concept/high-quality-full-employment")), targets(doc, Role.GOAL).toString());
    }

    @Test
    void nounPhrasesAfterAVerbWithNoObjectBeforeTheCommaAreNotItsList() throws Exception {
        // "increase" has no object before the comma: the noun phrases after it are a new subject, not goals it sets
        Document doc = Converters.convert(dir, "subject.txt",
                "Over the past decade the number of flexible workers saw a steady increase, part-time cashiers and freelance tutors. "
                        + "Officials reported the ranks of gig workers increase, part-time cashiers, freelance tutors.");
        assertEquals(Set.of(), targets(doc, Role.GOAL));
        // a verb with its object still runs its list on after the comma
        Document list = Converters.convert(dir, "list.txt",
                "Provinces shall improve the adequacy of survivor pensions, the portability of personal accounts and the fairness of appeals.");
        Set<String> goals = targets(list, Role.GOAL);
        assertTrue(goals.contains("portability of personal accounts"), goals.toString());
        assertTrue(goals.contains("fairness of appeals"), goals.toString());
    }
}
