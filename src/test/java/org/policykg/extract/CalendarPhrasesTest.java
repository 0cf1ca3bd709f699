package org.policykg.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.document.*;
import org.policykg.extract.stages.PhraseRoleModel;

/**
 * A span of the calendar with no noun before it ("once a month") says when something is done, not what: the
 * phrase-role stage reads no role in it, as the candidate rules do not (lex:calendarNoun), even with a model written
 * here that weighs every phrase headed by "month" as a reform; a month a noun names ("a family month") is read. On
 * sentences written for this test.
 */
class CalendarPhrasesTest {
    private static Extractor withModel, rulesOnly;

    @BeforeAll
    static void load(@TempDir Path tmp) throws Exception {
        Path ontology = Converters.copyOntology(tmp);
        Files.writeString(ontology.resolve(PhraseRoleModel.FILE), """
                # a model for this test: a phrase headed by "month" is a reform
                @threshold\treform\t0.70
                h=month\treform\t6.0
                """);
        withModel = Extractor.load(ontology.resolve("lexicon.ttl"), List.of(ontology.resolve("concepts.ttl")));
        rulesOnly = withModel.withoutModels();
    }

    /** The labels of the links the model added to the rules' reading of the text. */
    private static List<String> added(Path dir, String text) throws Exception {
        Path f = dir.resolve("text.txt");
        Files.writeString(f, text);
        Document with = withModel.extract(Converters.read(f)), without = rulesOnly.extract(Converters.read(f));
        return Converters.addedLinks(with, without).stream().map(l -> l.target().label().toLowerCase(Locale.ROOT)).toList();
    }

    @Test
    void aSpanOfTheCalendarAloneIsWhenNotWhat(@TempDir Path dir) throws Exception {
        for (String text : List.of("Social workers will visit each family at least once a month, the bureau said.",
                "social workers will visit each family at least once a month, the bureau said."))
            assertTrue(added(dir, text).stream().noneMatch(l -> l.equals("month") || l.equals("a month")), text + " " + added(dir, text));
    }

    @Test
    void aMonthANounNamesIsRead(@TempDir Path dir) throws Exception {
        List<String> added = added(dir, "Social workers will hold a family month at least once a year.");
        assertTrue(added.stream().anyMatch(l -> l.contains("family month")), added.toString());
    }
}
