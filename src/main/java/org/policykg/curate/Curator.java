package org.policykg.curate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.*;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.rdf.model.*;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.policykg.error.UserError;
import org.policykg.extract.BatchRunner;
import org.policykg.extract.Conversion;
import org.policykg.link.DatasetDescription;
import org.policykg.store.SparqlSource;
import org.policykg.rdf.DocumentGraphWriter;
import org.policykg.rdf.Slugs;
import org.policykg.rdf.Vocab;
import org.policykg.store.GraphSource;
import org.policykg.store.LoadedFiles;
import org.policykg.store.PolicyStore;
import org.policykg.store.RdfFileSource;

/**
 * Curation decisions on the candidates of a store: accept one as a new concept, merge its wording into a known
 * concept as an alternative label, or reject its wording. Each decision is appended to
 * {@code ontology/curated.ttl} as a block of Turtle with its provenance (who, when, which candidate, which
 * documents), after the scheme check ({@link SchemeCheck}) passes; then the documents that used the candidate,
 * and only those, are converted again with the new scheme and replace their graphs in the store, in one
 * transaction with the curated file's own graph. If that fails, the file is put back as it was.
 */
public final class Curator {
    public static final String CURATION = Vocab.ID + "curation/";
    private static final String SKOS_NS = SKOS.getURI();
    private static final String PROV = Vocab.PROV;
    private static final String DCT = "http://purl.org/dc/terms/";
    private static final Map<String, String> PREFIXES = new LinkedHashMap<>();
    static {
        PREFIXES.put("sspo", Vocab.SSPO);
        PREFIXES.put("skos", SKOS_NS);
        PREFIXES.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        PREFIXES.put("dcterms", DCT);
        PREFIXES.put("prov", PROV);
        PREFIXES.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        PREFIXES.put("concept", Vocab.ID + "concept/");
        PREFIXES.put("actor", Vocab.ID + "actor/");
        PREFIXES.put("scheme", Vocab.ID + "scheme/");
        PREFIXES.put("doc", Vocab.ID + "doc/");
        PREFIXES.put("curation", CURATION);
    }

    /** What a decision did. */
    public record Result(String message, String concept, List<String> reconverted, List<String> notReconverted) {}

    private final Path ontologyDir;
    private final Path queriesDir;
    private final PolicyStore store;
    private final DocumentGraphWriter.Run run;
    private final String endpoint;

    /**
     * @param ontologyDir the folder with concepts.ttl, lexicon.ttl, shapes.ttl, where curated.ttl is written
     * @param endpoint    the SPARQL endpoint the dataset description names, or null
     */
    public Curator(Path ontologyDir, Path queriesDir, PolicyStore store, DocumentGraphWriter.Run run, String endpoint) {
        this.ontologyDir = ontologyDir;
        this.queriesDir = queriesDir;
        this.store = store;
        this.run = run;
        this.endpoint = endpoint;
    }

    public Path curatedFile() { return ontologyDir.resolve(Conversion.CURATED_FILE); }

    /** Candidates of the store, as {@code candidates} lists them. */
    public List<Candidate> candidates() {
        return new CandidateList(queriesDir).read(SparqlSource.local(store.dataset(), store.config().dataDir().toString()), null, 0);
    }

    /** A new concept from the candidate, with an English label (and, optionally, Chinese label, broader concept, definition). */
    public Result accept(String candidateRef, String label, String zh, String broaderRef, String definition, String who) {
        if (label == null || label.isBlank())
            throw UserError.input("accept needs --label: the concept's English preferred label");
        Candidate c = candidate(candidateRef);
        Model scheme = scheme();
        String broader = broaderRef == null ? null : concept(scheme, broaderRef);
        String ns = c.kind().equals("actor") ? Vocab.ID + "actor/" : Vocab.ID + "concept/";
        String slug = Slugs.of(label, 80);
        if (slug.isEmpty())
            throw UserError.input("the label \"" + label + "\" gives no name for the concept's IRI");
        String iri = ns + slug;
        if (scheme.containsResource(ResourceFactory.createResource(iri)))
            throw UserError.input(shortName(iri) + " already exists in the scheme: merge the candidate into it (curate merge "
                    + c.iri() + " --into " + shortName(iri) + "), or give another --label");
        String schemeIri = schemeIri(scheme);
        Instant now = now();
        String decision = decisionIri("accept", c, now);

        Map<String, List<String>> po = new LinkedHashMap<>();
        List<String> types = new ArrayList<>(List.of(node(SKOS_NS + "Concept")));
        types.add(node(classOf(c)));
        po.put("a", types);
        po.put("skos:inScheme", List.of(node(schemeIri)));
        if (broader == null)
            po.put("skos:topConceptOf", List.of(node(schemeIri)));
        List<String> prefs = new ArrayList<>(List.of(lit(label.strip(), "en")));
        String zhLabel = zh != null && !zh.isBlank() ? zh.strip() : (primary(c.language()).equals("zh") ? c.label() : null);
        if (zhLabel != null)
            prefs.add(lit(zhLabel, "zh"));
        po.put("skos:prefLabel", prefs);
        List<String> alts = new ArrayList<>();
        for (Candidate.Label l : c.labels()) {
            String lang = l.lang().isEmpty() ? "en" : l.lang();
            boolean isPref = (primary(lang).equals("en") && SchemeCheck.key(l.text(), "en").equals(SchemeCheck.key(label.strip(), "en")))
                    || (primary(lang).equals("zh") && zhLabel != null && SchemeCheck.key(l.text(), "zh").equals(SchemeCheck.key(zhLabel, "zh")));
            if (!isPref)
                alts.add(lit(l.text(), lang)); // the text's wording stays a way of naming it, so the next conversion links it
        }
        if (!alts.isEmpty())
            po.put("skos:altLabel", alts);
        if (broader != null)
            po.put("skos:broader", List.of(node(broader)));
        if (definition != null && !definition.isBlank())
            po.put("skos:definition", List.of(lit(definition.strip(), "en")));
        po.put("prov:wasGeneratedBy", List.of(node(decision)));

        String block = comment(now, who, "accepted " + c.kind() + " " + shortName(c.iri()) + " as " + shortName(iri))
                + block(iri, po) + provenance(decision, "accept", c, now, who, Map.of("prov:generated", List.of(node(iri))));
        return apply(c, block, "Accepted " + shortName(c.iri()) + " as " + shortName(iri), iri);
    }

    /** The candidate's wording becomes an alternative label of a known concept. */
    public Result merge(String candidateRef, String intoRef, String who) {
        if (intoRef == null || intoRef.isBlank())
            throw UserError.input("merge needs --into CONCEPT: the known concept the candidate is another name of");
        Candidate c = candidate(candidateRef);
        Model scheme = scheme();
        String into = concept(scheme, intoRef);
        Resource target = scheme.getResource(into);
        List<String> alts = new ArrayList<>();
        for (Candidate.Label l : c.labels()) {
            String lang = l.lang().isEmpty() ? "en" : l.lang();
            boolean has = false;
            for (Property p : List.of(SKOS.prefLabel, SKOS.altLabel))
                for (Statement st : target.listProperties(p).toList())
                    if (st.getObject().isLiteral() && SchemeCheck.key(st.getString(), st.getLanguage()).equals(SchemeCheck.key(l.text(), lang)))
                        has = true;
            if (!has)
                alts.add(lit(l.text(), lang));
        }
        Instant now = now();
        String decision = decisionIri("merge", c, now);
        StringBuilder block = new StringBuilder(comment(now, who, "merged " + c.kind() + " " + shortName(c.iri()) + " into " + shortName(into)));
        if (!alts.isEmpty()) {
            Map<String, List<String>> po = new LinkedHashMap<>();
            po.put("skos:altLabel", alts);
            block.append(block(into, po));
        }
        block.append(provenance(decision, "merge", c, now, who, Map.of("prov:influenced", List.of(node(into)))));
        return apply(c, block.toString(), "Merged " + shortName(c.iri()) + " into " + shortName(into), into);
    }

    /** The candidate's wording is recorded as naming no concept: it is not minted again. */
    public Result reject(String candidateRef, String reason, String who) {
        Candidate c = candidate(candidateRef);
        Instant now = now();
        String decision = decisionIri("reject", c, now);
        Map<String, List<String>> extra = new LinkedHashMap<>();
        extra.put("sspo:rejectedWording", c.labels().stream().map(l -> lit(l.text(), l.lang().isEmpty() ? "en" : l.lang())).toList());
        if (reason != null && !reason.isBlank())
            extra.put("rdfs:comment", List.of(lit(reason.strip(), "en")));
        String block = comment(now, who, "rejected " + c.kind() + " " + shortName(c.iri())) + provenance(decision, "reject", c, now, who, extra);
        return apply(c, block, "Rejected " + shortName(c.iri()), null);
    }

    // ------------------------------------------------------------------ applying a decision

    /** One decision at a time in this process (the page serves several curators): curated.ttl is read, checked and written whole. */
    private static final Object WRITING = new Object();

    private Result apply(Candidate c, String block, String what, String concept) {
        synchronized (WRITING) {
            return applyNow(c, block, what, concept);
        }
    }

    private Result applyNow(Candidate c, String block, String what, String concept) {
        Path file = curatedFile();
        String before;
        try {
            before = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
        } catch (IOException ex) {
            throw UserError.environment("Cannot read " + file + ": " + ex.getMessage(), ex);
        }
        String after = (before == null ? header() : before.endsWith("\n") ? before : before + "\n") + block;
        Model schemeBefore = scheme();
        Model schemeAfter = ModelFactory.createDefaultModel();
        try {
            RDFDataMgr.read(schemeAfter, ontologyDir.resolve("concepts.ttl").toString());
            RDFDataMgr.read(schemeAfter, new java.io.StringReader(after), null, org.apache.jena.riot.Lang.TURTLE);
        } catch (RiotException ex) {
            throw new IllegalStateException("the curated Turtle does not parse: " + ex.getMessage(), ex);
        }
        List<String> problems = SchemeCheck.added(schemeBefore, schemeAfter);
        if (!problems.isEmpty())
            throw new UserError(UserError.Kind.INVALID, "Refused, the concept scheme would not stay valid: " + String.join("; ", problems)
                    + ". Nothing was written.");
        write(file, after);
        try {
            Reconverted r = reconvert(c.iri());
            return new Result(what + "; wrote " + file + "; converted again " + r.done.size() + " document(s)"
                    + (r.missing.isEmpty() ? "" : ", not " + r.missing.size() + " with no source file recorded (load them with up)"),
                    concept, r.done, r.missing);
        } catch (RuntimeException ex) {
            if (before == null) deleteQuietly(file); else write(file, before);
            throw ex;
        }
    }

    private record Reconverted(List<String> done, List<String> missing) {}

    /** The document graphs that use the node, converted again from their files with the scheme as it is now. */
    private Reconverted reconvert(String node) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(text("documents-using.rq"));
        pss.setIri("node", node);
        List<Node> graphs = new ArrayList<>();
        SparqlSource.local(store.dataset(), "store").select(pss.asQuery(), row -> graphs.add(row.getResource("graph").asNode()));
        Map<Node, Path> files = LoadedFiles.recorded(store);
        List<Path> texts = new ArrayList<>();
        List<String> done = new ArrayList<>(), missing = new ArrayList<>();
        for (Node g : graphs) {
            Path f = files.get(g);
            if (f != null && Files.isRegularFile(f)) {
                texts.add(f);
                done.add(g.getURI());
            } else {
                missing.add(g.getURI());
            }
        }
        BatchRunner runner = BatchRunner.forOntology(ontologyDir, run, Math.max(1, Math.min(texts.size(), Runtime.getRuntime().availableProcessors())),
                Duration.ofMinutes(5));
        List<GraphSource> sources = new ArrayList<>();
        sources.add(RdfFileSource.of(curatedFile()));
        if (!texts.isEmpty())
            sources.add(texts(texts, runner));
        LoadedFiles plan = LoadedFiles.plan(store, sources);
        new DatasetDescription(queriesDir).replaceAndDescribe(store, plan.sources(), endpoint);
        return new Reconverted(done, missing);
    }

    /** Text files converted as they load (the same batch runner, check and time limit as convert and up). */
    public static GraphSource texts(List<Path> files, BatchRunner runner) {
        return new GraphSource() {
            @Override public Node graph() { return null; }
            @Override public String label() { return files.size() + " text file(s)"; }
            @Override public Map<Node, Path> graphFiles() {
                Map<Node, Path> map = new LinkedHashMap<>();
                files.forEach(f -> map.put(Conversion.graphOf(f), f));
                return map;
            }
            @Override public void emit(org.apache.jena.riot.system.StreamRDF out) {
                try {
                    for (BatchRunner.Outcome o : runner.run(files, org.policykg.document.Metadata.EMPTY, out))
                        if (!o.ok())
                            throw o.error();
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while converting", ex);
                }
            }
        };
    }

    // ------------------------------------------------------------------ finding things

    private Candidate candidate(String ref) {
        if (ref == null || ref.isBlank())
            throw UserError.input("name the candidate: its IRI (as 'candidates' lists it) or its label");
        String iri = expand(ref.strip());
        List<Candidate> all = candidates();
        for (Candidate c : all)
            if (c.iri().equals(iri))
                return c;
        List<Candidate> byLabel = all.stream().filter(c -> c.labels().stream().anyMatch(l -> l.text().equalsIgnoreCase(ref.strip()))).toList();
        if (byLabel.size() == 1)
            return byLabel.get(0);
        if (byLabel.size() > 1)
            throw UserError.input("\"" + ref + "\" is the label of " + byLabel.size() + " candidates: name one by its IRI ("
                    + String.join(", ", byLabel.stream().map(Candidate::iri).toList()) + ")");
        throw UserError.input("No candidate \"" + ref + "\" in the store: 'policykg candidates' lists them");
    }

    /** A known concept of the scheme by IRI, concept:/actor: name, or label (any case, either language). */
    private static String concept(Model scheme, String ref) {
        String iri = expand(ref.strip());
        Resource r = scheme.getResource(iri);
        if (r.hasProperty(RDF.type, SKOS.Concept) && r.hasProperty(SKOS.inScheme))
            return iri;
        Set<String> byLabel = new TreeSet<>();
        for (Property p : List.of(SKOS.prefLabel, SKOS.altLabel))
            scheme.listStatements(null, p, (RDFNode) null).forEachRemaining(st -> {
                if (st.getObject().isLiteral() && st.getString().equalsIgnoreCase(ref.strip()) && st.getSubject().hasProperty(SKOS.inScheme))
                    byLabel.add(st.getSubject().getURI());
            });
        if (byLabel.size() == 1)
            return byLabel.iterator().next();
        if (byLabel.size() > 1)
            throw UserError.input("\"" + ref + "\" is a label of " + byLabel.size() + " concepts: name one ("
                    + String.join(", ", byLabel.stream().map(Curator::shortName).toList()) + ")");
        throw UserError.input("No concept \"" + ref + "\" in the concept scheme: give its IRI (concept:SLUG, actor:SLUG) or one of its labels");
    }

    private static String expand(String ref) {
        if (ref.startsWith("<") && ref.endsWith(">"))
            ref = ref.substring(1, ref.length() - 1);
        int colon = ref.indexOf(':');
        if (colon > 0 && !ref.startsWith("http")) {
            String prefix = ref.substring(0, colon);
            if (prefix.equals("candidate"))
                return Vocab.ID + "candidate/" + ref.substring(colon + 1);
            if (PREFIXES.containsKey(prefix))
                return PREFIXES.get(prefix) + ref.substring(colon + 1);
        }
        return ref;
    }

    /** concepts.ttl with curated.ttl as they are now. */
    private Model scheme() {
        Model m = ModelFactory.createDefaultModel();
        for (Path f : Conversion.schemeFiles(ontologyDir))
            if (Files.isRegularFile(f))
                RDFDataMgr.read(m, f.toString());
        return m;
    }

    private static String schemeIri(Model scheme) {
        List<Resource> schemes = scheme.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).toList();
        if (schemes.isEmpty())
            throw UserError.environment("concepts.ttl declares no skos:ConceptScheme for the new concept to join");
        return schemes.stream().map(Resource::getURI).sorted().findFirst().orElseThrow();
    }

    private static String classOf(Candidate c) {
        return switch (c.kind()) {
            case "goal" -> Vocab.Goal.getURI();
            case "reform" -> Vocab.Reform.getURI();
            case "principle" -> Vocab.Principle.getURI();
            case "component" -> Vocab.SystemComponent.getURI();
            default -> c.iri().contains("/person/") ? Vocab.Person.getURI() : Vocab.Organization.getURI();
        };
    }

    // ------------------------------------------------------------------ Turtle

    private static String header() {
        StringBuilder b = new StringBuilder();
        b.append("# Curation decisions, written by 'policykg curate' and the server's /curate page: concepts accepted from\n");
        b.append("# candidates, candidate wordings merged into known concepts as alternative labels, and wordings rejected as\n");
        b.append("# naming no concept (the converter does not mint them again). The converter reads this file with concepts.ttl.\n");
        b.append("# Each decision is a block: the change, then who decided, when, from which candidate and documents.\n");
        PREFIXES.forEach((p, ns) -> b.append(String.format("PREFIX %-8s <%s>%n", p + ":", ns)));
        return b.toString();
    }

    private static String comment(Instant when, String who, String what) {
        return "\n# " + DateTimeFormatter.ISO_INSTANT.format(when) + " " + who.replaceAll("[\\r\\n]+", " ") + " " + what + "\n";
    }

    private String provenance(String decision, String action, Candidate c, Instant when, String who, Map<String, List<String>> extra) {
        Map<String, List<String>> po = new LinkedHashMap<>();
        po.put("a", List.of(node(Vocab.SSPO + "CurationDecision")));
        po.put("rdfs:label", List.of(lit(action + " " + c.label(), "en")));
        po.put("prov:wasAssociatedWith", List.of(node(Vocab.ID + "curator/" + Slugs.of(who, 60))));
        po.put("dcterms:creator", List.of(lit(who, null)));
        po.put("prov:endedAtTime", List.of(FmtUtils.stringForNode(NodeFactory.createLiteralDT(DateTimeFormatter.ISO_INSTANT.format(when),
                org.apache.jena.datatypes.xsd.XSDDatatype.XSDdateTime), prefixMapping())));
        po.put("prov:used", List.of(node(c.iri())));
        if (!c.documents().isEmpty())
            po.put("dcterms:source", c.documents().stream().map(Curator::node).toList());
        po.putAll(extra);
        return block(decision, po);
    }

    private static String block(String subject, Map<String, List<String>> po) {
        StringBuilder b = new StringBuilder(node(subject));
        int i = 0;
        for (Map.Entry<String, List<String>> e : po.entrySet()) {
            b.append(i++ == 0 ? " " : " ;\n    ").append(e.getKey()).append(' ').append(String.join(" , ", e.getValue()));
        }
        return b.append(" .\n").toString();
    }

    private static String node(String iri) {
        return FmtUtils.stringForNode(NodeFactory.createURI(iri), prefixMapping());
    }

    private static String lit(String text, String lang) {
        return FmtUtils.stringForNode(lang == null || lang.isEmpty() ? NodeFactory.createLiteralString(text) : NodeFactory.createLiteralLang(text, lang));
    }

    private static org.apache.jena.shared.PrefixMapping prefixMapping() {
        org.apache.jena.shared.PrefixMapping pm = org.apache.jena.shared.PrefixMapping.Factory.create();
        pm.setNsPrefixes(PREFIXES);
        return pm;
    }

    /** concept:SLUG, actor:SLUG, or the full IRI in angle brackets: how messages name a node. */
    static String shortName(String iri) { return node(iri); }

    private static String decisionIri(String action, Candidate c, Instant when) {
        String stamp = DateTimeFormatter.ISO_INSTANT.format(when).replaceAll("[-:]", "").replace("T", "-").replace("Z", "");
        return CURATION + action + "-" + stamp + "-" + Slugs.of(c.iri().substring(c.iri().lastIndexOf('/') + 1), 60);
    }

    private static Instant now() { return Instant.now().truncatedTo(ChronoUnit.SECONDS); }

    private static String primary(String lang) {
        int dash = lang.indexOf('-');
        return (dash < 0 ? lang : lang.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    private String text(String name) {
        return org.policykg.rdf.QueryFiles.read(queriesDir.resolve("curation").resolve(name));
    }

    private static void write(Path file, String content) {
        try {
            Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".curated", ".tmp");
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException ex) {
            throw UserError.environment("Cannot write " + file + ": " + ex.getMessage(), ex);
        }
    }

    private static void deleteQuietly(Path f) {
        try { Files.deleteIfExists(f); } catch (IOException ignored) { /* nothing was there before */ }
    }
}
