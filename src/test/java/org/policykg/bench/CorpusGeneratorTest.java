package org.policykg.bench;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.testing.Cli;
import org.policykg.testing.Project;

class CorpusGeneratorTest {
    @TempDir Path dir;

    @Test
    void everyGeneratedArticleConvertsAndConformsToTheShapes() throws Exception {
        List<Path> files = CorpusGenerator.forProject(Project.home(), CorpusGenerator.DEFAULT_SEED).ensure(dir.resolve("corpus"), 60);
        assertEquals(60, files.size());
        for (Path f : files) {
            assertTrue(Files.isRegularFile(f), f.toString());
            assertTrue(Files.isRegularFile(f.resolveSibling(f.getFileName().toString().replace(".txt", ".meta.json"))), "sidecar of " + f);
        }
        // convert checks each document against the SHACL shapes and writes nothing if one fails
        Path out = dir.resolve("corpus.nq");
        Cli convert = Cli.run("convert", "--format", "nq", "-o", out.toString(), dir.resolve("corpus").toString());
        assertEquals(0, convert.exitCode(), convert.toString());
        Cli validate = Cli.run("validate", out.toString());
        assertEquals(0, validate.exitCode(), validate.toString());

        Dataset ds = RDFDataMgr.loadDataset(out.toString());
        try (QueryExecution qe = QueryExecution.dataset(ds).query("""
                PREFIX sspo: <https://w3id.org/sspo#>
                SELECT (COUNT(DISTINCT ?g) AS ?docs) (COUNT(DISTINCT ?s) AS ?statements) (COUNT(DISTINCT ?r) AS ?reports)
                WHERE { GRAPH ?g { { ?s sspo:statedIn ?x } UNION { ?d sspo:reportsOn ?r } } }
                """).build()) {
            var row = qe.execSelect().next();
            assertEquals(60, row.getLiteral("docs").getInt());
            // the extractor has real work: several statements per article, and reported works
            assertTrue(row.getLiteral("statements").getInt() > 5 * 60, "statements: " + row);
            assertTrue(row.getLiteral("reports").getInt() > 0, "reported works: " + row);
        }
    }

    @Test
    void theCorpusIsDeterministicAndAnArticleDoesNotDependOnTheCorpusSize() throws Exception {
        CorpusGenerator gen = CorpusGenerator.forProject(Project.home(), CorpusGenerator.DEFAULT_SEED);
        List<Path> small = gen.ensure(dir.resolve("a"), 5);
        List<Path> large = CorpusGenerator.forProject(Project.home(), CorpusGenerator.DEFAULT_SEED).ensure(dir.resolve("b"), 12);
        for (int i = 0; i < 5; i++)
            assertEquals(Files.readString(small.get(i)), Files.readString(large.get(i)), "article " + i);
        CorpusGenerator other = CorpusGenerator.forProject(Project.home(), CorpusGenerator.DEFAULT_SEED + 1);
        assertNotEquals(gen.article(3).text(), other.article(3).text(), "another seed, another corpus");
        assertNotEquals(gen.article(3).text(), gen.article(4).text());
    }

    @Test
    void aCompleteCorpusIsReusedAndAnIncompleteOneMadeAgain() throws Exception {
        CorpusGenerator gen = CorpusGenerator.forProject(Project.home(), CorpusGenerator.DEFAULT_SEED);
        Path corpus = dir.resolve("c");
        List<Path> files = gen.ensure(corpus, 4);
        Path marker = files.get(0).resolveSibling("left-alone.txt");
        Files.writeString(marker, "kept while the corpus is reused");
        gen.ensure(corpus, 4);
        assertTrue(Files.exists(marker), "a complete corpus is reused as it is");
        Files.delete(corpus.resolve("corpus.json"));
        gen.ensure(corpus, 4);
        assertFalse(Files.exists(marker), "a corpus without its stamp is made again");
        assertTrue(Files.exists(corpus.resolve("corpus.json")));
    }
}
