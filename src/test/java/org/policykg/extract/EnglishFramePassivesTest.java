package org.policykg.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policykg.document.*;

/**
 * English passives after a measure frame ("will be paid", "shall also be set"): where the subject of the clause is headed
 * by an instrument of the lexicon (lex:reformHead: a subsidy, a rate), the passive states the measure decided for it and
 * types that subject a reform, whatever the participle; where the subject is who or what is acted on (an agency barred,
 * fraud investigated) or the passive is denied, nothing is named. Read on a short wire-style text written for this test
 * (src/test/resources/en-frame-passives).
 */
class EnglishFramePassivesTest {
    private static Document doc;

    @BeforeAll
    static void convert() {
        doc = Converters.convertResource("en-frame-passives/frame-passives.txt");
    }

    private static Set<String> reforms() {
        return Converters.targets(doc, Role.REFORM);
    }

    @Test
    void aPassiveAfterAFrameTypesTheInstrumentThatHeadsItsSubject() {
        Set<String> reforms = reforms();
        // "will be paid": the subject after the verb of saying, not the clause from its start
        assertTrue(reforms.contains("one-time hardship subsidy"), reforms.toString());
        // "shall also be set": an adverb and a participle no passive cue of the lexicon lists
        assertTrue(reforms.stream().anyMatch(r -> r.startsWith("contribution rate for platform couriers")), reforms.toString());
    }

    @Test
    void subjectsActedOnAndDeniedPassivesNameNothing() {
        Set<String> reforms = reforms();
        for (String w : List.of("agency", "claims", "Fraud", "clinics", "old-age allowance", "provincial bureau"))
            assertTrue(reforms.stream().noneMatch(r -> r.contains(w)), w + " in " + reforms);
    }
}
