package org.policykg.store;

import org.policykg.error.UserError;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.*;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.policykg.rdf.Vocab;

/** An RDF file in any syntax RIOT reads, parsed straight into the store. */
public final class RdfFileSource implements GraphSource {
    private final Path file;
    private final Node graph;

    public RdfFileSource(Path file, Node graph) {
        this.file = file;
        this.graph = graph;
    }

    /** The file with the stable graph name derived from its path (see {@link #graphFor(Path)}). */
    public static RdfFileSource of(Path file) { return new RdfFileSource(file, graphFor(file)); }

    /**
     * A stable graph IRI for a file: its path relative to the project's folder (the {@code policykg.home} system
     * property that {@code bin/policykg} sets, else the working folder) when inside it, so the same project file
     * gets the same graph wherever the project lives and wherever the command was started; else relative to the
     * working folder when inside that; else its absolute path.
     */
    public static Node graphFor(Path file) {
        String home = System.getProperty("policykg.home");
        return graphFor(file, home == null ? Path.of("") : Path.of(home));
    }

    /** As {@link #graphFor(Path)}, with {@code project} as the project's folder. */
    public static Node graphFor(Path file, Path project) {
        Path abs = file.toAbsolutePath().normalize();
        Path base = project.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath().normalize();
        Path name = abs.startsWith(base) ? base.relativize(abs) : abs.startsWith(cwd) ? cwd.relativize(abs) : abs;
        StringBuilder iri = new StringBuilder(Vocab.GRAPH + "file");
        for (Path part : name)
            iri.append('/').append(java.net.URLEncoder.encode(part.toString(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
        return NodeFactory.createURI(iri.toString());
    }

    /**
     * True when RIOT knows the file's syntax from its name and has a parser for it: a SPARQL results file (.tsv, .csv,
     * .srj), which RIOT names too, is no RDF (ontology/ holds a .tsv, the phrase-role model).
     */
    public static boolean isRdf(Path file) {
        Lang lang = RDFLanguages.filenameToLang(file.getFileName().toString());
        return lang != null && org.apache.jena.riot.RDFParserRegistry.isRegistered(lang);
    }

    @Override public Node graph() { return graph; }
    @Override public String label() { return file.toString(); }
    @Override public Path file() { return file; }

    @Override
    public void emit(StreamRDF out) {
        if (!Files.isRegularFile(file))
            throw UserError.input(file + ": no such file");
        if (!Files.isReadable(file))
            throw UserError.input(file + ": not readable");
        Lang lang = RDFLanguages.filenameToLang(file.getFileName().toString());
        if (lang == null || !org.apache.jena.riot.RDFParserRegistry.isRegistered(lang))
            throw UserError.input(file + ": not a known RDF syntax (use .ttl, .nt, .nq, .trig, .rdf, .jsonld …)");
        try {
            RDFParser.source(file).lang(lang).errorHandler(new Located(file)).parse(out);
        } catch (RiotNotFoundException ex) {
            throw UserError.input(file + ": no such file", ex);
        }
    }

    /** Turns RIOT's errors into one message of the form FILE:LINE:COL: what is wrong. */
    private record Located(Path file) implements ErrorHandler {
        @Override public void warning(String message, long line, long col) {
            org.slf4j.LoggerFactory.getLogger(RdfFileSource.class).warn("{}", where(line, col) + message);
        }
        @Override public void error(String message, long line, long col) { fatal(message, line, col); }
        @Override public void fatal(String message, long line, long col) {
            throw UserError.input(where(line, col) + message);
        }
        private String where(long line, long col) {
            return file + (line > 0 ? ":" + line + (col > 0 ? ":" + col : "") : "") + ": ";
        }
    }
}
