package org.policykg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.assembler.AssemblerHelp;
import org.apache.jena.assembler.ImportManager;
import org.apache.jena.assembler.JA;
import org.apache.jena.assembler.ModelExpansion;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDF;

/**
 * A configuration file's model as Jena's assemblers read it ({@link AssemblerHelp#fullModel}), with the assembler
 * vocabulary's RDFS closure read from the jar instead of computed. Jena computes that closure ({@link JA#getSchema})
 * with its rule reasoner the first time a process assembles anything: about a tenth of a second of a fresh process,
 * on the path to the server's first answer, for a result that depends only on the Jena release. The build computes
 * it once ({@link #main}, run by Maven) into {@value #RESOURCE} beside this class; a jar without it computes it as
 * Jena does. The model returned carries Jena's "expanded" mark, so the assemblers take it as it is.
 */
public final class AssemblerSchema {
    static final String RESOURCE = "assembler-schema.rt";

    private static volatile Model closure;

    private AssemblerSchema() {}

    /** {@code config} with its imports and what the assembler vocabulary implies of it: what Jena's fullModel gives. */
    public static Model fullModel(Model config) {
        if (config.contains(JA.This, RDF.type, JA.Expanded))
            return config;
        return ModelExpansion.withSchema(ImportManager.instance.withImports(config), closure())
                .add(JA.This, RDF.type, JA.Expanded)
                .setNsPrefixes(PrefixMapping.Extended).setNsPrefixes(config);
    }

    /** The RDFS closure of Jena's assembler vocabulary: from the jar when the build put it there, else computed. */
    static Model closure() {
        Model m = closure;
        if (m == null) {
            try (InputStream in = AssemblerSchema.class.getResourceAsStream(RESOURCE)) {
                if (in != null) {
                    m = ModelFactory.createDefaultModel();
                    RDFDataMgr.read(m, in, Lang.RDFTHRIFT);
                } else {
                    m = JA.getSchema();
                }
            } catch (IOException ex) {
                m = JA.getSchema();
            }
            closure = m;
        }
        return m;
    }

    /** Writes the closure Jena computes to the file {@code args[0]} (run by the build). */
    public static void main(String[] args) throws IOException {
        org.apache.jena.sys.JenaSystem.init();
        Path out = Path.of(args[0]).toAbsolutePath();
        Files.createDirectories(out.getParent());
        Path part = out.resolveSibling(out.getFileName() + ".part");
        try (OutputStream os = Files.newOutputStream(part)) {
            RDFDataMgr.write(os, JA.getSchema(), Lang.RDFTHRIFT);
        }
        Files.move(part, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
