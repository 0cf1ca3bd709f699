package org.policykg.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.document.*;

/** The English linguistic layer (sentences, part-of-speech tags, noun phrases) on texts written for the test and on dev texts. */
class EnglishLinguisticsTest {
    @TempDir Path dir;

    private static List<String> sentences(Document doc) {
        return doc.sentences().stream().map(s -> s.span().of(doc.text())).toList();
    }

    @Test
    void lowercasedSentencesAreSplitWhereTheyEnd() throws Exception {
        String text = "the ministry said on tuesday that the minimum contribution period will rise to twenty years. "
                + "the premier stressed that pension benefits must be paid in full. "
                + "local bureaus, e.g. those in the west, will report by no. 3 of the plan. it takes effect in 2026.";
        Document doc = Converters.convert(dir, "lower.txt", text);
        assertEquals(List.of("the ministry said on tuesday that the minimum contribution period will rise to twenty years.",
                "the premier stressed that pension benefits must be paid in full.",
                "local bureaus, e.g. those in the west, will report by no. 3 of the plan.",
                "it takes effect in 2026."), sentences(doc));
        // offsets point into the text as written
        for (Sentence s : doc.sentences())
            assertTrue(text.startsWith(s.span().of(text), s.span().begin()));
    }

    @Test
    void aBlockOfIssuingBodiesGivesOneSentenceAndOneActorPerLine() throws Exception {
        String text = "Local bureaus shall raise the subsidy for home care to 300 yuan a month.\n\n"
                + "Provincial Department of Human Resources and Social Security\n"
                + "Provincial Health Commission\n"
                + "Provincial Tax Service\n"
                + "3 March 2027";
        Document doc = Converters.convert(dir, "bodies.txt", text);
        assertEquals(List.of("Local bureaus shall raise the subsidy for home care to 300 yuan a month.",
                "Provincial Department of Human Resources and Social Security", "Provincial Health Commission",
                "Provincial Tax Service", "3 March 2027"), sentences(doc));
        Set<String> actors = doc.mentions().stream().filter(m -> m.span().begin() > text.indexOf("\n\n"))
                .map(m -> m.span().of(text)).collect(Collectors.toCollection(TreeSet::new));
        assertFalse(actors.stream().anyMatch(a -> a.contains("\n")), "no name runs from one line into the next: " + actors);
    }

    @Test
    void aHeadlineNamesWhatTheTextIsAboutAndCallsForNothing() throws Exception {
        String body = "The government will raise the minimum pension by 3 percent from January.";
        String headline = "Portugal raises minimum pension, extends care allowance";
        Document withHeadline = Converters.convert(dir, "headline.txt", headline + "\n\n" + body);
        Document without = Converters.convert(dir, "body.txt", body);
        // the headline's sentence calls for nothing; the body's sentence is read as before
        Statement first = withHeadline.statements().stream().filter(s -> s.sentence().span().begin() == 0).findFirst().orElse(null);
        if (first != null)
            for (Role r : List.of(Role.GOAL, Role.REFORM, Role.PRINCIPLE, Role.RESPONSIBLE_ACTOR))
                assertTrue(first.targets(r).isEmpty(), r + " in the headline: " + first.targets(r));
        Set<String> bodyRoles = without.statements().stream().flatMap(s -> s.targets(Role.REFORM).stream()).map(ConceptRef::iri).collect(Collectors.toSet());
        Set<String> withRoles = withHeadline.statements().stream().filter(s -> s.sentence().span().begin() > 0)
                .flatMap(s -> s.targets(Role.REFORM).stream()).map(ConceptRef::iri).collect(Collectors.toSet());
        assertFalse(bodyRoles.isEmpty(), "the body calls for a reform");
        assertEquals(bodyRoles, withRoles);
        // a first sentence that ends in a full stop is no headline
        Document sentence = Converters.convert(dir, "sentence.txt", "Portugal will raise the minimum pension.\n\n" + body);
        assertTrue(sentence.statements().stream().filter(s -> s.sentence().span().begin() == 0)
                .anyMatch(s -> !s.targets(Role.REFORM).isEmpty()));
    }

    @Test
    void aHeadingStandsApartFromTheSentenceUnderIt() throws Exception {
        String text = "Minimum Wage Review\nThe Fair Work Commission raised the national minimum wage by 3.5 per cent.";
        Document doc = Converters.convert(dir, "heading.txt", text);
        assertEquals(List.of("Minimum Wage Review", "The Fair Work Commission raised the national minimum wage by 3.5 per cent."),
                sentences(doc));
    }

    @Test
    void aSentenceWrappedOverSeveralLinesStaysOneSentence() throws Exception {
        // long lines, and short ones that end in a word that wants more ("of", "and", "the") or a comma
        String text = "The State Council decided on Friday that the basic pension of retirees will rise by 2 per cent\n"
                + "from the first of July, and that the increase will be paid by the Ministry of\n"
                + "Finance and\n"
                + "Local Governments,\n"
                + "Provinces and Cities in full.";
        Document doc = Converters.convert(dir, "wrapped.txt", text);
        assertEquals(1, doc.sentences().size(), sentences(doc).toString());
    }

    @Test
    void aFullStopBeforeASmallLetterEndsTheSentenceWhereACapitalWouldAndEtcGoesOn() throws Exception {
        // the sentence model, trained on normal case, weighs the missing capital above the words around the stop
        String normal = "Two deputy ministers answered questions. The session was chaired by the spokesperson Li Wei.\n\n"
                + "Lottery proceeds are paid into the fund every year. We also manage the reserves that provinces entrust to us.\n\n"
                + "Medical costs, transport costs etc. are covered by the fund. Meals etc. will be paid by the bureau.";
        for (String text : List.of(normal, normal.toLowerCase(java.util.Locale.ROOT))) {
            Document doc = Converters.convert(dir, "stops.txt", text);
            List<String> got = sentences(doc).stream().map(x -> x.toLowerCase(java.util.Locale.ROOT)).toList();
            assertEquals(List.of("two deputy ministers answered questions.", "the session was chaired by the spokesperson li wei.",
                    "lottery proceeds are paid into the fund every year.", "we also manage the reserves that provinces entrust to us.",
                    "medical costs, transport costs etc. are covered by the fund.", "meals etc. will be paid by the bureau."), got, text);
        }
    }

    @Test
    void etcEndsASentenceOnlyBeforeAWordThatOpensOneInEitherLetterCase() throws Exception {
        // "etc." (等) closes a list inside a sentence before a capital too, in a title or a machine translation; a
        // determiner or pronoun after it opens the next sentence, whatever the letter case
        String normal = "Notice on Insuring Couriers, Drivers etc. Platform Workers Against Work Injury\n\n"
                + "Couriers, drivers etc. workers shall be insured. Fees, fines etc. The bureau will publish them. "
                + "Pensions, allowances etc. They will be raised in July.";
        for (String text : List.of(normal, normal.toLowerCase(java.util.Locale.ROOT))) {
            Document doc = Converters.convert(dir, "etc.txt", text);
            List<String> got = sentences(doc).stream().map(x -> x.toLowerCase(java.util.Locale.ROOT)).toList();
            assertEquals(List.of("notice on insuring couriers, drivers etc. platform workers against work injury",
                    "couriers, drivers etc. workers shall be insured.", "fees, fines etc.", "the bureau will publish them.",
                    "pensions, allowances etc.", "they will be raised in july."), got, text);
        }
    }

    @Test
    void theSameTextInNormalCaseSplitsAlike() throws Exception {
        String normal = "The Ministry said on Tuesday that the minimum contribution period will rise to twenty years. "
                + "The Premier stressed that pension benefits must be paid in full.";
        Document a = Converters.convert(dir, "normal.txt", normal);
        Document b = Converters.convert(dir, "lowered.txt", normal.toLowerCase(java.util.Locale.ROOT));
        assertEquals(a.sentences().stream().map(Sentence::span).toList(), b.sentences().stream().map(Sentence::span).toList());
    }

    @Test
    void labelsNeedNoArticleOrDemonstrative() throws Exception {
        // the scheme's labels have no article; the matcher skips the text's ("the", "this", "these")
        Document doc = Converters.convert(dir, "articles.txt",
                "Under the leadership of the Party Central Committee, the State Council decided that this private pension scheme "
                        + "and these enterprise annuities will be improved.");
        Set<String> named = doc.mentions().stream().map(m -> m.span().of(doc.text())).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(named.stream().anyMatch(s -> s.endsWith("Party Central Committee")), named.toString());
        assertTrue(named.stream().anyMatch(s -> s.endsWith("State Council")), named.toString());
        Set<String> iris = doc.mentions().stream().map(m -> m.concept().iri()).collect(Collectors.toSet());
        assertTrue(iris.stream().anyMatch(i -> i.endsWith("/private-pension")), iris.toString());
        assertTrue(iris.stream().anyMatch(i -> i.endsWith("/enterprise-annuity")), iris.toString());
    }

    private static Set<String> candidates(Document doc) {
        return doc.statements().stream().flatMap(s -> s.links().stream()).map(Link::target).filter(ConceptRef::candidate)
                .map(ConceptRef::label).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> known(Document doc, Role role) {
        return doc.statements().stream().flatMap(s -> s.targets(role).stream()).filter(c -> !c.candidate()).map(ConceptRef::iri)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void nounPhrasesAreWholeAndStayInTheirClause() throws Exception {
        Document doc = Converters.convert(dir, "phrases.txt",
                "We must uphold the political advantages of my country's socialist system, and ensure the implementation of the "
                        + "central government's decisions and arrangements. it is necessary to improve the management of old-age funds. "
                        + "the premier said so.");
        List<String> phrases = doc.nounPhrases().stream().map(s -> s.of(doc.text())).toList();
        assertTrue(phrases.contains("the political advantages of my country's socialist system"), phrases.toString());
        assertTrue(phrases.contains("the implementation of the central government's decisions and arrangements"), phrases.toString());
        assertTrue(phrases.contains("the management of old-age funds"), phrases.toString());
        for (Span np : doc.nounPhrases()) {
            assertEquals(1, doc.sentences().stream().filter(s -> s.span().contains(np)).count(), "one sentence holds " + np.of(doc.text()));
            assertFalse(np.of(doc.text()).contains(","), np.of(doc.text()));
        }
        // a candidate ends where its noun phrase ends, never in the next sentence
        for (String c : candidates(doc))
            assertFalse(c.contains("premier") || c.endsWith(" under") || c.contains("."), c);
    }

    @Test
    void candidatesHeadedByAGenericNounAreNotMinted() throws Exception {
        Document doc = Converters.convert(dir, "generic.txt",
                "We must sum up successful experiences and promote the portability of pension rights across regions. "
                        + "Local governments should achieve expected results in the coverage of gig workers.");
        Set<String> candidates = candidates(doc);
        assertTrue(candidates.stream().noneMatch(c -> c.contains("experiences") || c.contains("expected results")), candidates.toString());
        assertTrue(candidates.stream().anyMatch(c -> c.startsWith("portability of pension rights")), candidates.toString());
    }

    @Test
    void theForcePutIntoATaskAndThePapersAStepAsksForAreNoCandidates() throws Exception {
        // machine translation renders 力度 and 证明 literally: "propaganda strength", "survival proof"
        Document doc = Converters.convert(dir, "papers.txt",
                "Increase propaganda strength, let the policy be known by every household. "
                        + "Expand the supported scope, and relatives no longer need to go to the window every year to provide survival proof. "
                        + "The city will scrap the residence certificate requirement for migrant workers.");
        Set<String> candidates = candidates(doc);
        assertTrue(candidates.stream().noneMatch(c -> c.contains("propaganda strength") || c.startsWith("survival proof")), candidates.toString());
        // a requirement to hand in a paper is still what a reform changes
        assertTrue(candidates.stream().anyMatch(c -> c.contains("residence certificate requirement")), candidates.toString());
    }

    @Test
    void aLabelMeetsItsWordsInAnotherOrderAndInflection() throws Exception {
        Document doc = Converters.convert(dir, "order.txt",
                "It is necessary to speed up the pooling of basic old-age insurance funds at the national level.");
        assertTrue(doc.mentions().stream().anyMatch(m -> m.concept().iri().endsWith("/national-pooling-of-basic-old-age-insurance")),
                doc.mentions().toString());
        Mention m = doc.mentions().stream().filter(x -> x.concept().iri().endsWith("/national-pooling-of-basic-old-age-insurance")).findFirst().orElseThrow();
        assertEquals("pooling of basic old-age insurance funds at the national level", m.span().of(doc.text()));
        // and the exact label still meets as before, at its own offsets
        Document exact = Converters.convert(dir, "exact.txt", "It is necessary to speed up the national pooling of basic old-age insurance.");
        Mention e = exact.mentions().stream().filter(x -> x.concept().iri().endsWith("/national-pooling-of-basic-old-age-insurance")).findFirst().orElseThrow();
        assertEquals("national pooling of basic old-age insurance", e.span().of(exact.text()));
    }

    @Test
    void aPhraseThatAnExactMentionCrossesFromBeforeNamesNothingOfItsOwn() throws Exception {
        // the exact label starts before the noun phrase "diversified and professional operation" and ends inside it
        Document doc = Converters.convert(dir, "crossed.txt",
                "Reserve funds will follow the principles of market-based, diversified and professional operation, with safety first.");
        List<String> named = doc.mentions().stream().filter(x -> x.concept().iri().endsWith("/market-based-operation"))
                .map(x -> x.span().of(doc.text())).toList();
        assertEquals(List.of("market-based, diversified and professional operation"), named);
    }

    @Test
    void lowercasedDevTextsGiveTheSameConcepts() throws Exception {
        Path dev = Converters.home().resolve("corpus/dev");
        List<Path> english;
        try (var files = Files.list(dev)) {
            english = files.filter(f -> f.getFileName().toString().endsWith(".txt") && !f.getFileName().toString().contains("chinese")).sorted().toList();
        }
        assertTrue(english.size() >= 10, english.toString());
        for (Path f : english) {
            String text = Files.readString(f);
            Document normal = Converters.convert(dir, "n-" + f.getFileName(), text);
            Document lower = Converters.convert(dir, "l-" + f.getFileName(), text.toLowerCase(Locale.ROOT));
            assertEquals(normal.sentences().size(), lower.sentences().size(), f + ": sentences");
            for (Role role : List.of(Role.GOAL, Role.REFORM, Role.PRINCIPLE))
                assertEquals(known(normal, role), known(lower, role), f + ": " + role);
        }
    }

    @Test
    void theRunInHeadingOfANumberedItemNamesATaskAreaNotAGoal() throws Exception {
        Document doc = Converters.convert(dir, "tasks.txt", "II. Main Tasks\n\n"
                + "(1) Improving service quality. Care homes shall publish their fees and open their kitchens to inspection.\n"
                + "(2) Ensuring fund security. Medical insurance agencies shall audit claims from home-care providers every quarter.\n"
                + "(3) Lower the deductible. The annual deductible for home nursing shall be cut to 300 yuan.\n"
                + "(4) The province will improve the quality of rural care by 2028.\n");
        // the headings of items (1) and (2) head what their sentences require: no goal of their own
        List<String> item1 = Converters.rolesIn(doc, "(1)");
        assertTrue(item1.stream().noneMatch(r -> r.startsWith("GOAL")), item1.toString());
        List<String> item2 = Converters.rolesIn(doc, "(2)");
        assertTrue(item2.stream().noneMatch(r -> r.startsWith("GOAL")), item2.toString());
        // a heading that names a measure still names it
        List<String> item3 = Converters.rolesIn(doc, "(3)");
        assertTrue(item3.stream().anyMatch(r -> r.startsWith("REFORM") && r.contains("deductible")), item3.toString());
        // an item that is a sentence of its own keeps its goal
        List<String> item4 = Converters.rolesIn(doc, "(4)");
        assertTrue(item4.stream().anyMatch(r -> r.startsWith("GOAL")), item4.toString());
    }

    @Test
    void aQuestionCallsForNothingItsAnswerDoes() throws Exception {
        Document doc = Converters.convert(dir, "questions.txt",
                "Reporter: Will the waiting period for the carer allowance be abolished?\n"
                        + "Director: The waiting period for the carer allowance will be abolished from May.");
        List<String> asked = Converters.rolesIn(doc, "Reporter");
        List<String> answered = Converters.rolesIn(doc, "Director");
        assertTrue(asked.stream().noneMatch(r -> r.startsWith("REFORM")), asked.toString());
        assertTrue(asked.stream().anyMatch(r -> r.startsWith("MENTION") && r.contains("waiting period")), asked.toString());
        assertTrue(answered.stream().anyMatch(r -> r.startsWith("REFORM") && r.contains("waiting period")), answered.toString());
        Document zh = Converters.convert(dir, "questions-zh.txt", "记者：护理补贴的等待期会不会取消？\n局长：护理补贴的等待期将于五月取消。");
        assertTrue(Converters.rolesIn(zh, "记者").stream().noneMatch(r -> r.startsWith("REFORM")), Converters.rolesIn(zh, "记者").toString());
    }
}
