package org.policykg.eval;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.error.UserError;
import org.policykg.document.Metadata;
import org.policykg.document.SourceText;
import org.policykg.document.TextReader;

/** Reading gold files: what a hand-written file may say, and the one-line message when it is wrong. */
class GoldFileTest {
    @TempDir Path dir;

    static final String TEXT = "The State Council stressed that it is necessary to speed up the national\npooling of basic pension insurance. 国务院强调，要推进全国统筹。\n";

    private GoldFile read(String json) throws Exception {
        Files.writeString(dir.resolve("t.txt"), TEXT);
        Path gold = Files.writeString(dir.resolve("t.gold.json"), json);
        SourceText text = new TextReader().read(GoldFile.textOf(gold), Metadata.EMPTY);
        return GoldFile.read(gold, text);
    }

    private String error(String json) {
        UserError ex = assertThrows(UserError.class, () -> read(json));
        assertEquals(1, ex.getMessage().lines().count(), "one line: " + ex.getMessage());
        assertTrue(ex.getMessage().startsWith(dir.resolve("t.gold.json").toString() + ":"), "names the file: " + ex.getMessage());
        return ex.getMessage();
    }

    @Test
    void aGoodFileReadsWithEveryField() throws Exception {
        GoldFile g = read("""
                {"style": "wire-report", "language": "en", "annotator": "me", "notes": "n",
                 "items": [
                   {"class": "reform", "quotes": ["national pooling of basic pension insurance", "national pooling"], "modality": "necessity"},
                   {"class": "actor", "quote": "State Council", "concept": "https://w3id.org/sspo/id/actor/state-council"},
                   {"class": "reform", "quote": "全国统筹", "optional": true, "note": "the Chinese sentence"}
                 ],
                 "responsibilities": [{"actor": "State Council", "target": "national pooling"}],
                 "reportedWork": {"author": "Xi Jinping", "issue": ""}}
                """);
        assertEquals("t", g.name());
        assertEquals(3, g.items().size());
        GoldFile.Item pooling = g.items().get(0);
        assertEquals(GoldFile.ItemClass.REFORM, pooling.itemClass());
        assertEquals("national pooling of basic pension insurance", pooling.quote());
        // the quote runs over a line break: white space matches white space
        assertEquals(new GoldFile.Occurrence(64, 107), pooling.occurrences().get(0));
        assertEquals("https://w3id.org/sspo/id/actor/state-council", g.items().get(1).concept());
        assertTrue(g.items().get(2).optional());
        assertSame(g.items().get(1), g.responsibilities().get(0).actor());
        assertSame(pooling, g.responsibilities().get(0).target());
        assertEquals(java.util.Map.of("author", "Xi Jinping"), g.reportedWork(), "empty fields are left out");
    }

    @Test
    void occurrencesCountCodePointsAsNifOffsetsDo() {
        // U+1D7D0 (MATHEMATICAL BOLD DIGIT TWO) takes two UTF-16 units but is one character in nif offsets
        String text = "\uD835\uDFD0 pension pension";
        assertEquals(List.of(new GoldFile.Occurrence(2, 9), new GoldFile.Occurrence(10, 17)), GoldFile.occurrences(text, "pension"));
    }

    @Test
    void theLanguageDefaultsToTheTexts() throws Exception {
        assertEquals("en", read("{\"items\": []}").language());
        assertEquals("zh", read("{\"language\": \"zh-Hant\", \"items\": []}").language());
    }

    @Test
    void badJsonSaysWhere() {
        String m = error("{\"items\": [ {\"class\": \"goal\", \"quote\": \"x\" ]}");
        assertTrue(m.matches(".*t\\.gold\\.json:1:\\d+: not valid JSON: .*"), m);
        assertTrue(error("[1, 2]").contains("one JSON object"));
    }

    @Test
    void unknownClassFieldAndModalityAreNamed() {
        assertTrue(error("{\"items\": [{\"class\": \"goals\", \"quote\": \"State Council\"}]}")
                .endsWith("item 1: unknown class 'goals' (goal, reform, principle or actor)"));
        assertTrue(error("{\"items\": [{\"class\": \"actor\", \"qoute\": \"State Council\"}]}").contains("item 1: unknown field 'qoute'"));
        assertTrue(error("{\"items\": [{\"class\": \"actor\", \"quote\": \"State Council\", \"modality\": \"must\"}]}")
                .contains("item 1 (actor): unknown modality 'must'"));
        assertTrue(error("{\"item\": []}").contains("unknown field 'item'"));
        assertTrue(error("{\"style\": \"x\"}").contains("no 'items' list"));
        assertTrue(error("{\"items\": [{\"class\": \"actor\", \"quote\": \"State Council\", \"optional\": \"yes\"}]}").contains("'optional' is true or false"));
    }

    @Test
    void aQuoteNotInTheTextIsNamed() {
        String m = error("{\"items\": [{\"class\": \"goal\", \"quote\": \"State Council\"}, {\"class\": \"reform\", \"quote\": \"National Pooling\"}]}");
        assertTrue(m.endsWith("item 2 (reform): the quote \"National Pooling\" is not in t.txt (quotes are copied verbatim: same case, same characters)"), m);
    }

    @Test
    void responsibilitiesPointAtItems() {
        String items = "\"items\": [{\"class\": \"actor\", \"quote\": \"State Council\"}, {\"class\": \"reform\", \"quote\": \"全国统筹\"}]";
        assertTrue(error("{" + items + ", \"responsibilities\": [{\"actor\": \"国务院\", \"target\": \"全国统筹\"}]}")
                .contains("responsibility 1: the actor \"国务院\" is not a quote of an actor item"));
        assertTrue(error("{" + items + ", \"responsibilities\": [{\"actor\": \"State Council\", \"target\": \"State Council\"}]}")
                .contains("the target \"State Council\" is not a quote of a goal or reform item"));
    }

    @Test
    void aByteOrderMarkIsDroppedAndBadBytesAreNamed() throws Exception {
        assertEquals(1, read("\uFEFF{\"items\": [{\"class\": \"actor\", \"quote\": \"State Council\"}]}").items().size());
        Files.writeString(dir.resolve("t.txt"), TEXT);
        Path gold = Files.write(dir.resolve("t.gold.json"), new byte[] {'{', (byte) 0xff, '}'});
        SourceText text = new TextReader().read(dir.resolve("t.txt"), Metadata.EMPTY);
        UserError ex = assertThrows(UserError.class, () -> GoldFile.read(gold, text));
        assertEquals(gold + ": not valid UTF-8; save the file as UTF-8", ex.getMessage());
    }

    @Test
    void aGoldFileNeedsItsText() throws Exception {
        Path gold = Files.writeString(dir.resolve("lonely.gold.json"), "{\"items\": []}");
        UserError ex = assertThrows(UserError.class, () -> GoldFile.textOf(gold));
        assertTrue(ex.getMessage().endsWith("no text beside it (lonely.txt, .md or .html)"), ex.getMessage());
    }
}
