package org.policykg.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.document.*;
import org.policykg.rdf.Vocab;

/**
 * English reforms named by their change (issue 14), on short texts written for these tests: a noun of change with an
 * object of the domain ("an increase in the survivor pension"), a verb of change with a one-word object of the domain
 * ("lower premiums"), a phrasal verb of change, an object cut before a relative clause, and what names no change.
 */
class EnglishChangesTest {
    @TempDir Path dir;

    private static Set<String> reforms(Document doc) {
        return doc.statements().stream().flatMap(s -> s.targets(Role.REFORM).stream()).map(ConceptRef::label)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The labels of the reforms read from {@code text}, converted as a file named {@code name}. */
    private Set<String> reforms(String name, String text) throws Exception {
        return reforms(Converters.convert(dir, name, text));
    }

    @Test
    void aNounOfChangeWithAnObjectOfTheDomainNamesAReform() throws Exception {
        Set<String> reforms = reforms("nouns.txt",
                "The package agreed by the coalition on Tuesday contains an increase in the survivor pension, "
                        + "and the abolition of the income requirement for widows was confirmed by the cabinet.");
        assertTrue(reforms.contains("increase in the survivor pension"), reforms.toString());
        assertTrue(reforms.stream().anyMatch(r -> r.startsWith("abolition of the income requirement")), reforms.toString());
    }

    @Test
    void aSpanOfTheCalendarAfterAReformVerbIsWhenNotWhat() throws Exception {
        // "launched" calls for a reform, but "last year" after it says when the programme began, not what it is
        Set<String> reforms = reforms("calendar.txt",
                "Under the carer programme launched last year, families receive a monthly grant for each relative they look after.");
        assertTrue(reforms.stream().noneMatch(r -> r.contains("year")), reforms.toString());
    }

    @Test
    void dataSharingBetweenDepartmentsIsAReformOfAdministration() throws Exception {
        Set<String> reforms = reforms("sharing.txt",
                "Pension offices will check death records through data sharing with the police instead of asking families for certificates.");
        assertTrue(reforms.stream().anyMatch(r -> r.contains("data sharing")), reforms.toString());
    }

    @Test
    void aNounOfChangeWithAnyOtherObjectNamesNone() throws Exception {
        Document doc = Converters.convert(dir, "demand.txt",
                "Officials expect an increase in demand for home care, and the reduction of waiting times in clinics was slower than hoped.");
        assertEquals(Set.of(), reforms(doc));
    }

    @Test
    void aVerbOfChangeTakesAOneWordObjectOfTheDomain() throws Exception {
        Set<String> reforms = reforms("premiums.txt",
                "The cabinet agreed on Monday to lower premiums for apprentices. The agency will also narrow gaps.");
        assertTrue(reforms.contains("lower premiums"), reforms.toString());
        // a gap is not a thing of the domain: alone, it is no object a change is named by
        assertTrue(reforms.stream().noneMatch(r -> r.contains("gaps")), reforms.toString());
    }

    @Test
    void aGerundOfChangeInATextsFirstClauseNamesTheChange() throws Exception {
        // the tagger reads a clause from its cue; with no words before it, "widening" may be read as an adjective
        // (written as a sentence: the same words as a headline, without the full stop, call for nothing; see HeadlineRoles)
        Document doc = Converters.convert(dir, "headline.txt",
                "Cabinet approves disability reform widening coverage for gig workers.\n\nThe bill now goes to parliament.");
        assertTrue(reforms(doc).contains("widening coverage"), reforms(doc).toString());
    }

    @Test
    void aPhrasalVerbOfChangeKeepsItsParticles() throws Exception {
        Document doc = Converters.convert(dir, "fraud.txt",
                "The fund's inspectors have promised to crack down on fraud involving care vouchers in every district.");
        assertTrue(reforms(doc).stream().anyMatch(r -> r.startsWith("crack down on fraud")), reforms(doc).toString());
    }

    @Test
    void theObjectOfAChangeEndsBeforeARelativeClause() throws Exception {
        Set<String> reforms = reforms("relative.txt",
                "Provinces must extend the carer allowance to grandparents whose grandchildren live with them most of the year.");
        assertTrue(reforms.stream().anyMatch(r -> r.startsWith("extend the carer allowance")), reforms.toString());
        assertTrue(reforms.stream().noneMatch(r -> r.contains("whose")), reforms.toString());
    }

    @Test
    void aPassiveVerbAfterARelativeClauseTypesTheSubjectBeforeIt() throws Exception {
        Document doc = Converters.convert(dir, "relative-subject.txt",
                "The contribution ceiling for self-employed members, which freelancers must reach before they are covered, "
                        + "will be abolished in 2027.");
        Statement st = doc.statements().stream().filter(s -> !s.targets(Role.REFORM).isEmpty()).findFirst().orElseThrow(
                () -> new AssertionError("no reform in " + doc.statements()));
        assertTrue(st.targets(Role.REFORM).stream().anyMatch(r -> r.label().startsWith("contribution ceiling")), st.toString());
        // "must" belongs to the relative clause; the sentence's own force is "will"
        assertEquals(Vocab.SSPO + "Commitment", st.modalityIri());
    }

    @Test
    void aVerbOfChangeNeedsAnObjectOfTheDomain() throws Exception {
        Set<String> reforms = reforms("objects.txt",
                "The ministry will narrow the gaps between regions and widen the range of investment products. "
                        + "The fund will also subsidize part of the employer share for apprentices.");
        assertTrue(reforms.stream().noneMatch(r -> r.contains("gaps") || r.contains("range")), reforms.toString());
        // a quantity's object is what is changed: part of a share of contributions
        assertTrue(reforms.stream().anyMatch(r -> r.startsWith("subsidize part of the employer share")), reforms.toString());
    }

    @Test
    void thePastTenseReportsAReformMade() throws Exception {
        Set<String> reforms = reforms("past.txt",
                "Last year the cabinet introduced a carer allowance for grandparents. In 2019 parliament raised the pension age to 66.");
        assertTrue(reforms.contains("carer allowance"), reforms.toString());
        assertTrue(reforms.stream().anyMatch(r -> r.startsWith("raised the pension age")), reforms.toString());
    }

    @Test
    void aNounOfTheDomainTheTaggerReadsAsAnAdjectiveStillHeadsTheObject() throws Exception {
        // "deductible" and "minimum" are adjectives as often as nouns; after a determiner, with nothing after them to
        // modify, they are the nouns the change applies to
        Set<String> reforms = reforms("deductible.txt",
                "The new government will lower the deductible for dental care from next year, "
                        + "and it intends to raise the minimum for carers soon after.");
        assertTrue(reforms.stream().anyMatch(r -> r.startsWith("lower the deductible")), reforms.toString());
        assertTrue(reforms.stream().anyMatch(r -> r.startsWith("raise the minimum")), reforms.toString());
    }

    @Test
    void aPassiveInfinitiveAfterForTypesTheObjectOfFor() throws Exception {
        // the subject of "to be linked" is the object of "for", not the clause from its start
        Set<String> reforms = reforms("linked.txt",
                "The employers' federation welcomed the budget but called for the carer allowance to be indexed to wages from 2030.");
        assertTrue(reforms.contains("carer allowance"), reforms.toString());
        assertTrue(reforms.stream().noneMatch(r -> r.contains("budget") || r.contains("called")), reforms.toString());
    }

    @Test
    void aLaterObjectOfAVerbOfChangeIsNamedOnlyAsAThingOfTheDomain() throws Exception {
        Set<String> reforms = reforms("coordinated.txt",
                "The commission will consider broadening the contribution base to farmers and the self-employed, "
                        + "and the ministry will lower the premium rate and the waiting period for sickness benefits.");
        assertTrue(reforms.stream().anyMatch(r -> r.startsWith("broadening the contribution base")), reforms.toString());
        assertTrue(reforms.stream().noneMatch(r -> r.contains("self-employed") && !r.startsWith("broadening")), reforms.toString());
        assertTrue(reforms.stream().anyMatch(r -> r.startsWith("lower the premium rate")), reforms.toString());
        assertTrue(reforms.stream().anyMatch(r -> r.startsWith("waiting period")), reforms.toString());
    }

    @Test
    void changesToAThingAndAShiftTowardsADesignNameReforms() throws Exception {
        Set<String> reforms = reforms("shift.txt",
                "The union called for changes to the indexation formula, and the employers want a gradual shift towards a "
                        + "funded pillar alongside the public scheme. Nobody expected the change in demand for nursing homes.");
        assertTrue(reforms.contains("changes to the indexation formula"), reforms.toString());
        // "alongside" is a preposition: the head of the object is "pillar", a thing of the domain
        assertTrue(reforms.stream().anyMatch(r -> r.startsWith("shift towards a funded pillar")), reforms.toString());
        assertTrue(reforms.stream().noneMatch(r -> r.contains("demand")), reforms.toString());
    }

    @Test
    void aHyphenatedModifierOpensTheNameOfAnInstrument() throws Exception {
        // "one" and "off" are a number and a preposition alone; joined by hyphens before a noun they are one modifier
        Set<String> reforms = reforms("oneoff.txt",
                "Clinics should provide one-stop settlement for dental patients. "
                        + "The council will introduce a one-off heating grant for pensioners this winter.");
        assertTrue(reforms.stream().anyMatch(r -> r.startsWith("one-stop settlement")), reforms.toString());
        assertTrue(reforms.stream().anyMatch(r -> r.startsWith("one-off heating grant")), reforms.toString());
    }

    @Test
    void theSubjectOfAPassiveRunsThroughTheObjectOfAGerund() throws Exception {
        // "a" opens the object of "claiming", inside the subject, not a new subject
        Document doc = Converters.convert(dir, "gerund.txt", "The waiting period for claiming a carer grant will be reduced to three days.");
        Set<String> reforms = reforms(doc);
        assertTrue(reforms.stream().anyMatch(r -> r.startsWith("waiting period for claiming")), reforms.toString());
        assertFalse(reforms.contains("carer grant"), reforms.toString());
    }

    @Test
    void aVerbOfReformInsideANounCompoundCallsForNothing() throws Exception {
        // "reform" and "overhaul" after a noun of their phrase head it: no call, so nothing after them is an object
        Set<String> reforms = reforms("compound.txt",
                "Critics say the contribution-base overhaul came too late for most savers. "
                        + "Officials in charge of the sickness-benefit reform briefed reporters on Monday. "
                        + "The provinces will reform the pension formula next year.");
        assertTrue(reforms.stream().noneMatch(r -> r.contains("late") || r.contains("reporters")), reforms.toString());
        // the verb still calls for a reform where it is one
        assertTrue(reforms.stream().anyMatch(r -> r.contains("pension formula")), reforms.toString());
    }

    @Test
    void aValueStatedAsABoundIsPartOfTheChange() throws Exception {
        // regulations state the new value as a floor or a ceiling (不低于, 不超过), reporters as an estimate: the change
        // runs to the value with its bound, one reform, and the figure is no reform of its own
        Set<String> reforms = reforms("bounds.txt",
                "The monthly care allowance for each eligible household shall be raised to no less than 600 yuan. "
                        + "Under the new rules, the reimbursement cap for home nursing will be lifted by at least 20 percent.");
        assertTrue(reforms.stream().anyMatch(r -> r.contains("allowance") && r.endsWith("no less than 600 yuan")), reforms.toString());
        assertTrue(reforms.stream().anyMatch(r -> r.contains("cap for home nursing") && r.endsWith("at least 20 percent")), reforms.toString());
        assertTrue(reforms.stream().noneMatch(r -> r.equals("600 yuan")), reforms.toString());
    }

    @Test
    void aClauseSetOffByCommasBetweenTheParameterAndItsVerbStaysInTheChange() throws Exception {
        // the subject of the change is before the inserted clause, not the clause itself
        Set<String> reforms = reforms("inserted.txt",
                "The earnings limit for the winter supplement, paid each December, is to be raised to 2,500 euros.");
        assertTrue(reforms.stream().anyMatch(r -> r.startsWith("earnings limit") && r.endsWith("2,500 euros")), reforms.toString());
    }

    @Test
    void aRelativeClauseAfterTheParameterStaysInTheChangeButASaidThatClauseStartsIt() throws Exception {
        Set<String> reforms = reforms("relative.txt",
                "The yearly cap on premiums that a self-employed member may claim back will be raised to 9,000 yuan. "
                        + "The bureau said that the funeral grant will be raised to 5,000 yuan.");
        assertTrue(reforms.stream().anyMatch(r -> r.startsWith("yearly cap on premiums that") && r.endsWith("9,000 yuan")), reforms.toString());
        assertTrue(reforms.stream().noneMatch(r -> r.equals("9,000 yuan")), reforms.toString());
        assertTrue(reforms.stream().anyMatch(r -> r.startsWith("funeral grant will be raised")), reforms.toString());
    }

    @Test
    void aSchemeEnteringIntoForceIsAReformButTheDocumentThatSaysSoIsNot() throws Exception {
        Set<String> reforms = reforms("in-force.txt",
                "The revised carers' allowance package came into force on 1 January. "
                        + "This Notice shall take effect on the date of issue.");
        assertTrue(reforms.stream().anyMatch(r -> r.contains("carers' allowance package")), reforms.toString());
        assertTrue(reforms.stream().noneMatch(r -> r.toLowerCase(java.util.Locale.ROOT).contains("notice")), reforms.toString());
    }

    @Test
    void aPresentPassiveStatesADecisionInForceButNotInARelativeClause() throws Exception {
        Set<String> reforms = reforms("present-passive.txt",
                "From the first of March, the separate reporting duty for village clinics is abolished. "
                        + "For farmers and herders, the two enrolment procedures are unified. "
                        + "Parliament approved the care supplement, a payment for pensioners whose hearing is reduced. "
                        + "The law sets a new minimum for workers whose hours are cut by their employer.");
        assertTrue(reforms.stream().anyMatch(r -> r.contains("reporting duty for village clinics")), reforms.toString());
        assertTrue(reforms.stream().anyMatch(r -> r.contains("enrolment procedures")), reforms.toString());
        // a relative clause describes whom a payment or a minimum is for: its present passive decides nothing, so the
        // noun it describes is not made a reform by it ("payment for pensioners" [whose hearing] "is reduced"). The
        // models may read that noun with its clause, as the gold names such things ("payment for pensioners whose
        // hearing is reduced", "new minimum for workers"), so only the rule's cut before the relative pronoun is refused
        assertTrue(reforms.stream().noneMatch(r -> r.equals("payment for pensioners") || r.equals("minimum for workers")),
                reforms.toString());
    }

    @Test
    void aValueOrARuleChangedByDecisionIsAReformInThePassive() throws Exception {
        Set<String> reforms = reforms("passive-changes.txt",
                "Under the budget bill, the earnings allowance for carers will be doubled from next April. "
                        + "The asset test for the winter fuel payment is to be dropped, and the annual ceiling on "
                        + "home-help hours will be lifted for people over eighty. "
                        + "Bus passes for disabled residents shall be subsidised by the county. "
                        + "Membership of the pension board will be announced in May.");
        assertTrue(reforms.stream().anyMatch(r -> r.contains("earnings allowance for carers")), reforms.toString());
        assertTrue(reforms.stream().anyMatch(r -> r.contains("asset test")), reforms.toString());
        assertTrue(reforms.stream().anyMatch(r -> r.contains("ceiling on home-help hours")), reforms.toString());
        assertTrue(reforms.stream().anyMatch(r -> r.toLowerCase(java.util.Locale.ROOT).contains("bus passes")), reforms.toString());
        // announcing who sits on a board changes no rule
        assertTrue(reforms.stream().noneMatch(r -> r.contains("board")), reforms.toString());
    }

    @Test
    void aBenefitPeopleCanReceiveOrApplyForIsAReformButOneReceivedIsNot() throws Exception {
        Set<String> reforms = reforms("entitlements.txt",
                "From July, family carers can apply for a respite grant of 800 euros a year, and apprentices who lose "
                        + "their place may claim a one-off retraining voucher. Last year about two million people received "
                        + "a disability pension.");
        assertTrue(reforms.stream().anyMatch(r -> r.contains("respite grant")), reforms.toString());
        assertTrue(reforms.stream().anyMatch(r -> r.contains("retraining voucher")), reforms.toString());
        // what people received is a figure reported, not a benefit granted
        assertTrue(reforms.stream().noneMatch(r -> r.contains("disability pension")), reforms.toString());
    }

    @Test
    void aFloorOrACeilingARuleSetsIsAReformButNotAForecast() throws Exception {
        // the words of rules (shall, must) with a bound: the level set is the measure; "will not exceed" forecasts
        Set<String> reforms = reforms("bounds.txt",
                "The reimbursement ratio for dialysis at community clinics shall be no lower than the ratio at hospitals. "
                        + "The allowance is reduced for shorter records, but must not be less than half of the full rate. "
                        + "The monthly deposit charged by care homes shall not exceed three months of fees. "
                        + "Of the 20 years required, those paid in the city itself shall be no fewer than 8. "
                        + "The waiting period for late enrolment shall not be longer than six months. "
                        + "Officials said spending will not exceed the budget this year.");
        assertTrue(reforms.stream().anyMatch(r -> r.startsWith("The reimbursement ratio for dialysis") && r.contains("no lower than")), reforms.toString());
        assertTrue(reforms.stream().anyMatch(r -> r.startsWith("must not be less than half")), reforms.toString());
        assertTrue(reforms.stream().anyMatch(r -> r.contains("shall not exceed three months of fees")), reforms.toString());
        assertTrue(reforms.stream().anyMatch(r -> r.contains("shall be no fewer than 8")), reforms.toString());
        assertTrue(reforms.stream().anyMatch(r -> r.contains("shall not be longer than six months")), reforms.toString());
        assertTrue(reforms.stream().noneMatch(r -> r.contains("budget")), reforms.toString());
    }

    /**
     * Vouchers (re-employment, training, care service vouchers) are an instrument a scheme issues, as subsidies and
     * allowances are: a task on them is a reform; on a sentence written here, in both letter cases.
     */
    @Test
    void aTaskOnVouchersIsAReform() throws Exception {
        for (Document doc : Converters.convertInBothCases(dir, "vouchers.txt",
                "The labour bureau will check voucher redemptions every quarter.")) {
            Set<String> found = reforms(doc);
            assertTrue(found.stream().anyMatch(r -> r.equalsIgnoreCase("check voucher redemptions")), found.toString());
        }
    }
}
