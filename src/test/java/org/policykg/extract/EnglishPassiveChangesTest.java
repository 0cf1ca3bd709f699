package org.policykg.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.document.Document;
import org.policykg.document.Role;

/**
 * A period, a benefit or a condition that a sentence says will be shortened, cancelled, suspended, converted, carried
 * over or narrowed is a reform, named by the passive's subject (lex:reform-passives), as a benefit raised or a test
 * dropped already is. The sentences were written for this test; each is read in both letter cases.
 */
class EnglishPassiveChangesTest {
    private static final String TEXT = "The qualifying period for the carer's allowance will be shortened, the labour ministry said on Monday. "
            + "Under the new rules, unused sick-pay days will be carried over to the next year. "
            + "The co-payment for generic drugs has been cancelled in all public hospitals. "
            + "Periods of full-time vocational study may be converted into contribution years. "
            + "The gap between urban and rural pension levels will be narrowed step by step.";

    @Test
    void aThingOfTheDomainChangedInThePassiveIsAReform(@TempDir Path dir) throws Exception {
        for (Document doc : Converters.convertInBothCases(dir, "passives.txt", TEXT)) {
            Set<String> read = Converters.targets(doc, Role.REFORM);
            for (String subject : List.of("qualifying period for the carer's allowance", "unused sick-pay days",
                    "co-payment for generic drugs", "periods of full-time vocational study", "gap between urban and rural pension levels"))
                assertTrue(read.stream().anyMatch(r -> r.equalsIgnoreCase(subject)), subject + " in " + read);
        }
    }
}
