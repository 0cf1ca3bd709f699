package org.policykg.store;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;

import org.apache.jena.assembler.AssemblerHelp;
import org.apache.jena.assembler.JA;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;

/**
 * The assembler vocabulary's closure the build puts in the jar is the one Jena computes, so that a configuration
 * expanded with it is exactly what Jena's own assemblers would have read.
 */
class AssemblerSchemaTest {
    @Test
    void theBuildsClosureIsJenasOwn() {
        assertNotNull(AssemblerSchema.class.getResource(AssemblerSchema.RESOURCE), "the build wrote " + AssemblerSchema.RESOURCE);
        Model read = AssemblerSchema.closure();
        assertTrue(read.isIsomorphicWith(JA.getSchema()), "the closure in the jar differs from Jena's: rebuild");
    }

    @Test
    void theProjectsConfigurationExpandsAsJenaExpandsIt() {
        Model config = RDFDataMgr.loadModel(Path.of(System.getProperty("policykg.home", ".")).resolve("fuseki-config.ttl").toString());
        Model ours = AssemblerSchema.fullModel(config);
        Model jenas = AssemblerHelp.fullModel(config);
        assertTrue(ours.isIsomorphicWith(jenas));
        assertTrue(ours.size() > config.size(), "the expansion adds what the vocabulary implies");
        assertSame(ours, AssemblerSchema.fullModel(ours), "an expanded model is taken as it is");
    }
}
