package org.policykg.link;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.*;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.store.PolicyStore;
import org.policykg.store.StoreConfig;
import org.policykg.testing.Cli;
import org.policykg.testing.Http;
import org.policykg.testing.Project;

/** {@code policykg link} through the real entry point, over a real TDB2 store and the fixture thesaurus. */
class LinkCommandTest {
    private static final String C = "https://w3id.org/sspo/id/concept/";
    private static final String A = "https://w3id.org/sspo/id/actor/";
    private static final String TH = "http://example.org/thesaurus/";

    @TempDir Path tmp;

    private Path loadOurs() {
        Path data = tmp.resolve("data");
        Cli load = Cli.run("load", "--data", data.toString(), Project.testResource("link/ours.ttl").toString());
        assertEquals(0, load.exitCode(), load.toString());
        return data;
    }

    private Cli link(Path data, Path out, String... more) {
        String[] base = {"link", "--data", data.toString(), "--target", Project.testResource("link/thesaurus.ttl").toString(), "-o", out.toString()};
        String[] args = new String[base.length + more.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return Cli.run(args);
    }

    private static Set<String> links(Model m) {
        Set<String> out = new TreeSet<>();
        for (Property p : new Property[] {SKOS.exactMatch, SKOS.closeMatch, OWL.sameAs})
            m.listStatements(null, p, (RDFNode) null).forEach(s ->
                    out.add(s.getSubject().getURI().replaceFirst(".*/id/", "") + " " + p.getLocalName() + " " + s.getResource().getURI().replace(TH, "th:")));
        return out;
    }

    @Test
    void findsTheRightMatchesAndNoNearMiss() {
        Path data = loadOurs();
        Path out = tmp.resolve("links.ttl");
        Cli run = link(data, out);
        assertEquals(0, run.exitCode(), run.toString());
        Model m = RDFDataMgr.loadModel(out.toString());
        assertEquals(new TreeSet<>(Set.of(
                "concept/social-security exactMatch th:social-security",
                "concept/pension exactMatch th:pensions",
                "concept/social-insurance exactMatch th:social-insurance",
                "concept/medical-insurance exactMatch th:health-insurance",
                "concept/long-term-care-insurance exactMatch th:ltc",
                "concept/minimum-living-allowance exactMatch th:dibao",
                "concept/retirement closeMatch th:retirement",
                "actor/state-council sameAs th:state-council",
                "actor/xi-jinping sameAs th:xi")), links(m));

        // every link carries its score in a reified statement, and belongs to a linkset of its predicate
        m.listStatements(null, SKOS.exactMatch, (RDFNode) null).forEach(link -> {
            Resource st = m.listSubjectsWithProperty(RDF.subject, link.getSubject()).filterKeep(r ->
                    r.hasProperty(RDF.object, link.getObject()) && r.hasProperty(RDF.predicate, SKOS.exactMatch)).toList().get(0);
            double score = st.getRequiredProperty(Linkset.alignMeasure).getDouble();
            assertTrue(score >= 0.9 && score <= 1.0, "score " + score);
            Resource linkset = st.getPropertyResourceValue(DCTerms.isPartOf);
            assertTrue(linkset.hasProperty(RDF.type, VOID.Linkset));
            assertTrue(linkset.hasProperty(VOID.linkPredicate, SKOS.exactMatch));
            assertNotNull(linkset.getPropertyResourceValue(VOID.objectsTarget));
            assertNotNull(linkset.getProperty(DCTerms.created));
        });
        Resource exact = m.listSubjectsWithProperty(VOID.linkPredicate, SKOS.exactMatch).next();
        assertEquals(6, exact.getRequiredProperty(VOID.triples).getLong());
        Resource close = m.listSubjectsWithProperty(VOID.linkPredicate, SKOS.closeMatch).next();
        double closeScore = m.listSubjectsWithProperty(RDF.predicate, SKOS.closeMatch).next().getRequiredProperty(Linkset.alignMeasure).getDouble();
        assertTrue(closeScore < 0.9, "same label, different broader concept: " + closeScore);
        assertNotNull(close);
    }

    @Test
    void theThresholdAndTheLanguagesDecide() {
        Path data = loadOurs();
        Path strict = tmp.resolve("strict.ttl");
        assertEquals(0, link(data, strict, "--min-score", "0.95").exitCode());
        Set<String> strictLinks = links(RDFDataMgr.loadModel(strict.toString()));
        assertFalse(strictLinks.contains("concept/retirement closeMatch th:retirement"), strictLinks.toString());
        assertTrue(strictLinks.contains("concept/pension exactMatch th:pensions"));

        // Without Chinese, medical insurance and health insurance share no label; the State Council keeps only
        // a different English name, so it is no longer the same organization.
        Path english = tmp.resolve("en.ttl");
        assertEquals(0, link(data, english, "--lang", "en").exitCode());
        Set<String> en = links(RDFDataMgr.loadModel(english.toString()));
        assertFalse(en.stream().anyMatch(l -> l.startsWith("concept/medical-insurance")), en.toString());
        assertFalse(en.stream().anyMatch(l -> l.startsWith("actor/state-council")), en.toString());
        assertTrue(en.contains("actor/xi-jinping sameAs th:xi"));

        // loosening the threshold lets the near-misses in: they are there, only below the default
        Path loose = tmp.resolve("loose.ttl");
        assertEquals(0, link(data, loose, "--min-score", "0.3").exitCode());
        Set<String> all = links(RDFDataMgr.loadModel(loose.toString()));
        assertTrue(all.contains("concept/retirement closeMatch th:retirement-age"), all.toString());
        assertTrue(all.contains("concept/social-insurance closeMatch th:social-insurance-fund"), all.toString());
    }

    @Test
    void rerunningGivesTheSameLinksetAndLoadingTwiceDoesNotDuplicate() {
        Path data = loadOurs();
        Path first = tmp.resolve("first.ttl"), second = tmp.resolve("second.trig");
        assertEquals(0, link(data, first, "--load").exitCode());
        Cli again = link(data, second, "--load");
        assertEquals(0, again.exitCode(), again.toString());
        Model a = RDFDataMgr.loadModel(first.toString());
        Dataset secondDs = RDFDataMgr.loadDataset(second.toString());
        String graph = secondDs.listModelNames().next().getURI();
        Model b = secondDs.getNamedModel(graph);
        // the date of the run is the only thing allowed to differ (a run across midnight)
        a.removeAll(null, DCTerms.created, null);
        b.removeAll(null, DCTerms.created, null);
        assertTrue(a.isIsomorphicWith(b), "a second run gives the same linkset");

        StoreConfig config = StoreConfig.read(Project.file("fuseki-config.ttl"), data);
        try (PolicyStore store = PolicyStore.open(config)) {
            Dataset ds = store.dataset();
            Txn.executeRead(ds, () -> {
                Model stored = ModelFactory.createDefaultModel().add(ds.getNamedModel(graph));
                stored.removeAll(null, DCTerms.created, null);
                assertTrue(stored.isIsomorphicWith(a), "the loaded graph is the linkset, once");
                long linksetGraphs = 0;
                for (var it = ds.listModelNames(); it.hasNext(); )
                    if (it.next().getURI().contains("/graph/linkset/"))
                        linksetGraphs++;
                assertEquals(1, linksetGraphs);
                // the dataset description lists the linkset
                Model description = ds.getNamedModel(DatasetDescription.GRAPH.getURI());
                assertTrue(description.contains(description.createResource(Linkset.DATASET), VOID.subset));
            });
        }
    }

    @Test
    void schemeRestrictsTheTarget() {
        Path data = loadOurs();
        Path out = tmp.resolve("scheme.ttl");
        Cli run = link(data, out, "--scheme", TH + "scheme");
        assertEquals(0, run.exitCode(), run.toString());
        Set<String> links = links(RDFDataMgr.loadModel(out.toString()));
        assertTrue(links.contains("concept/pension exactMatch th:pensions"));
        assertFalse(links.stream().anyMatch(l -> l.startsWith("actor/")), "actors are not in the scheme: " + links);

        Cli none = link(data, tmp.resolve("x.ttl"), "--scheme", TH + "no-such-scheme");
        assertEquals(3, none.exitCode(), none.toString());
        assertTrue(none.err().contains("no concept in the scheme"), none.err());
    }

    @Test
    void anUnreachableEndpointGivesAClearMessageAndExitCode() {
        Path data = loadOurs();
        String nowhere = "http://127.0.0.1:" + Http.freePort() + "/thesaurus/sparql";
        Cli run = Cli.run("link", "--data", data.toString(), "--target", nowhere, "-o", tmp.resolve("x.ttl").toString(), "--timeout", "5");
        assertEquals(4, run.exitCode(), run.toString());
        assertTrue(run.err().contains("Cannot reach the SPARQL endpoint " + nowhere), run.err());
        assertFalse(run.err().contains("Exception:"), "one clear line, no stack trace: " + run.err());
    }
}
