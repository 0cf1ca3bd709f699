package org.policykg.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.document.*;
import org.policykg.rdf.Vocab;

/**
 * Chinese texts written for this test (simplified, and the same sentences in traditional characters)
 * land on the same nodes as their English counterparts.
 */
class ChineseTextTest {
    @TempDir Path dir;

    static final String SIMPLIFIED = "文章指出，要稳妥有序推进渐进式延迟法定退休年龄改革。\n"
            + "必须加快实现职工基本养老保险全国统筹。\n"
            + "各级党委和政府要健全多层次社会保障体系。\n"
            + "坚持共同富裕。";
    static final String TRADITIONAL = "文章指出，要穩妥有序推進漸進式延遲法定退休年齡改革。\n"
            + "必須加快實現職工基本養老保險全國統籌。\n"
            + "各級黨委和政府要健全多層次社會保障體系。\n"
            + "堅持共同富裕。";
    static final String ENGLISH = "The article pointed out that it is necessary to steadily raise the statutory retirement age.\n\n"
            + "We must speed up the national pooling of basic old-age insurance.\n\n"
            + "Party committees and governments at all levels must improve the multi-level social security system.\n\n"
            + "We must adhere to common prosperity.";

    static Set<String> nodes(Document doc) {
        return doc.statements().stream().flatMap(s -> s.links().stream()).filter(l -> l.role() != Role.MENTION)
                .map(l -> l.role() + " " + l.target().iri()).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** Statements as numbers, modalities, roles, nodes, node labels and spans: everything but the characters themselves. */
    static List<String> describe(Document doc) {
        return doc.statements().stream().map(s -> s.number() + " " + s.sentence().span() + " " + s.modalityIri() + " " + s.reported() + " "
                + s.links().stream().map(l -> l.role() + " " + l.target().iri() + " " + l.target().label() + " " + l.evidence()).toList()).toList();
    }

    @Test
    void simplifiedGivesTheNodesOfItsEnglishCounterpart() throws Exception {
        Document zh = Converters.convert(dir, "zh.txt", SIMPLIFIED);
        Document en = Converters.convert(dir, "en.txt", ENGLISH);
        assertEquals("zh", zh.source().language());
        assertEquals("en", en.source().language());
        Set<String> zhNodes = nodes(zh);
        assertTrue(zhNodes.containsAll(Set.of(
                "REFORM " + Vocab.ID + "concept/delaying-statutory-retirement-age",
                "REFORM " + Vocab.ID + "concept/national-pooling-of-basic-old-age-insurance",
                "RESPONSIBLE_ACTOR " + Vocab.ID + "actor/party-committees-and-governments-at-all-levels",
                "GOAL " + Vocab.ID + "concept/common-prosperity")), zhNodes.toString());
        Set<String> enNodes = nodes(en);
        assertTrue(enNodes.containsAll(zhNodes), "English: " + enNodes + "\nChinese: " + zhNodes);
    }

    @Test
    void traditionalGivesTheSameStatementsAsItsSimplifiedTwin() throws Exception {
        Document s = Converters.convert(dir, "s.txt", SIMPLIFIED);
        Document t = Converters.convert(dir, "t.txt", TRADITIONAL);
        assertEquals(SIMPLIFIED.length(), TRADITIONAL.length());
        assertEquals(describe(s), describe(t));
        // offsets point into the text as written: the traditional mention reads in traditional characters
        Mention m = t.mentions().stream().filter(x -> x.concept().iri().endsWith("delaying-statutory-retirement-age")).findFirst().orElseThrow();
        assertEquals("漸進式延遲法定退休年齡改革", m.span().of(t.text()));
    }

    @Test
    void sentencesSplitOnChinesePunctuationWithClosingQuotes() throws Exception {
        String text = "他强调：「要坚持共同富裕。」同时，要加快改革；必须完善制度！是否可行？";
        Document doc = Converters.convert(dir, "q.txt", text);
        List<String> sentences = doc.sentences().stream().map(x -> x.span().of(text)).toList();
        assertEquals(List.of("他强调：「要坚持共同富裕。」", "同时，要加快改革；", "必须完善制度！", "是否可行？"), sentences);
    }

    @Test
    void modalitiesAndRolesFromTheChineseCues() throws Exception {
        Document doc = Converters.convert(dir, "m.txt", SIMPLIFIED);
        Statement first = doc.statements().get(0);
        assertEquals(Vocab.SSPO + "Necessity", first.modalityIri(), "要 inside the reported clause outranks 指出");
        Statement actors = doc.statements().stream().filter(x -> !x.targets(Role.RESPONSIBLE_ACTOR).isEmpty()).findFirst().orElseThrow();
        assertTrue(actors.sentence().span().of(doc.text()).startsWith("各级党委和政府要"));
    }

    @Test
    void candidatesAreWholeWordsNamedInSimplifiedCharactersFromEitherScript() throws Exception {
        Document s = Converters.convert(dir, "cs.txt", "要积极发展农村互助养老服务体系。");
        Document t = Converters.convert(dir, "ct.txt", "要積極發展農村互助養老服務體系。");
        for (Document d : List.of(s, t)) {
            List<ConceptRef> goals = d.statements().get(0).targets(Role.GOAL);
            assertEquals(1, goals.size(), goals.toString());
            ConceptRef goal = goals.get(0);
            assertTrue(goal.candidate());
            assertEquals("农村互助养老服务体系", goal.label(), "the adverb 积极 is dropped, the name is simplified");
            assertEquals(Vocab.ID + "candidate/goal/农村互助养老服务体系", goal.iri());
            assertEquals("zh", goal.language());
        }
    }

    @Test
    void aCueInsideAnotherWordIsNoCue() throws Exception {
        // 要 is a cue as a word of its own (smartcn's segmentation), not inside 重要 or 主要
        Document doc = Converters.convert(dir, "w.txt", "这项工作很重要。社会保障的主要内容是社会保险。");
        assertTrue(doc.statements().isEmpty(), doc.statements().toString());
        assertFalse(doc.mentions().isEmpty(), "the known concepts are still mentioned");
    }

    @Test
    void aMixedDocumentReadsEachLineInItsOwnLanguage() throws Exception {
        String text = "必须加快实现职工基本养老保险全国统筹。\n\n"
                + "The State Council stressed that it is necessary to raise the statutory retirement age.\n\n"
                + "各级党委和政府要坚持共同富裕。\n";
        Document doc = Converters.convert(dir, "mixed.txt", text);
        assertEquals("zh", doc.source().language(), "most letters are Han");
        Set<String> nodes = nodes(doc);
        assertTrue(nodes.containsAll(Set.of(
                "REFORM " + Vocab.ID + "concept/national-pooling-of-basic-old-age-insurance",
                "REFORM " + Vocab.ID + "concept/delaying-statutory-retirement-age",
                "GOAL " + Vocab.ID + "concept/common-prosperity")), nodes.toString());
        List<Integer> numbers = doc.statements().stream().map(Statement::number).toList();
        assertEquals(List.of(1, 2, 3), numbers);
        List<String> sentences = doc.statements().stream().map(s -> s.sentence().span().of(text)).toList();
        assertEquals(List.of("必须加快实现职工基本养老保险全国统筹。",
                "The State Council stressed that it is necessary to raise the statutory retirement age.", "各级党委和政府要坚持共同富裕。"), sentences);
        assertEquals(List.of(1, 2, 3), doc.sentences().stream().map(Sentence::number).toList());
        // the English sentence speaks with its own speaker and modality, read by the English stages
        Statement english = doc.statements().get(1);
        assertEquals(Vocab.SSPO + "Necessity", english.modalityIri());
    }

    @Test
    void aLongRunWithoutTerminatorsIsCutIntoBoundedSentences() throws Exception {
        String text = "𠀋要坚持共同富裕，".repeat(1_000);
        Document doc = Converters.convert(dir, "long.txt", text);
        assertTrue(doc.sentences().size() > 1);
        int covered = 0;
        for (Sentence s : doc.sentences()) {
            assertTrue(s.span().length() <= org.policykg.extract.stages.Stages.MAX_SENTENCE_CHARS, s.toString());
            assertFalse(Character.isLowSurrogate(text.charAt(s.span().begin())), "a cut never splits a character");
            covered += s.span().length();
        }
        assertEquals(text.length(), covered, "nothing lost between the pieces");
    }

    @Test
    void aListJoinedBy和GivesOneCandidatePerItem() throws Exception {
        Document doc = Converters.convert(dir, "list.txt", "各级党委和政府要完善城乡居民收入分配调节机制和财政补助政策。");
        Statement st = doc.statements().get(0);
        // a mechanism to improve is a reform (lex:reform-mechanism-zh), and so is a policy: 政策 ends the name
        // (lex:finalHead), whatever verb governs it; one node per item
        assertEquals(List.of("城乡居民收入分配调节机制", "财政补助政策"), st.targets(Role.REFORM).stream().map(ConceptRef::label).toList());
        assertEquals(List.of(), st.targets(Role.GOAL));
        // 和 inside a known name does not cut it
        assertEquals(List.of(Vocab.ID + "actor/party-committees-and-governments-at-all-levels"),
                st.targets(Role.RESPONSIBLE_ACTOR).stream().map(ConceptRef::iri).toList());
    }

    @Test
    void aChineseDatelineInEitherScript() throws Exception {
        for (String text : List.of("新华社北京4月15日电 会议强调，要稳妥有序推进渐进式延迟法定退休年龄改革。",
                "新華社北京4月15日電 會議強調，要穩妥有序推進漸進式延遲法定退休年齡改革。")) {
            Document doc = Converters.convert(dir, "d.txt", text);
            assertNotNull(doc.dateline(), text);
            assertEquals(Vocab.ID + "actor/xinhua-news-agency", doc.dateline().publisherRef().iri());
            assertEquals(java.time.MonthDay.of(4, 15), doc.dateline().day());
            assertEquals(text.substring(3, 5), doc.dateline().place());
            assertEquals(List.of(Vocab.ID + "concept/delaying-statutory-retirement-age"),
                    doc.statements().get(0).targets(Role.REFORM).stream().map(ConceptRef::iri).toList());
        }
    }

    @Test
    void aChineseAnnouncementOfTheReportedWork() throws Exception {
        for (String text : List.of(
                "4月16日出版的第8期《求是》杂志将发表中共中央总书记、国家主席、中央军委主席习近平的重要文章《一篇测试文章》。\n文章强调，要稳妥有序推进渐进式延迟法定退休年龄改革。",
                "4月16日出版的第8期《求是》雜誌將發表中共中央總書記、國家主席、中央軍委主席習近平的重要文章《一篇測試文章》。\n文章強調，要穩妥有序推進漸進式延遲法定退休年齡改革。")) {
            Document doc = Converters.convert(dir, "r.txt", text);
            ReportedWork w = doc.reportedWork();
            assertNotNull(w, text);
            assertEquals(Vocab.ID + "actor/qiushi", w.venueRef().iri());
            assertEquals("8", w.issue());
            assertEquals(java.time.MonthDay.of(4, 16), w.day());
            assertEquals(Vocab.ID + "actor/xi-jinping", w.authorRef().iri());
            assertEquals(List.of("post/general-secretary-of-the-cpc-central-committee", "post/president-of-the-prc",
                    "post/chairman-of-the-central-military-commission"),
                    w.posts().stream().map(p -> p.iri().substring(Vocab.ID.length())).toList());
            Statement st = doc.statements().get(0);
            assertTrue(st.reported(), "文章强调 after the announcement: the reported work speaks");
            assertEquals(List.of(Vocab.ID + "concept/delaying-statutory-retirement-age"), st.targets(Role.REFORM).stream().map(ConceptRef::iri).toList());
        }
    }

    @Test
    void theStructureOfTheSystemAsTheEnglishTwinGivesIt() throws Exception {
        Document zh = Converters.convert(dir, "s-zh.txt", "我国社会保障体系以社会保险为主体，包括社会救助、社会福利、社会优抚等制度在内。");
        Document hant = Converters.convert(dir, "s-hant.txt", "我國社會保障體系以社會保險為主體，包括社會救助、社會福利、社會優撫等制度在內。");
        Document en = Converters.convert(dir, "s-en.txt",
                "China's social security system takes social insurance as its mainstay, complemented by social relief, social welfare and special care.");
        for (Document d : List.of(zh, hant, en)) {
            Statement st = d.statements().stream().filter(x -> x.whole() != null).findFirst().orElseThrow(() -> new AssertionError(d.text()));
            assertEquals(Vocab.ID + "concept/social-security-system", st.whole().iri(), d.text());
            assertEquals(Set.of("social-insurance", "social-assistance", "social-welfare", "special-care"),
                    st.components().stream().map(c -> c.iri().substring(c.iri().lastIndexOf('/') + 1)).collect(Collectors.toSet()), d.text());
        }
    }

    @Test
    void theChineseDataLeavesTheEnglishSeedAsItWas() throws Exception {
        // the project's converter against one whose lexicon and scheme have every Chinese form, label and setting removed
        Path ontology = Converters.home().resolve("ontology");
        org.apache.jena.rdf.model.Model lexicon = org.apache.jena.riot.RDFDataMgr.loadModel(ontology.resolve("lexicon.ttl").toString());
        org.apache.jena.rdf.model.Model scheme = org.apache.jena.riot.RDFDataMgr.loadModel(ontology.resolve("concepts.ttl").toString());
        for (org.apache.jena.rdf.model.Model m : List.of(lexicon, scheme))
            m.remove(m.listStatements().filterKeep(st -> st.getObject().isLiteral() && st.getLanguage().startsWith("zh")
                    || st.getObject().isLiteral() && st.getString().equals("zh")).toList());
        Extractor englishOnly = new Extractor(lexicon, scheme);
        Document before = englishOnly.extract(Converters.read(Converters.seed()));
        // both read by the rules alone: the phrase-role model is English data of its own (PhraseRolesTest)
        Document after = Converters.project().withoutModels().extract(Converters.read(Converters.seed()));
        assertEquals("en", after.source().language());
        assertEquals(before.sentences(), after.sentences());
        assertEquals(before.mentions(), after.mentions());
        assertEquals(before.dateline(), after.dateline());
        assertEquals(before.reportedWork(), after.reportedWork());
        assertEquals(before.statements(), after.statements());
        assertFalse(after.statements().isEmpty());
    }
}
