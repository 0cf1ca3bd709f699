package org.policykg.extract.stages;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** A model file's weights are read by hand for speed: they must be the numbers Double.parseDouble reads. */
class MaxentTableTest {
    @Test
    void weightsReadAsDoubleParseDoubleReadsThem() {
        Random random = new Random(11);
        for (int i = 0; i < 100_000; i++) {
            String s = String.format(Locale.ROOT, "%." + (1 + random.nextInt(6)) + "f", (random.nextDouble() - 0.5) * 200);
            assertEquals(Double.parseDouble(s), MaxentTable.number(s), s);
        }
        assertEquals(1e-3, MaxentTable.number("1e-3"));
        assertEquals(-2.0, MaxentTable.number("-2"));
        assertTrue(Double.isNaN(MaxentTable.number("much")));
        assertTrue(Double.isNaN(MaxentTable.number("")));
        assertTrue(Double.isNaN(MaxentTable.number("1.2.3")));
    }
}
