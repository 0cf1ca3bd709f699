package org.policykg.extract.stages;

import static org.junit.jupiter.api.Assertions.*;

import java.util.*;

import org.apache.jena.rdf.model.*;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.policykg.extract.Converters;

/** ontology/lexicon.ttl: its own vocabulary is documented, its cues point at real terms, its patterns compile. */
class LexiconTest {
    static final Model lexicon = RDFDataMgr.loadModel(Converters.home().resolve("ontology/lexicon.ttl").toString());
    static final Model sspo = RDFDataMgr.loadModel(Converters.home().resolve("ontology/sspo.ttl").toString());

    @Test
    void everyTermOfTheLexiconVocabularyHasBothLabelsAndAComment() {
        List<String> missing = new ArrayList<>();
        for (Resource type : List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty))
            lexicon.listSubjectsWithProperty(RDF.type, type).forEachRemaining(t -> {
                if (!t.getURI().startsWith(Lexicon.LEX)) return;
                for (String lang : List.of("en", "zh"))
                    if (!t.listProperties(RDFS.label).toList().stream().anyMatch(s -> s.getLanguage().equals(lang)))
                        missing.add(t.getLocalName() + " has no @" + lang + " label");
                if (!t.listProperties(RDFS.comment).toList().stream().anyMatch(s -> s.getLanguage().equals("en")))
                    missing.add(t.getLocalName() + " has no English comment");
            });
        assertEquals(List.of(), missing);
    }

    @Test
    void cuesPointAtModalitiesAndClassesTheOntologyDeclares() {
        Property modality = lexicon.createProperty(Lexicon.LEX, "modality"), introduces = lexicon.createProperty(Lexicon.LEX, "introduces");
        Set<Resource> seen = new HashSet<>();
        lexicon.listObjectsOfProperty(modality).forEachRemaining(o -> seen.add(o.asResource()));
        lexicon.listObjectsOfProperty(introduces).forEachRemaining(o -> seen.add(o.asResource()));
        assertTrue(seen.size() >= 8, seen.toString());
        for (Resource r : seen)
            assertTrue(sspo.contains(r, RDF.type), r + " is not declared in sspo.ttl");
    }

    @Test
    void theEnglishLexiconLoadsWithEveryModalityAndRole() {
        Lexicon en = Lexicon.from(lexicon, "en", "lexicon.ttl");
        Set<String> modalities = new TreeSet<>(), roles = new TreeSet<>();
        en.modalityCues().forEach(c -> modalities.add(c.modalityIri().substring(c.modalityIri().indexOf('#') + 1)));
        en.roleCues().forEach(c -> roles.add(c.introducesIri().substring(c.introducesIri().indexOf('#') + 1)));
        assertEquals(Set.of("Achievement", "Commitment", "Emphasis", "Necessity", "Observation"), modalities);
        assertEquals(Set.of("Goal", "Principle", "Reform"), roles);
        assertFalse(en.patterns("Dateline").isEmpty());
        assertFalse(en.patterns("ReportedWork").isEmpty());
        assertFalse(en.patterns("SystemStructure").isEmpty());
        assertTrue(en.spellings().containsKey("labour"));
        // another language has its own forms of the same cues, none of them English
        Lexicon zh = Lexicon.from(lexicon, "zh", "lexicon.ttl");
        Set<String> zhModalities = new TreeSet<>(), zhRoles = new TreeSet<>();
        zh.modalityCues().forEach(c -> zhModalities.add(c.modalityIri().substring(c.modalityIri().indexOf('#') + 1)));
        zh.roleCues().forEach(c -> zhRoles.add(c.introducesIri().substring(c.introducesIri().indexOf('#') + 1)));
        assertEquals(modalities, zhModalities);
        assertEquals(roles, zhRoles);
        assertTrue(zh.modalityCues().stream().noneMatch(c -> c.form().matches(".*[A-Za-z].*")), zh.modalityCues().toString());
    }

    @Test
    void aBrokenPatternIsReportedByName() {
        Model broken = ModelFactory.createDefaultModel().add(lexicon);
        Resource p = broken.createResource(Lexicon.LEX + "broken");
        p.addProperty(RDF.type, broken.createResource(Lexicon.LEX + "Pattern"))
                .addProperty(broken.createProperty(Lexicon.LEX, "reads"), broken.createResource(Lexicon.LEX + "Dateline"))
                .addProperty(broken.createProperty(Lexicon.LEX, "language"), "en")
                .addProperty(broken.createProperty(Lexicon.LEX, "regex"), "(?<publisher>unclosed");
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> Lexicon.from(broken, "en", "lexicon.ttl"));
        assertTrue(ex.getMessage().contains("broken"), ex.getMessage());
    }

    @Test
    void aPatternNamesAWordListOfItsLanguageWhoseWordsInEitherScriptMatchTheFoldedText() {
        Model m = ModelFactory.createDefaultModel();
        String lex = Lexicon.LEX;
        Resource list = m.createResource(lex + "test-list").addProperty(RDF.type, m.createResource(lex + "WordList"))
                .addProperty(m.createProperty(lex, "language"), "zh").addProperty(m.createProperty(lex, "listName"), "zhTestVerb")
                .addProperty(m.createProperty(lex, "word"), "調高").addProperty(m.createProperty(lex, "word"), "降");
        m.createResource(lex + "test-pattern").addProperty(RDF.type, m.createResource(lex + "Pattern"))
                .addProperty(m.createProperty(lex, "reads"), m.createResource(lex + "ReformPhrase"))
                .addProperty(m.createProperty(lex, "language"), "zh")
                .addProperty(m.createProperty(lex, "regex"), "将(?<phrase>\\p{IsHan}{2,8}?{{zhTestVerb}}至\\p{IsHan}{1,6})");
        java.util.regex.Pattern p = Lexicon.from(m, "zh", "test").patterns("ReformPhrase").get(0);
        java.util.regex.Matcher a = p.matcher("将津贴金额调高至三千元");
        assertTrue(a.find() && a.group("phrase").equals("津贴金额调高至三千元"), p.pattern());
        assertTrue(p.matcher("将合资格年龄降至六十岁").find(), p.pattern());
        assertFalse(p.matcher("将合资格年龄改至六十岁").find(), p.pattern());
        // another language's patterns do not see the list, and a name no list has is refused with the pattern's name
        m.createResource(lex + "bad-pattern").addProperty(RDF.type, m.createResource(lex + "Pattern"))
                .addProperty(m.createProperty(lex, "reads"), m.createResource(lex + "ReformPhrase"))
                .addProperty(m.createProperty(lex, "language"), "en")
                .addProperty(m.createProperty(lex, "regex"), "raise {{zhTestVerb}}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Lexicon.from(m, "en", "test"));
        assertTrue(e.getMessage().contains("bad-pattern") && e.getMessage().contains("zhTestVerb"), e.getMessage());
        assertNotNull(list);
    }
    @Test
    void aPhraseVariantWithPostposedFormsNeedsAFormForTheLabelsStart() {
        Model m = ModelFactory.createDefaultModel();
        String lex = Lexicon.LEX;
        Resource v = m.createResource(lex + "levels").addProperty(RDF.type, m.createResource(lex + "PhraseVariant"))
                .addProperty(m.createProperty(lex, "postposedForm"), m.createLiteral("at all levels", "en"))
                .addProperty(m.createProperty(lex, "postposedForm"), m.createLiteral("at every level", "en"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Lexicon.from(m, "en", "test"));
        assertTrue(e.getMessage().contains("levels") && e.getMessage().contains("variantForm"), e.getMessage());
        // one form at the start and one at the end are two forms: enough
        v.addProperty(m.createProperty(lex, "variantForm"), m.createLiteral("local", "en"));
        Lexicon.PhraseVariant read = Lexicon.from(m, "en", "test").phraseVariants().get(0);
        assertEquals(List.of("local"), read.forms());
        assertEquals(List.of("at all levels", "at every level"), read.postposed().stream().sorted().toList());
    }

    @Test
    void aPatternMayNameAListOfItsLanguagesSettingsSoThatAStageAndAPatternReadOneList() {
        Model m = ModelFactory.createDefaultModel();
        String lex = Lexicon.LEX;
        m.createResource(lex + "test-settings").addProperty(RDF.type, m.createResource(lex + "Settings"))
                .addProperty(m.createProperty(lex, "language"), "en")
                .addProperty(m.createProperty(lex, "stateAdjective"), "solvent").addProperty(m.createProperty(lex, "stateAdjective"), "fair");
        goalPattern(m, "test-pattern", "(?<phrase>the \\w+ stays {{stateAdjective}})");
        Lexicon en = Lexicon.from(m, "en", "test");
        java.util.regex.Pattern p = en.patterns("GoalPhrase").get(0);
        assertTrue(p.matcher("so that the scheme stays fair").find(), p.pattern());
        assertTrue(p.matcher("so that the fund stays solvent").find(), p.pattern());
        assertFalse(p.matcher("so that the fund stays small").find(), p.pattern());
        // the stage reads the same words
        assertEquals(List.of("fair", "solvent"), en.stateAdjectives().stream().sorted().toList());
        // a name that is neither a word list nor a settings list is still refused
        goalPattern(m, "bad-pattern", "stays {{noSuchList}}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Lexicon.from(m, "en", "test"));
        assertTrue(e.getMessage().contains("bad-pattern") && e.getMessage().contains("noSuchList"), e.getMessage());
    }

    @Test
    void aPatternIsTriedOnlyOnASentenceThatHoldsOneOfItsWords() {
        Model m = ModelFactory.createDefaultModel();
        String lex = Lexicon.LEX;
        goalPattern(m, "guarded", "(?i)(?<phrase>the \\w+ (?:stays|remains) solvent)")
                .addProperty(m.createProperty(lex, "onlyWith"), "Stay").addProperty(m.createProperty(lex, "onlyWith"), "remain");
        goalPattern(m, "unguarded", "(?<phrase>solvent)");
        Lexicon en = Lexicon.from(m, "en", "test");
        java.util.regex.Pattern guarded = en.patterns("GoalPhrase").stream().filter(p -> p.pattern().contains("stays")).findFirst().orElseThrow();
        java.util.regex.Pattern unguarded = en.patterns("GoalPhrase").stream().filter(p -> !p.pattern().contains("stays")).findFirst().orElseThrow();
        assertTrue(en.mayMatch(guarded, "so that the fund stays solvent"));
        assertTrue(en.mayMatch(guarded, "so that the fund remains solvent"), "any one of the words, in any case");
        assertFalse(en.mayMatch(guarded, "the fund is solvent"));
        assertTrue(en.mayMatch(unguarded, "the fund is solvent"), "a pattern without words is always tried");
        // the same for a text as written, which the stages pass
        assertTrue(en.mayMatchIn("So That The Fund STAYS Solvent").test(guarded), "any case");
        assertFalse(en.mayMatchIn("The fund is solvent").test(guarded));
        assertTrue(en.mayMatchIn("The fund is solvent").test(unguarded));
    }

    @Test
    void aPatternGuardedByAWordListIsTriedOnASentenceThatHoldsAnyOfTheListsWords() {
        Model m = ModelFactory.createDefaultModel();
        String lex = Lexicon.LEX;
        m.createResource(lex + "test-verbs").addProperty(RDF.type, m.createResource(lex + "WordList"))
                .addProperty(m.createProperty(lex, "language"), "en").addProperty(m.createProperty(lex, "listName"), "testVerb")
                .addProperty(m.createProperty(lex, "word"), "Renew").addProperty(m.createProperty(lex, "word"), "file");
        goalPattern(m, "guarded", "(?i)(?<phrase>{{testVerb}} \\w+ online)").addProperty(m.createProperty(lex, "onlyWith"), "{{testVerb}}");
        Lexicon en = Lexicon.from(m, "en", "test");
        java.util.regex.Pattern p = en.patterns("GoalPhrase").get(0);
        assertTrue(en.mayMatch(p, "families can renew claims online"), "a word of the list, in any case");
        assertTrue(en.mayMatch(p, "they can file claims online"));
        assertFalse(en.mayMatch(p, "they can apply online"), "no word of the list");
        // a list that does not exist is an error, not a pattern never tried
        goalPattern(m, "bad", "x").addProperty(m.createProperty(lex, "onlyWith"), "{{noSuchList}}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Lexicon.from(m, "en", "test"));
        assertTrue(e.getMessage().contains("noSuchList"), e.getMessage());
    }

    /** Guards that hold another are dropped (fewer searches per sentence); the test must answer as the whole list does. */
    @Test
    void guardsThatHoldAnotherAreDroppedAndTheTestAnswersAsBefore() {
        List<String> guards = List.of("claims", "claim", "claiming", "processing", "process", "file", "filing", "profile", "renew");
        List<String> fewest = Lexicon.fewestGuards(guards);
        assertEquals(List.of("claim", "process", "file", "filing", "renew"), fewest);
        for (String text : List.of("they are claiming benefits", "profiles are filed", "the renewal", "processes", "filings", "no such word",
                "a profile", "reclaim"))
            assertEquals(guards.stream().anyMatch(text::contains), fewest.stream().anyMatch(text::contains), text);
        assertEquals(List.of(""), Lexicon.fewestGuards(List.of("", "x")), "an empty guard, which every text holds, is the one kept");
    }

    /**
     * A pattern's lex:onlyWith words may only spare work: every match of it on dev and the seed has one of them near it,
     * within 100 characters or in its sentence (the guard is tried on the sentence, and a pattern may name a word of a
     * later clause: lex:goal-purpose-list-en needs the clause of the basis, "…, now notice as follows"). Chinese
     * patterns are tried, as the names stage tries them, on the text folded to simplified characters.
     */
    @Test
    void everyMatchOfAGuardedPatternOnDevHoldsOneOfItsWords() throws Exception {
        int[] english = guardedMatches("en", ".!?\n", text -> text);
        int[] chinese = guardedMatches("zh", "。！？!?\n", ChineseScript::simplified);
        assertTrue(english[0] > 0 && english[1] > 0 && chinese[0] > 0 && chinese[1] > 0,
                "the lexicon names words for some patterns of each language, and they match on dev");
    }

    /** Checks the guarded patterns of {@code language} on its dev texts and the seed: {patterns guarded × texts, matches}. */
    private static int[] guardedMatches(String language, String sentenceEnds, java.util.function.UnaryOperator<String> fold) throws Exception {
        Lexicon lex = Lexicon.from(lexicon, language, "lexicon");
        Set<java.util.regex.Pattern> patterns = new LinkedHashSet<>();
        for (String kind : List.of("GoalPhrase", "ReformPhrase", "PrinciplePhrase", "PrincipleListPhrase", "SystemStructure", "ReportedWork"))
            for (java.util.regex.Pattern p : lex.patterns(kind))
                if (!lex.mayMatch(p, "")) // words named: not tried everywhere
                    patterns.add(p);
        int guarded = 0, matches = 0;
        // the seed too: it is the text of the domain that names a system's main body
        try (var files = java.util.stream.Stream.concat(java.nio.file.Files.list(Converters.home().resolve("corpus/dev")),
                java.nio.file.Files.list(Converters.home().resolve("seeds")))) {
            for (java.nio.file.Path f : files.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
                String raw = java.nio.file.Files.readString(f);
                // the language the converter reads the text in: its sidecar's, else by its script
                if (!new org.policykg.document.SourceText(f, raw, org.policykg.document.Metadata.readSidecar(f), null, null).language().equals(language))
                    continue;
                String text = fold.apply(raw);
                for (java.util.regex.Pattern p : patterns) {
                    guarded++;
                    java.util.regex.Matcher m = p.matcher(text);
                    while (m.find()) {
                        matches++;
                        int from = Math.max(0, m.start() - 100), to = Math.min(text.length(), m.end() + 100);
                        int sentenceStart = m.start(), sentenceEnd = m.end();
                        while (sentenceStart > 0 && sentenceEnds.indexOf(text.charAt(sentenceStart - 1)) < 0) sentenceStart--;
                        while (sentenceEnd < text.length() && sentenceEnds.indexOf(text.charAt(sentenceEnd)) < 0) sentenceEnd++;
                        String near = text.substring(Math.min(from, sentenceStart), Math.max(to, sentenceEnd)).toLowerCase(Locale.ROOT);
                        assertTrue(lex.mayMatch(p, near), f.getFileName() + ": " + m.group() + " matched without its words");
                    }
                }
            }
        }
        return new int[] {guarded, matches};
    }

    @Test
    void aTitleOneAcrossLanguagesMustBeATitleTheNamesStagesReadAndANumberedNameNeedsItsNumberAndFamily() {
        Model m = ModelFactory.createDefaultModel();
        String lex = Lexicon.LEX;
        m.createResource(lex + "test-settings").addProperty(RDF.type, m.createResource(lex + "Settings"))
                .addProperty(m.createProperty(lex, "language"), "en").addProperty(m.createProperty(lex, "postTitle"), "minister");
        Resource title = m.createResource(lex + "title-minister").addProperty(RDF.type, m.createResource(lex + "PostTitle"))
                .addProperty(m.createProperty(lex, "titleKey"), "minister")
                .addProperty(m.createProperty(lex, "titleForm"), m.createLiteral("Minister", "en"))
                .addProperty(m.createProperty(lex, "bodyHead"), m.createLiteral("ministry", "en"));
        Lexicon en = Lexicon.from(m, "en", "test");
        assertEquals(List.of(new Lexicon.PostTitle("minister", List.of("Minister"), "ministry")), en.crossLanguageTitles());
        // a form no names stage reads would never be met: refused, with the title and the form named
        title.addProperty(m.createProperty(lex, "titleForm"), m.createLiteral("overseer", "en"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Lexicon.from(m, "en", "test"));
        assertTrue(e.getMessage().contains("title-minister") && e.getMessage().contains("overseer"), e.getMessage());
        m.remove(title, m.createProperty(lex, "titleForm"), m.createLiteral("overseer", "en"));
        // a numbered-name pattern without its family, or without the group that gives the number, is refused
        Resource family = m.createResource(lex + "test-family")
                .addProperty(m.createProperty(lex, "iriTemplate"), "https://example.org/{ordinal}-meeting")
                .addProperty(m.createProperty(lex, "labelTemplate"), m.createLiteral("{ordinal} Meeting", "en"))
                .addProperty(m.createProperty(lex, "nodeClass"), m.createResource("https://w3id.org/sspo#Event"));
        Resource numbered = m.createResource(lex + "test-numbered").addProperty(RDF.type, m.createResource(lex + "Pattern"))
                .addProperty(m.createProperty(lex, "reads"), m.createResource(lex + "NumberedName"))
                .addProperty(m.createProperty(lex, "language"), "en")
                .addProperty(m.createProperty(lex, "regex"), "(?<number>\\d+)(?:st|nd|rd|th) Meeting");
        e = assertThrows(IllegalArgumentException.class, () -> Lexicon.from(m, "en", "test"));
        assertTrue(e.getMessage().contains("test-numbered"), e.getMessage());
        numbered.addProperty(m.createProperty(lex, "names"), family);
        Lexicon.NumberedName n = Lexicon.from(m, "en", "test").numberedNames().get(0);
        assertEquals("{ordinal} Meeting", n.labelTemplate());
        assertTrue(n.pattern().matcher("the 3rd Meeting").find());
    }

    /** An English lex:Pattern that reads goal phrases, in {@code m}. */
    private static Resource goalPattern(Model m, String name, String regex) {
        String lex = Lexicon.LEX;
        return m.createResource(lex + name).addProperty(RDF.type, m.createResource(lex + "Pattern"))
                .addProperty(m.createProperty(lex, "reads"), m.createResource(lex + "GoalPhrase"))
                .addProperty(m.createProperty(lex, "language"), "en")
                .addProperty(m.createProperty(lex, "regex"), regex);
    }
}
