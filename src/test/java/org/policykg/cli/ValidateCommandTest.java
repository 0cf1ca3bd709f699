package org.policykg.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code policykg validate} through the real entry point: exit 0 when the data conforms, 5 when not, 3 for bad input. */
class ValidateCommandTest {
    static final String PREFIXES = """
            PREFIX sspo:    <https://w3id.org/sspo#>
            PREFIX prov:    <http://www.w3.org/ns/prov#>
            PREFIX nif:     <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX xsd:     <http://www.w3.org/2001/XMLSchema#>
            PREFIX concept: <https://w3id.org/sspo/id/concept/>
            PREFIX actor:   <https://w3id.org/sspo/id/actor/>
            PREFIX doc:     <https://w3id.org/sspo/id/doc/>
            """;
    static final String VALID = PREFIXES + """
            doc:v a sspo:NewsReport ; dcterms:identifier "xinhua-2022-04-15" .
            doc:v-s1 a nif:Sentence ; nif:beginIndex 0 ; nif:endIndex 20 ; nif:anchorOf "Common prosperity..." .
            doc:v-st1 a sspo:Statement ; sspo:statedIn doc:v ; prov:wasDerivedFrom doc:v-s1 ;
                sspo:setsGoal concept:common-prosperity ; sspo:responsibleActor actor:xi-jinping .
            """;
    /** The statement names no document and the sentence has no text. */
    static final String INVALID = PREFIXES + """
            doc:w-s1 a nif:Sentence ; nif:beginIndex 3 ; nif:endIndex 20 .
            doc:w-st1 a sspo:Statement ; prov:wasDerivedFrom doc:w-s1 .
            """;

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Path write(Path dir, String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void conformingFilesExitZero(@TempDir Path dir) throws Exception {
        Run r = run("validate", write(dir, "valid.ttl", VALID).toString());
        assertEquals(ExitCode.OK, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("Conforms to the shapes"), r.out());
    }

    @Test
    void violationsAreListedAndExitFive(@TempDir Path dir) throws Exception {
        Run r = run("validate", write(dir, "valid.ttl", VALID).toString(), write(dir, "invalid.ttl", INVALID).toString());
        assertEquals(ExitCode.INVALID, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("Does not conform to the shapes: 2 violations"), r.out());
        assertTrue(r.out().contains("does not say which document it was made in"), r.out());
        assertTrue(r.out().contains("does not carry its text"), r.out());
        assertTrue(r.out().contains("doc/w-st1"), r.out());
    }

    @Test
    void theProjectOntologyConforms() {
        Path ontology = Home.path().resolve("ontology");
        Run r = run("validate", ontology.resolve("sspo.ttl").toString(), ontology.resolve("concepts.ttl").toString(),
                ontology.resolve("alignments.ttl").toString());
        assertEquals(ExitCode.OK, r.code(), r.out() + r.err());
    }

    @Test
    void unreadableInputExitsThree(@TempDir Path dir) throws Exception {
        Run missing = run("validate", dir.resolve("nothing-here.ttl").toString());
        assertEquals(ExitCode.INPUT, missing.code(), missing.err());
        assertTrue(missing.err().contains("nothing-here.ttl"), missing.err());

        Run broken = run("validate", write(dir, "broken.ttl", PREFIXES + "doc:x a .\n").toString());
        assertEquals(ExitCode.INPUT, broken.code(), broken.err());
        assertTrue(broken.err().contains("broken.ttl:"), broken.err());

        Run noStore = run("validate", "--data", dir.resolve("no-store-here").toString());
        assertEquals(ExitCode.INPUT, noStore.code(), noStore.err());
        assertTrue(noStore.err().contains("there is no store"), noStore.err());
        assertFalse(Files.exists(dir.resolve("no-store-here/tdb2")), "validate must not create a store");

        Run noShapes = run("validate", "--ontology", dir.toString(), write(dir, "v.ttl", VALID).toString());
        assertEquals(ExitCode.INPUT, noShapes.code(), noShapes.err());
        assertTrue(noShapes.err().contains("shapes.ttl"), noShapes.err());
    }

    @Test
    void filesOrStoreButNotBothNorNeither(@TempDir Path dir) throws Exception {
        assertEquals(ExitCode.USAGE, run("validate").code());
        assertEquals(ExitCode.USAGE, run("validate", "--data", dir.resolve("store").toString(), write(dir, "v.ttl", VALID).toString()).code());
    }

    @Test
    void theStoreIsValidatedAsAWhole(@TempDir Path dir) throws Exception {
        String store = dir.resolve("store").toString();
        Run load = run("load", "--data", store, write(dir, "valid.ttl", VALID).toString());
        assertEquals(ExitCode.OK, load.code(), load.out() + load.err());
        Run ok = run("validate", "--data", store);
        assertEquals(ExitCode.OK, ok.code(), ok.out() + ok.err());

        Run loadBad = run("load", "--data", store, write(dir, "invalid.ttl", INVALID).toString());
        assertEquals(ExitCode.OK, loadBad.code(), loadBad.out() + loadBad.err());
        Run bad = run("validate", "--data", store);
        assertEquals(ExitCode.INVALID, bad.code(), bad.out() + bad.err());
        assertTrue(bad.out().contains("does not say which document it was made in"), bad.out());
    }
}
