package org.policykg.ontology;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import org.apache.jena.rdf.model.*;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policykg.rdf.Vocab;

/**
 * The concept scheme is a vocabulary of the domain, not of one text: goals, reforms and principles are named
 * by noun phrases (checked with OpenNLP's English part-of-speech tagger), no label of four or more words is lifted from
 * the seed article unless it is the official name of something, and every concept has a definition and a place
 * in a hierarchy.
 */
class SchemeQualityTest {
    static final String SCHEME = Vocab.ID + "scheme/social-security";
    static final Property SUB_ORGANIZATION_OF = ResourceFactory.createProperty(Vocab.ORG, "subOrganizationOf");
    static final Property POST_IN = ResourceFactory.createProperty(Vocab.ORG, "postIn");

    /**
     * Labels of four or more words that the seed article uses verbatim and that stay, with the reason: none now. The
     * seed's wordings of official names ("Communist Party of China", "seeking truth from facts", "law of large numbers")
     * are renderings the lexicon lists (lex:PhraseVariant), not labels of the scheme.
     */
    static final Map<String, String> OFFICIAL_NAMES_IN_THE_SEED = Map.of();

    /** Preferred labels that are fixed official renderings of Chinese idioms in the gerund form. */
    static final Set<String> OFFICIAL_GERUND_NAMES = Set.of(
            "keeping pace with the times"); // 与时俱进, its fixed companion ("advance with the times" in other renderings)

    static Model concepts;
    static POSTaggerME tagger;
    static Set<String> CUE_VERBS;

    @BeforeAll
    static void load() throws IOException {
        concepts = Project.load("concepts.ttl");
        CUE_VERBS = roleCueVerbs();
        assertTrue(CUE_VERBS.containsAll(Set.of("enhance", "promote", "reform")), CUE_VERBS.toString());
        try (InputStream in = SchemeQualityTest.class.getResourceAsStream("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")) {
            assertNotNull(in, "the OpenNLP English POS model (org.apache.opennlp:opennlp-models-pos-en) is on the test class path");
            tagger = new POSTaggerME(new POSModel(in), POSTagFormat.UD);
        }
    }

    // ---------------------------------------------------------------- noun phrases

    @Test
    void theVerbPhraseCheckTellsCommandsAndSentencesFromNames() {
        // the check itself, on phrases whose answer is known: it must be able to fail
        for (String vp : List.of("enhance risk awareness", "strengthen the guidance of public opinion", "weave a dense social security safety net",
                "include more people in the social security system", "adhere to the system concept", "raise the statutory retirement age",
                "promote the legalization of social security", "a social security system has been established"))
            assertNotNull(verbPhrase(vp, false), vp + " is a verb phrase");
        for (String np : List.of("risk awareness", "guidance of public opinion", "national pooling of basic old-age insurance",
                "refined management", "centralized volume-based procurement of drugs", "long-term care insurance", "delayed retirement",
                "gradual raising of the statutory retirement age", "tiered and categorized social assistance", "people-centred approach"))
            assertNull(verbPhrase(np, true), np + " is a noun phrase");
        assertNotNull(verbPhrase("delaying the statutory retirement age", true), "a gerund with its object is not a preferred name");
        assertNull(verbPhrase("delaying the statutory retirement age", false), "but it may be an alternative label");
    }

    @Test
    void noEnglishLabelOfAGoalReformOrPrincipleIsAVerbPhrase() {
        List<String> problems = new ArrayList<>();
        for (Resource cls : List.of(Vocab.Goal, Vocab.Reform, Vocab.Principle))
            for (Resource c : concepts.listSubjectsWithProperty(RDF.type, cls).toList())
                for (Property p : List.of(SKOS.prefLabel, SKOS.altLabel))
                    for (String label : OntologyFilesTest.literals(c, p, "en")) {
                        boolean preferred = p.equals(SKOS.prefLabel) && !OFFICIAL_GERUND_NAMES.contains(label);
                        String why = verbPhrase(label, preferred);
                        if (why != null)
                            problems.add(local(c) + " " + p.getLocalName() + " \"" + label + "\": " + why);
                    }
        assertEquals(List.of(), problems);
    }

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[-/'’][\\p{L}\\p{N}]+)*|'s|’s|[^\\s\\p{L}\\p{N}]");
    /** What may open the object or complement of a verb: "raise the ...", "expand international ...", "adhere to ...". */
    private static final Set<String> COMPLEMENT_TAGS = Set.of("DET", "PRON", "ADJ", "ADV", "ADP", "PART", "NUM");
    private static final Set<String> OBJECT_TAGS = Set.of("DET", "PRON", "NOUN", "PROPN", "ADJ", "NUM");

    /**
     * Why a label is a verb phrase, or null if it is a name. The label is tagged as the rest of the sentence
     * "We must ...", where a command reads as one. It is a verb phrase when the word after any adverbs is
     * tagged a verb in its base form (not a participle used as an adjective, "refined management", nor a
     * hyphenated word, "volume-based", nor a noun before "of"), a complement follows it ("raise the ...",
     * "adhere to ...", "expand international ...") and it is a verb of the genre (one the lexicon reads as
     * calling for a goal, reform or principle) or a verb when the label stands alone; when an auxiliary follows a noun (a sentence: "... has been established"); and, for a
     * preferred label, when a gerund takes an object ("delaying the statutory retirement age": the name is
     * "delay of ...").
     */
    static String verbPhrase(String label, boolean preferred) {
        List<String> words = new ArrayList<>(List.of("We", "must"));
        Matcher m = TOKEN.matcher(label);
        while (m.find())
            words.add(m.group());
        words.add(".");
        String[] tags = tagger.tag(words.toArray(String[]::new));
        int head = 2;
        while (head < words.size() - 1 && tags[head].equals("ADV"))
            head++;
        String w = words.get(head).toLowerCase(Locale.ROOT);
        // "X of Y" is a noun however the tagger reads X ("reform of the system", "transfer of capital")
        boolean verb = tags[head].equals("VERB") && !w.contains("-") && !words.get(head + 1).equalsIgnoreCase("of");
        // the tagger reads almost any word after "We must" as a verb: it must also be one of the genre's verbs
        // (the lexicon's cues) or read as a verb when the label stands alone
        if (verb && !w.endsWith("ing") && !w.endsWith("ed")
                && (CUE_VERBS.contains(w) ? OBJECT_TAGS.contains(tags[head + 1]) || COMPLEMENT_TAGS.contains(tags[head + 1])
                        : COMPLEMENT_TAGS.contains(tags[head + 1]) && standsAsAVerb(label, head - 2)))
            return "opens with the verb \"" + words.get(head) + "\"";
        if (verb && preferred && w.endsWith("ing") && OBJECT_TAGS.contains(tags[head + 1]))
            return "a gerund with its object; name it with a noun (\"" + words.get(head) + " of ...\")";
        for (int i = 3; i < words.size() - 1; i++)
            if (tags[i].equals("AUX") && (tags[i - 1].equals("NOUN") || tags[i - 1].equals("PROPN")))
                return "a sentence: \"" + words.get(i - 1) + " " + words.get(i) + "\"";
        return null;
    }

    /** Whether the word at index i of the label is tagged a verb when the label is a sentence on its own. */
    private static boolean standsAsAVerb(String label, int i) {
        List<String> words = new ArrayList<>();
        Matcher m = TOKEN.matcher(Character.toUpperCase(label.charAt(0)) + label.substring(1));
        while (m.find())
            words.add(m.group());
        words.add(".");
        return tagger.tag(words.toArray(String[]::new))[i].equals("VERB");
    }

    /** The verbs of the lexicon's English role cues (first words of its forms): the verbs that call for a goal, reform or principle. */
    static Set<String> roleCueVerbs() {
        Model lexicon = Project.load("lexicon.ttl");
        String lex = "https://w3id.org/sspo/lexicon#";
        Set<String> out = new TreeSet<>();
        lexicon.listSubjectsWithProperty(RDF.type, lexicon.getResource(lex + "RoleCue")).forEach(c ->
                c.listProperties(lexicon.getProperty(lex + "form")).forEach(s -> {
                    if (s.getLanguage().equals("en")) // "adhere to" gives "adhere"
                        out.add(s.getString().toLowerCase(Locale.ROOT).split("\\s+")[0]);
                }));
        return out;
    }

    // ---------------------------------------------------------------- no article in a label

    /**
     * The concept matcher skips the articles and demonstratives the lexicon lists as lex:ignoredWord, in labels and
     * text alike, so a label never needs one: "State Council" finds "the State Council". A label that starts with
     * one is a copy of a text's wording or a duplicate of another label. (Possessives are ignored words too, but
     * "our country" and "our Party" are fixed renderings of 我国 and 我们党.)
     */
    @Test
    void noEnglishLabelStartsWithAnArticleOrDemonstrative() {
        Set<String> articles = Set.of("the", "a", "an", "this", "these", "those");
        Model lexicon = Project.load("lexicon.ttl");
        String lex = "https://w3id.org/sspo/lexicon#";
        Set<String> skipped = new TreeSet<>();
        lexicon.listStatements(null, lexicon.getProperty(lex + "ignoredWord"), (RDFNode) null).forEach(s -> {
            if (lexicon.contains(s.getSubject(), lexicon.getProperty(lex + "language"), "en"))
                skipped.add(s.getString().toLowerCase(Locale.ROOT));
        });
        assertTrue(skipped.containsAll(articles), "the matcher skips " + skipped);
        List<String> problems = new ArrayList<>();
        for (Resource c : concepts.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList())
            for (Property p : List.of(SKOS.prefLabel, SKOS.altLabel))
                for (Statement s : c.listProperties(p).toList())
                    if (s.getLanguage().equals("en") && articles.contains(s.getString().strip().split("\\s+")[0].toLowerCase(Locale.ROOT)))
                        problems.add(local(c) + " \"" + s.getString() + "\"");
        assertEquals(List.of(), problems);
    }

    // ---------------------------------------------------------------- not lifted from the seed

    @Test
    void noLongLabelIsCopiedFromTheSeedUnlessItIsAnOfficialName() throws IOException {
        String seed = normal(Files.readString(Project.home().resolve("seeds/xinhua-qiushi-social-security.txt"), StandardCharsets.UTF_8));
        List<String> problems = new ArrayList<>();
        Set<String> exceptionsUsed = new TreeSet<>();
        for (Resource c : concepts.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList())
            for (Property p : List.of(SKOS.prefLabel, SKOS.altLabel))
                for (Statement s : c.listProperties(p).toList()) {
                    String label = s.getString();
                    if (label.strip().split("\\s+").length < 4 || !seed.contains(normal(label)))
                        continue;
                    if (OFFICIAL_NAMES_IN_THE_SEED.containsKey(label))
                        exceptionsUsed.add(label);
                    else
                        problems.add(local(c) + " \"" + label + "\" is copied from the seed");
                }
        assertEquals(List.of(), problems);
        // the list of exceptions holds only labels that exist and that the seed does use
        assertEquals(OFFICIAL_NAMES_IN_THE_SEED.keySet(), exceptionsUsed);
    }

    private static String normal(String s) {
        return s.replace('’', '\'').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    // ---------------------------------------------------------------- definitions and hierarchy

    @Test
    void everyConceptHasAnEnglishDefinition() {
        List<String> missing = concepts.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList().stream()
                .filter(c -> OntologyFilesTest.literals(c, SKOS.definition, "en").isEmpty()).map(SchemeQualityTest::local).sorted().toList();
        assertEquals(List.of(), missing);
    }

    @Test
    void everyConceptHasAPlaceInTheHierarchyThatEndsInATopConcept() {
        Resource scheme = concepts.getResource(SCHEME);
        Set<Resource> tops = new HashSet<>(concepts.listObjectsOfProperty(scheme, SKOS.hasTopConcept).mapWith(RDFNode::asResource).toList());
        assertEquals(tops, new HashSet<>(concepts.listSubjectsWithProperty(SKOS.topConceptOf, scheme).toList()),
                "skos:hasTopConcept and skos:topConceptOf name the same concepts");
        List<String> problems = new ArrayList<>();
        for (Resource c : concepts.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList()) {
            if (tops.contains(c)) {
                if (c.hasProperty(SKOS.broader))
                    problems.add(local(c) + " is a top concept with a broader concept");
                continue;
            }
            Property up = c.hasProperty(SKOS.broader) ? SKOS.broader : c.hasProperty(SUB_ORGANIZATION_OF) ? SUB_ORGANIZATION_OF
                    : c.hasProperty(POST_IN) ? POST_IN : null;
            if (up == null) {
                problems.add(local(c) + " has no skos:broader and is not a top concept");
                continue;
            }
            // climbing (broader, sub-organization of, post in) reaches a top concept without a cycle
            Set<Resource> seen = new HashSet<>();
            Resource r = c;
            while (r != null && !tops.contains(r) && seen.add(r)) {
                Resource next = null;
                for (Property p : List.of(SKOS.broader, SUB_ORGANIZATION_OF, POST_IN))
                    if (next == null && r.hasProperty(p))
                        next = r.getPropertyResourceValue(p);
                r = next;
            }
            if (r == null || !tops.contains(r))
                problems.add(local(c) + " does not reach a top concept" + (r != null ? " (cycle at " + local(r) + ")" : ""));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyKindOfConceptHasItsOwnTopConcepts() {
        Resource scheme = concepts.getResource(SCHEME);
        for (Resource cls : List.of(Vocab.Goal, Vocab.Reform, Vocab.Principle, Vocab.SystemComponent,
                concepts.getResource(Vocab.SSPO + "PolicyArea")))
            assertTrue(concepts.listSubjectsWithProperty(RDF.type, cls).toList().stream().anyMatch(c -> c.hasProperty(SKOS.topConceptOf, scheme)),
                    cls.getLocalName() + " has a top concept");
        // a goal's, reform's or principle's broader concept is of the same kind
        List<String> mixed = new ArrayList<>();
        for (Resource cls : List.of(Vocab.Goal, Vocab.Reform, Vocab.Principle))
            for (Resource c : concepts.listSubjectsWithProperty(RDF.type, cls).toList())
                for (Statement s : c.listProperties(SKOS.broader).toList())
                    if (!s.getResource().hasProperty(RDF.type, cls))
                        mixed.add(local(c) + " (" + cls.getLocalName() + ") broader " + local(s.getResource()));
        assertEquals(List.of(), mixed);
    }

    @Test
    void everyConceptHasOneEnglishAndOneChinesePreferredLabel() {
        List<String> problems = new ArrayList<>();
        for (Resource c : concepts.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList())
            for (String lang : List.of("en", "zh")) {
                List<String> pref = OntologyFilesTest.literals(c, SKOS.prefLabel, lang);
                if (pref.size() != 1)
                    problems.add(local(c) + " has " + pref.size() + " skos:prefLabel @" + lang);
                else if (lang.equals("zh") && !pref.get(0).codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN))
                    problems.add(local(c) + " has a Chinese label without Chinese characters: " + pref.get(0));
            }
        assertEquals(List.of(), problems);
    }

    static String local(Resource r) {
        return r.getURI().startsWith(Vocab.ID) ? r.getURI().substring(Vocab.ID.length()) : r.getURI();
    }
}
