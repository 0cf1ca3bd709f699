package org.policykg.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.document.*;
import org.policykg.error.UserError;
import org.policykg.extract.stages.WordSpanModel;
import org.policykg.rdf.DocumentGraphWriter;

/**
 * The measure-span stage, on a short local-news text written for this test (src/test/resources/en-measure-spans) and a
 * model written here that opens a measure at the word "rebate" and carries it on to the next comma or semicolon or the
 * sentence's end: what the stage does with a model's reading (a reform named by the span's words, inside one sentence,
 * never over a role the rules gave) and what it does without one (nothing). What the trained model reads is measured by
 * {@code eval} (docs/evaluation.md); that it is what {@code train} makes of dev, by {@code TrainCommandTest}.
 */
class MeasureSpansTest {
    private static final Path TEXT = Converters.home().resolve("src/test/resources/en-measure-spans/dental-rebate.txt");
    private static final String MODEL = """
            # a model for this test: "rebate" opens a measure, which runs on to a comma, a semicolon or the sentence's end
            @threshold\tbegin\t0.70
            w0=rebate\tbegin\t8.0
            l1=begin\tinside\t8.0
            l1=inside\tinside\t6.0
            p0=,\tnone\t20.0
            p0=;\tnone\t20.0
            """;
    private static Document withModel, rulesOnly;

    @BeforeAll
    static void convert(@TempDir Path tmp) throws Exception {
        Path ontology = copyOntology(tmp);
        Files.writeString(ontology.resolve(WordSpanModel.FILE), MODEL);
        Extractor extractor = Extractor.load(ontology.resolve("lexicon.ttl"), List.of(ontology.resolve("concepts.ttl")));
        withModel = extractor.extract(Converters.read(TEXT));
        rulesOnly = extractor.withoutModels().extract(Converters.read(TEXT));
    }

    private static Path copyOntology(Path tmp) throws Exception { return Converters.copyOntology(tmp); }

    private static Set<String> keys(Document doc) { return Converters.linkKeys(doc); }

    /** The links the model added: those of {@code withModel} that the rules alone did not make. */
    private static List<Link> added() { return Converters.addedLinks(withModel, rulesOnly); }

    @Test
    void aSpanTheModelReadsIsAReformNamedByItsWordsInsideOneSentence() {
        List<Link> added = added();
        assertFalse(added.isEmpty(), "the model's reading added nothing");
        String text = withModel.text();
        for (Link l : added) {
            assertEquals(Role.REFORM, l.role(), l.toString());
            assertTrue(l.target().candidate(), "a span the model reads is a candidate for curation: " + l);
            String words = text.substring(l.evidence().begin(), l.evidence().end());
            assertTrue(words.startsWith("rebate"), "spans open where the model opens them: " + words);
            assertFalse(words.contains(",") || words.contains(";"), "and end where it ends them: " + words);
            assertEquals(words.replaceAll("\\s+", " "), l.target().label(), l.toString());
            long sentences = withModel.sentences().stream()
                    .filter(s -> s.span().begin() <= l.evidence().begin() && l.evidence().end() <= s.span().end()).count();
            assertEquals(1, sentences, "a span lies inside one sentence: " + l);
        }
        // the span in the sentence of hearing aids runs to the sentence's end, without its full stop
        assertTrue(added.stream().anyMatch(l -> l.target().label().equals("rebate for hearing aids is under study for next year")),
                added.stream().map(l -> l.target().label()).toList().toString());
        // statements stay numbered in order where one was made for a sentence that had none
        List<Statement> st = withModel.statements();
        for (int i = 0; i < st.size(); i++)
            assertEquals(i + 1, st.get(i).number());
    }

    @Test
    void theRulesReadingStandsAndNoSpanOverlapsIt() {
        Set<String> after = keys(withModel);
        for (String k : keys(rulesOnly))
            assertTrue(after.contains(k), "lost: " + k);
        for (Link l : added())
            for (Statement s : rulesOnly.statements())
                for (Link r : s.links())
                    if (r.role() != Role.MENTION && r.evidence() != null)
                        assertFalse(r.evidence().begin() < l.evidence().end() && l.evidence().begin() < r.evidence().end(), l + " overlaps " + r);
    }

    @Test
    void withoutAModelFileTheStagePassesTheDocumentOn(@TempDir Path tmp) throws Exception {
        Path ontology = copyOntology(tmp);
        Extractor none = Extractor.load(ontology.resolve("lexicon.ttl"), List.of(ontology.resolve("concepts.ttl")));
        assertEquals(rulesOnly.statements(), none.extract(Converters.read(TEXT)).statements());
        assertNotEquals(withModel.statements(), rulesOnly.statements());
    }

    @Test
    void aBrokenModelFileIsNamedWithItsLine(@TempDir Path tmp) throws Exception {
        Path ontology = copyOntology(tmp);
        DocumentGraphWriter.Run run = new DocumentGraphWriter.Run("test", null);
        Files.writeString(ontology.resolve(WordSpanModel.FILE), "# a model\nw0=rebate\tbegin\t8\nw0=grant\tstart\t1\n");
        UserError e = assertThrows(UserError.class, () -> Conversion.forOntology(ontology, new TextReader(), run));
        assertTrue(e.getMessage().contains(WordSpanModel.FILE + ":3") && e.getMessage().contains("start"), e.getMessage());
    }

    /** The extractor of an ontology copied into {@code tmp} with {@code model} written as the model file {@code modelFile}. */
    private static Extractor withTestModel(Path tmp, String modelFile, String model) throws Exception {
        Path ontology = copyOntology(tmp);
        Files.writeString(ontology.resolve(modelFile), model);
        return Extractor.load(ontology.resolve("lexicon.ttl"), List.of(ontology.resolve("concepts.ttl")));
    }

    /** The words of the links {@code extractor}'s models add to what its rules alone read of {@code text}, written to {@code tmp} as {@code name}. */
    private static List<String> addedSpans(Extractor extractor, Path tmp, String name, String text) throws Exception {
        Path file = tmp.resolve(name);
        Files.writeString(file, text);
        Document doc = extractor.extract(Converters.read(file));
        Document rules = extractor.withoutModels().extract(Converters.read(file));
        return Converters.addedLinks(doc, rules).stream().map(l -> doc.text().substring(l.evidence().begin(), l.evidence().end())).toList();
    }

    /** The sentence that announces a work the text reports on names its publication, which is no measure; a plan to publish something else is read. */
    @Test
    void theAnnouncementOfAReportedWorkIsNoMeasure(@TempDir Path tmp) throws Exception {
        Extractor extractor = withTestModel(tmp, WordSpanModel.FILE, MODEL.replace("w0=rebate", "w0=publish"));
        Path text = tmp.resolve("report.txt");
        Files.writeString(text, "Wuhan, June 2 (Xinhua) -- The 11th issue of \"Qiushi\" magazine, to be published on June 3, "
                + "will publish an article by Zhou Lan, Minister of Civil Affairs, \"Making Social Assistance Fairer\".\n\n"
                + "The city's civil affairs bureau will publish a list of assistance services by the end of June.\n");
        Document doc = extractor.extract(Converters.read(text));
        assertEquals("Zhou Lan", doc.reportedWork().author(), "the work is read: " + doc.reportedWork());
        List<String> reforms = new ArrayList<>();
        for (Statement st : doc.statements())
            for (Link l : st.links())
                if (l.role() == Role.REFORM)
                    reforms.add(doc.text().substring(l.evidence().begin(), l.evidence().end()));
        assertTrue(reforms.stream().noneMatch(r -> r.contains("Zhou Lan")), reforms.toString());
        assertTrue(reforms.stream().anyMatch(r -> r.startsWith("publish a list of assistance services")), reforms.toString());
    }

    /**
     * A verb of state before a span ("will be", "will receive") refuses it only in a sentence that states a reform
     * already, where it restates that reform's effect; in a sentence that states none, it is the measure. The model here
     * opens a measure at "assessed".
     */
    @Test
    void aSpanAfterAVerbOfStateIsTheMeasureOnlyWhereTheSentenceStatesNoOther(@TempDir Path tmp) throws Exception {
        Extractor extractor = withTestModel(tmp, WordSpanModel.FILE, MODEL.replace("w0=rebate", "w0=assessed"));
        List<String> added = addedSpans(extractor, tmp, "centres.txt", "Checks on rehabilitation centres\n\n"
                + "Rehabilitation centres will be assessed every year on how many of their patients go back to work. "
                + "The daily rate for inpatient rehabilitation will be raised to 420 yuan, and centres will be assessed on the new rate from July.\n");
        assertTrue(added.contains("assessed every year on how many of their patients go back to work"), added.toString());
        assertTrue(added.stream().noneMatch(a -> a.startsWith("assessed on the new rate")), "the raise is the measure there: " + added);
    }

    /**
     * Chinese has a model of its own (measure-spans-zh.tsv): a span of it never runs across a clause's mark
     * (lex:measureSpanBreak), stops before a particle or a conjunction it would end in (lex:measureSpanNotLast), and is
     * not read where it applies the rules in force (lex:asProvided). The model here opens a measure at 押金 and runs to
     * the sentence's end or the word 其.
     */
    @Test
    void aChineseSpanStaysInItsClauseEndsOnAContentWordAndIsNoRuleApplied(@TempDir Path tmp) throws Exception {
        Extractor extractor = withTestModel(tmp, WordSpanModel.fileFor("zh"), """
                # a model for this test: 押金 opens a measure, which runs on to the sentence's end or the word 其
                @threshold\tbegin\t0.70
                w0=押金\tbegin\t8.0
                l1=begin\tinside\t8.0
                l1=inside\tinside\t6.0
                w0=其\tnone\t20.0
                """);
        List<String> added = addedSpans(extractor, tmp, "deposit.txt", "市民政局近日印发养老机构收费管理办法。\n\n养老机构收取的押金原则上不超过老年人月服务费的12倍。"
                + "押金一律存入银行专用账户，机构不得挪用。入住满一年后押金全额退还给老年人本人及其监护人。押金按规定退还。\n");
        assertTrue(added.contains("押金原则上不超过老年人月服务费的12倍"), added.toString());
        assertTrue(added.contains("押金全额退还给老年人本人"), "no particle or conjunction at its end: " + added);
        assertTrue(added.stream().noneMatch(a -> a.contains("，") || a.startsWith("押金一律")), "no span over a clause's end: " + added);
        assertTrue(added.stream().noneMatch(a -> a.contains("按规定")), "no rule applied: " + added);
    }
}
