package org.policykg.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.policykg.document.Document;
import org.policykg.document.Metadata;
import org.policykg.document.SourceText;
import org.policykg.document.TextReader;
import org.policykg.error.UserError;
import org.policykg.rdf.DocumentGraphWriter;
import org.policykg.rdf.Iris;

/**
 * One text file into its document graph: read ({@link TextReader}), extract ({@link Extractor}'s
 * pipelines), write ({@link DocumentGraphWriter}) into a {@link StreamRDF}. Thread-safe: one instance
 * serves every worker of a {@link BatchRunner}. Times each step into {@link #times()}.
 */
public final class Conversion {
    private final TextReader reader;
    private final Extractor extractor;
    private final DocumentGraphWriter.Run run;

    public Conversion(TextReader reader, Extractor extractor, DocumentGraphWriter.Run run) {
        this.reader = reader;
        this.extractor = extractor;
        this.run = run;
    }

    /**
     * The conversion with an ontology folder's lexicon and concept scheme, its English pipeline built and
     * checked now (a broken lexicon or stage list is an error before any file is read).
     *
     * @throws UserError (ENVIRONMENT) when the lexicon is missing or unreadable
     */
    public static Conversion forOntology(Path ontologyDir, TextReader reader, DocumentGraphWriter.Run run) {
        return forOntology(ontologyDir, reader, run, loaded -> { });
    }

    /**
     * As above, calling {@code loaded} (on this thread) with the conversion once its lexicon and concept scheme are
     * read, before its English pipeline is built and checked: another thread may start from the scheme meanwhile.
     */
    public static Conversion forOntology(Path ontologyDir, TextReader reader, DocumentGraphWriter.Run run, java.util.function.Consumer<Conversion> loaded) {
        Path lexicon = ontologyDir.resolve("lexicon.ttl");
        if (!Files.isRegularFile(lexicon))
            throw UserError.environment("the cue lexicon " + lexicon + " is missing; run policykg from a complete project folder");
        try {
            Extractor extractor = Extractor.load(lexicon, schemeFiles(ontologyDir));
            Conversion conversion = new Conversion(reader, extractor, run);
            loaded.accept(conversion);
            extractor.prepare("en");
            return conversion;
        } catch (org.apache.jena.riot.RiotException | IllegalArgumentException ex) {
            throw UserError.environment("the lexicon, the concept scheme or the phrase-role model in " + ontologyDir + " cannot be read: " + ex.getMessage(), ex);
        }
    }

    /** A copy of the concept scheme this conversion's extractor read from {@code files}, or null when it was not read from exactly those files. */
    public org.apache.jena.graph.Graph schemeReadFrom(List<Path> files) { return extractor.schemeReadFrom(files); }

    /** The curator's decisions ({@code curated.ttl}, when it exists) beside the hand-written scheme. */
    public static final String CURATED_FILE = "curated.ttl";

    /** The files the concept scheme is read from: the hand-written scheme and the curation decisions (those that exist). */
    public static List<Path> schemeFiles(Path ontologyDir) {
        return List.of(ontologyDir.resolve("concepts.ttl"), ontologyDir.resolve(CURATED_FILE));
    }

    /** Time per step (read, each stage, write) so far. */
    public StageTimes times() { return extractor.times(); }

    /**
     * Reads, extracts and emits one file's graph into {@code out} (one start()/finish()).
     *
     * @param options metadata that overrides the file's sidecar ({@link Metadata#EMPTY} for none)
     * @throws UserError (INPUT) for a file that cannot be read as text
     * @throws java.util.concurrent.CancellationException when the thread is interrupted
     */
    public Document convert(Path file, Metadata options, StreamRDF out) {
        long t0 = System.nanoTime();
        SourceText source = reader.read(file, options);
        long t1 = System.nanoTime();
        times().add("read", t1 - t0);
        Document doc = extractor.extract(source);
        long t2 = System.nanoTime();
        DocumentGraphWriter.write(doc, run, out);
        times().add("write", System.nanoTime() - t2);
        return doc;
    }

    /** The graph a file's document goes into (by its sidecar's identifier, else its name), without converting it. */
    public static Node graphOf(Path file) { return Iris.graphOfFile(file, Metadata.readSidecar(file)); }

    /** The text files under the given paths (folders walked, sorted; sidecars and other files left out). */
    public static List<Path> textFiles(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.exists(input))
                throw UserError.input(input + ": no such file or folder");
            if (Files.isDirectory(input)) {
                try (Stream<Path> s = Files.walk(input)) {
                    s.filter(Files::isRegularFile).filter(TextReader::isText).sorted().forEach(files::add);
                } catch (IOException ex) {
                    throw UserError.input(input + ": cannot read the folder: " + ex.getMessage(), ex);
                }
            } else if (TextReader.isText(input)) {
                files.add(input);
            } else {
                throw UserError.input(input + ": not a text file policykg converts (use .txt, .md or .html)");
            }
        }
        return files;
    }
}
