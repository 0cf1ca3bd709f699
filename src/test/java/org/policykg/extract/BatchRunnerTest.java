package org.policykg.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.document.Metadata;
import org.policykg.error.UserError;
import org.policykg.rdf.DocumentGraphWriter;
import org.policykg.rdf.Iris;

/** The batch runner on real texts: documents reach the sink whole and in input order, failures are told apart. */
class BatchRunnerTest {
    @TempDir Path dir;

    /** Records the graph of every quad between each start() and finish(). */
    static final class Recorder extends StreamRDFBase {
        final List<List<Node>> documents = new ArrayList<>();
        List<Node> open;

        @Override public void start() {
            assertNull(open, "a document started inside another");
            open = new ArrayList<>();
        }

        @Override public void quad(Quad q) {
            assertNotNull(open, "a quad outside a document");
            open.add(q.getGraph());
        }

        @Override public void finish() {
            documents.add(open);
            open = null;
        }
    }

    @Test
    void documentsArriveWholeInInputOrderAndFailuresAreReported() throws Exception {
        List<Path> files = new ArrayList<>();
        String[] sentences = {"It is necessary to improve the social security system.", "We must promote common prosperity.",
                "Party committees and governments at all levels must raise the statutory retirement age."};
        for (int i = 0; i < 9; i++)
            files.add(Files.writeString(dir.resolve("doc" + i + ".txt"), sentences[i % 3] + " " + "It is mild today. ".repeat(i * 40)));
        Path empty = Files.writeString(dir.resolve("empty.txt"), "  \n");
        files.add(4, empty);

        BatchRunner runner = BatchRunner.forOntology(Converters.home().resolve("ontology"), new DocumentGraphWriter.Run("test", null), 3,
                Duration.ofMinutes(2));
        Recorder sink = new Recorder();
        List<BatchRunner.Outcome> outcomes = runner.run(files, Metadata.EMPTY, sink);

        assertEquals(files, outcomes.stream().map(BatchRunner.Outcome::file).toList());
        BatchRunner.Outcome bad = outcomes.get(4);
        assertFalse(bad.ok());
        assertEquals(UserError.Kind.INPUT, bad.error().kind());
        assertTrue(bad.error().getMessage().startsWith(empty.toString()), bad.error().getMessage());

        List<Path> good = files.stream().filter(f -> !f.equals(empty)).toList();
        assertEquals(good.size(), sink.documents.size());
        for (int i = 0; i < good.size(); i++) {
            Node expected = Conversion.graphOf(good.get(i));
            assertEquals(List.of(expected), sink.documents.get(i).stream().distinct().toList(), "document " + i + " whole, in its own graph");
        }
        assertTrue(outcomes.stream().filter(BatchRunner.Outcome::ok).allMatch(o -> o.quads() > 20 && o.sentences() >= 1));
        assertTrue(runner.conversion().times().snapshot().keySet().containsAll(List.of("read", "sentences", "statements", "write", "check")),
                runner.conversion().times().snapshot().toString());
    }

    @Test
    void intoAnInMemoryDatasetAsTheDocsShow() throws Exception {
        Path f = Converters.seed();
        BatchRunner runner = BatchRunner.forOntology(Converters.home().resolve("ontology"), new DocumentGraphWriter.Run("test", null), 2,
                Duration.ofMinutes(2));
        DatasetGraph dsg = DatasetGraphFactory.create();
        List<BatchRunner.Outcome> outcomes = runner.run(List.of(f), Metadata.EMPTY, StreamRDFLib.dataset(dsg));
        assertTrue(outcomes.get(0).ok());
        Node graph = Iris.graphOfFile(f, Metadata.readSidecar(f));
        assertEquals(outcomes.get(0).quads(), dsg.getGraph(graph).size(), "every quad emitted once, all in the document's graph");
        assertEquals("https://w3id.org/sspo#", dsg.prefixes().get("sspo"), "the writer's prefixes come along");
    }
}
