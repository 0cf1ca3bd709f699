package org.policykg.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.function.Function;

import org.apache.jena.rdf.model.*;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.policykg.rdf.Vocab;

/**
 * The reference page for people (docs/ontology.md), written from the ontology files alone so that it never
 * drifts from them. The output depends only on the files' contents: everything is sorted, nothing is dated.
 */
public final class OntologyDocs {
    public static final String ONTOLOGY_FILE = "sspo.ttl";
    public static final String CONCEPTS_FILE = "concepts.ttl";
    public static final String ALIGNMENTS_FILE = "alignments.ttl";
    public static final String SHAPES_FILE = "shapes.ttl";

    private static final String SH = "http://www.w3.org/ns/shacl#";
    private static final String DCTERMS = "http://purl.org/dc/terms/";
    private static final Resource ONTOLOGY = ResourceFactory.createResource("https://w3id.org/sspo");

    /** The order in which the concept scheme is listed; concepts of other classes follow. */
    private static final List<String> CONCEPT_CLASSES = List.of(
            "PolicyArea", "SystemComponent", "Goal", "Reform", "Principle", "Plan", "Event", "Person", "Organization", "Post");

    private final Model ontology;
    private final Model concepts;
    private final Model alignments;
    private final Model shapes;
    private final PrefixMapping prefixes;

    private OntologyDocs(Model ontology, Model concepts, Model alignments, Model shapes) {
        this.ontology = ontology;
        this.concepts = concepts;
        this.alignments = alignments;
        this.shapes = shapes;
        this.prefixes = PrefixMapping.Factory.create()
                .setNsPrefix("sspo", Vocab.SSPO)
                .setNsPrefix("concept", Vocab.ID + "concept/")
                .setNsPrefix("actor", Vocab.ID + "actor/")
                .setNsPrefix("post", Vocab.ID + "post/")
                .setNsPrefix("scheme", Vocab.ID + "scheme/")
                .setNsPrefix("shape", "https://w3id.org/sspo/shapes#")
                .setNsPrefix("schema", Vocab.SCHEMA)
                .setNsPrefix("prov", Vocab.PROV)
                .setNsPrefix("org", Vocab.ORG)
                .setNsPrefix("foaf", Vocab.FOAF)
                .setNsPrefix("nif", Vocab.NIF)
                .setNsPrefix("eli", "http://data.europa.eu/eli/ontology#")
                .setNsPrefix("wd", "http://www.wikidata.org/entity/")
                .setNsPrefix("skos", SKOS.getURI())
                .setNsPrefix("dcterms", DCTERMS)
                .setNsPrefix("owl", OWL.getURI())
                .setNsPrefix("rdf", RDF.getURI())
                .setNsPrefix("rdfs", RDFS.getURI())
                .setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#")
                .lock();
    }

    /** Reads the ontology folder (sspo.ttl, concepts.ttl, alignments.ttl, shapes.ttl; the last three may be absent). */
    public static OntologyDocs read(Path ontologyDir) {
        return new OntologyDocs(load(ontologyDir.resolve(ONTOLOGY_FILE), true), load(ontologyDir.resolve(CONCEPTS_FILE), false),
                load(ontologyDir.resolve(ALIGNMENTS_FILE), false), load(ontologyDir.resolve(SHAPES_FILE), false));
    }

    private static Model load(Path file, boolean required) {
        if (!Files.isRegularFile(file)) {
            if (required)
                throw new IllegalArgumentException(file + ": no such file");
            return ModelFactory.createDefaultModel();
        }
        try {
            return RDFDataMgr.loadModel(file.toString());
        } catch (RuntimeException ex) {
            throw new IllegalArgumentException(file + ": cannot read it: " + ex.getMessage(), ex);
        }
    }

    /** Writes the page; returns true when the file changed. */
    public boolean writeTo(Path out) throws IOException {
        String text = render();
        if (Files.isRegularFile(out) && Files.readString(out, StandardCharsets.UTF_8).equals(text))
            return false;
        if (out.toAbsolutePath().getParent() != null)
            Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, text, StandardCharsets.UTF_8);
        return true;
    }

    /** The whole page as Markdown. */
    public String render() {
        StringBuilder md = new StringBuilder();
        header(md);
        classes(md);
        properties(md);
        modalities(md);
        examples(md);
        alignmentsSection(md);
        conceptScheme(md);
        shapesSection(md);
        return md.toString();
    }

    // ---------------------------------------------------------------- sections

    private void header(StringBuilder md) {
        Resource o = ontology.getResource(ONTOLOGY.getURI());
        md.append("# ").append(or(text(o, DCTERMS + "title", "en"), "SSPO")).append('\n').append('\n');
        md.append("<!-- Generated by `policykg docs` from the files in ontology/. Do not edit: edit the ontology and regenerate. -->\n\n");
        String zh = text(o, DCTERMS + "title", "zh");
        if (!zh.isEmpty())
            md.append(zh).append("\n\n");
        md.append(oneLine(text(o, DCTERMS + "description", "en"))).append("\n\n");
        md.append("| | |\n|---|---|\n");
        row(md, "Ontology IRI", "`" + o.getURI() + "`");
        row(md, "Namespace", "`" + Vocab.SSPO + "` (prefix `sspo:`)");
        row(md, "Data resources", "`" + Vocab.ID + "` (concepts `concept/SLUG`, actors `actor/SLUG`, posts `post/SLUG`)");
        row(md, "Version", values(o, OWL.versionInfo));
        row(md, "Version IRI", values(o, OWL.versionIRI));
        row(md, "License", values(o, ResourceFactory.createProperty(DCTERMS, "license")));
        row(md, "Creator", values(o, ResourceFactory.createProperty(DCTERMS, "creator")));
        row(md, "Created", values(o, ResourceFactory.createProperty(DCTERMS, "created")));
        row(md, "Modified", values(o, ResourceFactory.createProperty(DCTERMS, "modified")));
        md.append('\n');
        md.append("Files: `").append(ONTOLOGY_FILE).append("` (classes, properties, modalities), `").append(CONCEPTS_FILE)
                .append("` (the concept scheme), `").append(ALIGNMENTS_FILE).append("` (links to other vocabularies and Wikidata), `")
                .append(SHAPES_FILE).append("` (SHACL shapes).\n\n");
    }

    private void classes(StringBuilder md) {
        md.append("## Classes\n\n");
        md.append("| Class | English | 中文 | Subclass of | Description |\n|---|---|---|---|---|\n");
        for (Resource c : sorted(ontology.listSubjectsWithProperty(RDF.type, OWL.Class).filterKeep(Resource::isURIResource).toList())) {
            List<String> supers = new ArrayList<>();
            for (Model m : List.of(ontology, alignments))
                m.listObjectsOfProperty(m.getResource(c.getURI()), RDFS.subClassOf).forEach(n -> supers.add(name(n)));
            md.append("| ").append(code(c)).append(" | ").append(cell(label(c, "en"))).append(" | ").append(cell(label(c, "zh")))
                    .append(" | ").append(cell(joinSorted(supers))).append(" | ").append(cell(comment(c))).append(" |\n");
        }
        md.append('\n');
        ontology.listSubjectsWithProperty(RDF.type, OWL.AllDisjointClasses).forEach(d -> {
            Resource list = d.getPropertyResourceValue(OWL.members);
            if (list != null && list.canAs(RDFList.class))
                md.append("Pairwise disjoint: ").append(String.join(", ",
                        list.as(RDFList.class).iterator().mapWith(this::name).toList())).append(".\n\n");
        });
        for (Statement s : sortedStatements(ontology.listStatements(null, OWL.disjointWith, (RDFNode) null).toList()))
            md.append("Disjoint: ").append(name(s.getSubject())).append(" and ").append(name(s.getObject())).append(".\n\n");
    }

    private void properties(StringBuilder md) {
        md.append("## Properties\n\n");
        md.append("| Property | English | 中文 | Kind | Domain | Range | Sub-property of | Description |\n|---|---|---|---|---|---|---|---|\n");
        Set<Resource> props = new HashSet<>();
        props.addAll(ontology.listSubjectsWithProperty(RDF.type, OWL.ObjectProperty).toList());
        props.addAll(ontology.listSubjectsWithProperty(RDF.type, OWL.DatatypeProperty).toList());
        props.addAll(ontology.listSubjectsWithProperty(RDF.type, RDF.Property).toList());
        for (Resource p : sorted(props)) {
            String kind = p.hasProperty(RDF.type, OWL.DatatypeProperty) ? "datatype" : "object";
            if (p.hasProperty(RDF.type, OWL.FunctionalProperty))
                kind += ", functional";
            List<String> supers = new ArrayList<>();
            for (Model m : List.of(ontology, alignments))
                m.listObjectsOfProperty(m.getResource(p.getURI()), RDFS.subPropertyOf).forEach(n -> supers.add(name(n)));
            md.append("| ").append(code(p)).append(" | ").append(cell(label(p, "en"))).append(" | ").append(cell(label(p, "zh")))
                    .append(" | ").append(kind)
                    .append(" | ").append(cell(joinSorted(p.listProperties(RDFS.domain).mapWith(s -> name(s.getObject())).toList())))
                    .append(" | ").append(cell(joinSorted(p.listProperties(RDFS.range).mapWith(s -> name(s.getObject())).toList())))
                    .append(" | ").append(cell(joinSorted(supers)))
                    .append(" | ").append(cell(comment(p))).append(" |\n");
        }
        md.append('\n');
    }

    private void modalities(StringBuilder md) {
        md.append("## Modalities\n\n");
        md.append("Individuals of ").append(code(ontology.getResource(Vocab.Modality.getURI())))
                .append(", the values of `sspo:modality`.\n\n");
        md.append("| Modality | English | 中文 | Description |\n|---|---|---|---|\n");
        for (Resource m : sorted(ontology.listSubjectsWithProperty(RDF.type, Vocab.Modality).toList()))
            md.append("| ").append(code(m)).append(" | ").append(cell(label(m, "en"))).append(" | ").append(cell(label(m, "zh")))
                    .append(" | ").append(cell(comment(m))).append(" |\n");
        md.append('\n');
    }

    private void examples(StringBuilder md) {
        List<String> examples = sortedTexts(ontology.getResource(ONTOLOGY.getURI()), SKOS.example, "");
        if (examples.isEmpty())
            return;
        md.append("## Example\n\n");
        md.append("How a document, a sentence and a statement are written (from `skos:example` in `").append(ONTOLOGY_FILE)
                .append("`; the tests check that it conforms to the shapes).\n\n");
        for (String example : examples)
            md.append("```turtle\n").append(example.strip()).append("\n```\n\n");
    }

    private void alignmentsSection(StringBuilder md) {
        md.append("## Alignments\n\n");
        md.append("From `").append(ALIGNMENTS_FILE).append("`: how SSPO terms relate to other vocabularies, and the curated Wikidata links.\n\n");
        md.append("| Term | Relation | Target |\n|---|---|---|\n");
        List<Statement> links = alignments.listStatements().filterKeep(s -> s.getSubject().isURIResource()
                && s.getObject().isURIResource() && !s.getPredicate().equals(RDF.type) && !s.getPredicate().equals(OWL.imports)).toList();
        for (Statement s : sortedStatements(links))
            md.append("| ").append(name(s.getSubject())).append(" | ").append(name(s.getPredicate())).append(" | ")
                    .append(name(s.getObject())).append(" |\n");
        md.append('\n');
    }

    private void conceptScheme(StringBuilder md) {
        md.append("## Concept scheme\n\n");
        List<Resource> schemes = sorted(concepts.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).toList());
        for (Resource scheme : schemes) {
            md.append("`").append(scheme.getURI()).append("`: ").append(cell(or(text(scheme, SKOS.prefLabel.getURI(), "en"), "")))
                    .append(" / ").append(cell(text(scheme, SKOS.prefLabel.getURI(), "zh"))).append(".\n\n");
            md.append(oneLine(text(scheme, DCTERMS + "description", "en"))).append("\n\n");
        }
        List<Resource> all = concepts.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList();
        md.append(all.size()).append(" concepts. The converter matches texts against the English and Chinese labels, preferred and alternative;")
                .append(" a concept is typed with one SSPO class besides `skos:Concept`.\n\n");
        Map<String, List<Resource>> byClass = new TreeMap<>(Comparator.comparingInt(OntologyDocs::classOrder).thenComparing(Function.identity()));
        for (Resource c : all) {
            List<String> types = c.listProperties(RDF.type).mapWith(Statement::getObject)
                    .filterKeep(t -> t.isURIResource() && t.asResource().getURI().startsWith(Vocab.SSPO))
                    .mapWith(t -> t.asResource().getLocalName()).toList();
            if (types.isEmpty())
                types = List.of("");
            for (String t : types)
                byClass.computeIfAbsent(t, k -> new ArrayList<>()).add(c);
        }
        for (Map.Entry<String, List<Resource>> e : byClass.entrySet()) {
            Resource cls = ontology.getResource(Vocab.SSPO + e.getKey());
            String heading = e.getKey().isEmpty() ? "Other concepts" : label(cls, "en") + " / " + label(cls, "zh") + " (`sspo:" + e.getKey() + "`)";
            md.append("### ").append(heading).append(" — ").append(e.getValue().size()).append("\n\n");
            md.append("| Concept | English | 中文 | Broader | Definition | Links | Also called |\n|---|---|---|---|---|---|---|\n");
            for (Resource c : sorted(e.getValue())) {
                List<String> alt = new ArrayList<>();
                alt.addAll(sortedTexts(c, SKOS.altLabel, "en"));
                alt.addAll(sortedTexts(c, SKOS.altLabel, "zh"));
                md.append("| ").append(code(c))
                        .append(" | ").append(cell(text(c, SKOS.prefLabel.getURI(), "en")))
                        .append(" | ").append(cell(text(c, SKOS.prefLabel.getURI(), "zh")))
                        .append(" | ").append(cell(joinSorted(c.listProperties(SKOS.broader).mapWith(s -> name(s.getObject())).toList())))
                        .append(" | ").append(cell(text(c, SKOS.definition.getURI(), "en")))
                        .append(" | ").append(cell(links(c)))
                        .append(" | ").append(cell(String.join("; ", alt))).append(" |\n");
            }
            md.append('\n');
        }
    }

    private void shapesSection(StringBuilder md) {
        if (shapes.isEmpty())
            return;
        md.append("## Shapes\n\n");
        md.append("From `").append(SHAPES_FILE).append("`, checked by `policykg validate`. Each rule is listed with the message a violation reports.\n\n");
        Property message = shapes.createProperty(SH, "message");
        Property path = shapes.createProperty(SH, "path");
        Property property = shapes.createProperty(SH, "property");
        for (Resource shape : sorted(shapes.listSubjectsWithProperty(RDF.type, shapes.createResource(SH + "NodeShape")).toList())) {
            md.append("### ").append(cell(or(text(shape, RDFS.label.getURI(), "en"), name(shape)))).append(" (").append(name(shape)).append(")\n\n");
            String comment = text(shape, RDFS.comment.getURI(), "en");
            if (!comment.isEmpty())
                md.append(oneLine(comment)).append("\n\n");
            List<String> targets = new ArrayList<>();
            for (String t : List.of("targetClass", "targetSubjectsOf", "targetObjectsOf", "targetNode"))
                shape.listProperties(shapes.createProperty(SH, t)).forEach(s -> targets.add(t + " " + name(s.getObject())));
            md.append("Applies to: ").append(joinSorted(targets)).append(".\n\n");
            md.append("| Property | Message |\n|---|---|\n");
            List<String[]> rows = new ArrayList<>();
            if (shape.hasProperty(message))
                rows.add(new String[] {"(the node itself)", text(shape, message.getURI(), "")});
            shape.listProperties(property).forEach(s -> {
                Resource ps = s.getResource();
                rows.add(new String[] {ps.hasProperty(path) ? name(ps.getProperty(path).getObject()) : "", text(ps, message.getURI(), "")});
            });
            rows.sort(Comparator.<String[], String>comparing(r -> r[0]).thenComparing(r -> r[1]));
            for (String[] r : rows)
                md.append("| ").append(cell(r[0])).append(" | ").append(cell(r[1])).append(" |\n");
            md.append('\n');
        }
    }

    /** The concept's other relations, from the scheme and from the alignments: "relation: target, target; ...". */
    private String links(Resource concept) {
        Map<String, List<String>> byRelation = new TreeMap<>();
        for (Model m : List.of(concepts, alignments))
            m.listStatements(m.getResource(concept.getURI()), null, (RDFNode) null).forEach(s -> {
                Property p = s.getPredicate();
                if (s.getObject().isURIResource() && !p.equals(RDF.type) && !p.equals(SKOS.inScheme) && !p.equals(SKOS.broader)
                        && !p.equals(SKOS.topConceptOf))
                    byRelation.computeIfAbsent(name(p), k -> new ArrayList<>()).add(name(s.getObject()));
            });
        List<String> parts = new ArrayList<>();
        byRelation.forEach((relation, targets) -> parts.add(relation + " " + joinSorted(targets)));
        return String.join("; ", parts);
    }

    // ---------------------------------------------------------------- helpers

    private static int classOrder(String localName) {
        int i = CONCEPT_CLASSES.indexOf(localName);
        return i < 0 ? CONCEPT_CLASSES.size() : i;
    }

    private String label(Resource r, String lang) {
        return text(r, RDFS.label.getURI(), lang);
    }

    private String comment(Resource r) {
        return text(r, RDFS.comment.getURI(), "en");
    }

    /** The first (in sorted order) literal of a property in a language; lang "" takes any literal. */
    private static String text(Resource r, String property, String lang) {
        List<String> texts = sortedTexts(r, r.getModel().createProperty(property), lang);
        return texts.isEmpty() ? "" : texts.get(0);
    }

    private static List<String> sortedTexts(Resource r, Property p, String lang) {
        return r.listProperties(p).mapWith(Statement::getObject).filterKeep(RDFNode::isLiteral).mapWith(RDFNode::asLiteral)
                .filterKeep(l -> lang.isEmpty() || l.getLanguage().equalsIgnoreCase(lang) || l.getLanguage().toLowerCase(Locale.ROOT).startsWith(lang + "-"))
                .mapWith(Literal::getLexicalForm).toList().stream().sorted().toList();
    }

    private String values(Resource r, Property p) {
        return joinSorted(r.listProperties(p).mapWith(s -> s.getObject().isLiteral()
                ? s.getObject().asLiteral().getLexicalForm() : "<" + s.getObject().asResource().getURI() + ">").toList());
    }

    /** A prefixed name, or a readable form of a class expression such as an owl:unionOf. */
    private String name(RDFNode n) {
        if (n.isURIResource()) {
            String uri = n.asResource().getURI();
            String shortForm = prefixes.shortForm(uri);
            return shortForm.equals(uri) ? "<" + uri + ">" : shortForm;
        }
        if (n.isLiteral())
            return n.asLiteral().getLexicalForm();
        Resource r = n.asResource();
        Resource union = r.getPropertyResourceValue(OWL.unionOf);
        if (union != null && union.canAs(RDFList.class))
            return String.join(" or ", union.as(RDFList.class).iterator().mapWith(this::name).toList());
        return "(anonymous)";
    }

    private String code(Resource r) {
        return "`" + name(r) + "`";
    }

    private List<Resource> sorted(Collection<? extends Resource> resources) {
        return resources.stream().filter(Resource::isURIResource).map(Resource.class::cast)
                .sorted(Comparator.comparing(Resource::getURI)).distinct().toList();
    }

    private List<Statement> sortedStatements(List<Statement> statements) {
        return statements.stream().sorted(Comparator.<Statement, String>comparing(s -> name(s.getSubject()))
                .thenComparing(s -> name(s.getPredicate())).thenComparing(s -> name(s.getObject()))).toList();
    }

    private static String joinSorted(List<String> items) {
        return String.join(", ", new TreeSet<>(items));
    }

    private static void row(StringBuilder md, String key, String value) {
        md.append("| ").append(key).append(" | ").append(cell(value)).append(" |\n");
    }

    private static String or(String s, String dflt) {
        return s.isEmpty() ? dflt : s;
    }

    private static String oneLine(String s) {
        return s.strip().replaceAll("\\s*\\n\\s*", " ");
    }

    /** A table cell: one line, with the characters Markdown tables reserve escaped. */
    private static String cell(String s) {
        return oneLine(s).replace("|", "\\|");
    }
}
