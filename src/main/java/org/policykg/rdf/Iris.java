package org.policykg.rdf;

import java.nio.file.Path;
import java.util.Locale;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.policykg.document.Metadata;
import org.policykg.document.SourceText;

/**
 * Every IRI the conversion mints, in one place. They depend only on the input (file name or identifier,
 * the words of a name, the hash of the file), so the same input gives the same IRIs on every run.
 */
public final class Iris {
    private Iris() {}

    /** The slug a document is named by: its identifier, else its file name without extension. */
    public static String slugOf(SourceText source) {
        String id = source.metadata().identifier();
        if (id != null && !id.isBlank())
            return Slugs.of(id, 80);
        String name = source.path().getFileName().toString();
        int dot = name.lastIndexOf('.');
        return Slugs.of(dot > 0 ? name.substring(0, dot) : name, 80);
    }

    public static String document(SourceText source) { return Vocab.ID + "doc/" + slugOf(source); }

    /** The named graph a document's statements go into. */
    public static Node graph(SourceText source) { return NodeFactory.createURI(Vocab.GRAPH + "doc/" + slugOf(source)); }

    /** The graph a file would be converted into, without reading it (metadata identifiers aside). */
    public static Node graphOfFile(Path file, Metadata metadata) {
        return graph(new SourceText(file, "", metadata, "", "text/plain"));
    }

    /** A stretch of the document's text as a NIF RFC 5147 string: offsets in code points. */
    public static String span(String documentIri, int beginCodePoint, int endCodePoint) {
        return documentIri + "#char=" + beginCodePoint + "," + endCodePoint;
    }

    public static String statement(String documentIri, int number) { return documentIri + "/statement/" + number; }

    /** The conversion run: the input's hash and the tool's version, so a rerun of the same tool is the same run. */
    public static String activity(String sha256, String toolVersion) {
        return Vocab.ID + "activity/convert-" + sha256.substring(0, 16) + "-" + Slugs.of(toolVersion, 80);
    }

    /** A work a document reports on, named by what identifies it (venue, year, issue, title). */
    public static String reportedWork(String key) { return Vocab.ID + "doc/" + Slugs.of(key, 100); }

    public static String issue(String key) { return Vocab.ID + "issue/" + Slugs.of(key, 80); }

    public static String periodical(String venue) { return Vocab.ID + "periodical/" + Slugs.of(venue, 80); }

    /** A person the scheme does not know, by the name the text gives. */
    public static String actor(String name) { return Vocab.ID + "actor/" + Slugs.of(name, 80); }

    /**
     * A group of bodies the scheme does not know, named by a collective head ("local governments", "civil affairs
     * departments", "the central government"): the same words mean other bodies in another country's or
     * province's text, so the node is the document's own, under its slug.
     */
    public static String groupActor(SourceText source, String name) {
        return Vocab.ID + "actor/" + slugOf(source) + "/" + Slugs.of(name, 80);
    }

    /** A post the scheme does not know, by the words of the text. */
    public static String post(String name) { return Vocab.ID + "post/" + Slugs.of(name, 80); }

    /** A node minted from the words of the text for curation: under candidate/, by its class. */
    public static String candidate(String typeIri, String label) {
        String local = typeIri.substring(typeIri.lastIndexOf('#') + 1).toLowerCase(Locale.ROOT);
        return Vocab.ID + "candidate/" + local + "/" + Slugs.of(label, 100);
    }
}
