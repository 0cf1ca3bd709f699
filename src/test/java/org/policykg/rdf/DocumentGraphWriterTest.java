package org.policykg.rdf;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.*;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.extract.Converters;
import org.policykg.document.Document;
import org.policykg.document.Metadata;
import org.policykg.document.TextReader;

class DocumentGraphWriterTest {
    @TempDir Path dir;

    static DatasetGraph write(Document doc) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        DocumentGraphWriter.write(doc, new DocumentGraphWriter.Run("test", null), StreamRDFLib.dataset(dsg));
        return dsg;
    }

    static List<QuerySolution> select(DatasetGraph dsg, String query) {
        Dataset ds = DatasetFactory.wrap(dsg);
        List<QuerySolution> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(ds).query("PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> "
                + "PREFIX sspo: <https://w3id.org/sspo#> PREFIX prov: <http://www.w3.org/ns/prov#> " + query).build()) {
            qe.execSelect().forEachRemaining(out::add);
        }
        return out;
    }

    private static final String OFFSETS = "SELECT ?s ?anchor ?sub ?b ?e WHERE { GRAPH ?g { ?s a nif:Sentence ; nif:anchorOf ?anchor ; "
            + "nif:beginIndex ?b ; nif:endIndex ?e ; nif:referenceContext ?c . ?c nif:isString ?text } "
            + "BIND(SUBSTR(?text, ?b + 1, ?e - ?b) AS ?sub) } ORDER BY ?b";

    @Test
    void offsetsAreCodePointsThatSparqlSubstrReproduces() throws Exception {
        // BOM, CRLF, curly quotes, NBSP, a character outside the BMP, and a quoted title with a full stop
        String text = "\uFEFFXinhua News Agency, Beijing, May 2.\r\nThe report \u201Cemphasizes\u201D\u00A0that it is necessary to "
                + "improve pensions \uD835\uDD18 now.\r\n\r\nThe 3rd issue of \u201CSeeking Truth\u201D will publish an article by Xi Jinping, "
                + "General Secretary of the CPC Central Committee, \u201COn pensions. A study\u201D.\r\n\r\n\u00A0It is necessary to speed up "
                + "national pooling.\u00A0\r\n";
        Path f = Files.write(dir.resolve("offsets.txt"), text.getBytes(StandardCharsets.UTF_8));
        Document doc = Converters.project().extract(new TextReader().read(f, Metadata.EMPTY));
        DatasetGraph dsg = write(doc);
        List<QuerySolution> rows = select(dsg, OFFSETS);
        List<String> anchors = rows.stream().map(r -> r.getLiteral("anchor").getString()).toList();
        assertEquals(List.of("Xinhua News Agency, Beijing, May 2.",
                "The report \u201Cemphasizes\u201D\u00A0that it is necessary to improve pensions \uD835\uDD18 now.",
                "The 3rd issue of \u201CSeeking Truth\u201D will publish an article by Xi Jinping, General Secretary of the CPC Central Committee, \u201COn pensions. A study\u201D.",
                "It is necessary to speed up national pooling."), anchors);
        for (QuerySolution r : rows)
            assertEquals(r.getLiteral("anchor").getString(), r.getLiteral("sub").getString());
        // the last sentence starts after the astral character: code points, not UTF-16 units
        String plain = text.substring(1);
        int chars = plain.indexOf("It is necessary to speed up");
        assertEquals(plain.codePointCount(0, chars), rows.get(3).getLiteral("b").getInt());
        assertEquals(chars - 1, rows.get(3).getLiteral("b").getInt());
    }

    @Test
    void htmlPagesAreReadAsTheirTextWithExactOffsets() throws Exception {
        Path f = Files.writeString(dir.resolve("page.html"), "<html><head><title>Pensions</title><style>p{}</style></head><body>"
                + "<h1>Pension reform</h1><p>It is <em>necessary</em> to speed up the national pooling of basic old-age insurance.</p>"
                + "<p>The State Council &amp; local governments must raise the statutory retirement age.</p></body></html>");
        Document doc = Converters.project().extract(new TextReader().read(f, Metadata.EMPTY));
        List<QuerySolution> rows = select(write(doc), OFFSETS);
        assertEquals(List.of("Pension reform", "It is necessary to speed up the national pooling of basic old-age insurance.",
                "The State Council & local governments must raise the statutory retirement age."),
                rows.stream().map(r -> r.getLiteral("anchor").getString()).toList());
        for (QuerySolution r : rows)
            assertEquals(r.getLiteral("anchor").getString(), r.getLiteral("sub").getString());
        assertEquals(2, doc.statements().size());
    }

    @Test
    void theSeedsSentencesAllReproduce() {
        DatasetGraph dsg = write(Converters.convertSeed());
        List<QuerySolution> rows = select(dsg, OFFSETS);
        assertEquals(23, rows.size());
        for (QuerySolution r : rows)
            assertEquals(r.getLiteral("anchor").getString(), r.getLiteral("sub").getString());
    }

    @Test
    void mentionsAreNifPhrasesLinkedToTheirConcepts() {
        DatasetGraph dsg = write(Converters.convertSeed());
        List<QuerySolution> rows = select(dsg, "SELECT ?anchor ?sub ?concept WHERE { GRAPH ?g { ?p a nif:Phrase ; nif:anchorOf ?anchor ; "
                + "nif:beginIndex ?b ; nif:endIndex ?e ; nif:referenceContext/nif:isString ?text ; "
                + "<http://www.w3.org/2005/11/its/rdf#taIdentRef> ?concept } BIND(SUBSTR(?text, ?b + 1, ?e - ?b) AS ?sub) }");
        assertTrue(rows.size() > 40, "phrases: " + rows.size());
        for (QuerySolution r : rows)
            assertEquals(r.getLiteral("anchor").getString(), r.getLiteral("sub").getString());
        assertTrue(rows.stream().anyMatch(r -> r.getLiteral("anchor").getString().equals("delaying the legal retirement age")
                && r.getResource("concept").getURI().endsWith("/concept/delaying-statutory-retirement-age")));
    }

    @Test
    void candidatesPointAtTheWordsTheyWereMintedFrom() throws Exception {
        Path f = Files.writeString(dir.resolve("candidate.txt"),
                "It is necessary to establish a special negotiation channel for innovative drugs within two years.");
        DatasetGraph dsg = write(Converters.project().extract(new TextReader().read(f, Metadata.EMPTY)));
        List<QuerySolution> rows = select(dsg, "SELECT ?anchor ?sub ?label WHERE { GRAPH ?g { ?p a nif:Phrase ; nif:anchorOf ?anchor ; "
                + "nif:beginIndex ?b ; nif:endIndex ?e ; nif:referenceContext/nif:isString ?text ; "
                + "<http://www.w3.org/2005/11/its/rdf#taIdentRef> ?c . ?c <https://w3id.org/sspo#candidate> true ; "
                + "<http://www.w3.org/2000/01/rdf-schema#label> ?label } BIND(SUBSTR(?text, ?b + 1, ?e - ?b) AS ?sub) }");
        assertFalse(rows.isEmpty(), "a candidate with its phrase");
        for (QuerySolution r : rows) {
            assertEquals(r.getLiteral("anchor").getString(), r.getLiteral("sub").getString());
            assertEquals(r.getLiteral("label").getString(), r.getLiteral("anchor").getString());
        }
    }

    @Test
    void nothingReferenceableIsABlankNode() {
        DatasetGraph dsg = write(Converters.convertSeed());
        dsg.find().forEachRemaining(q -> {
            assertFalse(q.getSubject().isBlank(), q.toString());
            assertFalse(q.getObject().isBlank(), q.toString());
        });
        assertEquals(1, (int) java.util.stream.StreamSupport.stream(
                java.util.Spliterators.spliteratorUnknownSize(dsg.listGraphNodes(), 0), false).count());
    }

    @Test
    void theSeedsGraphConformsToTheShapes() {
        DatasetGraph dsg = write(Converters.convertSeed());
        Graph all = GraphFactory.createDefaultGraph();
        dsg.find().forEachRemaining(q -> all.add(q.asTriple()));
        ShapeValidator.Report report = ShapeValidator.forOntology(Converters.home().resolve("ontology")).validate(all);
        assertTrue(report.conforms(), report.describe());
    }

    @Test
    void reportedSpeechIsStatedInTheReportedWorkAndAttributedToItsAuthor() {
        DatasetGraph dsg = write(Converters.convertSeed());
        List<QuerySolution> rows = select(dsg, "SELECT ?by (COUNT(?s) AS ?n) WHERE { GRAPH ?g { ?report sspo:reportsOn ?work . "
                + "?s sspo:statedIn ?work ; prov:wasAttributedTo ?by } } GROUP BY ?by");
        assertEquals(1, rows.size());
        assertEquals("https://w3id.org/sspo/id/actor/xi-jinping", rows.get(0).getResource("by").getURI());
        assertTrue(rows.get(0).getLiteral("n").getInt() >= 10);
    }

    /**
     * sspo:inDocument is a shortcut the queries take instead of statement -> sentence -> context -> document:
     * on real texts (the seed, whose statements mostly relay the work it reports on, an English and a Chinese
     * dev text) every statement has exactly one, and it is the document whose text holds its sentence.
     */
    @Test
    void everyStatementNamesTheDocumentItsSentenceComesFrom() {
        Path home = Converters.home();
        for (Path text : List.of(Converters.seed(),
                home.resolve("corpus/dev/wire-report-private-pension-nationwide-2024.txt"),
                home.resolve("corpus/dev/simplified-chinese-xinhua-yanglao-quanguo-tongchou.txt"))) {
            DatasetGraph dsg = write(Converters.project().extract(new TextReader().read(text, Metadata.EMPTY)));
            QuerySolution counts = select(dsg, """
                    SELECT (COUNT(DISTINCT ?st) AS ?statements) (COUNT(DISTINCT ?agree) AS ?agreeing) (COUNT(?doc) AS ?links)
                    WHERE { GRAPH ?g { ?st a sspo:Statement .
                        OPTIONAL { ?st sspo:inDocument ?doc }
                        OPTIONAL { ?st sspo:inDocument ?d ; prov:wasDerivedFrom/nif:referenceContext/nif:sourceUrl ?d . BIND(?st AS ?agree) } } }
                    """).get(0);
            int statements = counts.getLiteral("statements").getInt();
            assertTrue(statements > 0, text + ": no statements");
            assertEquals(statements, counts.getLiteral("links").getInt(), text + ": a statement without, or with two, sspo:inDocument");
            assertEquals(statements, counts.getLiteral("agreeing").getInt(), text + ": sspo:inDocument is not the document of the sentence");
        }
        // the seed relays a work it reports on: there the two properties differ, and inDocument is the report
        DatasetGraph seed = write(Converters.convertSeed());
        assertFalse(select(seed, "SELECT * WHERE { GRAPH ?g { ?st sspo:inDocument ?d ; sspo:statedIn ?w . ?d sspo:reportsOn ?w } }").isEmpty());
    }
}
