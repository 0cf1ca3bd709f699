package org.policykg.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.document.Document;
import org.policykg.document.Role;

/**
 * A way of paying or settling that a rule sets (in advance, in instalments, directly, project by project, in a lump sum)
 * is a reform, from the verb to the clause's end (lex:reform-payment-arrangement-en); a payment someone made in that way is
 * none. The sentences were written for this test; each is read in both letter cases.
 */
class EnglishPaymentArrangementsTest {
    private static final String TEXT = "Construction firms must pay work-injury premiums project by project. "
            + "Under the rules, returning workers can make up missing contributions in instalments. "
            + "Last year she paid her contributions in instalments.";

    @Test
    void aWayOfPayingARuleSetsIsAReformAPaymentMadeIsNone(@TempDir Path dir) throws Exception {
        for (Document doc : Converters.convertInBothCases(dir, "pay.txt", TEXT)) {
            Set<String> read = Converters.targets(doc, Role.REFORM);
            assertTrue(read.stream().anyMatch(r -> r.equalsIgnoreCase("pay work-injury premiums project by project")), read.toString());
            assertTrue(read.stream().anyMatch(r -> r.equalsIgnoreCase("make up missing contributions in instalments")), read.toString());
            assertTrue(read.stream().noneMatch(r -> r.toLowerCase(Locale.ROOT).contains("her contributions")), read.toString());
        }
    }
}
