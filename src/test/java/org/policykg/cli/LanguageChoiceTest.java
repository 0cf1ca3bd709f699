package org.policykg.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.testing.Cli;
import org.policykg.testing.Project;

/** The language of each document: detected, or given by --lang or the sidecar; the English seed is read as before. */
class LanguageChoiceTest {
    @TempDir Path tmp;

    private static List<String> sorted(String nquads) {
        return nquads.lines().filter(l -> !l.isBlank()).sorted().toList();
    }

    @Test
    void theSeedIsDetectedAsEnglishAndConvertsExactlyAsWithLangEn() {
        String seed = Project.file("seeds/xinhua-qiushi-social-security.txt").toString();
        Cli detected = Cli.run("convert", "--format", "nq", seed);
        Cli forced = Cli.run("convert", "--format", "nq", "--lang", "en", seed);
        assertEquals(0, detected.exitCode(), detected::toString);
        assertEquals(0, forced.exitCode(), forced::toString);
        assertEquals(sorted(forced.out()), sorted(detected.out()));
        assertTrue(detected.out().contains("<http://purl.org/dc/terms/language> \"en\""), "dcterms:language recorded");
    }

    @Test
    void chineseIsDetectedAndRecordedAndLangOverridesIt() throws Exception {
        Path zh = tmp.resolve("zh.txt");
        Files.writeString(zh, "要稳妥有序推进渐进式延迟法定退休年龄改革。");
        Cli detected = Cli.run("convert", "--format", "nq", zh.toString());
        assertEquals(0, detected.exitCode(), detected::toString);
        assertTrue(detected.out().contains("<http://purl.org/dc/terms/language> \"zh\""), detected::toString);
        assertTrue(detected.out().contains("<https://w3id.org/sspo#proposesReform> <https://w3id.org/sspo/id/concept/delaying-statutory-retirement-age>"),
                detected::toString);
        Cli asEnglish = Cli.run("convert", "--format", "nq", "--lang", "en", zh.toString());
        assertEquals(0, asEnglish.exitCode(), asEnglish::toString);
        assertTrue(asEnglish.out().contains("<http://purl.org/dc/terms/language> \"en\""), asEnglish::toString);
        assertFalse(asEnglish.out().contains("proposesReform"), "read as English, the Chinese text names no English label");
        Cli tagged = Cli.run("convert", "--format", "nq", "--lang", "zh-Hant", zh.toString());
        assertEquals(0, tagged.exitCode(), tagged::toString);
        assertTrue(tagged.out().contains("<http://purl.org/dc/terms/language> \"zh-Hant\""), tagged::toString);
        assertTrue(tagged.out().contains("proposesReform"), tagged::toString);
        Files.writeString(zh, "要積極發展農村互助養老服務體系。");
        Cli candidate = Cli.run("convert", "--format", "nq", "--lang", "zh-Hant", zh.toString());
        assertTrue(candidate.out().contains("\"农村互助养老服务体系\"@zh "), "a name in simplified characters is tagged zh, not zh-Hant: " + candidate);
    }

    @Test
    void anUnreadLanguageIsStillAClearInputError() throws Exception {
        Path fr = tmp.resolve("fr.txt");
        Files.writeString(fr, "Il faut relever l'âge légal de la retraite.");
        Cli r = Cli.run("convert", "--lang", "fr", fr.toString());
        assertEquals(ExitCode.INPUT, r.exitCode(), r::toString);
        assertTrue(r.err().contains("it reads: en, zh"), r::toString);
    }
}
