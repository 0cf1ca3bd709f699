package org.policykg.store;

import org.policykg.error.UserError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.rdf.model.*;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.vocabulary.RDF;

/**
 * The Fuseki configuration file, read once, with its locations moved below one data folder:
 * the file decides what the store and the endpoints are, the command line only where they live.
 */
public final class StoreConfig {
    private static final String FUSEKI = "http://jena.apache.org/fuseki#";
    private static final String TDB2 = "http://jena.apache.org/2016/tdb#";
    private static final String TEXT = "http://jena.apache.org/text#";
    private static final Property tdb2Location = ResourceFactory.createProperty(TDB2, "location");
    private static final Property textDirectory = ResourceFactory.createProperty(TEXT, "directory");
    private static final Property fusekiDataset = ResourceFactory.createProperty(FUSEKI, "dataset");
    private static final Property fusekiPasswd = ResourceFactory.createProperty(FUSEKI, "passwd");
    private static final Property fusekiAuth = ResourceFactory.createProperty(FUSEKI, "auth");
    private static final Property fusekiRealm = ResourceFactory.createProperty(FUSEKI, "realm");
    private static final Resource fusekiService = ResourceFactory.createResource(FUSEKI + "Service");

    private final Path configFile;
    private final Path dataDir;
    private final Model model;

    private StoreConfig(Path configFile, Path dataDir, Model model) {
        this.configFile = configFile;
        this.dataDir = dataDir;
        this.model = model;
    }

    /**
     * Loads, on a thread of its own, what the text index's analyzers (the classes the file names with text:class)
     * load when they first analyse a text like {@code sample}, such as the dictionaries of Lucene's Chinese analyzer
     * (a few tenths of a second of CPU on a cold JVM): started before a load, it is done on another core while the
     * store opens. The sample is computed on that thread too. Failures are left to the index itself to report.
     */
    public void warmUpAnalyzers(java.util.function.Supplier<String> sample) {
        List<String> classes = model.listObjectsOfProperty(ResourceFactory.createProperty(TEXT, "class")).toList().stream()
                .filter(RDFNode::isLiteral).map(n -> n.asLiteral().getLexicalForm()).toList();
        if (classes.isEmpty())
            return;
        Thread t = new Thread(() -> {
            String text = sample.get();
            for (String name : classes) {
                try {
                    Object a = Class.forName(name).getDeclaredConstructor().newInstance();
                    if (a instanceof org.apache.lucene.analysis.Analyzer analyzer) {
                        try (analyzer; var ts = analyzer.tokenStream("text", text)) {
                            ts.reset();
                            while (ts.incrementToken()) { }
                            ts.end();
                        }
                    }
                } catch (Exception | LinkageError ex) {
                    // not an analyzer with a no-argument constructor: nothing to warm up
                }
            }
        }, "policykg-warm-analyzers");
        t.setDaemon(true);
        t.start();
    }

    /** Reads the configuration file and places the TDB2 store under DATA/tdb2 and the text index under DATA/lucene. */
    public static StoreConfig read(Path configFile, Path dataDir) {
        if (!Files.isRegularFile(configFile))
            throw UserError.environment("Configuration file not found: " + configFile);
        Model model;
        try {
            model = RDFDataMgr.loadModel(configFile.toString());
        } catch (RiotException ex) {
            throw UserError.input("Configuration file " + configFile + ": " + ex.getMessage(), ex);
        }
        Path data = dataDir.toAbsolutePath().normalize();
        replaceObjects(model, tdb2Location, model.createLiteral(data.resolve("tdb2").toString()));
        replaceObjects(model, textDirectory, model.createResource(data.resolve("lucene").toUri().toString()));
        StoreConfig config = new StoreConfig(configFile.toAbsolutePath().normalize(), data, model);
        config.resolvePasswordFile();
        if (config.datasetResource() == null)
            throw UserError.input("Configuration file " + configFile + " names no fuseki:Service with a fuseki:dataset");
        return config;
    }

    private static void replaceObjects(Model model, Property p, RDFNode value) {
        List<Resource> subjects = model.listSubjectsWithProperty(p).toList();
        for (Resource s : subjects) {
            s.removeAll(p);
            s.addProperty(p, value);
        }
    }

    /** A password file that does not exist means no writer: drop it, so Fuseki starts and refuses every write. */
    private void resolvePasswordFile() {
        for (Statement st : model.listStatements(null, fusekiPasswd, (RDFNode) null).toList()) {
            Path pw = configFile.getParent().resolve(st.getString());
            st.getSubject().removeAll(fusekiPasswd);
            if (Files.isRegularFile(pw)) {
                st.getSubject().addProperty(fusekiPasswd, pw.toString());
                warnIfOthersCanRead(pw);
            } else {
                st.getSubject().removeAll(fusekiAuth);
                st.getSubject().removeAll(fusekiRealm);
            }
        }
    }

    private static void warnIfOthersCanRead(Path pw) {
        try {
            if (!Files.getFileStore(pw).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class))
                return; // not a POSIX file system: nothing to check
            java.util.Set<java.nio.file.attribute.PosixFilePermission> perms = Files.getPosixFilePermissions(pw);
            if (perms.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ)
                    || perms.contains(java.nio.file.attribute.PosixFilePermission.GROUP_READ))
                org.slf4j.LoggerFactory.getLogger("policykg").warn(
                        "The password file {} can be read by other users: chmod 600 {}", pw, pw);
        } catch (java.io.IOException ex) {
            org.slf4j.LoggerFactory.getLogger("policykg").warn("Cannot read the permissions of {}: {}", pw, ex.getMessage());
        }
    }

    /** Context setting in the config: the most rows one query answer may have. */
    public static final String RESULT_LIMIT = "https://w3id.org/sspo/config#resultLimit";
    private static final long DEFAULT_RESULT_LIMIT = 100_000;

    /** The row ceiling for one query answer (the server context's {@link #RESULT_LIMIT}), to protect memory. */
    public long resultLimit() {
        Property cxtName = model.createProperty("http://jena.hpl.hp.com/2005/11/Assembler#", "cxtName");
        Property cxtValue = model.createProperty("http://jena.hpl.hp.com/2005/11/Assembler#", "cxtValue");
        for (Resource setting : model.listSubjectsWithProperty(cxtName, RESULT_LIMIT).toList()) {
            Statement v = setting.getProperty(cxtValue);
            try {
                return Long.parseLong(v.getString().strip());
            } catch (RuntimeException ex) {
                throw UserError.input("Configuration file " + configFile + ": " + RESULT_LIMIT + " must be a whole number, not " + v.getObject());
            }
        }
        return DEFAULT_RESULT_LIMIT;
    }

    /** The password file in force, or null when writes are closed to everybody. */
    public Path passwordFile() {
        List<Statement> sts = model.listStatements(null, fusekiPasswd, (RDFNode) null).toList();
        return sts.isEmpty() ? null : Path.of(sts.get(0).getString());
    }

    /**
     * The URL paths of the read-only endpoints (query and graph-store read) of every service,
     * e.g. /policy/sparql: the ones a browser on another origin may use.
     */
    public List<String> readEndpointPaths() {
        return endpointPaths(java.util.Set.of(FUSEKI + "query", FUSEKI + "gsp-r"));
    }

    /** The URL paths of the endpoints that can change the store (update, graph-store read-write, upload, patch). */
    public List<String> writeEndpointPaths() {
        return endpointPaths(java.util.Set.of(FUSEKI + "update", FUSEKI + "gsp-rw", FUSEKI + "upload", FUSEKI + "patch"));
    }

    /**
     * The users the configuration lets write (fuseki:allowedUsers on the update endpoints); empty when the
     * endpoints name none, and then every user of the password file may write.
     */
    public java.util.Set<String> writeUsers() {
        Property endpoint = model.createProperty(FUSEKI, "endpoint");
        Property operation = model.createProperty(FUSEKI, "operation");
        Property allowed = model.createProperty(FUSEKI, "allowedUsers");
        java.util.Set<String> users = new java.util.TreeSet<>();
        for (Resource service : model.listSubjectsWithProperty(RDF.type, fusekiService).toList())
            for (Statement ep : service.listProperties(endpoint).toList()) {
                Statement op = ep.getResource().getProperty(operation);
                if (op != null && op.getObject().isURIResource() && op.getResource().getURI().equals(FUSEKI + "update"))
                    ep.getResource().listProperties(allowed).forEachRemaining(u -> users.add(u.getString()));
            }
        return users;
    }

    private List<String> endpointPaths(java.util.Set<String> ops) {
        Property name = model.createProperty(FUSEKI, "name");
        Property endpoint = model.createProperty(FUSEKI, "endpoint");
        Property operation = model.createProperty(FUSEKI, "operation");
        java.util.SortedSet<String> paths = new java.util.TreeSet<>();
        for (Resource service : model.listSubjectsWithProperty(RDF.type, fusekiService).toList()) {
            if (!service.hasProperty(name))
                continue;
            String base = "/" + service.getProperty(name).getString().replaceAll("^/+", "");
            for (Statement ep : service.listProperties(endpoint).toList()) {
                Resource e = ep.getResource();
                Statement op = e.getProperty(operation);
                if (op == null || !ops.contains(op.getResource().getURI()))
                    continue;
                Statement epName = e.getProperty(name);
                paths.add(epName == null || epName.getString().isEmpty() ? base : base + "/" + epName.getString());
            }
        }
        return List.copyOf(paths);
    }

    /** The dataset of the first service in the file: the one the store commands write to. */
    public Resource datasetResource() {
        for (Resource service : model.listSubjectsWithProperty(RDF.type, fusekiService).toList()) {
            Statement st = service.getProperty(fusekiDataset);
            if (st != null && st.getObject().isResource())
                return st.getResource();
        }
        return null;
    }

    public Model model() { return model; }

    private Model assembly;

    /** The model the assemblers build the store and the server from: {@link #model()} as Jena expands it ({@link AssemblerSchema}). */
    public synchronized Model assemblyModel() {
        if (assembly == null)
            assembly = AssemblerSchema.fullModel(model);
        return assembly;
    }
    public Path dataDir() { return dataDir; }
    public Path configFile() { return configFile; }
}
