package org.policykg.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policykg.document.*;

/**
 * A parameter of the domain moved to a value the sentence gives (lex:ValueChange): "the subsidy will be raised from 40
 * yuan to 55 yuan", "the cap rises to 6,000 yuan", "is being cut from six months to three", "were lifted by a further 10
 * percent". The change, from its subject to its value, is the reform; a level reported in the past tense ("rose by 3
 * percent"), a denied change and a noun ("a rise to …") are none; the amount a relative unit refers to ("six times the
 * local dibao standard", "60 percent of the average wage") is part of the value. Read on a short local-news text written for this test
 * (src/test/resources/en-value-changes).
 */
class EnglishValueChangesTest {
    private static Document doc;

    @BeforeAll
    static void convert() {
        doc = Converters.convertResource("en-value-changes/value-changes.txt");
    }

    private static Set<String> reforms() {
        return Converters.targets(doc, Role.REFORM);
    }

    @Test
    void aParameterMovedToAValueIsAReformNamedFromItsSubjectToItsValue() {
        Set<String> reforms = reforms();
        assertTrue(reforms.contains("daily home-nursing subsidy will be raised from 40 yuan to 55 yuan"), reforms.toString());
        assertTrue(reforms.contains("annual cap on outpatient claims rises to 6,000 yuan"), reforms.toString());
        assertTrue(reforms.contains("qualifying period for the carer's allowance is being cut from six months to three"), reforms.toString());
        // past adverbs before the value, and an adverbial with a preposition that opens the clause is not the subject
        assertTrue(reforms.stream().anyMatch(r -> r.startsWith("respite care grants were also lifted by")), reforms.toString());
        assertTrue(reforms.contains("co-payment for home visits will fall to 5 yuan"), reforms.toString());
    }

    @Test
    void aLevelReportedInThePastADeniedChangeOrANounOfChangeIsNoReform() {
        Set<String> reforms = reforms();
        assertTrue(reforms.stream().noneMatch(r -> r.contains("rose")), "a figure reported: " + reforms);
        assertTrue(reforms.stream().noneMatch(r -> r.contains("will not be cut")), "a change denied: " + reforms);
        assertTrue(reforms.stream().noneMatch(r -> r.contains("2,000")), "a noun of change with a value: " + reforms);
    }

    @Test
    void theAmountARelativeUnitRefersToBelongsToTheValue() {
        Set<String> reforms = reforms();
        assertTrue(reforms.contains("ceiling on one-off hardship grants is raised from three to six times the local monthly dibao standard"),
                reforms.toString());
        assertTrue(reforms.contains("funeral grant rises to 60 percent of the average annual wage"), reforms.toString());
        assertTrue(reforms.stream().noneMatch(r -> r.startsWith("local monthly") || r.startsWith("average annual wage")), reforms.toString());
    }

    @Test
    void aCommaInsideAFigureSeparatesNoClauses() {
        // "will not be cut to 1,000 yuan", "a rise to 2,000 yuan in the number of ...": "000 yuan" is no clause of its own
        Set<String> reforms = reforms();
        assertTrue(reforms.stream().noneMatch(r -> r.startsWith("000")), reforms.toString());
    }

    @Test
    void theTimeARuleAllowsIsAParameterMovedLikeAnAmount(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        // a processing time or a wait (办理时限, 等待期) is set by the rule: moving it is a reform named from its subject
        Document times = Converters.convert(dir, "times.txt",
                "Claims will move to the county portal, and the wait for a home-care assessment will be shortened from "
                + "twenty working days to eight. The deadline for appeals is being extended to 90 days.");
        Set<String> reforms = Converters.targets(times, Role.REFORM);
        assertTrue(reforms.contains("wait for a home-care assessment will be shortened from twenty working days to eight"), reforms.toString());
        assertTrue(reforms.contains("deadline for appeals is being extended to 90 days"), reforms.toString());
        // a time limit "compressed", as translations render 压缩
        Document mt = Converters.convert(dir, "compressed.txt",
                "From application until payment, approval time limit is compressed from 20 working days to 7 working days.");
        Set<String> cut = Converters.targets(mt, Role.REFORM);
        assertTrue(cut.stream().anyMatch(r -> r.contains("time limit is compressed from 20 working days to 7")), cut.toString());
    }

    /** A scheme's capitalised name before the thing moved is part of its subject, whatever the tagger reads a word of it as. */
    @Test
    void aCapitalisedSchemeNameBeforeThePaymentsIsPartOfTheSubject(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        Document doc = Converters.convert(dir, "named.txt",
                "Wellington, May 2 -- The ministry set out its budget on Tuesday. Family Start grants will be raised by "
                + "10 per cent, and Winter Energy payments will be raised to 700 dollars.");
        Set<String> reforms = Converters.targets(doc, Role.REFORM);
        assertTrue(reforms.stream().anyMatch(r -> r.startsWith("Family Start grants") && r.contains("raised by 10")), reforms.toString());
    }
}
