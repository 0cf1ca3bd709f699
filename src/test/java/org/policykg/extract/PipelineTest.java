package org.policykg.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.document.*;
import org.policykg.extract.stages.Stage;

/** The stages' declared layers, checked when a pipeline is built, and "not run" told apart from "found nothing". */
class PipelineTest {
    @TempDir Path dir;

    private static int indexOf(List<Stage> stages, String name) {
        for (int i = 0; i < stages.size(); i++)
            if (stages.get(i).name().equals(name))
                return i;
        throw new AssertionError("no stage " + name + " in " + stages);
    }

    @Test
    void theProjectsPipelinesAreWellFormed() {
        for (String lang : Extractor.LANGUAGES) {
            Pipeline p = Pipeline.build(lang, Converters.project().stages(lang), Extractor.OUTPUT, new StageTimes());
            assertEquals(lang, p.language());
        }
    }

    @Test
    void aStageBeforeTheStageItNeedsIsRefusedWhenThePipelineIsBuilt() {
        List<Stage> stages = new ArrayList<>(Converters.project().stages("en"));
        Stage speakers = stages.remove(indexOf(stages, "speakers"));
        stages.add(indexOf(stages, "mentions"), speakers); // now before the stage that provides mentions
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> Pipeline.build("en", stages, Extractor.OUTPUT, new StageTimes()));
        assertTrue(ex.getMessage().contains("'speakers'") && ex.getMessage().contains("mentions layer"), ex.getMessage());
    }

    @Test
    void aPipelineWithoutALayerItsOutputNeedsIsRefused() {
        List<Stage> stages = new ArrayList<>(Converters.project().stages("en"));
        stages.remove(indexOf(stages, "statements"));
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> Pipeline.build("en", stages, Extractor.OUTPUT, new StageTimes()));
        assertTrue(ex.getMessage().contains("statements layer"), ex.getMessage());
    }

    @Test
    void notRunIsNotFoundNothing() throws Exception {
        Path f = Files.writeString(dir.resolve("plain.txt"), "The weather was mild on Tuesday. Nothing else happened.");
        SourceText source = new TextReader().read(f, Metadata.EMPTY);
        Document before = Document.of(source);
        assertFalse(before.has(Layer.MENTIONS));
        assertThrows(IllegalStateException.class, before::mentions);
        assertThrows(IllegalStateException.class, before::dateline);

        Document after = Converters.project().extract(source);
        for (Layer l : Extractor.OUTPUT)
            assertTrue(after.has(l), l.label());
        assertEquals(2, after.sentences().size());
        assertNull(after.dateline(), "ran, and found no dateline");
        assertTrue(after.statements().isEmpty(), "ran, and found no statements");
    }

    @Test
    void everyStageDeclaresWhatItAdds() throws Exception {
        SourceText source = new TextReader().read(Converters.seed(), Metadata.EMPTY);
        Document doc = Document.of(source);
        for (Stage s : Converters.project().stages("en")) {
            Set<Layer> before = doc.layers();
            doc = s.apply(doc);
            Set<Layer> added = new java.util.HashSet<>(doc.layers());
            added.removeAll(before);
            // a stage adds the layers it provides; one may refine a layer an earlier stage provided (names adds to the mentions)
            assertTrue(doc.layers().containsAll(s.provides()), s.name());
            Set<Layer> refined = new java.util.HashSet<>(s.provides());
            refined.removeAll(added);
            assertTrue(before.containsAll(refined), s.name());
            assertTrue(s.provides().containsAll(added), s.name());
        }
    }
}
