package org.policykg.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.document.*;
import org.policykg.rdf.Vocab;

/**
 * Names told apart by a number (the lexicon's lex:NumberedName patterns), on texts written for this test: the Party's
 * national congresses and the five-year plans in the renderings English texts use and in Chinese, one node per number
 * whichever language and form names it, numbers no list holds included; other parties' congresses, other numbered
 * bodies and the plans of a sector or province named after the period left alone.
 */
class NumberedNamesTest {
    @TempDir Path dir;

    private static final String CONCEPT = Vocab.ID + "concept/";

    /** The words of each mention of a node of this class → the node. */
    private static Map<String, ConceptRef> named(Document doc, org.apache.jena.rdf.model.Resource type) {
        Map<String, ConceptRef> out = new TreeMap<>();
        for (Mention m : doc.mentions())
            if (type.getURI().equals(m.concept().typeIri()))
                out.put(m.span().of(doc.text()), m.concept());
        return out;
    }

    private static Map<String, ConceptRef> events(Document doc) { return named(doc, Vocab.Event); }

    private static Map<String, ConceptRef> plans(Document doc) { return named(doc, Vocab.Plan); }

    @Test
    void aFiveYearPlanIsReadByItsNumberAndAPlanTheSchemeListsStaysItsNode() throws Exception {
        Document en = Converters.convert(dir, "plans.txt",
                "During the 15th Five-Year Plan period (2026-2030), the county will ensure that every newborn is insured. "
                        + "The Fifteenth Five-Year Plan sets the goal of covering everyone. The 15th Five-Year Plan for Veterans "
                        + "Affairs was issued in May. Guangdong's 15th Five-Year Plan was adopted in March. By the end of the 14th "
                        + "Five-Year Plan period, coverage reached 95 percent.");
        Map<String, ConceptRef> plans = plans(en);
        // a sector's or a province's plan named after the period is another plan
        assertEquals(List.of("14th Five-Year Plan period", "15th Five-Year Plan", "Fifteenth Five-Year Plan"), List.copyOf(plans.keySet()));
        assertEquals(CONCEPT + "15th-five-year-plan", plans.get("Fifteenth Five-Year Plan").iri());
        assertTrue(plans.get("15th Five-Year Plan").candidate());
        // the plan the scheme lists is the scheme's node, read by its own label
        assertEquals(CONCEPT + "14th-five-year-plan", plans.get("14th Five-Year Plan period").iri());
        assertFalse(plans.get("14th Five-Year Plan period").candidate());
        Document zh = Converters.convert(dir, "plans-zh.txt",
                "“十五五”时期，要健全多层次社会保障体系。“十五五”民政事业发展规划印发实施。"
                        + "国民经济和社会发展第十五个五年规划提出新目标。全市二十五个街道参加试点。");
        Map<String, ConceptRef> zhPlans = plans(zh);
        assertEquals(List.of("“十五五”", "国民经济和社会发展第十五个五年规划"), List.copyOf(zhPlans.keySet()));
        zhPlans.values().forEach(c -> assertEquals(CONCEPT + "15th-five-year-plan", c.iri()));
    }

    @Test
    void englishRenderingsOfACongressNameOneNodePerNumber() throws Exception {
        Document doc = Converters.convert(dir, "congresses.txt",
                "Since the 19th CPC National Congress, pension coverage in the county has widened. The Twentieth National "
                        + "Congress of the Communist Party of China called for a multi-tiered old-age insurance system. Delegates "
                        + "to the 17th congress of the Communist Party of China met in 2007. Reports to the 21st Party Congress "
                        + "will review the medical insurance funds.");
        Map<String, ConceptRef> events = events(doc);
        assertEquals(List.of("17th congress of the Communist Party of China", "19th CPC National Congress", "21st Party Congress",
                "Twentieth National Congress of the Communist Party of China"), List.copyOf(events.keySet()));
        assertEquals(CONCEPT + "20th-national-congress-of-the-cpc", events.get("Twentieth National Congress of the Communist Party of China").iri());
        assertEquals(CONCEPT + "21st-national-congress-of-the-cpc", events.get("21st Party Congress").iri());
        ConceptRef seventeenth = events.get("17th congress of the Communist Party of China");
        assertEquals("17th National Congress of the Communist Party of China", seventeenth.label());
        assertTrue(seventeenth.candidate(), "minted from the text, so the graph says where it came from");
        // the name is one mention: neither the Party inside it nor the whole as a body
        for (Mention m : doc.mentions())
            if (!Vocab.Event.getURI().equals(m.concept().typeIri()))
                assertTrue(events.keySet().stream().noneMatch(e -> e.contains(m.span().of(doc.text()))),
                        m.span().of(doc.text()) + " is read inside a congress's name as " + m.concept().iri());
    }

    @Test
    void aScraperLowerCasedTextNamesTheSameNode() throws Exception {
        Document doc = Converters.convert(dir, "lower.txt",
                "since the 18th party congress, the party has put social security first. "
                        + "the eighteenth national congress of the cpc set the goal of covering everyone.");
        Map<String, ConceptRef> events = events(doc);
        assertEquals(2, events.size(), events.toString());
        events.values().forEach(c -> assertEquals(CONCEPT + "18th-national-congress-of-the-cpc", c.iri()));
    }

    @Test
    void otherPartiesCongressesAndOtherNumberedBodiesAreNotRead() throws Exception {
        Document doc = Converters.convert(dir, "others.txt",
                "Vietnam's 13th Party Congress was held in 2021. The 13th National Congress of the Communist Party of "
                        + "Vietnam met in Hanoi. The 14th National People's Congress adopted the pension plan. "
                        + "The 118th Congress passed no pension bill.");
        assertEquals(Map.of(), events(doc));
    }

    @Test
    void chineseNamesReachTheNodesEnglishTextsName() throws Exception {
        Document zh = Converters.convert(dir, "congresses-zh.txt",
                "党的十八大以来，社会保障体系不断完善。中国共产党第二十次全国代表大会提出健全多层次社会保障体系。"
                        + "十九大报告强调兜牢民生底线。黨的十七大提出加快建立覆盖城乡居民的社会保障体系。"
                        + "全市实施十大民生工程。十九届五中全会作出部署。");
        Map<String, ConceptRef> events = events(zh);
        assertEquals(CONCEPT + "18th-national-congress-of-the-cpc", events.get("党的十八大").iri());
        assertEquals(CONCEPT + "20th-national-congress-of-the-cpc", events.get("中国共产党第二十次全国代表大会").iri());
        assertEquals(CONCEPT + "19th-national-congress-of-the-cpc", events.get("十九大").iri());
        assertEquals(CONCEPT + "17th-national-congress-of-the-cpc", events.get("黨的十七大").iri(), "traditional characters too");
        assertEquals("中国共产党第十七次全国代表大会", events.get("黨的十七大").label());
        // "the ten big projects" is no congress; a plenary session of a central committee is the scheme's own event
        assertFalse(events.containsKey("十大"), events.toString());
        assertEquals(CONCEPT + "fifth-plenary-session-19th-central-committee", events.get("十九届五中全会").iri());
        // a text wholly in traditional characters
        Document traditional = Converters.convert(dir, "congress-hant.txt", "黨的十八大以來，社會保障體系不斷完善，覆蓋城鄉居民。");
        assertEquals(CONCEPT + "18th-national-congress-of-the-cpc", events(traditional).get("黨的十八大").iri());
        Document en = Converters.convert(dir, "congress-en.txt", "Since the 18th National Congress of the CPC, coverage has widened.");
        assertEquals(events.get("党的十八大").iri(), events(en).values().iterator().next().iri());
    }
}
