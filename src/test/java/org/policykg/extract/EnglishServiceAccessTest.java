package org.policykg.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policykg.document.*;

/**
 * A step of administration made possible online, across provinces, on an app or without applying, stated with a modal or
 * an infinitive before it, is a reform (lex:reform-service-access-en, read by the English phrase reader): "can now renew
 * their residence certificate online", "claims shall be handled across provinces" (the passive named with its subject).
 * The same step stated as how things are done, or as what people did, decides nothing. Lower case changes nothing. The
 * text (src/test/resources/en-service-access) was written for this test.
 */
class EnglishServiceAccessTest {
    private static Document doc;

    @BeforeAll
    static void convert() {
        doc = Converters.convertResource("en-service-access/access.txt");
    }

    @Test
    void aStepMadePossibleOnlineOrAcrossProvincesIsAReform() {
        Set<String> reforms = Converters.targets(doc, Role.REFORM);
        assertTrue(reforms.contains("renew their residence certificate online"), reforms.toString());
        assertTrue(reforms.contains("funeral grant claims shall be handled across provinces"), reforms.toString());
        assertTrue(reforms.contains("settle hospital bills in another province"), reforms.toString());
    }

    @Test
    void aStepStatedAsHowThingsAreOrWhatPeopleDidIsNone() {
        Set<String> reforms = Converters.targets(doc, Role.REFORM);
        assertTrue(reforms.stream().noneMatch(r -> r.contains("regional platform") || r.contains("processed")), reforms.toString());
        assertTrue(reforms.stream().noneMatch(r -> r.contains("registered") || r.contains("interest")), reforms.toString());
    }
}
