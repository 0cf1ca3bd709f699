package org.policykg.extract.stages;

import java.util.*;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.apache.jena.rdf.model.*;
import org.apache.jena.vocabulary.RDF;

/**
 * The cue lexicon ({@code ontology/lexicon.ttl}) of one language, read once: cue forms with what they
 * signal, patterns, word lists. Immutable and shared by all workers.
 */
public final class Lexicon {
    public static final String LEX = "https://w3id.org/sspo/lexicon#";

    /** A cue form and what it signals. */
    public record Cue(String form, String modalityIri, String introducesIri, boolean reporting, boolean assignsResponsibility,
                      boolean reportingSubject) {}

    /**
     * Word sequences interchangeable inside a label (lex:PhraseVariant), as written; where {@code onlyBefore} is not
     * empty, only where one of those sequences follows the form in the label; {@code postposed}: forms that stand at
     * the end of a label where {@code forms} stand at its start (lex:postposedForm).
     */
    public record PhraseVariant(List<String> forms, List<String> onlyBefore, List<String> postposed) {}

    private final String language;
    private final List<Cue> modalityCues = new ArrayList<>();
    private final List<Cue> roleCues = new ArrayList<>();
    private final List<Cue> reportingSubjects = new ArrayList<>();
    private final List<Cue> roleHeads = new ArrayList<>();
    private final List<Cue> passiveCues = new ArrayList<>();
    private final List<Cue> purposeCues = new ArrayList<>();
    private final List<Cue> measureFrames = new ArrayList<>();
    private final List<ValueCue> valueChanges = new ArrayList<>();
    private final Set<String> beForms = new HashSet<>();
    private final Set<String> presentBeForms = new HashSet<>();
    private final Set<String> haveForms = new HashSet<>();
    private final Set<String> valueOpeners = new HashSet<>();
    private final Set<String> relativeUnits = new HashSet<>();
    private final Set<String> valueFroms = new HashSet<>();
    private final List<List<String>> valueBounds = new ArrayList<>();
    private final Set<String> nonMeasureVerbs = new HashSet<>();
    private final List<String> verbParticles = new ArrayList<>();
    private final List<String> speakerPronouns = new ArrayList<>();
    private final Set<Cue> changeCues = new HashSet<>();
    private final Set<Cue> headTypedCues = new HashSet<>();
    private final Set<Cue> resultCues = new HashSet<>();
    private final Set<Cue> announcedAims = new HashSet<>();
    private final List<String> universalWords = new ArrayList<>();
    private final List<String> unitNouns = new ArrayList<>();
    private final List<String> stateVerbs = new ArrayList<>();
    private final List<String> coverageVerbs = new ArrayList<>();
    private final Set<String> coverageParticiples = new HashSet<>();
    private final List<String> stateAdjectives = new ArrayList<>();
    private final List<String> negations = new ArrayList<>();
    private final List<String> itemOpeners = new ArrayList<>();
    private final List<String> listOpeners = new ArrayList<>();
    private final List<String> changeObjects = new ArrayList<>();
    private final List<String> relativePronouns = new ArrayList<>();
    private final List<String> quantityNouns = new ArrayList<>();
    private int maxClauseWords = 0;
    private int maxLineWords = 0;
    private final Map<String, String> finalHeads = new HashMap<>();
    private final Map<String, List<Pattern>> patterns = new HashMap<>();
    /** lex:onlyWith of a pattern, lower case: a sentence without any of these strings cannot match it, so it is not tried. */
    private final Map<Pattern, List<String>> patternGuards = new IdentityHashMap<>();
    private final List<NumberedName> numberedNames = new ArrayList<>();
    private final List<PostTitle> crossLanguageTitles = new ArrayList<>();
    private String postIriTemplate;
    private final Map<String, String> spellings = new HashMap<>();
    private final List<PhraseVariant> phraseVariants = new ArrayList<>();
    private final Set<String> abbreviations = new HashSet<>();
    private final Set<String> openAbbreviations = new HashSet<>();
    private final Set<String> sentenceOpeners = new HashSet<>();
    private final List<String> leadingWords = new ArrayList<>();
    private final List<String> clauseOpeners = new ArrayList<>();
    private final List<String> actorHeads = new ArrayList<>();
    private final List<String> prepositions = new ArrayList<>();
    private final List<String> postTitles = new ArrayList<>();
    private final List<String> organizationHeads = new ArrayList<>();
    private final List<String> groupHeads = new ArrayList<>();
    private final List<String> soleBodies = new ArrayList<>();
    private final List<String> definiteArticles = new ArrayList<>();
    private final List<String> fieldNamedHeads = new ArrayList<>();
    private final List<String> bodyEvents = new ArrayList<>();
    private final List<String> agentMarkers = new ArrayList<>();
    private final List<String> hierarchyMarkers = new ArrayList<>();
    private final List<String> levelWords = new ArrayList<>();
    private final List<String> wordSurnames = new ArrayList<>();
    private final List<String> nameParticles = new ArrayList<>();
    private final List<String> unitHeads = new ArrayList<>();
    private final List<String> genitivePlurals = new ArrayList<>();
    private final List<String> surnames = new ArrayList<>();
    private final List<String> functionWords = new ArrayList<>();
    private final List<String> measureSpanBreaks = new ArrayList<>();
    private final List<String> measureSpanNotLast = new ArrayList<>();
    private final List<String> asProvided = new ArrayList<>();
    private final List<String> suppositions = new ArrayList<>();
    private final List<String> reportTimes = new ArrayList<>();
    private final List<String> attributeList = new ArrayList<>();
    private final List<String> transitionWords = new ArrayList<>();
    private final List<String> statisticOpeners = new ArrayList<>();
    private final List<String> nameComplementOpeners = new ArrayList<>();
    private final List<String> clauseWords = new ArrayList<>();
    private final List<String> subjectJoiners = new ArrayList<>();
    private final List<String> subjectLeads = new ArrayList<>();
    private final List<String> subjectNotBefore = new ArrayList<>();
    private final List<String> taskAnaphors = new ArrayList<>();
    private boolean goalNeedsHead;
    private boolean wholeSentenceSpans;
    private String gerundEnding;
    private final List<String> infinitiveMarkers = new ArrayList<>();
    private final List<String> nounOrVerb = new ArrayList<>();
    private final List<String> infinitiveSubjects = new ArrayList<>();
    private final Set<String> taskHeads = new HashSet<>();
    private Pattern givenNamePattern = Pattern.compile("(?!)");
    private final List<String> phraseBoundaries = new ArrayList<>();
    private final List<String> conjunctions = new ArrayList<>();
    private final Set<String> listConjunctions = new HashSet<>();
    private final Set<String> determiners = new HashSet<>();
    private final Set<String> indefiniteArticles = new HashSet<>();
    private final Set<String> auxiliaries = new HashSet<>();
    private final Set<String> ignoredWords = new HashSet<>();
    private final Set<String> unreducedPlurals = new HashSet<>();
    private final Set<String> genericHeads = new HashSet<>();
    private final Set<String> calendarNouns = new HashSet<>();
    private final Set<String> contentNouns = new HashSet<>();
    private final Map<String, String> headClasses = new HashMap<>();
    private final List<String> actorPostmodifiers = new ArrayList<>();
    private Pattern postSeparator = Pattern.compile(",\\s*");
    /** A clause that is only an adverbial of time ("by 2030"); none matches where the language gives no pattern. */
    private Pattern timeAdverbial = Pattern.compile("(?!)");
    private Pattern duration = Pattern.compile("(?!)");
    private Pattern figureReached = Pattern.compile("(?!)");
    private Pattern averageMoved = Pattern.compile("(?!)");
    private Pattern provisionCited = Pattern.compile("(?!)");
    private Pattern listMarker = Pattern.compile("(?!)");
    private int minCandidateWords = 2;
    private int maxCandidateWords = 9;

    private Lexicon(String language) { this.language = language; }

    static Lexicon from(Model m, String language, String where) {
        Lexicon lex = new Lexicon(language);
        Property form = p("form"), modality = p("modality"), introduces = p("introduces"), reporting = p("reporting"),
                responsibility = p("assignsResponsibility"), regex = p("regex"), reads = p("reads"), lang = p("language");
        for (Resource cue : sorted(m.listSubjectsWithProperty(form).toList())) {
            String mod = uri(cue, modality);
            String intro = uri(cue, introduces);
            boolean subject = cue.hasProperty(RDF.type, r("ReportingSubject"));
            boolean head = cue.hasProperty(RDF.type, r("RoleHead"));
            boolean passive = cue.hasProperty(RDF.type, r("PassiveRoleCue"));
            boolean result = cue.hasProperty(RDF.type, r("ResultCue"));
            boolean announced = cue.hasProperty(RDF.type, r("AnnouncedAimCue"));
            boolean purpose = result || announced || cue.hasProperty(RDF.type, r("PurposeCue"));
            boolean change = cue.hasProperty(RDF.type, r("ChangeCue"));
            boolean headTyped = cue.hasProperty(RDF.type, r("HeadTypedCue"));
            if (cue.hasProperty(RDF.type, r("ValueChange"))) {
                // not a role cue: a cue only where a value follows it (StatementReader.valueChanges)
                boolean afterBe = bool(cue, p("afterBe"));
                for (String f : literals(cue, form, language))
                    lex.valueChanges.add(new ValueCue(new Cue(f, null, intro, false, false, false), afterBe));
                continue;
            }
            if (cue.hasProperty(RDF.type, r("MeasureFrame"))) {
                // a frame, not a role cue: what it introduces is opened by the verb after it (Cues, StatementReader)
                for (String f : literals(cue, form, language))
                    lex.measureFrames.add(new Cue(f, null, intro, false, false, false));
                continue;
            }
            boolean rep = bool(cue, reporting), resp = bool(cue, responsibility);
            if (head && intro != null)
                for (String f : literals(cue, p("finalHead"), language))
                    lex.finalHeads.put(f, intro);
            for (String f : literals(cue, form, language)) {
                if (mod != null) lex.modalityCues.add(new Cue(f, mod, null, rep, resp, false));
                Cue c = new Cue(f, null, intro, false, false, false);
                if (intro != null) (head ? lex.roleHeads : passive ? lex.passiveCues : purpose ? lex.purposeCues : lex.roleCues).add(c);
                if (intro != null && change) lex.changeCues.add(c);
                if (intro != null && headTyped) lex.headTypedCues.add(c);
                if (intro != null && result) lex.resultCues.add(c);
                if (intro != null && announced) lex.announcedAims.add(c);
                if (subject) lex.reportingSubjects.add(new Cue(f, null, null, false, false, true));
            }
        }
        // {{name}} in a pattern or a settings regex: a word list, or a list of the language's settings
        Map<String, String> wordLists = wordLists(m, language);
        java.util.function.Function<String, String> lists = name -> wordLists.computeIfAbsent(name, n -> settingsList(m, language, n));
        for (Resource pat : sorted(m.listSubjectsWithProperty(RDF.type, r("Pattern")).toList())) {
            if (!language.equals(string(pat, lang)))
                continue;
            String kind = uri(pat, reads);
            String re = string(pat, regex);
            if (kind == null || re == null)
                throw new IllegalArgumentException(where + ": pattern " + pat + " needs lex:reads and lex:regex");
            re = expandWordLists(re, lists, where + ": pattern " + pat);
            try {
                Pattern compiled = Pattern.compile(re);
                lex.patterns.computeIfAbsent(kind.substring(LEX.length()), k -> new ArrayList<>()).add(compiled);
                if (kind.equals(LEX + "NumberedName"))
                    lex.numberedNames.add(numberedName(pat, compiled, language, where));
                List<String> guards = new ArrayList<>();
                for (String g : plain(pat, p("onlyWith")))
                    guards.addAll(guardWords(m, language, g, where + ": pattern " + pat));
                if (!guards.isEmpty())
                    lex.patternGuards.put(compiled, fewestGuards(guards));
            } catch (PatternSyntaxException ex) {
                throw new IllegalArgumentException(where + ": pattern " + pat + " is not a valid regular expression: " + ex.getDescription(), ex);
            }
        }
        for (Resource v : sorted(m.listSubjectsWithProperty(RDF.type, r("SpellingVariant")).toList())) {
            String british = string(v, p("british")), american = string(v, p("american"));
            if (british != null && american != null)
                lex.spellings.put(british.toLowerCase(Locale.ROOT), american.toLowerCase(Locale.ROOT));
        }
        for (Resource v : sorted(m.listSubjectsWithProperty(RDF.type, r("PhraseVariant")).toList())) {
            List<String> forms = literals(v, p("variantForm"), language);
            List<String> postposed = literals(v, p("postposedForm"), language);
            if (forms.size() + postposed.size() == 1)
                throw new IllegalArgumentException(where + ": phrase variant " + v + " has one " + language + " form; it needs two or more");
            if (forms.isEmpty() && !postposed.isEmpty())
                throw new IllegalArgumentException(where + ": phrase variant " + v + " has postposed " + language
                        + " forms but no lex:variantForm to stand at a label's start instead");
            if (forms.isEmpty())
                continue;
            // what must follow a form: the forms of another phrase variant
            List<String> before = new ArrayList<>();
            for (Statement st : v.listProperties(p("onlyBefore")).toList())
                if (st.getObject().isResource())
                    before.addAll(literals(st.getResource(), p("variantForm"), language));
            Collections.sort(before);
            lex.phraseVariants.add(new PhraseVariant(List.copyOf(forms), List.copyOf(before), List.copyOf(postposed)));
        }
        for (Resource s : sorted(m.listSubjectsWithProperty(RDF.type, r("Settings")).toList())) {
            if (!language.equals(string(s, lang)))
                continue;
            // a language's settings are thousands of values on one node: read them once, not once per property
            Map<Property, List<String>> byPredicate = plainByPredicate(s);
            lex.abbreviations.addAll(plain(byPredicate, p("abbreviation")));
            lex.openAbbreviations.addAll(plain(byPredicate, p("openAbbreviation")));
            lex.sentenceOpeners.addAll(plain(byPredicate, p("sentenceOpener")));
            lex.leadingWords.addAll(plain(byPredicate, p("leadingWord")));
            lex.clauseOpeners.addAll(plain(byPredicate, p("clauseOpener")));
            lex.itemOpeners.addAll(plain(byPredicate, p("itemOpener")));
            lex.listOpeners.addAll(plain(byPredicate, p("listOpener")));
            lex.changeObjects.addAll(plain(byPredicate, p("changeObject")));
            lex.relativePronouns.addAll(plain(byPredicate, p("relativePronoun")));
            lex.quantityNouns.addAll(plain(byPredicate, p("quantityNoun")));
            lex.universalWords.addAll(plain(byPredicate, p("universalWord")));
            lex.unitNouns.addAll(plain(byPredicate, p("unitNoun")));
            lex.stateVerbs.addAll(plain(byPredicate, p("stateVerb")));
            lex.coverageVerbs.addAll(plain(byPredicate, p("coverageVerb")));
            plain(byPredicate, p("coverageParticiple")).forEach(w -> lex.coverageParticiples.add(w.toLowerCase(Locale.ROOT)));
            lex.stateAdjectives.addAll(plain(byPredicate, p("stateAdjective")));
            lex.negations.addAll(plain(byPredicate, p("negation")));
            Statement clauseMax = s.getProperty(p("maxClauseWords"));
            if (clauseMax != null) lex.maxClauseWords = clauseMax.getInt();
            Statement lineMax = s.getProperty(p("maxLineWords"));
            if (lineMax != null) lex.maxLineWords = lineMax.getInt();
            lex.actorHeads.addAll(plain(byPredicate, p("actorHead")));
            lex.prepositions.addAll(plain(byPredicate, p("preposition")));
            lex.postTitles.addAll(plain(byPredicate, p("postTitle")));
            lex.organizationHeads.addAll(plain(byPredicate, p("organizationHead")));
            lex.groupHeads.addAll(plain(byPredicate, p("groupHead")));
            lex.soleBodies.addAll(plain(byPredicate, p("soleBody")));
            lex.definiteArticles.addAll(plain(byPredicate, p("definiteArticle")));
            lex.fieldNamedHeads.addAll(plain(byPredicate, p("fieldNamedHead")));
            lex.bodyEvents.addAll(plain(byPredicate, p("bodyEvent")));
            lex.agentMarkers.addAll(plain(byPredicate, p("agentMarker")));
            lex.hierarchyMarkers.addAll(plain(byPredicate, p("hierarchyMarker")));
            lex.levelWords.addAll(plain(byPredicate, p("levelWord")));
            lex.wordSurnames.addAll(plain(byPredicate, p("wordSurname")));
            lex.nameParticles.addAll(plain(byPredicate, p("nameParticle")));
            lex.unitHeads.addAll(plain(byPredicate, p("unitHead")));
            lex.genitivePlurals.addAll(plain(byPredicate, p("genitivePlural")));
            lex.surnames.addAll(plain(byPredicate, p("surname")));
            for (String pair : plain(byPredicate, p("characterVariant")))
                if (pair.codePointCount(0, pair.length()) == 2)
                    ChineseScript.fold(pair.codePointAt(0), new String(Character.toChars(pair.codePointAt(pair.offsetByCodePoints(0, 1)))));
            lex.functionWords.addAll(plain(byPredicate, p("functionWord")));
            lex.measureSpanBreaks.addAll(plain(byPredicate, p("measureSpanBreak")));
            lex.measureSpanNotLast.addAll(plain(byPredicate, p("measureSpanNotLast")));
            lex.asProvided.addAll(plain(byPredicate, p("asProvided")));
            lex.suppositions.addAll(plain(byPredicate, p("supposition")));
            lex.reportTimes.addAll(plain(byPredicate, p("reportTime")));
            for (String marks : plain(byPredicate, p("attributeList")))
                lex.attributeList.addAll(java.util.Arrays.asList(marks.strip().split("\\s+")));
            lex.transitionWords.addAll(plain(byPredicate, p("transitionWord")));
            lex.statisticOpeners.addAll(plain(byPredicate, p("statisticOpener")));
            lex.nameComplementOpeners.addAll(plain(byPredicate, p("nameComplementOpener")));
            lex.clauseWords.addAll(plain(byPredicate, p("clauseWord")));
            lex.subjectJoiners.addAll(plain(byPredicate, p("subjectJoiner")));
            lex.subjectLeads.addAll(plain(byPredicate, p("subjectLead")));
            lex.subjectNotBefore.addAll(plain(byPredicate, p("subjectNotBefore")));
            lex.taskAnaphors.addAll(plain(byPredicate, p("taskAnaphor")));
            lex.goalNeedsHead |= bool(s, p("goalNeedsHead"));
            lex.wholeSentenceSpans |= bool(s, p("wholeSentenceSpans"));
            lex.infinitiveMarkers.addAll(plain(byPredicate, p("infinitiveMarker")));
            lex.nounOrVerb.addAll(plain(byPredicate, p("nounOrVerb")));
            lex.infinitiveSubjects.addAll(plain(byPredicate, p("infinitiveSubject")));
            String gerund = string(s, p("gerundEnding"));
            if (gerund != null) lex.gerundEnding = gerund.toLowerCase(Locale.ROOT);
            lex.givenNamePattern = regex(s, "givenName", lex.givenNamePattern, lists, where);
            lex.phraseBoundaries.addAll(plain(byPredicate, p("phraseBoundary")));
            lex.conjunctions.addAll(plain(byPredicate, p("clauseConjunction")));
            lex.listConjunctions.addAll(plain(byPredicate, p("listConjunction")));
            plain(byPredicate, p("determiner")).forEach(w -> lex.determiners.add(w.toLowerCase(Locale.ROOT)));
            plain(byPredicate, p("indefiniteArticle")).forEach(w -> lex.indefiniteArticles.add(w.toLowerCase(Locale.ROOT)));
            plain(byPredicate, p("auxiliary")).forEach(w -> lex.auxiliaries.add(w.toLowerCase(Locale.ROOT)));
            plain(byPredicate, p("ignoredWord")).forEach(w -> lex.ignoredWords.add(w.toLowerCase(Locale.ROOT)));
            plain(byPredicate, p("unreducedPlural")).forEach(w -> lex.unreducedPlurals.add(w.toLowerCase(Locale.ROOT)));
            plain(byPredicate, p("genericHead")).forEach(w -> lex.genericHeads.add(w.toLowerCase(Locale.ROOT)));
            plain(byPredicate, p("nonMeasureVerb")).forEach(w -> lex.nonMeasureVerbs.add(w.toLowerCase(Locale.ROOT)));
            plain(byPredicate, p("beForm")).forEach(w -> lex.beForms.add(w.toLowerCase(Locale.ROOT)));
            plain(byPredicate, p("presentBeForm")).forEach(w -> lex.presentBeForms.add(w.toLowerCase(Locale.ROOT)));
            plain(byPredicate, p("haveForm")).forEach(w -> lex.haveForms.add(w.toLowerCase(Locale.ROOT)));
            plain(byPredicate, p("valueOpener")).forEach(w -> lex.valueOpeners.add(w.toLowerCase(Locale.ROOT)));
            plain(byPredicate, p("valueFrom")).forEach(w -> lex.valueFroms.add(w.toLowerCase(Locale.ROOT)));
            plain(byPredicate, p("relativeUnit")).forEach(w -> lex.relativeUnits.add(w.toLowerCase(Locale.ROOT)));
            plain(byPredicate, p("valueBound")).forEach(w -> lex.valueBounds.add(List.of(w.toLowerCase(Locale.ROOT).trim().split("\\s+"))));
            lex.verbParticles.addAll(plain(byPredicate, p("verbParticle")));
            lex.speakerPronouns.addAll(plain(byPredicate, p("speakerPronoun")));
            plain(byPredicate, p("calendarNoun")).forEach(w -> lex.calendarNouns.add(w.toLowerCase(Locale.ROOT)));
            plain(byPredicate, p("contentNoun")).forEach(w -> lex.contentNouns.add(w.toLowerCase(Locale.ROOT)));
            plain(byPredicate, p("taskHead")).forEach(w -> lex.taskHeads.add(w.toLowerCase(Locale.ROOT)));
            lex.actorPostmodifiers.addAll(plain(byPredicate, p("actorPostmodifier")));
            plain(byPredicate, p("reformHead")).forEach(w -> lex.headClasses.put(w.toLowerCase(Locale.ROOT), org.policykg.rdf.Vocab.Reform.getURI()));
            plain(byPredicate, p("goalHead")).forEach(w -> lex.headClasses.put(w.toLowerCase(Locale.ROOT), org.policykg.rdf.Vocab.Goal.getURI()));
            lex.postSeparator = regex(s, "postSeparator", lex.postSeparator, lists, where);
            lex.timeAdverbial = regex(s, "timeAdverbial", lex.timeAdverbial, lists, where);
            lex.duration = regex(s, "duration", lex.duration, lists, where);
            lex.figureReached = regex(s, "figureReached", lex.figureReached, lists, where);
            lex.averageMoved = regex(s, "averageMoved", lex.averageMoved, lists, where);
            lex.provisionCited = regex(s, "provisionCited", lex.provisionCited, lists, where);
            lex.listMarker = regex(s, "listMarker", lex.listMarker, lists, where);
            Statement min = s.getProperty(p("minCandidateWords")), max = s.getProperty(p("maxCandidateWords"));
            if (min != null) lex.minCandidateWords = min.getInt();
            if (max != null) lex.maxCandidateWords = max.getInt();
        }
        lex.readPostTitles(m, where);
        return lex;
    }

    /** lex:PostTitle and lex:post-in-body: titles that are one title across languages, and the node a post in a body gets. */
    private void readPostTitles(Model m, String where) {
        Resource postInBody = m.getResource(LEX + "post-in-body");
        postIriTemplate = string(postInBody, p("iriTemplate"));
        Set<String> recognised = new HashSet<>();
        postTitles.forEach(t -> recognised.add(t.toLowerCase(Locale.ROOT)));
        for (Resource t : sorted(m.listSubjectsWithProperty(RDF.type, r("PostTitle")).toList())) {
            String key = string(t, p("titleKey"));
            List<String> forms = literals(t, p("titleForm"), language);
            if (forms.isEmpty())
                continue;
            if (key == null)
                throw new IllegalArgumentException(where + ": post title " + t + " needs a lex:titleKey");
            for (String f : forms)
                if (!recognised.contains(f.toLowerCase(Locale.ROOT)))
                    throw new IllegalArgumentException(where + ": post title " + t + " has the form \"" + f + "\", which is no lex:postTitle of "
                            + language + ": the names stages would never read it");
            List<String> head = literals(t, p("bodyHead"), language);
            crossLanguageTitles.add(new PostTitle(key, forms, head.isEmpty() ? null : head.get(0)));
        }
    }

    public String language() { return language; }
    public List<Cue> modalityCues() { return modalityCues; }
    public List<Cue> roleCues() { return roleCues; }
    /** Passive role cues ("shall be established"): they type the subject before them, not an object after. */
    public List<Cue> passiveCues() { return passiveCues; }
    public List<Cue> reportingSubjects() { return reportingSubjects; }
    /** Purpose cues ("so that", "make sure that"): the clause after one, a proposition, is the goal. */
    public List<Cue> purposeCues() { return purposeCues; }
    /** Role cues that are verbs of change ("raise", "merge", "abolish"): the change they name is the reform, verb and all. */
    public Set<Cue> changeCues() { return changeCues; }

    /** Role cues whose candidates are named only where their head noun says their class (lex:HeadTypedCue). */
    public Set<Cue> headTypedCues() { return headTypedCues; }
    /** Purpose cues that also introduce mere results ("so that"): their clause is a goal only where it states an outcome. */
    public Set<Cue> resultCues() { return resultCues; }
    /** Purpose cues that announce an aim stated after a colon ("the aim is simple: ..."). */
    public Set<Cue> announcedAims() { return announcedAims; }
    /** Words that make a clause's subject universal ("no one", "every", "all"): a clause about coverage. */
    public List<String> universalWords() { return universalWords; }
    public List<String> unitNouns() { return unitNouns; }
    /** Verbs of keeping or making ("keep", "make"): with an object and an adjective after it, the state they aim at is a goal. */
    public List<String> stateVerbs() { return stateVerbs; }
    /** Verbs of covering ("cover"): with a universal object ("cover all who are eligible"), the coverage they aim at is a goal. */
    public List<String> coverageVerbs() { return coverageVerbs; }
    /** lex:coverageParticiple, lower case ("covered", "enrolled"): after a measure frame and "be", an inclusion decided. */
    public Set<String> coverageParticiples() { return coverageParticiples; }
    /** Adjectives of outcome ("sustainable", "solvent"): the state a verb of keeping puts its object in, whatever the tagger reads. */
    public List<String> stateAdjectives() { return stateAdjectives; }
    /** Words that, just before a role cue, deny what it would call for ("must not raise", "do not increase"). */
    public List<String> negations() { return negations; }
    /** Words that, after a conjunction, open a new item of a list ("to" in "to X and to Y"). */
    public List<String> itemOpeners() { return itemOpeners; }
    /** Words that introduce the members of what was just named ("including", "such as"). */
    public List<String> listOpeners() { return listOpeners; }
    /** Nouns of the domain a change applies to (lex:changeObject): the object a noun of change needs. */
    public List<String> changeObjects() { return changeObjects; }
    /** Relative pronouns (lex:relativePronoun): a clause set off by commas that opens with one (or a preposition and one) is relative. */
    public List<String> relativePronouns() { return relativePronouns; }
    /** Nouns of quantity (lex:quantityNoun): "part of the employee share" changes the share. */
    public List<String> quantityNouns() { return quantityNouns; }
    /** The most words a goal stated as a clause may have (0: none is read). */
    public int maxClauseWords() { return maxClauseWords; }

    /** lex:maxLineWords: the most words of a line that stands alone in a block of short lines; 0 where the language gives none. */
    public int maxLineWords() { return maxLineWords; }
    /** Class nouns that head what they introduce ("the principle of ..."): role cues even after a determiner. */
    public List<Cue> roleHeads() { return roleHeads; }
    /** Class nouns that end the name they type (Chinese puts the head last: …机制, …原则) → the class they give. */
    public Map<String, String> finalHeads() { return finalHeads; }
    public List<Pattern> patterns(String kind) { return patterns.getOrDefault(kind, List.of()); }

    /**
     * A pattern that reads one of a family of names told apart by a number (the 18th, 19th … National Congress of
     * the Communist Party of China): its group "number" gives the number, and the family (lex:names) the node's IRI
     * and label, made from the number by their templates ({ordinal}: 18th, {number}: the number as the language
     * writes it in the label, 十八 in Chinese).
     */
    public record NumberedName(Pattern pattern, String iriTemplate, String labelTemplate, String typeIri) {}

    /**
     * A title that is one title across languages (lex:PostTitle): its key, the forms this language writes it in, and
     * the head noun of a body named only by its field after it ("minister" of "civil affairs": a "ministry"), or null.
     */
    public record PostTitle(String key, List<String> forms, String bodyHead) {}

    /** The titles of this language that are one title across languages. */
    public List<PostTitle> crossLanguageTitles() { return crossLanguageTitles; }
    /** lex:post-in-body's IRI template ({title}, {body}), or null. */
    public String postIriTemplate() { return postIriTemplate; }

    /** The patterns of numbered names (lex:NumberedName) of the language. */
    public List<NumberedName> numberedNames() { return numberedNames; }

    private static NumberedName numberedName(Resource pat, Pattern compiled, String language, String where) {
        Resource family = pat.getPropertyResourceValue(p("names"));
        String iri = family == null ? null : string(family, p("iriTemplate"));
        List<String> labels = family == null ? List.of() : literals(family, p("labelTemplate"), language);
        Resource type = family == null ? null : family.getPropertyResourceValue(p("nodeClass"));
        if (iri == null || labels.size() != 1 || type == null || !compiled.pattern().contains("(?<number>"))
            throw new IllegalArgumentException(where + ": numbered-name pattern " + pat + " needs a group \"number\" and lex:names a "
                    + "family with lex:iriTemplate, lex:nodeClass and one lex:labelTemplate in " + language);
        return new NumberedName(compiled, iri, labels.get(0), type.getURI());
    }

    /**
     * {@link #mayMatch} for one text, as a test of each pattern: the text is put in lower case once, and only when a
     * guarded pattern asks.
     */
    public java.util.function.Predicate<Pattern> mayMatchIn(String text) {
        String[] lower = {null};
        return pattern -> {
            if (!patternGuards.containsKey(pattern))
                return true;
            if (lower[0] == null)
                lower[0] = text.toLowerCase(Locale.ROOT);
            return mayMatch(pattern, lower[0]);
        };
    }

    /**
     * Whether a pattern may match in {@code lowerCaseText}: false where the pattern names words (lex:onlyWith) none of
     * which the text holds. A cheap test before the regular expression, which on a sentence without them would only
     * fail slowly.
     */
    public boolean mayMatch(Pattern pattern, String lowerCaseText) {
        List<String> guards = patternGuards.get(pattern);
        if (guards == null)
            return true;
        for (String g : guards)
            if (lowerCaseText.contains(g))
                return true;
        return false;
    }
    /**
     * The patterns of phrases whose form says their role (lex:PrinciplePhrase, lex:ReformPhrase, lex:GoalPhrase), by the
     * IRI of the class each names a candidate of, in that order.
     */
    public Map<String, List<Pattern>> phrasePatterns() {
        Map<String, List<Pattern>> out = new LinkedHashMap<>();
        out.put(org.policykg.rdf.Vocab.Principle.getURI(), patterns("PrinciplePhrase"));
        out.put(org.policykg.rdf.Vocab.Reform.getURI(), patterns("ReformPhrase"));
        out.put(org.policykg.rdf.Vocab.Goal.getURI(), patterns("GoalPhrase"));
        return out;
    }
    /** British spelling (lower case) → American. */
    public Map<String, String> spellings() { return spellings; }
    /** Groups of word sequences that are interchangeable inside a label (lex:PhraseVariant), as written. */
    public List<PhraseVariant> phraseVariants() { return phraseVariants; }
    public Set<String> abbreviations() { return abbreviations; }
    /** lex:openAbbreviation: abbreviations that may end a sentence ("etc."): only before a lex:sentenceOpener, in either letter case. */
    public Set<String> openAbbreviations() { return openAbbreviations; }

    /** lex:sentenceOpener: words that open a new sentence after an open abbreviation ("etc. The ministry said ..."). */
    public Set<String> sentenceOpeners() { return sentenceOpeners; }
    public List<String> leadingWords() { return leadingWords; }
    public List<String> clauseOpeners() { return clauseOpeners; }
    public List<String> actorHeads() { return actorHeads; }
    /** Prepositions other than "of": a node after one is not the direct object of the verb before it. */
    public List<String> prepositions() { return prepositions; }
    /** Titles that name a post before or after a person's name ("vice minister", "director"). */
    public List<String> postTitles() { return postTitles; }
    /** Head nouns of organisation names ("ministry", "administration", "bureau"). */
    public List<String> organizationHeads() { return organizationHeads; }
    /** Head nouns that name a group of organisations ("departments", "local governments"): names even in lower case. */
    public List<String> groupHeads() { return groupHeads; }
    /**
     * Bodies a country has one of, named by these words alone ("the government", "parliament", "Congress", "the Diet",
     * "the House of Councillors"); a form written with a capital is a proper name and stands without an article.
     */
    public List<String> soleBodies() { return soleBodies; }
    /** The definite article(s): "the government" names the country's government, "this Parliament" a term of it. */
    public List<String> definiteArticles() { return definiteArticles; }
    /** Heads of bodies named by their field in lower case ("the labour ministry" = the Ministry of Labour). */
    public List<String> fieldNamedHeads() { return fieldNamedHeads; }
    /** What a body holds or issues ("press conference"): an acronym right before one names the body. */
    public List<String> bodyEvents() { return bodyEvents; }
    /** The word before the doer of a passive verb ("led by the CGT"): an acronym after it names who did it. */
    public List<String> agentMarkers() { return agentMarkers; }
    public List<String> hierarchyMarkers() { return hierarchyMarkers; }
    public List<String> levelWords() { return levelWords; }
    /** Surnames (in the language's script or romanisation) that open a person's name in any letter case. */
    public List<String> surnames() { return surnames; }
    /** Surnames that are also words of the language ("he", "an", "you"): a name only capitalised, next to a post. */
    public List<String> wordSurnames() { return wordSurnames; }
    /** lex:nameParticle: lower-case words inside a person's name ("de", "van der"). */
    public List<String> nameParticles() { return nameParticles; }
    /** Heads that, inside a person's post, name a unit of a body ("Department of Pension Insurance"): part of the title. */
    public List<String> unitHeads() { return unitHeads; }
    public List<String> genitivePlurals() { return genitivePlurals; }
    /** Words that are never part of a name: they end one. */
    public List<String> functionWords() { return functionWords; }

    /** lex:measureSpanBreak: what a span of the measure-span model never runs across. */
    public List<String> measureSpanBreaks() { return measureSpanBreaks; }

    /** lex:measureSpanNotLast: words a span of the measure-span model does not end in. */
    public List<String> measureSpanNotLast() { return measureSpanNotLast; }

    /** lex:asProvided: words that say a step follows the rules already in force, as written (folded to simplified). */
    public List<String> asProvided() { return asProvided; }
    /** lex:supposition: words that make their clause a supposition (若能, 如果), as written (folded to simplified). */
    public List<String> suppositions() { return suppositions; }
    /** lex:reportTime: time words that make their clause a report of what was done or seen (去年, 截至), as written. */
    public List<String> reportTimes() { return reportTimes; }
    /** lex:attributeList: the list mark and the attribute mark (、 and 的), or empty where the language gives none. */
    public List<String> attributeList() { return attributeList; }
    /** lex:transitionWord: words that name how a reform passes from old rules to new ones (过渡, 衔接). */
    public List<String> transitionWords() { return transitionWords; }

    /** lex:statisticOpener: words that make what follows a statistic of values set elsewhere (平均: an average). */
    public List<String> statisticOpeners() { return statisticOpeners; }
    /** Words that open the complement of a title or an organisation head ("of": "Ministry of Finance"). */
    public List<String> nameComplementOpeners() { return nameComplementOpeners; }
    /** Words that never stand inside a candidate's name: where one is, the words are a clause (不, 并, 已). */
    public List<String> clauseWords() { return clauseWords; }
    /** Words joining actors named together as a clause's subject (Chinese 、, 和, 会同); none where the rule is off. */
    public List<String> subjectJoiners() { return subjectJoiners; }
    /** Words that may come before a clause's subject (下一步, 同时). */
    public List<String> subjectLeads() { return subjectLeads; }
    /** Words after a name that make it no subject (关于: the issuer in a title, "…办公厅关于…的意见"). */
    public List<String> subjectNotBefore() { return subjectNotBefore; }
    public List<String> taskAnaphors() { return taskAnaphors; }
    /** Whether a candidate is a goal only when a goal noun of lex:finalHead ends it (Chinese). */
    public boolean goalNeedsHead() { return goalNeedsHead; }
    /** Whether the span models' labels are read as the likeliest of the whole sentence rather than word by word. */
    public boolean wholeSentenceSpans() { return wholeSentenceSpans; }
    /** The ending of the only verb form that follows a preposition (English "-ing"), or null. */
    public String gerundEnding() { return gerundEnding; }

    /** Role cue words that are nouns as often as verbs (lex:nounOrVerb: "reform", "overhaul", "pilot"). */
    public List<String> nounOrVerb() { return nounOrVerb; }

    /** The words that open an infinitive (lex:infinitiveMarker: "to"). */
    public List<String> infinitiveMarkers() { return infinitiveMarkers; }

    /** The words that introduce an infinitive's subject (lex:infinitiveSubject: "for" in "called for the age to be linked"). */
    public List<String> infinitiveSubjects() { return infinitiveSubjects; }
    /** Nouns that name a task of administration (lower case): a goal candidate headed by one is not minted. */
    public Set<String> taskHeads() { return taskHeads; }
    /** The shape of a given name after a surname (a pattern over the lower-cased word); matches nothing when not given. */
    public Pattern givenNamePattern() { return givenNamePattern; }
    public List<String> phraseBoundaries() { return phraseBoundaries; }
    public List<String> conjunctions() { return conjunctions; }
    /** Conjunctions that always start a new list item (Chinese 和 between two noun phrases). */
    public Set<String> listConjunctions() { return listConjunctions; }
    public Set<String> determiners() { return determiners; }
    /** lex:indefiniteArticle: determiners that introduce a thing not named before ("a", "an"). */
    public Set<String> indefiniteArticles() { return indefiniteArticles; }
    /** Words between a subject and its verb ("shall", "be"), as written in lower case. */
    public Set<String> auxiliaries() { return auxiliaries; }
    public Set<String> ignoredWords() { return ignoredWords; }

    /** Plurals that name something their singular does not ("basics", "means", "savings"): labels keep their -s. */
    public Set<String> unreducedPlurals() { return unreducedPlurals; }
    /** Nouns too general to head a candidate name (lower case). */
    public Set<String> genericHeads() { return genericHeads; }
    /** lex:MeasureFrame forms ("will", "must", "plans to"): an action verb after one opens a measure, what the frame introduces. */
    public List<Cue> measureFrames() { return measureFrames; }
    /** lex:ValueChange forms: verbs by which a parameter moves to a value; {@code afterBe}: a participle, read only as a passive. */
    public record ValueCue(Cue cue, boolean afterBe) {}
    public List<ValueCue> valueChanges() { return valueChanges; }
    /** lex:beForm, lower case. */
    public Set<String> beForms() { return beForms; }

    /** lex:presentBeForm, lower case: present forms of be by which a passive cue's "be …" states a decision in force ("is abolished"). */
    public Set<String> presentBeForms() { return presentBeForms; }
    /** lex:haveForm, lower case. */
    public Set<String> haveForms() { return haveForms; }
    /** lex:valueOpener, lower case ("to", "by"). */
    public Set<String> valueOpeners() { return valueOpeners; }
    /** lex:relativeUnit, lower case ("times", "percent"): a value's unit that refers to another amount. */
    public Set<String> relativeUnits() { return relativeUnits; }
    /** lex:valueFrom, lower case ("from"). */
    public Set<String> valueFroms() { return valueFroms; }
    /** lex:valueBound, as lower-case words ("no less than", "at least"): a bound or estimate before a value. */
    public List<List<String>> valueBounds() { return valueBounds; }
    /** lex:nonMeasureVerb, lower case: verbs that open no measure after a frame ("be", "ensure", "say"). */
    public Set<String> nonMeasureVerbs() { return nonMeasureVerbs; }
    /** lex:verbParticle: particles that belong to the verb before them ("set up", "roll out"). */
    public List<String> verbParticles() { return verbParticles; }
    /** lex:speakerPronoun: subject pronouns that stand for the actor who speaks ("we", "it"). */
    public List<String> speakerPronouns() { return speakerPronouns; }
    /** lex:calendarNoun, lower case: a span of the calendar ("year", "month"). */
    public Set<String> calendarNouns() { return calendarNouns; }
    /** lex:contentNoun, lower case: a noun of rule whose "that" clause states its content ("the requirement that ..."). */
    public Set<String> contentNouns() { return contentNouns; }
    /** Head nouns (lower case) that say what a candidate names whatever verb governs it: an instrument (a reform) or an outcome (a goal). */
    public Map<String, String> headClasses() { return headClasses; }
    /** Phrases that may follow an actor's head noun inside its name ("governments at all levels", "departments concerned"). */
    public List<String> actorPostmodifiers() { return actorPostmodifiers; }
    public Pattern postSeparator() { return postSeparator; }
    /** A clause set off by commas that is only an adverbial of time ("by 2030", "within two years"), matched whole. */
    public Pattern timeAdverbial() { return timeAdverbial; }

    /** lex:duration: a candidate name that is only a span of time ("半年", "3个月以来"), matched whole; none matches where the language gives none. */
    public Pattern duration() { return duration; }
    /** lex:figureReached: a rate or share that reaches or holds a value ("参保率达到98%"), found anywhere in a span; none where the language gives none. */
    public Pattern figureReached() { return figureReached; }
    /** lex:averageMoved: an average that a value verb moves ("月人均养老金由…提高到…"); none where the language gives none. */
    public Pattern averageMoved() { return averageMoved; }
    /** lex:provisionCited: the provisions of a named law or rule cited as what a step follows ("根据《劳动合同法》的规定"); none where the language gives none. */
    public Pattern provisionCited() { return provisionCited; }

    /** lex:listMarker: the marker that opens a numbered item, matched at a sentence's start; none matches where the language gives none. */
    public Pattern listMarker() { return listMarker; }
    public int minCandidateWords() { return minCandidateWords; }
    public int maxCandidateWords() { return maxCandidateWords; }

    /** A word list's name in a pattern's regular expression: {@code {{name}}}. */
    private static final Pattern WORD_LIST_REF = Pattern.compile("\\{\\{([A-Za-z][A-Za-z0-9-]*)\\}\\}");

    /**
     * The word lists of the language (lex:WordList with its lex:language, its lex:listName and its lex:word forms), each as
     * a regular-expression alternation of its words, longest first, quoted. Chinese patterns are matched on the text folded
     * to simplified characters, so a Chinese list's words, written in either script, are folded too (將 is 将).
     */
    private static Map<String, String> wordLists(Model m, String language) {
        Map<String, String> out = new HashMap<>();
        for (Resource list : sorted(m.listSubjectsWithProperty(RDF.type, r("WordList")).toList())) {
            if (!language.equals(string(list, p("language"))))
                continue;
            String name = string(list, p("listName"));
            if (name == null)
                continue;
            List<String> words = new ArrayList<>();
            for (String w : plain(list, p("word")))
                words.add(language.equals("zh") ? ChineseScript.simplified(w) : w);
            out.merge(name, alternation(words), (a, b) -> a.substring(0, a.length() - 1) + "|" + b.substring(3));
        }
        return out;
    }

    /** The words as a regular-expression alternation, quoted, longest first (so that "as well as" wins over "as"). */
    private static String alternation(Collection<String> words) {
        Set<String> sorted = new TreeSet<>(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        sorted.addAll(words);
        StringJoiner alternation = new StringJoiner("|", "(?:", ")");
        for (String w : sorted)
            alternation.add(Pattern.quote(w));
        return alternation.toString();
    }

    /**
     * The alternation of a list of the language's settings named by its property ({@code stateAdjective}: the
     * lex:stateAdjective values), for a name no word list defines, so that a pattern and a stage read one list; null when
     * the language's settings have no such values.
     */
    private static String settingsList(Model m, String language, String name) {
        for (Resource s : sorted(m.listSubjectsWithProperty(RDF.type, r("Settings")).toList())) {
            if (!language.equals(string(s, p("language"))))
                continue;
            List<String> values = plain(s, p(name));
            if (!values.isEmpty())
                return alternation(values);
        }
        return null;
    }

    /**
     * The guards without those that hold another ("claims" holds "claim"): where such a guard occurs, so does the one it
     * holds, so the test answers the same with fewer searches of the text.
     */
    static List<String> fewestGuards(List<String> guards) {
        List<String> out = new ArrayList<>();
        for (String g : guards) {
            boolean holdsAnother = false;
            for (String h : guards)
                holdsAnother |= !h.equals(g) && g.contains(h);
            if (!holdsAnother && !out.contains(g))
                out.add(g);
        }
        return List.copyOf(out);
    }

    /**
     * A lex:onlyWith value in lower case: the string itself, or, for {@code {{name}}}, every word of that word list (or
     * settings list), so that a guard follows the list its pattern names instead of copying it.
     */
    private static List<String> guardWords(Model m, String language, String value, String where) {
        java.util.regex.Matcher ref = WORD_LIST_REF.matcher(value);
        if (!ref.matches())
            return List.of(value.toLowerCase(Locale.ROOT));
        List<String> words = new ArrayList<>();
        for (Resource list : m.listSubjectsWithProperty(RDF.type, r("WordList")).toList())
            if (language.equals(string(list, p("language"))) && ref.group(1).equals(string(list, p("listName"))))
                words.addAll(plain(list, p("word")));
        if (words.isEmpty())
            for (Resource s : m.listSubjectsWithProperty(RDF.type, r("Settings")).toList())
                if (language.equals(string(s, p("language"))))
                    words.addAll(plain(s, p(ref.group(1))));
        if (words.isEmpty())
            throw new IllegalArgumentException(where + " is guarded by the word list " + ref.group(1) + ", which neither a lex:WordList nor the settings of its language define");
        List<String> out = new ArrayList<>();
        for (String w : words)
            out.add((language.equals("zh") ? ChineseScript.simplified(w) : w).toLowerCase(Locale.ROOT));
        return out;
    }

    /** The regular expression with each {@code {{name}}} replaced by that word list's alternation; an unknown name is an error. */
    static String expandWordLists(String regex, java.util.function.Function<String, String> lists, String where) {
        java.util.regex.Matcher ref = WORD_LIST_REF.matcher(regex);
        StringBuilder out = new StringBuilder();
        while (ref.find()) {
            String alternation = lists.apply(ref.group(1));
            if (alternation == null)
                throw new IllegalArgumentException(where + " names the word list " + ref.group(1) + ", which neither a lex:WordList nor the settings of its language define");
            ref.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(alternation));
        }
        ref.appendTail(out);
        return out.toString();
    }

    private static Property p(String local) { return ResourceFactory.createProperty(LEX, local); }
    private static Resource r(String local) { return ResourceFactory.createResource(LEX + local); }

    private static List<Resource> sorted(List<Resource> rs) {
        List<Resource> out = new ArrayList<>(rs);
        out.sort(Comparator.comparing(Resource::toString));
        return out;
    }

    private static String uri(Resource s, Property p) {
        Statement st = s.getProperty(p);
        return st != null && st.getObject().isURIResource() ? st.getResource().getURI() : null;
    }

    /** The regular expression of setting {@code name} on {@code s}, compiled; {@code otherwise} where it has none. */
    private static Pattern regex(Resource s, String name, Pattern otherwise, java.util.function.Function<String, String> lists, String where) {
        String re = string(s, p(name));
        if (re == null)
            return otherwise;
        re = expandWordLists(re, lists, where + ": lex:" + name + " of " + s);
        try {
            return Pattern.compile(re);
        } catch (PatternSyntaxException ex) {
            throw new IllegalArgumentException(where + ": lex:" + name + " of " + s + " is not a valid regular expression: " + ex.getDescription(), ex);
        }
    }

    private static String string(Resource s, Property p) {
        Statement st = s.getProperty(p);
        return st != null && st.getObject().isLiteral() ? st.getString() : null;
    }

    private static boolean bool(Resource s, Property p) {
        Statement st = s.getProperty(p);
        return st != null && st.getObject().isLiteral() && st.getBoolean();
    }

    /** Literals of the language (tag or its primary subtag), sorted for repeatable output. */
    private static List<String> literals(Resource s, Property p, String language) {
        List<String> out = new ArrayList<>();
        s.listProperties(p).forEachRemaining(st -> {
            if (st.getObject().isLiteral()) {
                String l = st.getLanguage();
                if (l.equalsIgnoreCase(language) || l.toLowerCase(Locale.ROOT).startsWith(language.toLowerCase(Locale.ROOT) + "-"))
                    out.add(st.getString());
            }
        });
        Collections.sort(out);
        return out;
    }

    private static Map<Property, List<String>> plainByPredicate(Resource s) {
        Map<Property, List<String>> out = new HashMap<>();
        s.listProperties().forEachRemaining(st -> {
            if (st.getObject().isLiteral())
                out.computeIfAbsent(st.getPredicate(), k -> new ArrayList<>()).add(st.getString());
        });
        out.values().forEach(Collections::sort);
        return out;
    }

    private static List<String> plain(Map<Property, List<String>> byPredicate, Property p) {
        return byPredicate.getOrDefault(p, List.of());
    }

    private static List<String> plain(Resource s, Property p) {
        List<String> out = new ArrayList<>();
        s.listProperties(p).forEachRemaining(st -> { if (st.getObject().isLiteral()) out.add(st.getString()); });
        Collections.sort(out);
        return out;
    }
}
