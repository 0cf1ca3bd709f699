package org.policykg.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.policykg.store.SparqlSource;
import org.policykg.testing.Project;

/**
 * A map names its sources with titles read for its own documents (titles.rq) instead of the list of every document
 * (documents.rq): for the same documents the two must give the same title in every language.
 */
class MapTitlesTest {
    private final MapBuilder builder = new MapBuilder(SparqlSource.files(List.of(MapFixture.file())), new MapQueries(Project.file("queries/maps")));

    @Test
    void theTitlesOfSomeDocumentsAreThoseTheDocumentListGives() {
        for (String lang : List.of("en", "zh", "fr")) {
            Map<String, String> listed = new HashMap<>();
            builder.documents(lang).forEach(d -> listed.put(d.iri(), d.title()));
            assertTrue(listed.size() >= 3, listed::toString);
            assertEquals(listed, builder.titles(listed.keySet(), lang), lang);
            // one at a time, too: each document answers for itself alone
            for (String d : listed.keySet())
                assertEquals(Map.of(d, listed.get(d)), builder.titles(List.of(d), lang), d);
        }
        assertEquals("促进我国社会保障事业高质量发展、可持续发展", builder.titles(List.of(MapFixture.ARTICLE), "zh").get(MapFixture.ARTICLE));
    }

    @Test
    void whatIsNoDocumentGetsNoTitle() {
        List<String> asked = new ArrayList<>(List.of(MapFixture.REPORT, MapFixture.RETIREMENT, MapFixture.DOC + "no-such-document"));
        Map<String, String> titles = builder.titles(asked, "en");
        assertEquals(List.of(MapFixture.REPORT), List.copyOf(titles.keySet()));
        assertFalse(builder.titles(List.of(), "en").containsKey(MapFixture.REPORT));
    }
}
