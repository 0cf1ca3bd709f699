package org.policykg.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.document.Document;
import org.policykg.rdf.Vocab;

/**
 * A label meets its words in the singular and the plural, though the stemmer (KStem) leaves many plurals as they are
 * ("funds", "costs"), on sentences written for this test; a plural that names something else ("the basics",
 * lex:unreducedPlural) does not meet its singular.
 */
class PluralsTest {
    @TempDir Path dir;

    private List<String> mentionsOf(String text, String iri) throws Exception {
        Document doc = Converters.convert(dir, "text.txt", text);
        return doc.mentions().stream().filter(m -> m.concept().iri().equals(iri))
                .map(m -> m.span().of(doc.text()).toLowerCase(Locale.ROOT)).toList();
    }

    @Test
    void aLabelInThePluralMeetsTheSingularKStemLeaves() throws Exception {
        // the scheme's "safety of funds"; KStem reads "funds" as a word of its own
        String iri = Vocab.ID + "concept/safety-of-social-security-funds";
        for (String text : List.of("The minister said the safety of the fund comes first.", "The minister said the safety of the funds comes first."))
            for (String t : List.of(text, text.toLowerCase(Locale.ROOT)))
                assertEquals(1, mentionsOf(t, iri).size(), t);
    }

    @Test
    void aPluralWithAMeaningOfItsOwnDoesNotMeetItsSingular() throws Exception {
        // "ensuring the basics" is a principle; "the basic pension" is no mention of it
        String iri = Vocab.ID + "concept/ensuring-the-basics";
        assertEquals(List.of(), mentionsOf("The province ensured the basic pension is paid on time.", iri));
        assertEquals(List.of("ensuring the basics"), mentionsOf("Ensuring the basics comes first, the minister said.", iri));
    }
}
