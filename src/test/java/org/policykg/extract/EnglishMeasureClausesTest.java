package org.policykg.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policykg.document.*;

/**
 * English measures stated as clauses (lex:MeasureFrame): an action verb after "will", "must", "is to", "plans to" whose
 * subject is one who acts names a reform with its object, where the object is a thing of the domain; the subject answers
 * for it. Read on a short wire-style text written for this test (src/test/resources/en-measures), which also holds what
 * names no measure: generic objects ("a leading role", "greater efforts"), a goal clause ("will ensure that ..."), a past
 * report, a denied measure, and a modal whose subject is not one who acts ("Retirees will receive ...").
 */
class EnglishMeasureClausesTest {
    private static Document doc;

    @BeforeAll
    static void convert() {
        doc = Converters.project().extract(Converters.read(Converters.home().resolve("src/test/resources/en-measures/measures-wire.txt")));
    }

    private static Set<String> reforms() {
        return doc.statements().stream().flatMap(s -> s.targets(Role.REFORM).stream()).map(ConceptRef::label)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The labels of the actors responsible in the statements that call for a reform whose label starts with {@code reform}. */
    private static Set<String> responsibleFor(String reform) {
        return doc.statements().stream()
                .filter(s -> s.targets(Role.REFORM).stream().anyMatch(r -> r.label().startsWith(reform)))
                .flatMap(s -> s.targets(Role.RESPONSIBLE_ACTOR).stream()).map(ConceptRef::label)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void anActionVerbAfterAModalNamesTheMeasureWithItsObject() {
        Set<String> reforms = reforms();
        // "will publish", "must submit", "is to draft" (the tagger reads "draft" as a noun there; after "is to" it is the verb)
        assertTrue(reforms.stream().anyMatch(r -> r.startsWith("publish the audit reports of every district pension fund")), reforms.toString());
        assertTrue(reforms.stream().anyMatch(r -> r.startsWith("submit their contribution records")), reforms.toString());
        assertTrue(reforms.stream().anyMatch(r -> r.startsWith("draft new rules on the investment of reserve funds")), reforms.toString());
        // a role cue of the lexicon after the frame keeps typing its object as before
        assertTrue(reforms.contains("one-stop claims platform"), reforms.toString());
    }

    @Test
    void theSubjectThatActsAnswersForItsOwnMeasure() {
        assertEquals(Set.of("District bureaus"), responsibleFor("submit their contribution records"));
        // the clause after the comma has its own subject, minted by its head noun as before "must"
        assertEquals(Set.of("finance department"), responsibleFor("draft new rules"));
    }

    @Test
    void genericObjectsGoalClausesPastReportsDenialsAndNonActorsNameNoMeasure() {
        Set<String> reforms = reforms();
        // ("Retirees will receive higher pensions": no measure of the retirees' own; what they will receive is read as a
        // benefit announced, by lex:reform-entitlements, and is not listed here)
        List<String> never = List.of("role", "efforts", "ensure", "sustainable", "published", "list of pension rates",
                "pension rates of single firms", "receive", "exceed", "insured workers");
        for (String w : never)
            assertTrue(reforms.stream().noneMatch(r -> r.contains(w)), w + " in " + reforms);
        // and the retirees who will receive it do not answer for it
        assertTrue(responsibleFor("higher pensions").stream().noneMatch(a -> a.toLowerCase(java.util.Locale.ROOT).contains("retiree")),
                responsibleFor("higher pensions").toString());
    }
}
