package org.policykg.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.document.Role;
import org.policykg.extract.stages.WordSpanModel;

/**
 * What the Chinese measure-span stage refuses whatever its model reads, on sentences written here in both scripts and a
 * model written here that opens a measure at 不得 or 网上 and carries it to the clause's end: a step the sentence says
 * follows the provisions of a named law (lex:provisionCited: 根据《…》的规定，…) is what those rules provide, and a rate that
 * reaches a value (lex:figureReached: …办理率达到九成) is a figure or a target; the same steps stated without them are read.
 */
class ChineseMeasureSpanRefusalsTest {
    private static final String MODEL = """
            # a model for this test: 不得 and 网上 open a measure, which runs on to the clause's end
            @threshold\tbegin\t0.70
            w0=不得\tbegin\t8.0
            w0=网上\tbegin\t8.0
            l1=begin\tinside\t8.0
            l1=inside\tinside\t6.0
            p0=，\tnone\t20.0
            p0=。\tnone\t20.0
            """;
    private static Extractor extractor;

    @BeforeAll
    static void load(@TempDir Path tmp) throws Exception {
        Path ontology = Converters.copyOntology(tmp);
        Files.writeString(ontology.resolve(WordSpanModel.fileFor("zh")), MODEL);
        extractor = Extractor.load(ontology.resolve("lexicon.ttl"), List.of(ontology.resolve("concepts.ttl")));
    }

    private static Set<String> reforms(Path dir, String text) throws Exception {
        Path file = Files.writeString(dir.resolve("t" + Math.abs(text.hashCode()) + ".txt"), text);
        return Converters.targets(extractor.extract(Converters.read(file)), Role.REFORM);
    }

    @Test
    void aStepThatFollowsTheProvisionsOfANamedLawIsNoMeasure(@TempDir Path dir) throws Exception {
        for (String cited : List.of("根据《社会保险法》的规定，用人单位不得拖欠职工的社会保险费。",
                "依照《勞動基準法》第二十二條規定，雇主不得拖欠勞工的工資。"))
            assertTrue(reforms(dir, cited).stream().noneMatch(r -> r.contains("拖欠")), cited + " " + reforms(dir, cited));
        for (String stated : List.of("自明年起，用人单位不得拖欠职工的社会保险费。", "自明年起，雇主不得拖欠勞工的工資。"))
            assertTrue(reforms(dir, stated).stream().anyMatch(r -> r.contains("拖欠")), stated + " " + reforms(dir, stated));
    }

    @Test
    void aRateThatReachesAValueIsNoMeasure(@TempDir Path dir) throws Exception {
        for (String figure : List.of("去年全市社保业务网上办理率达到九成以上。", "去年全市社保業務網上辦理比例已超過九成。"))
            assertTrue(reforms(dir, figure).stream().noneMatch(r -> r.contains("九成")), figure + " " + reforms(dir, figure));
        for (String step : List.of("今后参保人员可以网上办理转移接续手续。", "今後參保人員可以網上辦理轉移接續手續。"))
            assertTrue(reforms(dir, step).stream().anyMatch(r -> r.contains("办理转移接续") || r.contains("辦理轉移接續")),
                    step + " " + reforms(dir, step));
    }
}
