package org.policykg.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policykg.document.*;

/**
 * People brought into a scheme by decision (lex:coverageParticiple after a measure frame and "be"): "will be covered by
 * occupational injury insurance", "shall be enrolled again when ..." are reforms, from the participle to the clause's
 * end, whoever the subject is; "will not be covered" is none. So is a right or relief a rule grants (lex:rights-granted:
 * "will also be able to claim ...", "may choose to receive ..."), a relief named from its negation ("no longer have to
 * file ...": the duty lifted, not one imposed). A principle stated as a proposition ("the principle that ...", "our principle
 * is that ...", lex:principle-clauses) is that clause. The text (src/test/resources/en-inclusions) was written for this test.
 */
class EnglishInclusionsTest {
    private static Document doc;

    @BeforeAll
    static void convert() {
        doc = Converters.convertResource("en-inclusions/inclusions.txt");
    }

    @Test
    void anInclusionDecidedIsAReform() {
        Set<String> reforms = Converters.targets(doc, Role.REFORM);
        assertTrue(reforms.contains("covered by occupational injury insurance"), reforms.toString());
        assertTrue(reforms.contains("enrolled again when they sign up with another one"), reforms.toString());
    }

    @Test
    void somethingIncludedInASchemeOrScopeByDecisionIsAReformAndFundsInABudgetAreNot(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        // 纳入 as official English renders it (lex:reform-inclusion-en), on sentences written here, in both letter cases
        String text = "Civil affairs bureaus must include eligible orphans in the basic living allowance, the ministry said. "
                + "The city will incorporate dental care into the payment scope of resident medical insurance. "
                + "Finance departments shall include the required funds in their budgets. The package includes three parts.";
        java.util.List<org.policykg.document.Document> docs = Converters.convertInBothCases(dir, "inclusion.txt", text);
        for (org.policykg.document.Document converted : docs) {
            Set<String> reforms = Converters.targets(converted, Role.REFORM);
            assertTrue(reforms.contains("include eligible orphans in the basic living allowance"), reforms.toString());
            assertTrue(reforms.contains("incorporate dental care into the payment scope of resident medical insurance"), reforms.toString());
            assertTrue(reforms.stream().noneMatch(r -> r.contains("budget")), reforms.toString());
            // no rule reads a verb of state in the present ("includes") as an inclusion; the measure-span model retrained in
            // the forty-third round reads the lowercased sentence as a measure (a known extra, docs/evaluation.md), so the
            // description is checked in the cased text only
            if (converted == docs.get(0))
                assertTrue(reforms.stream().noneMatch(r -> r.contains("three parts")), reforms.toString());
        }
    }

    @Test
    void aDeniedInclusionIsNone() {
        Set<String> reforms = Converters.targets(doc, Role.REFORM);
        // the inclusion's span ("covered by the new scheme") is not read; the scheme alone may be, by the phrase-role model
        assertTrue(reforms.stream().noneMatch(r -> r.contains("covered by the new scheme")), reforms.toString());
    }

    @Test
    void aRightGrantedIsAReformAndAReliefIsNamedFromItsNegation() {
        Set<String> reforms = Converters.targets(doc, Role.REFORM);
        assertTrue(reforms.contains("claim medical costs through the platform's app"), reforms.toString());
        assertTrue(reforms.contains("receive their benefits as a lump sum"), reforms.toString());
        assertTrue(reforms.contains("no longer have to file paper receipts with the insurer"), reforms.toString());
        assertTrue(reforms.stream().noneMatch(r -> r.startsWith("file paper receipts")), reforms.toString());
    }

    /** A relief a bill or plan would grant, as reports state it ("would no longer have to ..."), in both letter cases. */
    @Test
    void aReliefABillWouldGrantIsAReform(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        String text = "Under the draft law, small employers would no longer have to top up sick pay after the first month. "
                + "Carers would no longer need to renew their registration every year, the committee said.";
        for (Document doc : Converters.convertInBothCases(dir, "would.txt", text)) {
            Set<String> reforms = Converters.targets(doc, Role.REFORM);
            assertTrue(reforms.contains("no longer have to top up sick pay after the first month"), reforms.toString());
            assertTrue(reforms.contains("no longer need to renew their registration every year"), reforms.toString());
        }
    }

    @Test
    void aPrincipleStatedAsAPropositionIsThatClause() {
        Set<String> principles = Converters.targets(doc, Role.PRINCIPLE);
        assertTrue(principles.contains("cover goes with the job"), principles.toString());
        assertTrue(principles.contains("no rider is left outside insurance because of how he is paid"), principles.toString());
    }
}
