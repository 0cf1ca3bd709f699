package org.policykg.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import org.policykg.testing.Cli;
import org.policykg.testing.Project;

/**
 * The extractor may not quietly lose ground: {@code eval} on the held-out test split and on the seed must
 * stay above the floors in {@code corpus/}, which are set just below the figures of the day and rise as the
 * extractor improves. A failure names each figure under its floor.
 */
class CorpusFloorsTest {
    @Test
    void theTestSplitStaysAboveItsFloors() {
        assertFloorsMet("corpus/test", "corpus/floors.json", 15);
    }

    @Test
    void theSeedStaysAboveItsFloors() {
        assertFloorsMet("seeds", "corpus/seed-floors.json", 1);
    }

    private static void assertFloorsMet(String gold, String floors, int atLeastDocuments) {
        assertTrue(Files.isDirectory(Project.file(gold)), gold);
        Cli r = Cli.run("eval", "--gold", Project.file(gold).toString(), "--floors", Project.file(floors).toString(),
                "--format", "json");
        assertEquals(0, r.exitCode(), "eval on " + gold + " is under its floors:\n" + r.err());
        long scored = org.apache.jena.atlas.json.JSON.parse(r.out()).getArray("documents").count();
        assertTrue(scored >= atLeastDocuments, "only " + scored + " document(s) scored in " + gold);
    }
}
