package org.policykg.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.document.Document;
import org.policykg.document.Role;

/**
 * The share of a cost a payer is to bear (a percentage, a fraction or "the rest" of a cost, a contribution, a premium or
 * an expense) is a reform, from the verb to the clause's end (lex:reform-cost-share-en); a share paid last year is none. The sentences were written for this test; each is read in both letter cases.
 */
class EnglishCostSharesTest {
    private static final String TEXT = "From July the regional treasury will cover 75 percent of the cost in mountain districts. "
            + "City governments shall pay two-thirds of the premiums of low-income residents. "
            + "Last year the fund covered 40 percent of the cost of home visits.";

    @Test
    void aShareOfACostAPayerIsToBearIsAReform(@TempDir Path dir) throws Exception {
        for (Document doc : Converters.convertInBothCases(dir, "shares.txt", TEXT)) {
            Set<String> read = Converters.targets(doc, Role.REFORM);
            assertTrue(read.stream().anyMatch(r -> r.equalsIgnoreCase("cover 75 percent of the cost in mountain districts")), read.toString());
            assertTrue(read.stream().anyMatch(r -> r.equalsIgnoreCase("pay two-thirds of the premiums of low-income residents")), read.toString());
            assertTrue(read.stream().noneMatch(r -> r.toLowerCase(Locale.ROOT).contains("home visits")), read.toString());
        }
    }
}
