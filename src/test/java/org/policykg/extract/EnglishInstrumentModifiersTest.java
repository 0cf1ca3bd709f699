package org.policykg.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policykg.document.*;

/**
 * A known goal whose words only qualify an instrument or a parameter is not set as a goal (issue 14): "a hospitalisation
 * mutual-aid plan" opens a plan, "the ceiling of the critical-illness mutual aid" raises a ceiling; mutual aid is only
 * mentioned there. Where the goal is the object itself ("the function of mutual aid") it stays a goal. The text
 * (src/test/resources/en-instruments) was written for this test.
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
        assertTrue(roles.contains("MENTION mutual aid"), roles.toString());
        assertFalse(roles.contains("GOAL mutual aid"), roles.toString());
    }

    @Test
    void aGoalAfterTheOfOfAParameterIsOnlyMentioned() {
        List<String> roles = Converters.rolesIn(doc, "The province will raise the ceiling");
        assertTrue(roles.contains("MENTION mutual aid"), roles.toString());
        assertFalse(roles.contains("GOAL mutual aid"), roles.toString());
    }

    @Test
    void aGoalThatIsTheObjectItselfStaysAGoal() {
        List<String> roles = Converters.rolesIn(doc, "It is necessary to strengthen");
        assertTrue(roles.contains("GOAL mutual aid"), roles.toString());
    }
}
