package org.policykg.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;

import org.policykg.document.Document;
import org.policykg.document.Link;
import org.policykg.document.Statement;
import org.policykg.document.Metadata;
import org.policykg.document.SourceText;
import org.policykg.document.TextReader;

/** The project's real converter (lexicon and concept scheme from ontology/), shared by the tests. */
public final class Converters {
    private Converters() {}

    public static Path home() {
        return Path.of(System.getProperty("policykg.home", "")).toAbsolutePath();
    }

    private static Extractor converter;

    public static synchronized Extractor project() {
        if (converter == null) {
            Path ontology = home().resolve("ontology");
            converter = Extractor.load(ontology.resolve("lexicon.ttl"), List.of(ontology.resolve("concepts.ttl")));
        }
        return converter;
    }

    public static Path seed() { return home().resolve("seeds/xinhua-qiushi-social-security.txt"); }

    /** Converts a text written in a test, as a file in {@code dir}. */
    public static Document convert(Path dir, String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return project().extract(new TextReader().read(f, Metadata.EMPTY));
    }

    /**
     * Converts a text written in a test as written and then all in lower case, as a scraper leaves it (issue 14: lower
     * case is normal case), as files {@code name} and {@code lower-name} in {@code dir}: the two documents, in that order.
     */
    public static List<Document> convertInBothCases(Path dir, String name, String text) throws Exception {
        return List.of(convert(dir, name, text), convert(dir, "lower-" + name, text.toLowerCase(java.util.Locale.ROOT)));
    }

    public static Document convertSeed() {
        return project().extract(new TextReader().read(seed(), Metadata.EMPTY));
    }

    static SourceText read(Path f) { return new TextReader().read(f, Metadata.EMPTY); }

    /** The project's conversion of a text under src/test/resources, as a file is read. */
    static Document convertResource(String path) {
        return project().extract(read(home().resolve("src/test/resources").resolve(path)));
    }

    /** "ROLE label" of every link of the statements whose sentence opens with {@code opening}. */
    static java.util.List<String> rolesIn(Document doc, String opening) {
        return doc.statements().stream().filter(s -> s.sentence().span().of(doc.text()).startsWith(opening))
                .flatMap(s -> s.links().stream().map(l -> l.role() + " " + l.target().label())).toList();
    }

    /** The labels of the nodes the document's statements give the role, sorted. */
    static java.util.SortedSet<String> targets(Document doc, org.policykg.document.Role role) {
        java.util.SortedSet<String> out = new java.util.TreeSet<>();
        doc.statements().forEach(s -> s.targets(role).forEach(t -> out.add(t.label())));
        return out;
    }

    /** A folder tmp/ontology with the project's lexicon and concept scheme alone: no trained model (a test writes its own). */
    static Path copyOntology(Path tmp) throws java.io.IOException {
        Path ontology = Files.createDirectories(tmp.resolve("ontology"));
        for (String f : List.of("lexicon.ttl", "concepts.ttl"))
            Files.copy(home().resolve("ontology").resolve(f), ontology.resolve(f));
        return ontology;
    }

    /** The links of a document's statements, each as "role IRI evidence". */
    static Set<String> linkKeys(Document doc) {
        Set<String> out = new HashSet<>();
        for (Statement s : doc.statements())
            for (Link l : s.links())
                out.add(key(l));
        return out;
    }

    /** The links of {@code with} that {@code without} did not make (what a stage or a model added). */
    static List<Link> addedLinks(Document with, Document without) {
        Set<String> before = linkKeys(without);
        List<Link> out = new ArrayList<>();
        for (Statement s : with.statements())
            for (Link l : s.links())
                if (!before.contains(key(l)))
                    out.add(l);
        return out;
    }

    private static String key(Link l) { return l.role() + " " + l.target().iri() + " " + l.evidence(); }
}
