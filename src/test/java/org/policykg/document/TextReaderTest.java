package org.policykg.document;

import org.policykg.error.UserError;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextReaderTest {
    @TempDir Path dir;

    private UserError refused(Path f, TextReader reader) {
        return assertThrows(UserError.class, () -> reader.read(f, Metadata.EMPTY));
    }

    @Test
    void emptyAndWhitespaceOnlyFilesAreRefusedNamingTheFile() throws Exception {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path blank = Files.writeString(dir.resolve("blank.txt"), " \r\n\t\u00A0\n");
        for (Path f : new Path[] {empty, blank}) {
            UserError ex = refused(f, new TextReader());
            assertTrue(ex.getMessage().startsWith(f.toString()), ex.getMessage());
            assertTrue(ex.getMessage().contains("empty"), ex.getMessage());
        }
    }

    @Test
    void invalidUtf8IsRefusedWithTheByteOffset() throws Exception {
        byte[] latin1 = "Pension reform in São Paulo".getBytes(StandardCharsets.ISO_8859_1);
        Path f = Files.write(dir.resolve("latin1.txt"), latin1);
        UserError ex = refused(f, new TextReader());
        assertTrue(ex.getMessage().contains("not valid UTF-8"), ex.getMessage());
        assertTrue(ex.getMessage().contains("offset 19"), ex.getMessage());
    }

    @Test
    void binaryFilesAreRefused() throws Exception {
        Path f = Files.write(dir.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        assertTrue(refused(f, new TextReader()).getMessage().contains("binary"));
    }

    @Test
    void filesOverTheSizeLimitAreRefused() throws Exception {
        Path f = Files.writeString(dir.resolve("big.txt"), "It is necessary to improve pensions. ".repeat(10));
        UserError ex = refused(f, new TextReader(100));
        assertTrue(ex.getMessage().contains("over the limit of 100 bytes"), ex.getMessage());
        assertDoesNotThrow(() -> new TextReader(1000).read(f, Metadata.EMPTY));
    }

    @Test
    void missingPathsAndOtherKindsOfFileAreRefused() throws Exception {
        assertTrue(refused(dir.resolve("nowhere.txt"), new TextReader()).getMessage().contains("no such file"));
        Path pdf = Files.writeString(dir.resolve("x.pdf"), "text");
        assertTrue(refused(pdf, new TextReader()).getMessage().contains("not a text file"));
    }

    @Test
    void theByteOrderMarkIsDropped() throws Exception {
        Path f = Files.write(dir.resolve("bom.txt"), ("\uFEFFIt is necessary to improve pensions.").getBytes(StandardCharsets.UTF_8));
        SourceText t = new TextReader().read(f, Metadata.EMPTY);
        assertEquals("It is necessary to improve pensions.", t.text());
        assertEquals(64, t.sha256().length());
    }

    @Test
    void sidecarMetadataIsReadAndOptionsOverrideIt() throws Exception {
        Path f = Files.writeString(dir.resolve("report.txt"), "Some text.");
        Files.writeString(dir.resolve("report.meta.json"), "{\"title\": \"A report\", \"date\": \"2022-04-15\", \"publisher\": \"Xinhua\"}");
        SourceText t = new TextReader().read(f, Metadata.of(java.util.Map.of("publisher", "Qiushi"), "options"));
        assertEquals("A report", t.metadata().title());
        assertEquals(LocalDate.of(2022, 4, 15), t.metadata().date());
        assertEquals("Qiushi", t.metadata().publisher());
    }

    @Test
    void brokenSidecarsAreRefusedNamingTheSidecar() throws Exception {
        Path f = Files.writeString(dir.resolve("report.txt"), "Some text.");
        Path sidecar = dir.resolve("report.meta.json");
        for (String json : new String[] {"{\"title\": \"A report\",", "[1, 2]", "{\"date\": \"15 April\"}", "{\"colour\": \"red\"}"}) {
            Files.writeString(sidecar, json);
            UserError ex = refused(f, new TextReader());
            assertTrue(ex.getMessage().startsWith(sidecar.toString()), json + " -> " + ex.getMessage());
        }
    }

    @Test
    void htmlIsReducedToItsTextInParagraphs() throws Exception {
        Path f = Files.writeString(dir.resolve("page.html"), "<html><head><title>T</title><script>var x = 1;</script></head>"
                + "<body><h1>Pensions</h1><p>It is necessary to <b>improve</b>\n pensions.</p><p>Second&nbsp;paragraph.</p></body></html>");
        String text = new TextReader().read(f, Metadata.EMPTY).text();
        assertEquals("Pensions\n\nIt is necessary to improve pensions.\n\nSecond\u00A0paragraph.", text);
        assertFalse(text.contains("var x"));
    }

    @Test
    void sidecarsAreNotInputs() {
        assertFalse(TextReader.isText(Path.of("seeds/a.meta.json")));
        assertTrue(TextReader.isText(Path.of("seeds/a.md")));
    }
}
