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
 * English actors named by the lexicon's heads and collective nouns (issue 14), in texts written for this test:
 * bodies named with "for" or by a regulator's title, levels of government and groups of local bodies, each
 * group the document's own node, and local departments kept apart from the ministry of their field.
 */
class EnglishActorsTest {
    @TempDir Path dir;

    private static List<Mention> actors(Document doc) {
        return doc.mentions().stream().filter(m -> Vocab.Person.getURI().equals(m.concept().typeIri())
                || Vocab.Organization.getURI().equals(m.concept().typeIri())).toList();
    }

    private static Set<String> labels(Document doc) {
        return actors(doc).stream().map(m -> m.concept().label().toLowerCase(java.util.Locale.ROOT)).collect(Collectors.toSet());
    }

    private static ConceptRef actor(Document doc, String label) {
        return actors(doc).stream().map(Mention::concept).filter(c -> c.label().equalsIgnoreCase(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no actor " + label + " among " + labels(doc)));
    }

    private static Set<String> responsible(Document doc) {
        return doc.statements().stream().flatMap(s -> s.targets(Role.RESPONSIBLE_ACTOR).stream())
                .map(c -> c.label().toLowerCase(java.util.Locale.ROOT)).collect(Collectors.toSet());
    }

    /**
     * A proper name that an apposition set off by commas calls a body is an organisation ("Fedecom, the national
     * employers' federation,"), as an acronym's is; a place before a body's head without the commas is not one.
     */
    @Test
    void aNameAnAppositionCallsABodyIsAnOrganisation() throws Exception {
        Document doc = Converters.convert(dir, "appos.txt", "Benefit rules extended\n\nThe government will extend the rules by six "
                + "months. Fedecom, the national employers' federation, welcomed the decision. Jan Kowal of a Lublin research institute "
                + "said the cost would be modest.\n");
        assertEquals(Vocab.Organization.getURI(), actor(doc, "Fedecom").typeIri());
        assertFalse(labels(doc).contains("lublin"), labels(doc).toString());
    }

    /** A board member or a union's representative who opens the sentence is named by the title before the name. */
    @Test
    void aBoardMemberOrARepresentativeBeforeTheNameIsAPerson() throws Exception {
        Document doc = Converters.convert(dir, "board.txt", "Pension fund trims fees\n\nThe fund will cut its fees next year. "
                + "Board member Anke Vogel said the change would help savers. Union representative Tomas Berg called it overdue.\n");
        assertEquals(Vocab.Person.getURI(), actor(doc, "Anke Vogel").typeIri());
        assertEquals(Vocab.Person.getURI(), actor(doc, "Tomas Berg").typeIri());
    }

    @Test
    void bodiesNamedWithForAndRegulatorsAreOrganisations() throws Exception {
        Document doc = Converters.convert(dir, "for.txt",
                "The Department for Education and the Energy Regulator said on Monday that a review of workplace pensions "
                        + "will begin in the spring. A pension for teachers is not a body.");
        Set<String> names = labels(doc);
        assertTrue(names.contains("department for education"), names.toString());
        assertTrue(names.contains("energy regulator"), names.toString());
        // "for" joins a name only after an organisation's head
        assertTrue(names.stream().noneMatch(n -> n.contains("teachers")), names.toString());
    }

    @Test
    void aPhraseOfTimeInFrontOfTheSubjectIsNotPartOfWhoActs() throws Exception {
        Document doc = Converters.convert(dir, "fronted.txt",
                "From next January insurers must cover hearing aids for children under twelve. "
                        + "Under the new scheme employers will pay the first four weeks of sick pay. "
                        + "Local governments must publish the waiting lists for care homes.");
        Set<String> who = responsible(doc);
        assertTrue(who.stream().noneMatch(a -> a.contains("january") || a.contains("scheme")), who.toString());
        assertTrue(who.contains("local governments"), who.toString());
    }

    @Test
    void aLowerCaseBodyAtALevelOfGovernmentActsAndAPlainOneRefersBack() throws Exception {
        String text = "The Yunnan Provincial Department of Civil Affairs issued the Measures on Monday. "
                + "The municipal social assistance office shall review each application within ten working days, and "
                + "the department will publish the results. The county finance bureau must pay the allowance by the fifth of each month. "
                + "The tax bureau will check the records.";
        for (String variant : List.of(text, text.toLowerCase(java.util.Locale.ROOT))) {
            Document doc = Converters.convert(dir, variant.equals(text) ? "levels.txt" : "levels-lower.txt", variant);
            Set<String> who = responsible(doc);
            assertTrue(who.contains("municipal social assistance office"), who.toString());
            assertTrue(who.contains("county finance bureau"), who.toString());
            if (variant.equals(text)) // in a cased text a body without a level refers back to one named before
                assertTrue(labels(doc).stream().noneMatch(l -> l.equals("tax bureau")), labels(doc).toString());
        }
    }

    /** (The words after a cue are tagged, so the noun after the body is known as one; see PartOfSpeechTagger.) */
    @Test
    void aBodyThatModifiesANounOrOwnsAPlaceIsNotWhoActs() throws Exception {
        String text = "To the civil affairs departments of all provinces, autonomous regions and municipalities directly under "
                + "the Central Government:\n\n"
                + "The new allowance will be paid from the central government budget, not from the insurance fund. "
                + "The central government will raise the allowance by 5 percent next year.";
        for (String variant : List.of(text, text.toLowerCase(java.util.Locale.ROOT))) {
            Document doc = Converters.convert(dir, variant.equals(text) ? "central.txt" : "central-lower.txt", variant);
            int budget = variant.toLowerCase(java.util.Locale.ROOT).indexOf("budget");
            int acts = variant.toLowerCase(java.util.Locale.ROOT).indexOf("the central government will");
            List<Mention> named = actors(doc).stream().filter(m -> m.concept().label().equalsIgnoreCase("central government")).toList();
            assertTrue(named.stream().allMatch(m -> m.span().begin() > acts), "only where it acts: " + named);
            assertTrue(named.stream().noneMatch(m -> m.span().end() <= budget), named.toString());
        }
    }

    @Test
    void aLevelOfGovernmentIsWhoActsAndEachDocumentHasItsOwn() throws Exception {
        String text = "The provincial government must raise the minimum pension for rural residents. "
                + "Localities should improve the delivery of unemployment insurance benefits. "
                + "The tax bureau will publish its annual report.";
        Document a = Converters.convert(dir, "province-a.txt", text);
        Document b = Converters.convert(dir, "province-b.txt", text);
        ConceptRef pa = actor(a, "provincial government"), pb = actor(b, "provincial government");
        assertEquals(Vocab.Organization.getURI(), pa.typeIri());
        // the same words name another province's government in another text: not one shared node
        assertNotEquals(pa.iri(), pb.iri());
        assertTrue(pa.iri().contains("/province-a/"), pa.iri());
        Set<String> who = responsible(a);
        assertTrue(who.contains("provincial government"), who.toString());
        assertTrue(who.contains("localities"), who.toString());
        // a singular lower-case body without a level ("the tax bureau") still refers back to a name: no actor
        assertTrue(labels(a).stream().noneMatch(n -> n.contains("tax bureau")), labels(a).toString());
    }

    @Test
    void aListOfBodiesWithoutCommasInALowercasedTextGivesEachItsName() throws Exception {
        Document doc = Converters.convert(dir, "run-on.txt",
                "the rules were issued by the ministry of commerce the general administration of customs and the national "
                        + "bureau of statistics on friday. the rules take effect in june.");
        Set<String> names = labels(doc);
        assertTrue(names.contains("ministry of commerce"), names.toString());
        assertTrue(names.contains("general administration of customs"), names.toString());
        assertTrue(names.contains("national bureau of statistics"), names.toString());
        // an "of ..." complement with a determiner inside still belongs to its name
        Document inner = Converters.convert(dir, "inner.txt",
                "the report of the department of the treasury was published on friday. the figures were revised later.");
        assertTrue(labels(inner).contains("department of the treasury"), labels(inner).toString());
    }

    @Test
    void localDepartmentsAreNotTheMinistryOfTheirField() throws Exception {
        Document doc = Converters.convert(dir, "departments.txt",
                "Civil affairs departments shall review the files of low-income households every year. "
                        + "The Ministry of Civil Affairs will issue guidelines on temporary assistance.");
        ConceptRef local = actor(doc, "civil affairs departments"), ministry = actor(doc, "Ministry of Civil Affairs");
        assertNotEquals(local.iri(), ministry.iri());
        assertFalse(ministry.candidate(), "the ministry is the scheme's node");
        assertTrue(local.iri().contains("/departments/"), local.iri());
    }

    @Test
    void aCountrysGovernmentLegislatureAndChambersAreEachDocumentsOwnBodies() throws Exception {
        String text = "The government will raise the basic pension next year, and the Senate must approve the budget. "
                + "Members of the House of Representatives said the plan was fair, and Congress will vote in June. "
                + "Government bonds will pay for part of the cost. The opposition attacked the government's record. "
                + "The plan will not change before the end of this Parliament. A healthy diet lowers the cost of care. "
                + "Employers, individuals and the government share the cost of long-term care.";
        Document a = Converters.convert(dir, "country-a.txt", text);
        Document b = Converters.convert(dir, "country-b.txt", text);
        Set<String> names = labels(a);
        for (String body : List.of("government", "senate", "house of representatives", "congress"))
            assertTrue(names.contains(body), body + " in " + names);
        // the same words name another country's bodies in another text
        assertNotEquals(actor(a, "government").iri(), actor(b, "government").iri());
        assertTrue(actor(a, "congress").iri().contains("/country-a/"), actor(a, "congress").iri());
        // a modifier ("Government bonds"), an owner ("the government's record"), a term of office ("this Parliament"),
        // a word in lower case ("diet") and one party to an arrangement of costs name no body
        List<Mention> government = actors(a).stream().filter(m -> m.concept().label().equalsIgnoreCase("government")).toList();
        assertEquals(1, government.size(), government.toString());
        assertTrue(government.get(0).span().of(a.text()).equals("government") && government.get(0).span().begin() < 20);
        assertFalse(names.contains("parliament"), names.toString());
        assertFalse(names.contains("diet"), names.toString());
        assertTrue(responsible(a).contains("government"), responsible(a).toString());
        // the same text in lower case names the same bodies
        Document lower = Converters.convert(dir, "country-lower.txt", text.toLowerCase(java.util.Locale.ROOT));
        Set<String> lowerNames = labels(lower);
        for (String body : List.of("government", "senate", "house of representatives", "congress"))
            assertTrue(lowerNames.contains(body), body + " in " + lowerNames);
        assertEquals(1, actors(lower).stream().filter(m -> m.concept().label().equalsIgnoreCase("government")).count(), lowerNames.toString());
    }

    @Test
    void aMinistryNamedByItsFieldIsTheMinistryOfThatField() throws Exception {
        Document doc = Converters.convert(dir, "field.txt",
                "The labour ministry said it would extend unemployment insurance to delivery riders. "
                        + "The Ministry of Labour and Employment will publish the rules in March. "
                        + "The transport ministry has asked platforms to report accidents. The tax bureau will check the returns.");
        ConceptRef formal = actor(doc, "Ministry of Labour and Employment");
        Mention informal = actors(doc).stream().filter(m -> m.span().of(doc.text()).contains("labour ministry")).findFirst()
                .orElseThrow(() -> new AssertionError("no actor at 'labour ministry' among " + labels(doc)));
        assertEquals(formal.iri(), informal.concept().iri(), "the labour ministry is the Ministry of Labour ... the text names");
        // a ministry the text names only by its field is the document's own node
        ConceptRef transport = actor(doc, "transport ministry");
        assertTrue(transport.iri().contains("/field/"), transport.iri());
        // a bureau named by its field still refers back to a name given before
        assertTrue(labels(doc).stream().noneMatch(n -> n.contains("tax bureau")), labels(doc).toString());
    }

    @Test
    void acronymsNameBodiesWhereTheyActOrStandForANameGivenBefore() throws Exception {
        String text = "The Pensions Policy Institute (PPI) published its annual review on Tuesday. The PPI said contributions "
                + "were too low for most savers. The TUC union urged ministers to act, and the plan was opposed by the BMA. "
                + "GDP grew by 2 percent, and the CPI rose faster than wages.";
        Document doc = Converters.convert(dir, "acronyms.txt", text);
        ConceptRef institute = actor(doc, "Pensions Policy Institute");
        long ppi = actors(doc).stream().filter(m -> m.span().of(doc.text()).equals("PPI") && m.concept().iri().equals(institute.iri())).count();
        assertEquals(2, ppi, "both PPIs stand for the institute: " + labels(doc));
        Set<String> names = labels(doc);
        assertTrue(names.contains("tuc"), names.toString());
        assertTrue(names.contains("bma"), names.toString());
        assertFalse(names.contains("gdp") || names.contains("cpi"), names.toString());
        assertFalse(names.contains("ppi"), "no node of its own for an acronym given in parentheses: " + names);
        // in lower case an acronym is an ordinary word: none is read (the names with heads still are)
        Set<String> lower = labels(Converters.convert(dir, "acronyms-lower.txt", text.toLowerCase(java.util.Locale.ROOT)));
        assertTrue(lower.contains("pensions policy institute"), lower.toString());
        assertFalse(lower.contains("tuc") || lower.contains("bma"), lower.toString());
    }

    @Test
    void theNewsAgencyOfADatelineIsAnOrganisationAfterAHeadline() throws Exception {
        Document doc = Converters.convert(dir, "agency.txt",
                "Cabinet approves pension bill\n\nOSLO, May 2 (Nordic Wire) -- The cabinet on Friday approved a bill that "
                        + "will raise the minimum pension from next year.");
        ConceptRef agency = actor(doc, "Nordic Wire");
        assertEquals(Vocab.Organization.getURI(), agency.typeIri());
        assertTrue(agency.candidate());
    }

    @Test
    void aSurnameThatIsAlsoAWordNamesAPersonOnlyWithAPostAndTheBodyInThePostIsAnActor() throws Exception {
        Document doc = Converters.convert(dir, "he.txt",
                "He Lanfang, Director of the Hunan Provincial Medical Insurance Bureau, said the bureau will pay hospitals by "
                        + "disease group. He Ran away from nothing. He said the rules would be published in May.");
        ConceptRef he = actor(doc, "He Lanfang");
        assertEquals(Vocab.Person.getURI(), he.typeIri());
        assertTrue(labels(doc).contains("hunan provincial medical insurance bureau"), labels(doc).toString());
        assertEquals(1, actors(doc).stream().filter(m -> Vocab.Person.getURI().equals(m.concept().typeIri())).count(),
                "without a post 'He Ran' is no name: " + labels(doc));
        // in lower case "he" is the pronoun
        Set<String> lower = labels(Converters.convert(dir, "he-lower.txt", doc.text().toLowerCase(java.util.Locale.ROOT)));
        assertTrue(lower.stream().noneMatch(n -> n.startsWith("he ")), lower.toString());
    }

    @Test
    void aChineseDatelineInMachineTranslationNamesItsAgency() throws Exception {
        Document doc = Converters.convert(dir, "mt-dateline.txt",
                "Pension fund pooling runs smoothly\n\nHuaxia Network Chengdu March 3rd electricity (reporter Li Ming) Reporter "
                        + "learned from the provincial department that pension funds will be pooled at the provincial level.");
        assertEquals(Vocab.Organization.getURI(), actor(doc, "Huaxia Network").typeIri());
    }

    @Test
    void aLowercasedTextNamesTheSameBodiesWhereNoAcronymIsNeeded() throws Exception {
        String text = "Pension bill clears the upper house\n\nOSLO, May 2 (Nordic Wire) -- The Senate on Friday passed a bill that "
                + "will raise the minimum pension. The Association of Mutual Insurers welcomed the vote, and the labour ministry "
                + "said at the Ministry of Labour press conference that the government will publish the rules in June.";
        Set<String> cased = labels(Converters.convert(dir, "cased.txt", text));
        Set<String> lower = labels(Converters.convert(dir, "lower.txt", text.toLowerCase(java.util.Locale.ROOT)));
        for (String body : List.of("nordic wire", "senate", "association of mutual insurers", "ministry of labour", "government"))
            assertTrue(cased.contains(body), body + " in " + cased);
        assertEquals(cased, lower);
    }

    @Test
    void aPluralGenitiveStaysInsideAnOrganisationsNameAndASingularOneEndsIt() throws Exception {
        Document doc = Converters.convert(dir, "genitives.txt",
                "The Ministry of Finance and the National Retired Teachers' Association will review the survivor benefit "
                        + "with the Provincial Children's Commission. Shenzhen's Civil Affairs Bureau said the review "
                        + "would end in May.");
        Set<String> names = labels(doc);
        // "Ministry of Finance and the National Retired Teachers'" is not one name: the second body starts after "and the"
        assertTrue(names.contains("ministry of finance"), names.toString());
        assertTrue(names.contains("national retired teachers' association"), names.toString());
        assertTrue(names.contains("provincial children's commission"), names.toString());
        // a city's genitive names the owner, not a word of the bureau's name (and the bureau, a part of what went
        // before the genitive, is left to the name it belongs to)
        assertTrue(names.stream().noneMatch(n -> n.contains("shenzhen")), names.toString());
    }

    @Test
    void inAScrapedTextWithoutCapitalsOrCommasASpeakerIsFoundBesideTheVerbOfSaying() throws Exception {
        Document doc = Converters.convert(dir, "scraped.txt",
                "county pensions to rise\n\n\"the increase reaches every retiree this month\" said gao yuanming a bureau "
                        + "official. zhao peiqi of a college in xi'an said the rise was modest. lu dan of a college in xian went "
                        + "home and said it was cold.");
        Set<String> names = labels(doc);
        // after a closing quotation mark the verb of saying still stands right before the name
        assertTrue(names.contains("gao yuanming"), names.toString());
        // a speaker's affiliation between the name and the verb
        assertTrue(names.contains("zhao peiqi"), names.toString());
        // another verb before the verb of saying: not a speaker's affiliation
        assertTrue(names.stream().noneMatch(n -> n.contains("lu dan")), names.toString());
    }

    @Test
    void aProperNameWrittenAsACommonWordNamesNoActor() throws Exception {
        Document common = Converters.convert(dir, "third-party.txt",
                "Work injury insurance rules\n\nThe fund may recover its costs from a third party that caused the injury. "
                        + "Both parties to a labour contract must pay contributions.");
        assertTrue(actors(common).stream().noneMatch(m -> m.concept().iri().endsWith("/communist-party-of-china")),
                labels(common).toString());
        // a word derived from a country's name qualifies a thing; it does not name the state
        Document derived = Converters.convert(dir, "versions.txt",
                "Pension notice\n\nWhere the English and the Chinese versions differ, the Chinese text shall prevail.");
        assertTrue(actors(derived).stream().noneMatch(m -> m.concept().iri().endsWith("/peoples-republic-of-china")),
                labels(derived).toString());
        Document proper = Converters.convert(dir, "our-party.txt",
                "Pension rules\n\nThe article said our party has always put people's livelihood first. "
                        + "The Party will lead the reform of the pension system.");
        assertEquals(2, actors(proper).stream().filter(m -> m.concept().iri().endsWith("/communist-party-of-china")).count(),
                labels(proper).toString());
    }

    @Test
    void theWritersABylineOrCreditLineNamesAreNoActors() throws Exception {
        Document doc = Converters.convert(dir, "byline.txt",
                "Survivor pensions to rise\n\nBy CHEN XIAOLU | Shanghai Daily | Updated: 2026-03-02\n\n"
                        + "SHANGHAI -- The municipal finance bureau will raise survivor pensions, Deputy Director Gao Ping said.\n\n"
                        + "(Reporting by Mia Torres; Editing by Paul Green)\n\nEditor: Han Lu\n");
        Set<String> names = labels(doc);
        assertTrue(names.contains("gao ping"), names.toString());
        for (String writer : List.of("chen xiaolu", "mia torres", "paul green", "han lu"))
            assertFalse(names.contains(writer), writer + " in " + names);
    }

    @Test
    void aVerbThatAsksBodiesToActIsNoPartOfTheirName() throws Exception {
        Document doc = Converters.convert(dir, "asks.txt",
                "Care subsidies\n\nThe notice asks county health commissions to publish the list of eligible families, "
                        + "and urges township governments to pay the subsidy within a month.");
        Set<String> names = labels(doc);
        assertTrue(names.contains("county health commissions"), names.toString());
        assertTrue(names.contains("township governments"), names.toString());
        assertTrue(names.stream().noneMatch(n -> n.startsWith("asks") || n.startsWith("urges")), names.toString());
    }

    @Test
    void aShortNameOfABodyTheTextNamesInFullIsThatBody() throws Exception {
        Document doc = Converters.convert(dir, "short-names.txt",
                "The Lakeside Provincial Department of Veterans Affairs will open a service desk in every county. "
                        + "The provincial department of veterans affairs shall report on the desks each quarter. "
                        + "Municipal medical assistance offices shall check each claim within ten days, and the municipal "
                        + "offices must publish their decisions. Social insurance agencies will compare pension records with "
                        + "death registrations, while provincial social insurance agencies connect their systems to the registry.");
        // fewer words of the same name, in the same order and ending in the same word, are the body named before
        assertEquals(actor(doc, "Lakeside Provincial Department of Veterans Affairs").iri(),
                actors(doc).stream().filter(m -> m.span().of(doc.text()).startsWith("provincial department")).findFirst()
                        .orElseThrow(() -> new AssertionError(labels(doc).toString())).concept().iri());
        assertEquals(actor(doc, "Municipal medical assistance offices").iri(),
                actors(doc).stream().filter(m -> m.span().of(doc.text()).equals("municipal offices")).findFirst()
                        .orElseThrow(() -> new AssertionError(labels(doc).toString())).concept().iri());
        // without the level of government the longer name gives, the name is the bodies of every level
        assertNotEquals(actor(doc, "Social insurance agencies").iri(), actor(doc, "provincial social insurance agencies").iri());
    }

    @Test
    void aProcuratorateAndAConfederationAreBodies() throws Exception {
        Document doc = Converters.convert(dir, "prosecutors.txt",
                "The Supreme People's Procuratorate will publish guidance on cases of pension fraud, and the National "
                        + "Pensioners Confederation said the plan would protect members who change jobs.");
        Set<String> names = labels(doc);
        assertTrue(names.stream().anyMatch(n -> n.contains("procuratorate")), names.toString());
        assertTrue(names.stream().anyMatch(n -> n.contains("pensioners confederation")), names.toString());
    }
    @Test
    void twoFieldsJoinedBeforeOneHeadNameOneKindOfBodyButTwoGroupsStayTwo() throws Exception {
        // "housing and urban-rural development bureaus" is one kind of body named by two fields, as in 住房和城乡建设部门;
        // a plural standing alone before "and" is a group of its own
        String text = "County housing and urban-rural development bureaus shall check the dwellings within ten days. "
                + "The Lakeside Municipal Veterans Affairs and Pension Bureau said it would help. "
                + "Insurers and local tax bureaus will share the records.";
        Document doc = Converters.convert(dir, "fields.txt", text);
        Set<String> names = labels(doc);
        assertTrue(names.contains("county housing and urban-rural development bureaus"), names.toString());
        assertTrue(names.stream().anyMatch(n -> n.endsWith("veterans affairs and pension bureau")), names.toString());
        assertTrue(names.contains("local tax bureaus"), names.toString());
        assertTrue(names.stream().noneMatch(n -> n.contains("insurers and")), names.toString());
        // the same in a lowercased text
        Set<String> lower = labels(Converters.convert(dir, "fields-lower.txt", text.toLowerCase(java.util.Locale.ROOT)));
        assertTrue(lower.contains("county housing and urban-rural development bureaus"), lower.toString());
        assertTrue(lower.stream().noneMatch(n -> n.contains("insurers and")), lower.toString());
    }

    /**
     * In lower case no capital shows where a body's "of ..." complement ends: a determiner right after a content word
     * opens a new noun phrase, "together" (lex:functionWord) joins a second body to the first, and several spaces within a
     * line separate the fields of a scraped page.
     */
    @Test
    void aLowerCaseComplementEndsWhereTheNameDoes() throws Exception {
        String text = "source: riverton municipal department of veterans affairs  release date: 2026-05-02  print\n\n"
                + "under a circular issued by the department and the municipal bureau of finance the monthly allowance for orphans will rise. "
                + "the municipal department of civil affairs together with the municipal bureau of finance will publish the list.";
        Set<String> names = labels(Converters.convert(dir, "complements.txt", text));
        assertTrue(names.contains("riverton municipal department of veterans affairs"), names.toString());
        assertTrue(names.contains("municipal bureau of finance"), names.toString());
        assertTrue(names.contains("municipal department of civil affairs"), names.toString());
        assertTrue(names.stream().noneMatch(n -> n.contains("release") || n.contains("allowance") || n.contains("together")), names.toString());
    }

    @Test
    void aBodyNamedByItsFieldWithoutAnArticleActsAsMachineTranslationWritesIt() throws Exception {
        // machine translation drops the article of 医保部门: "medical security department will …" names a kind of body,
        // and after the body's full name it is that body, level of government or not; an article keeps the old reading
        Document doc = Converters.convert(dir, "mt-bodies.txt",
                "Source: Riverton Municipal Veterans Affairs Bureau Release time: 2026-03-02\n\n"
                + "Veterans affairs bureau said, the allowance will be paid every month. "
                + "Answer: civil aviation safety department will strengthen supervision of the airports. "
                + "The road transport department will publish the list.");
        ConceptRef full = actor(doc, "Riverton Municipal Veterans Affairs Bureau");
        assertEquals(full.iri(), actors(doc).stream().filter(m -> m.span().of(doc.text()).equals("Veterans affairs bureau")).findFirst()
                .orElseThrow(() -> new AssertionError(labels(doc).toString())).concept().iri());
        Set<String> names = labels(doc);
        assertTrue(names.contains("civil aviation safety department"), names.toString());
        assertTrue(names.stream().noneMatch(n -> n.contains("road transport")), names.toString());
    }

    /** A person's name in the European naming traditions keeps its lower-case particles; a place or a word with one does not make a person. */
    @Test
    void aNameWithLowerCaseParticlesIsOnePerson() throws Exception {
        Document doc = Converters.convert(dir, "particles.txt",
                "Lisbon, May 4 -- The ministry wants simpler pension statements, a spokeswoman, Inês de Sousa, said. "
                        + "Labour minister Pieter van der Meer said the change would be reviewed in June. "
                        + "Workers at de Gaulle airport are covered.");
        Set<String> names = labels(doc);
        assertTrue(names.contains("inês de sousa"), names.toString());
        assertTrue(names.contains("pieter van der meer"), names.toString());
        assertTrue(names.stream().noneMatch(n -> n.equals("pieter van") || n.equals("inês") || n.contains("gaulle")), names.toString());
    }

    /** An acronym with a body's head after it in its phrase, or in an apposition, names a body. */
    @Test
    void anAcronymBeforeABodysHeadOrBeforeAnAppositionThatNamesABodyIsOne() throws Exception {
        Document doc = Converters.convert(dir, "acronyms.txt",
                "Brussels, May 4 -- The pension bill passed on Tuesday. A spokesman for the ABVV trade union federation said "
                        + "the union backed it. KBO, the largest association of older people, welcomed the change. "
                        + "The NPS figures were published in June.");
        Set<String> names = labels(doc);
        assertTrue(names.contains("abvv"), names.toString());
        assertTrue(names.contains("kbo"), names.toString());
        assertTrue(names.stream().noneMatch(n -> n.equals("nps")), names.toString());
    }

    /** A dateline after a headline line is read, and an agency the scheme does not know, named there, is the publisher's node. */
    @Test
    void aDatelineAfterAHeadlineIsReadAndItsAgencyIsThePublisher() throws Exception {
        Document doc = Converters.convert(dir, "agency.txt",
                "Portugal raises the minimum pension\n\nLISBON, Feb. 3 (EFE) -- Portugal will raise its minimum pension by "
                        + "4 percent from March, the labour ministry said on Monday.\n");
        assertDateline(doc, java.time.MonthDay.of(2, 3), "EFE");
    }

    /** An "of" with no name word after it (the next words are a place list the complement does not take) is no part of the body's name. */
    @Test
    void aBodysNameNeverEndsInItsOpener() throws Exception {
        noNameIn("Pension offices of all counties, cities and districts shall report their figures by the end of March.",
                n -> n.endsWith(" of"));
    }

    /** A body before a noun of the domain modifies it, where no cue had the words tagged (a headline's list of changes). */
    @Test
    void aBodyBeforeANounOfTheDomainModifiesItInAnUntaggedHeadline() throws Exception {
        noNameIn("Seoul to lift contribution rate, boost government subsidy for low earners", n -> n.contains("government"));
    }

    /**
     * Without capitals, a singular body after "a" or "an" with no "of ..." is a kind of body or one being set up, as its lower
     * case says in a cased text; and an "of ..." complement ends before the post of one of the body's people.
     */
    @Test
    void aBodyBeingSetUpIsNoNameAndAPostEndsAComplementInEitherCase() throws Exception {
        noNameIn("The county will set up a time bank in every village so that volunteers can save hours of care for later.",
                n -> n.toLowerCase(java.util.Locale.ROOT).contains("bank"));
        noNameIn("An advisory council on pension adequacy will be formed by March.", n -> n.toLowerCase(java.util.Locale.ROOT).contains("council"));
        String text = "A ministry of finance spokesman said the subsidy would be paid from July.";
        for (String t : List.of(text.replace("ministry of finance", "Ministry of Finance"), text.toLowerCase(java.util.Locale.ROOT)))
            assertEquals(Set.of("ministry of finance"), labels(Converters.convert(dir, "post.txt", t)), t);
    }

    /** "Different", as "various", only says there is more than one kind of body: "different offices" names none, in either case. */
    @Test
    void differentBodiesNameNone() throws Exception {
        noNameIn("Until now the two allowances have been run by different offices with different income tests.",
                n -> n.contains("offices"));
    }

    /** A byline in a dateline's brackets names the writer: the dateline is read, with no publisher and no actor for it. */
    @Test
    void aBylineInADatelinesBracketsIsNoPublisher() throws Exception {
        String text = "XIAMEN, Oct 8 (Staff Reporter) - Fujian will pay a monthly allowance to family carers of older people "
                + "with severe disabilities from January, the provincial civil affairs department said.";
        for (Document doc : Converters.convertInBothCases(dir, "byline.txt", text)) {
            assertDateline(doc, java.time.MonthDay.of(10, 8), null);
            assertTrue(labels(doc).stream().noneMatch(n -> n.contains("reporter")), labels(doc).toString());
        }
    }

    /** A lowercased text's dateline is read as its normal case is (the patterns in any case where no capital is left). */
    @Test
    void aLowercasedDatelineIsReadWithItsAgency() throws Exception {
        Document doc = Converters.convert(dir, "lower-dateline.txt",
                "nanning, march 2 (xinhua) -- guangxi will raise the minimum living allowance in rural areas by 8 percent, "
                        + "the regional civil affairs department said on monday.");
        assertDateline(doc, java.time.MonthDay.of(3, 2), "Xinhua News Agency");
    }

    /** The document's dateline is read, with that day and that publisher's node (none: no publisher at all). */
    private static void assertDateline(Document doc, java.time.MonthDay day, String publisher) {
        assertNotNull(doc.dateline(), "no dateline read in " + doc.text());
        assertEquals(day, doc.dateline().day());
        if (publisher == null) {
            assertNull(doc.dateline().publisher(), doc.dateline().toString());
            return;
        }
        assertNotNull(doc.dateline().publisherRef(), doc.dateline().toString());
        assertEquals(publisher, doc.dateline().publisherRef().label());
    }

    /** No actor's name in the text, in normal case or lowercased, is {@code wrong}. */
    private void noNameIn(String text, java.util.function.Predicate<String> wrong) throws Exception {
        for (String t : List.of(text, text.toLowerCase(java.util.Locale.ROOT))) {
            Set<String> names = labels(Converters.convert(dir, "names.txt", t));
            assertTrue(names.stream().noneMatch(wrong), t + ": " + names);
        }
    }
}
