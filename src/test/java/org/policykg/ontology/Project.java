package org.policykg.ontology;

import java.nio.file.Path;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;

/** Where the project's files are in tests (surefire sets policykg.home to the project folder). */
final class Project {
    private Project() {}

    static Path home() {
        String home = System.getProperty("policykg.home");
        return (home == null ? Path.of("") : Path.of(home)).toAbsolutePath().normalize();
    }

    static Path ontology() { return home().resolve("ontology"); }

    static Model load(String file) { return RDFDataMgr.loadModel(ontology().resolve(file).toString()); }
}
