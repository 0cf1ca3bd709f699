package org.policykg.store;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.rdf.Vocab;

/** Graph names of files: the same for a project's file wherever the command runs, so stores and queries agree. */
class RdfFileSourceTest {
    @Test
    void aProjectFileIsNamedByItsPathInTheProjectWhateverTheWorkingFolder(@TempDir Path tmp) throws Exception {
        // the project lies outside the working folder (the test runs in the build's folder), as when `up` starts from elsewhere
        Path project = Files.createDirectories(tmp.resolve("my project"));
        Path ontology = Files.writeString(Files.createDirectories(project.resolve("ontology")).resolve("labels.ttl"), "");
        assertEquals(Vocab.GRAPH + "file/ontology/labels.ttl", RdfFileSource.graphFor(ontology, project).getURI());
        assertEquals(RdfFileSource.graphFor(ontology, project), RdfFileSource.graphFor(project.resolve("ontology/../ontology/labels.ttl"), project));
        // a file of neither the project nor the working folder keeps its whole path
        Path elsewhere = Files.writeString(tmp.resolve("elsewhere.ttl"), "");
        String name = RdfFileSource.graphFor(elsewhere, project).getURI();
        assertTrue(name.startsWith(Vocab.GRAPH + "file/") && name.endsWith("/elsewhere.ttl"), name);
        assertFalse(name.contains("my%20project"), name);
        assertTrue(name.length() > (Vocab.GRAPH + "file/elsewhere.ttl").length(), name);
        // a file of the working folder outside the project is named from the working folder, as before
        Path here = Path.of("pom.xml").toAbsolutePath();
        assertEquals(Vocab.GRAPH + "file/pom.xml", RdfFileSource.graphFor(here, project).getURI());
    }
}
