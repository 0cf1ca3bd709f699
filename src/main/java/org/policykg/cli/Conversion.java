package org.policykg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.riot.system.StreamRDF;
import org.policykg.extract.Extractor;
import org.policykg.error.UserError;
import org.policykg.document.Document;
import org.policykg.document.Metadata;
import org.policykg.document.TextReader;
import org.policykg.rdf.DocumentGraphWriter;

/** Wires the stages together: read a text file, convert it, write its graph. One instance serves many threads. */
final class Conversion {
    private final TextReader reader;
    private final Extractor converter;
    private final DocumentGraphWriter.Run run;

    Conversion(TextReader reader, Extractor converter, DocumentGraphWriter.Run run) {
        this.reader = reader;
        this.converter = converter;
        this.run = run;
    }

    /** The converter with the project's lexicon and concept scheme. */
    static Conversion standard(TextReader reader, DocumentGraphWriter.Run run) {
        Path ontology = Home.path().resolve("ontology");
        Path lexicon = ontology.resolve("lexicon.ttl");
        if (!Files.isRegularFile(lexicon))
            throw new UserError(UserError.Kind.ENVIRONMENT,
                    "the cue lexicon " + lexicon + " is missing; run policykg from a complete project folder");
        try {
            return new Conversion(reader, Extractor.load(lexicon, List.of(ontology.resolve("concepts.ttl"))).prepare("en"), run);
        } catch (org.apache.jena.riot.RiotException | IllegalArgumentException ex) {
            throw new UserError(UserError.Kind.ENVIRONMENT,
                    "the lexicon or the concept scheme in " + ontology + " cannot be read: " + ex.getMessage(), ex);
        }
    }

    /** Reads and converts one file, emitting its named graph. */
    Document convert(Path file, Metadata options, StreamRDF out) {
        Document doc = converter.extract(reader.read(file, options));
        DocumentGraphWriter.write(doc, run, out);
        return doc;
    }

    /** The text files under the given paths (folders walked, sorted; sidecars and other files left out). */
    static List<Path> textFiles(List<Path> inputs) {
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
