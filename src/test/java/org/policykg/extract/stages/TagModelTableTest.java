package org.policykg.extract.stages;

import static org.junit.jupiter.api.Assertions.*;

import java.io.InputStream;
import java.util.Arrays;
import java.util.Map;

import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Test;

/**
 * The build's table of the part-of-speech model ({@link TagModelTable}, made by Maven at process-classes) is that model:
 * the same tags, features and parameters as OpenNLP's own reader gives, and the same tags on a sentence; a table made
 * from another model resource is not used.
 */
class TagModelTableTest {
    private static POSModel openNlp() throws Exception {
        try (InputStream in = TagModelTable.class.getResourceAsStream(OpenNlp.TAG_MODEL)) {
            return new POSModel(in);
        }
    }

    private static byte[] buildTable() throws Exception {
        try (InputStream in = TagModelTable.class.getResourceAsStream(TagModelTable.RESOURCE)) {
            assertNotNull(in, "the build made no " + TagModelTable.RESOURCE + " (exec-maven-plugin, process-classes)");
            return in.readAllBytes();
        }
    }

    @Test
    void theBuildsTableHoldsTheModelsEveryParameter() throws Exception {
        POSModel table = TagModelTable.read(buildTable(), OpenNlp.TAG_MODEL);
        assertNotNull(table);
        GISModel mine = (GISModel) table.getArtifact("pos.model"), theirs = (GISModel) openNlp().getArtifact("pos.model");
        Object[] a = mine.getDataStructures(), b = theirs.getDataStructures();
        assertArrayEquals((String[]) b[2], (String[]) a[2], "outcomes");
        @SuppressWarnings("unchecked") Map<String, Context> pa = (Map<String, Context>) a[1], pb = (Map<String, Context>) b[1];
        assertEquals(pb.keySet(), pa.keySet());
        for (Map.Entry<String, Context> e : pb.entrySet()) {
            Context c = pa.get(e.getKey());
            assertArrayEquals(e.getValue().getOutcomes(), c.getOutcomes(), e.getKey());
            assertArrayEquals(e.getValue().getParameters(), c.getParameters(), 0.0, e.getKey());
        }
        assertEquals(openNlp().getLanguage(), table.getLanguage());
        String[] words = "The provincial bureau will raise the monthly care allowance to 300 yuan from July .".split(" ");
        assertEquals(Arrays.asList(new POSTaggerME(openNlp(), POSTagFormat.UD).tag(words)),
                Arrays.asList(new POSTaggerME(table, POSTagFormat.UD).tag(words)));
    }

    @Test
    void aTableOfAnotherModelResourceIsNotUsed() throws Exception {
        assertNull(TagModelTable.read(buildTable(), "/opennlp-en-ud-ewt-pos-1.4-2.6.0.bin"));
    }

    @Test
    void aTableCutShortIsNotReadAsAModel() throws Exception {
        byte[] table = buildTable();
        assertThrows(java.nio.BufferUnderflowException.class,
                () -> TagModelTable.read(Arrays.copyOf(table, table.length - 8), OpenNlp.TAG_MODEL));
    }
}
