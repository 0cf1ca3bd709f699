package org.policykg.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.document.*;

/**
 * Three things a sentence names without calling for them, on sentences written for this test, in both letter cases:
 * a concept that names a body's remit right before the body's head ("the fund supervision department"), an instruction
 * joined to another noun ("the decisions and plans of the Party Central Committee": lex:genericHead), and population
 * ageing, the condition the goal of an active response to it answers (积极应对人口老龄化: lex:variant-active-response),
 * and the mutual aid a scheme practises ("mutual-aid elderly care"), which is not the goal of mutual aid, the function of
 * insurance (互助共济).
 */
class NamesOfTheirRemitTest {
    private static final String FUND_SUPERVISION = "https://w3id.org/sspo/id/concept/fund-supervision";
    private static final String AGEING = "https://w3id.org/sspo/id/concept/responding-to-population-aging";

    private static Set<String> iris(Document doc, Role role) {
        Set<String> out = new java.util.TreeSet<>();
        for (Statement s : doc.statements())
            for (Link l : s.links())
                if (l.role() == role)
                    out.add(l.target().iri());
        return out;
    }

    private static List<String> bothCases(String text) {
        return List.of(text, text.toLowerCase(java.util.Locale.ROOT));
    }

    @Test
    void aConceptBeforeABodysHeadNamesTheBodysRemit(@TempDir Path dir) throws Exception {
        for (String text : bothCases("Regulators will strengthen fund supervision next year. "
                + "An official with the fund supervision department said the audit would start in March. "
                + "Fund supervision bureaus in every province will hire more staff.")) {
            Document doc = Converters.convert(dir, "remit.txt", text);
            long reforms = doc.statements().stream().filter(s -> s.links().stream()
                    .anyMatch(l -> l.role() == Role.REFORM && l.target().iri().equals(FUND_SUPERVISION))).count();
            // the first sentence calls for it; the other two name bodies by it
            assertEquals(1, reforms, text + " " + doc.statements());
            assertTrue(doc.statements().get(0).links().stream().anyMatch(l -> l.role() == Role.REFORM && l.target().iri().equals(FUND_SUPERVISION)),
                    doc.statements().toString());
        }
    }

    @Test
    void anInstructionJoinedToAnotherNounIsNoReform(@TempDir Path dir) throws Exception {
        for (String text : bothCases("We will fully implement the decisions and plans of the Party Central Committee on social security. "
                + "Localities must carry out the decisions and deployments of the State Council. "
                + "Employers will offer pension plans and savings accounts to all staff.")) {
            Set<String> reforms = Converters.targets(Converters.convert(dir, "instructions.txt", text), Role.REFORM);
            assertTrue(reforms.stream().noneMatch(r -> r.contains("decisions") || r.contains("deployments")), reforms.toString());
        }
    }

    /** Whether the text, in its own letter case and in lower case, sets the goal {@code iri}, as {@code expected}. */
    private static void setsGoal(Path dir, String text, String iri, boolean expected) throws Exception {
        for (String variant : bothCases(text)) {
            Set<String> goals = iris(Converters.convert(dir, "goal.txt", variant), Role.GOAL);
            assertEquals(expected, goals.contains(iri), variant + " " + goals);
        }
    }

    @Test
    void aSchemeNamedByTheMutualAidItPractisesIsNotTheGoalOfMutualAid(@TempDir Path dir) throws Exception {
        String goal = "https://w3id.org/sspo/id/concept/mutual-aid-function";
        setsGoal(dir, "Village committees will develop mutual-aid elderly care for older people living alone. "
                + "Mutual aid is a supplement to social insurance, the union said.", goal, false);
        setsGoal(dir, "The reform will strengthen the mutual-aid function of employee medical insurance.", goal, true);
    }

    @Test
    void populationAgeingIsTheConditionAndTheResponseToItTheGoal(@TempDir Path dir) throws Exception {
        setsGoal(dir, "As the population ages, the pension fund will come under pressure. "
                + "The country has entered a stage of moderate population ageing.", AGEING, false);
        setsGoal(dir, "We must respond actively to population aging.", AGEING, true);
        setsGoal(dir, "The ministry will take steps to cope with an ageing population.", AGEING, true);
    }
}
