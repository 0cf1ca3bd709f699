package org.policykg.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policykg.document.*;

/**
 * A known goal whose words only qualify an instrument or a parameter is not set as a goal (issue 14): "an income
 * redistribution plan" opens a plan, "the ceiling of the income redistribution subsidy" raises a ceiling; income
 * redistribution is only mentioned there. Where the goal is the object itself ("strengthen income redistribution") it
 * stays a goal. The text (src/test/resources/en-instruments) was written for this test. (It used the goal "mutual aid"
 * until the scheme stopped labelling 互助共济 so, as English names the schemes that practise it by those words.)
 */
class EnglishInstrumentModifiersTest {
    private static Document doc;

    @BeforeAll
    static void convert() {
        doc = Converters.convertResource("en-instruments/instruments.txt");
    }

    @Test
    void aGoalThatModifiesAnInstrumentsHeadIsOnlyMentioned() {
        List<String> roles = Converters.rolesIn(doc, "The provincial union federation will launch");
        assertTrue(roles.contains("MENTION income redistribution"), roles.toString());
        assertFalse(roles.contains("GOAL income redistribution"), roles.toString());
    }

    @Test
    void aGoalAfterTheOfOfAParameterIsOnlyMentioned() {
        List<String> roles = Converters.rolesIn(doc, "The province will raise the ceiling");
        assertTrue(roles.contains("MENTION income redistribution"), roles.toString());
        assertFalse(roles.contains("GOAL income redistribution"), roles.toString());
    }

    @Test
    void aGoalThatIsTheObjectItselfStaysAGoal() {
        List<String> roles = Converters.rolesIn(doc, "It is necessary to strengthen");
        assertTrue(roles.contains("GOAL income redistribution"), roles.toString());
    }
}
