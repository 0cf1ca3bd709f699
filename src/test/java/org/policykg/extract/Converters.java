package org.policykg.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.policykg.document.Document;
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

    public static Document convertSeed() {
        return project().extract(new TextReader().read(seed(), Metadata.EMPTY));
    }

    static SourceText read(Path f) { return new TextReader().read(f, Metadata.EMPTY); }

    /** The project's conversion of a text under src/test/resources, as a file is read. */
    static Document convertResource(String path) {
        return project().extract(read(home().resolve("src/test/resources").resolve(path)));
    }

    /** The labels of the nodes the document's statements give the role, sorted. */
    static java.util.SortedSet<String> targets(Document doc, org.policykg.document.Role role) {
        java.util.SortedSet<String> out = new java.util.TreeSet<>();
        doc.statements().forEach(s -> s.targets(role).forEach(t -> out.add(t.label())));
        return out;
    }
}
