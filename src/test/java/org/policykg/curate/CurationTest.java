package org.policykg.curate;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.rdf.model.*;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.*;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.document.Metadata;
import org.policykg.document.TextReader;
import org.policykg.extract.Conversion;
import org.policykg.rdf.DocumentGraphWriter;
import org.policykg.rdf.Slugs;
import org.policykg.store.PolicyStore;
import org.policykg.store.StoreConfig;
import org.policykg.testing.Cli;
import org.policykg.testing.Project;

/**
 * The curation loop through the real commands on a real TDB2 store in a temp folder holding the seed and two dev
 * texts: {@code candidates} lists what was minted with its evidence; {@code curate merge}, {@code reject} and
 * {@code accept} write ontology/curated.ttl (a copy of the ontology folder) and convert the affected documents again.
 * Candidates are picked from what {@code candidates} reports, not named here, so the tests follow the extraction.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CurationTest {
    private static final String SSPO = "https://w3id.org/sspo#";
    @TempDir static Path tmp;
    private Path onto, data;
    private final Set<String> used = new HashSet<>();

    @BeforeAll
    void load() throws Exception {
        onto = CurationFixture.copy(tmp);
        data = tmp.resolve("data");
        try (PolicyStore store = PolicyStore.open(StoreConfig.read(Project.file("fuseki-config.ttl"), data))) {
            CurationFixture.load(store, tmp);
        }
    }

    private JsonArray candidates(String... extra) {
        List<String> args = new ArrayList<>(List.of("candidates", "--data", data.toString(), "--format", "json"));
        args.addAll(List.of(extra));
        Cli r = Cli.run(args.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r::toString);
        return JSON.parseAny(r.out()).getAsArray();
    }

    private Cli curate(String... args) {
        List<String> all = new ArrayList<>(List.of("curate"));
        all.addAll(List.of(args));
        all.addAll(List.of("--data", data.toString(), "--ontology", onto.toString(), "--by", "tester"));
        return Cli.run(all.toArray(String[]::new));
    }

    private long count(String where) { return Cli.count(data.toString(), where); }

    /** An English goal, reform or principle candidate not used by another test, passing the filter. */
    private JsonObject pick(java.util.function.Predicate<JsonObject> filter) {
        for (JsonValue v : candidates()) {
            JsonObject c = v.getAsObject();
            String iri = c.getString("candidate");
            String lang = c.get("labels").getAsArray().get(0).getAsObject().getString("lang");
            if (!used.contains(iri) && lang.equals("en") && Set.of("goal", "reform", "principle").contains(c.getString("class"))
                    && !c.get("sentences").getAsArray().isEmpty() && filter.test(c)) {
                used.add(iri);
                return c;
            }
        }
        throw new AssertionError("no candidate left for this test in " + candidates());
    }

    private static String label(JsonObject c) { return c.get("labels").getAsArray().get(0).getAsObject().getString("text"); }

    private static String sentence(JsonObject c) { return c.get("sentences").getAsArray().get(0).getAsObject().getString("sentence"); }

    private Model curated() {
        return RDFDataMgr.loadModel(onto.resolve("curated.ttl").toString());
    }

    @Test
    void candidatesAreListedWithCountsSentencesAndTheClosestKnownConcepts() throws Exception {
        JsonArray all = candidates();
        assertTrue(all.size() >= 5, all::toString);
        StringBuilder texts = new StringBuilder();
        for (String t : CurationFixture.TEXTS)
            texts.append(Files.readString(Project.file(t + ".txt"), StandardCharsets.UTF_8)).append('\n');
        Set<String> languages = new TreeSet<>();
        for (JsonValue v : all) {
            JsonObject c = v.getAsObject();
            languages.add(c.get("labels").getAsArray().get(0).getAsObject().getString("lang"));
            int docs = c.get("documents").getAsArray().size();
            assertTrue(docs >= 1, c::toString);
            assertTrue(c.get("statements").getAsNumber().value().intValue() >= docs, c::toString);
            assertEquals(count("{ SELECT DISTINCT ?st WHERE { ?st a <" + SSPO + "Statement> ; ?role <" + c.getString("candidate") + "> } }"),
                    c.get("statements").getAsNumber().value().longValue(), "statements naming " + c.getString("candidate"));
            for (JsonValue s : c.get("sentences").getAsArray())
                assertTrue(texts.indexOf(s.getAsObject().getString("text")) >= 0, "a sentence of the texts: " + s);
            double last = 2;
            for (JsonValue k : c.get("closest").getAsArray()) {
                double score = k.getAsObject().get("score").getAsNumber().value().doubleValue();
                assertTrue(score > 0 && score <= last, "best first: " + c);
                last = score;
                assertEquals(1, count("<" + k.getAsObject().getString("concept") + "> <" + SKOS.inScheme.getURI() + "> ?s"), "a known concept");
            }
        }
        assertEquals(Set.of("en", "zh"), languages, "candidates of both texts' languages");
        assertTrue(all.stream().anyMatch(v -> !v.getAsObject().get("closest").getAsArray().isEmpty()));

        for (JsonValue v : candidates("--class", "goal"))
            assertEquals("goal", v.getAsObject().getString("class"));
        for (JsonValue v : candidates("--min-docs", "2"))
            assertTrue(v.getAsObject().get("documents").getAsArray().size() >= 2);

        Cli table = Cli.run("candidates", "--data", data.toString());
        assertEquals(0, table.exitCode(), table::toString);
        assertTrue(table.out().contains("document(s)") && table.out().contains("closest:"), table.out());
        Cli csv = Cli.run("candidates", "--data", data.toString(), "--format", "csv");
        assertEquals(all.size() + 1, csv.out().lines().count(), csv.out());
        assertEquals(2, Cli.run("candidates", "--data", data.toString(), "--class", "colour").exitCode());
    }

    @Test
    void mergeMakesTheNextConversionLinkTheKnownConceptInsteadOfMintingTheCandidate() {
        JsonObject c = pick(x -> !x.get("closest").getAsArray().isEmpty());
        String candidate = c.getString("candidate"), wording = label(c), sentence = sentence(c);
        String into = c.get("closest").getAsArray().get(0).getAsObject().getString("concept");
        assertTrue(count("GRAPH ?g { ?x ?p <" + candidate + "> }") > 0);

        Cli r = curate("merge", candidate, "--into", into);
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("converted again"), r.out());

        Model m = curated();
        assertTrue(m.contains(m.getResource(into), SKOS.altLabel, m.createLiteral(wording, "en")), "the wording is an altLabel of the concept");
        Resource decision = m.listSubjectsWithProperty(m.createProperty("http://www.w3.org/ns/prov#used"), m.getResource(candidate)).next();
        assertEquals("tester", decision.getProperty(m.createProperty("http://purl.org/dc/terms/creator")).getString());
        assertTrue(decision.hasProperty(m.createProperty("http://www.w3.org/ns/prov#endedAtTime")));
        assertTrue(decision.hasProperty(m.createProperty("http://purl.org/dc/terms/source")), "the documents that used it");

        assertEquals(0, count("GRAPH ?g { ?x ?p <" + candidate + "> } FILTER(STRSTARTS(STR(?g), \"https://w3id.org/sspo/id/graph/doc/\"))"),
                "the candidate is no longer minted");
        assertTrue(count("?st <http://www.w3.org/ns/prov#wasDerivedFrom> <" + sentence + "> ; ?role <" + into + ">") > 0,
                "the statement of its sentence names the known concept now");
        assertTrue(count("<" + into + "> <" + SKOS.altLabel.getURI() + "> \"" + wording.replace("\"", "\\\"") + "\"@en") > 0,
                "the store has the curated label");
    }

    @Test
    void rejectStopsTheWordingBeingMinted() throws Exception {
        JsonObject c = pick(x -> true);
        String candidate = c.getString("candidate");
        String document = c.get("documents").getAsArray().get(0).getAsString().value();
        Cli r = curate("reject", candidate, "--reason", "names no concept");
        assertEquals(0, r.exitCode(), r::toString);
        Model m = curated();
        assertTrue(m.contains(null, m.createProperty(SSPO, "rejectedWording"), m.createLiteral(label(c), "en")));
        assertEquals(0, count("GRAPH ?g { ?x ?p <" + candidate + "> } FILTER(STRSTARTS(STR(?g), \"https://w3id.org/sspo/id/graph/doc/\"))"));
        assertTrue(count("?st <" + SSPO + "statedIn> <" + document + ">") > 0, "the document is still there");

        // the next conversion of any of the texts does not mint it, where the ontology without the decision does
        for (Path text : Files.list(tmp.resolve("in")).filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
            assertFalse(converted(onto, text).contains(candidate), text + " with the decision");
        }
        boolean before = false;
        for (Path text : Files.list(tmp.resolve("in")).filter(f -> f.toString().endsWith(".txt")).sorted().toList())
            before |= converted(Project.file("ontology"), text).contains(candidate);
        assertTrue(before, "without the decision, the candidate is minted");
    }

    private static String converted(Path ontology, Path text) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        Conversion.forOntology(ontology, new TextReader(), new DocumentGraphWriter.Run("test", null)).convert(text, Metadata.EMPTY, StreamRDFLib.dataset(dsg));
        StringBuilder b = new StringBuilder();
        dsg.find().forEachRemaining(q -> b.append(q).append('\n'));
        return b.toString();
    }

    @Test
    void acceptMakesAConceptWithTheGivenLabelsThatQueriesAndMapsShow() throws Exception {
        JsonObject c = pick(x -> !x.get("neighbours").getAsArray().isEmpty());
        String candidate = c.getString("candidate"), wording = label(c), sentence = sentence(c);
        String label = wording.toLowerCase(Locale.ROOT) + " (curated)";
        String broader = c.get("neighbours").getAsArray().get(0).getAsString().value();
        Cli r = curate("accept", candidate, "--label", label, "--zh", "审定的概念", "--broader", broader, "--definition", "A concept accepted in a test.");
        assertEquals(0, r.exitCode(), r::toString);
        String iri = "https://w3id.org/sspo/id/concept/" + Slugs.of(label, 80);
        assertTrue(r.out().contains("concept:" + Slugs.of(label, 80)), r.out());

        assertEquals(1, count("<" + iri + "> <" + SKOS.prefLabel.getURI() + "> \"" + label + "\"@en ; <" + SKOS.prefLabel.getURI() + "> \"审定的概念\"@zh ; "
                + "<" + SKOS.inScheme.getURI() + "> ?scheme ; <" + SKOS.broader.getURI() + "> <" + broader + "> ; a <" + SKOS.Concept.getURI() + ">"));
        assertTrue(count("?st <http://www.w3.org/ns/prov#wasDerivedFrom> <" + sentence + "> ; ?role <" + iri + ">") > 0,
                "the next conversion links the new concept (its wording is an altLabel)");
        assertEquals(0, count("GRAPH ?g { ?x ?p <" + candidate + "> } FILTER(STRSTARTS(STR(?g), \"https://w3id.org/sspo/id/graph/doc/\"))"));
        // a known concept now: no longer a candidate
        assertTrue(candidates().stream().noneMatch(v -> v.getAsObject().getString("candidate").equals(candidate)));

        Path map = tmp.resolve("accepted.json");
        Cli drawn = Cli.run("map", "--data", data.toString(), "--concept", iri, "--format", "json", "-o", map.toString());
        assertEquals(0, drawn.exitCode(), drawn::toString);
        assertTrue(Files.readString(map).contains(iri), "the concept map around it shows it");
        Cli byLabel = Cli.run("query", "--data", data.toString(), "--format", "csv",
                "SELECT ?c WHERE { ?c <" + SKOS.prefLabel.getURI() + "> \"审定的概念\"@zh }");
        assertTrue(byLabel.out().contains(iri), byLabel::toString);
    }

    @Test
    void aLabelClashIsRefusedNamingBothConcepts() throws Exception {
        // a label another concept has (an alternative one, so that the new concept's own IRI is free)
        Model scheme = RDFDataMgr.loadModel(onto.resolve("concepts.ttl").toString());
        String clash = null, owner = null;
        for (Statement st : scheme.listStatements(null, SKOS.altLabel, (RDFNode) null).toList()) {
            String l = st.getString();
            if (st.getLanguage().equals("en") && !scheme.containsResource(scheme.getResource("https://w3id.org/sspo/id/concept/" + Slugs.of(l, 80)))) {
                clash = l;
                owner = st.getSubject().getURI();
                break;
            }
        }
        assertNotNull(clash);
        JsonObject c = pick(x -> true);
        String before = Files.exists(onto.resolve("curated.ttl")) ? Files.readString(onto.resolve("curated.ttl")) : null;
        long quads = count("GRAPH ?g { ?s ?p ?o }");
        Cli r = curate("accept", c.getString("candidate"), "--label", clash);
        assertEquals(5, r.exitCode(), r::toString);
        String newConcept = "concept:" + Slugs.of(clash, 80);
        String ownerName = owner.replace("https://w3id.org/sspo/id/concept/", "concept:").replace("https://w3id.org/sspo/id/actor/", "actor:");
        assertTrue(r.err().contains(newConcept) && r.err().contains(ownerName) && r.err().contains("label clash"), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        assertEquals(before, Files.exists(onto.resolve("curated.ttl")) ? Files.readString(onto.resolve("curated.ttl")) : null, "nothing written");
        assertEquals(quads, count("GRAPH ?g { ?s ?p ?o }"), "the store is unchanged");
    }
}
