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
import org.policykg.extract.stages.PhraseRoleModel;
import org.policykg.rdf.DocumentGraphWriter;

/**
 * The phrase-role stage, on a short local-news text written for this test (src/test/resources/en-phrase-roles) and a
 * model written here that weighs every phrase about a voucher as a reform: what the stage does with a model's reading
 * (one phrase per clause and class, never over a role the rules gave, never where the governing verb is denied, reports
 * the past or states no measure) and what it does without one (nothing). What the trained model reads is measured by
 * {@code eval} (docs/evaluation.md), and that it is what {@code train} makes of dev by {@code TrainCommandTest}.
 */
class PhraseRolesTest {
    private static final Path TEXT = Converters.home().resolve("src/test/resources/en-phrase-roles/heating-allowance.txt");
    private static Document withModel, rulesOnly;

    @BeforeAll
    static void convert(@TempDir Path tmp) throws Exception {
        Path ontology = copyOntology(tmp);
        Files.writeString(ontology.resolve(PhraseRoleModel.FILE), """
                # a model for this test: a phrase headed by or naming a voucher is a reform
                @threshold\treform\t0.70
                h=voucher\treform\t6.0
                m=voucher\treform\t6.0
                """);
        Extractor extractor = Extractor.load(ontology.resolve("lexicon.ttl"), List.of(ontology.resolve("concepts.ttl")));
        withModel = extractor.extract(Converters.read(TEXT));
        rulesOnly = extractor.withoutModels().extract(Converters.read(TEXT));
    }

    private static Path copyOntology(Path tmp) throws Exception { return Converters.copyOntology(tmp); }

    private static Set<String> keys(Document doc) { return Converters.linkKeys(doc); }

    /** The links the model added: those of {@code withModel} that the rules alone did not make. */
    private static List<Link> added() { return Converters.addedLinks(withModel, rulesOnly); }

    private static List<String> addedLabels() { return added().stream().map(l -> l.target().label()).toList(); }

    @Test
    void aPhraseTheModelWeighsAboveItsThresholdIsReadAsACandidateNamedByItsWords() {
        List<Link> added = added();
        assertFalse(added.isEmpty(), "the model's reading added nothing");
        for (Link l : added) {
            assertTrue(l.target().label().contains("voucher"), "only phrases about a voucher weigh enough: " + l);
            assertEquals(Role.REFORM, l.role(), l.toString());
            assertTrue(l.target().candidate(), "a phrase the model reads is a candidate for curation: " + l);
            assertTrue(withModel.text().substring(l.evidence().begin(), l.evidence().end()).endsWith(l.target().label()), l.toString());
        }
        // the sentence had no statement: one is made for it, and statements stay numbered in order
        List<Statement> st = withModel.statements();
        for (int i = 0; i < st.size(); i++)
            assertEquals(i + 1, st.get(i).number());
    }

    @Test
    void oneClauseGivesAtMostOnePhraseOfEachClass() {
        List<String> labels = addedLabels();
        // "support for tenants with a rent voucher" and "a water voucher" are two phrases of one clause
        assertEquals(1, labels.stream().filter(l -> l.contains("rent voucher") || l.contains("water voucher")).count(), labels.toString());
    }

    @Test
    void noRoleWhereTheVerbIsDeniedReportsThePastOrStatesNoMeasure() {
        for (String l : addedLabels())
            for (String w : List.of("fuel", "transport", "coal", "gas"))
                assertFalse(l.contains(w), l);
    }

    @Test
    void theRulesReadingStandsAndTheModelNeverOverlapsItNorAnActor() {
        Set<String> after = keys(withModel);
        for (String k : keys(rulesOnly))
            assertTrue(after.contains(k), "lost: " + k);
        for (Link l : added()) {
            for (Statement s : rulesOnly.statements())
                for (Link r : s.links())
                    if (r.role() != Role.MENTION && r.evidence() != null)
                        assertFalse(r.evidence().begin() < l.evidence().end() && l.evidence().begin() < r.evidence().end(), l + " overlaps " + r);
            for (Mention m : withModel.mentions())
                if (m.concept().typeIri().matches(".*#(Person|Organization|Actor)"))
                    assertFalse(m.span().begin() < l.evidence().end() && l.evidence().begin() < m.span().end(), l + " overlaps " + m);
        }
    }

    @Test
    void withoutAModelFileTheRulesReadAlone(@TempDir Path tmp) throws Exception {
        Path ontology = copyOntology(tmp);
        Extractor none = Extractor.load(ontology.resolve("lexicon.ttl"), List.of(ontology.resolve("concepts.ttl")));
        assertEquals(rulesOnly.statements(), none.extract(Converters.read(TEXT)).statements());
        assertNotEquals(withModel.statements(), rulesOnly.statements());
    }

    @Test
    void aBrokenModelFileIsNamedWithItsLine(@TempDir Path tmp) throws Exception {
        Path ontology = copyOntology(tmp);
        DocumentGraphWriter.Run run = new DocumentGraphWriter.Run("test", null);
        Files.writeString(ontology.resolve(PhraseRoleModel.FILE), "# a model\nh=subsidy\treform\t0.5\nh=grant\tpolicy\t0.3\n");
        UserError e = assertThrows(UserError.class, () -> Conversion.forOntology(ontology, new TextReader(), run));
        assertTrue(e.getMessage().contains(PhraseRoleModel.FILE + ":3") && e.getMessage().contains("policy"), e.getMessage());
        Files.writeString(ontology.resolve(PhraseRoleModel.FILE), "h=subsidy\treform\tmuch\n");
        e = assertThrows(UserError.class, () -> Conversion.forOntology(ontology, new TextReader(), run));
        assertTrue(e.getMessage().contains(PhraseRoleModel.FILE + ":1") && e.getMessage().contains("much"), e.getMessage());
    }

    @Test
    void aPhraseThatOpensARelativeClauseIsReadAsNothing(@TempDir Path tmp) throws Exception {
        // a model that weighs every phrase about grandchildren as a reform: in "[whose grandchildren] live with them"
        // the phrase describes the grandparents before it and is read as nothing, in either letter case
        Path ontology = copyOntology(tmp);
        Files.writeString(ontology.resolve(PhraseRoleModel.FILE), "@threshold\treform\t0.70\n"
                + "h=grandchild\treform\t6.0\nm=grandchild\treform\t6.0\nh=grandchildren\treform\t6.0\nm=grandchildren\treform\t6.0\n");
        Extractor extractor = Extractor.load(ontology.resolve("lexicon.ttl"), List.of(ontology.resolve("concepts.ttl")));
        String text = "Provinces must extend the carer allowance to grandparents whose grandchildren live with them most of the year. "
                + "The county will also pay for the grandchildren's school meals.";
        for (String written : List.of(text, text.toLowerCase(Locale.ROOT))) {
            Path f = tmp.resolve(written.equals(text) ? "relative.txt" : "relative-lower.txt");
            Files.writeString(f, written);
            List<String> read = Converters.addedLinks(extractor.extract(Converters.read(f)),
                    extractor.withoutModels().extract(Converters.read(f))).stream().map(l -> l.target().label()).toList();
            assertTrue(read.stream().anyMatch(l -> l.contains("grandchildren") && !l.contains("whose")), read.toString());
            assertTrue(read.stream().noneMatch(l -> l.contains("whose")), read.toString());
        }
    }
}
