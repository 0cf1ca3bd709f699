package org.policykg.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policykg.document.*;

/**
 * A requirement lifted, a payment made without an application and an exemption granted are reforms
 * (lex:reform-requirement-lifted-en, read by the English phrase reader): "no further proof of income will be required",
 * "stop requiring a paper copy …", "paid without application", "exempt from personal income tax". A requirement that stays
 * ("who are required to submit …") and a promise that no one is left behind lift nothing. A rule or requirement removed
 * is named with the clause that says which it is ("abolish the condition that applicants hold …"). The text
 * (src/test/resources/en-requirements-lifted) was written for this test.
 */
class EnglishRequirementsLiftedTest {
    private static Set<String> reforms;

    @BeforeAll
    static void convert() {
        reforms = Converters.targets(Converters.convertResource("en-requirements-lifted/lifted.txt"), Role.REFORM);
    }

    @Test
    void aRequirementLiftedIsAReform() {
        assertTrue(reforms.contains("no further proof of income will be required"), reforms.toString());
        assertTrue(reforms.contains("stop requiring a paper copy of the household book"), reforms.toString());
    }

    @Test
    void aPaymentWithoutApplicationAndAnExemptionAreReforms() {
        assertTrue(reforms.stream().anyMatch(r -> r.endsWith("paid without application")), reforms.toString());
        assertTrue(reforms.contains("exempt from personal income tax"), reforms.toString());
    }

    /**
     * A rule or requirement removed is named with the clause that says which it is (lex:contentNoun), not cut at the noun
     * ("removes the requirement"); on sentences written here, in both letter cases.
     */
    @Test
    void aRuleRemovedIsNamedWithItsContentClause(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        String text = "The decree removes the requirement that jobseekers register in the city where they were born. "
                + "The bureau will abolish the condition that applicants hold local household registration.";
        for (Document doc : Converters.convertInBothCases(dir, "content.txt", text)) {
            Set<String> read = Converters.targets(doc, Role.REFORM);
            assertTrue(read.stream().anyMatch(r -> r.equalsIgnoreCase("removes the requirement that jobseekers register in the city where they were born")), read.toString());
            assertTrue(read.stream().anyMatch(r -> r.equalsIgnoreCase("abolish the condition that applicants hold local household registration")), read.toString());
        }
    }

    /**
     * The pattern reads neither the promise nor the requirement that stays. (The phrase-role model trained on the dev
     * split of the twenty-seventh round reads the noun "medical report" alone, after "submit", as a reform: a model's
     * error, learnt from lifted requirements such as "no longer required to submit paper medical records", recorded in
     * docs/evaluation.md and not hidden here.)
     */
    @Test
    void aRequirementThatStaysOrAPromiseLiftsNothing() {
        assertTrue(reforms.stream().noneMatch(r -> r.contains("left behind") || r.contains("required to submit") || r.contains("submit a medical report")),
                reforms.toString());
    }
}
