package org.policykg.rdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.policykg.document.Cancellation;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.Target;
import org.apache.jena.shacl.engine.TargetType;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.PathWriter;
import org.apache.jena.sparql.util.FmtUtils;

/**
 * Checks RDF against the SHACL shapes of the ontology (ontology/shapes.ttl) and reports what is wrong in
 * the shapes' own words.
 *
 * <p>Shapes that test a value's class ({@code sh:class}) look for {@code rdf:type} and {@code rdfs:subClassOf}
 * in the data itself. A converter's output names concepts and actors that are described only in the concept
 * scheme, so the validator can be given background files (the ontology and the concept scheme) that are
 * checked together with the data: see {@link #forOntology(Path)}.
 */
public final class ShapeValidator {
    /** The files of an ontology folder {@link #forOntology(Path)} reads. */
    public static final String SHAPES_FILE = "shapes.ttl";
    public static final List<String> BACKGROUND_FILES = List.of("sspo.ttl", "concepts.ttl", "curated.ttl");

    /** The shapes as written, for {@link #validate}: parsed the first time it is called (a converter needs only {@link #documentShapes}). */
    private final Graph shapesGraph;
    private Shapes shapes;
    /** The same shapes (parsed apart) with {@link ConformanceConstraints} in place, for {@link #validateDocument}. */
    private final Shapes documentShapes;
    private final Graph background;
    private final PrefixMapping prefixes;
    /**
     * For each target shape that reads nothing but its focus node's own triples ({@link ConformanceConstraints#readsOnlyTheFocus}):
     * whether a background node conforms to it on the background alone, remembered once found. A document that says
     * nothing about such a node but what the background says (a concept it names, described as the scheme describes it)
     * cannot change the outcome, so the node is not checked again document after document.
     */
    private final Map<Shape, Map<Node, Boolean>> backgroundOutcomes = new IdentityHashMap<>();
    /** For each target shape whose targets are classes or subjects of a property: its focus nodes in the background alone. */
    private final Map<Shape, Set<Node>> backgroundFocus = new IdentityHashMap<>();
    private final ClassHierarchy hierarchy;
    /** The subjects of the background's triples (the background is read once and not changed after). */
    private final Set<Node> backgroundSubjects;
    /** Whether a shape may focus on a literal (sh:targetNode, sh:targetObjectsOf, a SPARQL target): else only IRIs and blank nodes are. */
    private final boolean literalFocus;
    /** The predicates a shape can read ({@link #mayRead}), or null where the shapes may read any. */
    private final Set<Node> readable;
    /** The classes whose instances a shape can see: those the shapes name, with their subclasses in the background. */
    private final Set<Node> readableTypes;

    private ShapeValidator(Graph shapesGraph, Shapes parsed, Graph background) {
        this.shapesGraph = shapesGraph;
        this.background = background;
        this.hierarchy = new ClassHierarchy(background);
        this.documentShapes = ConformanceConstraints.install(parsed, hierarchy);
        PrefixMapping pm = Vocab.prefixes();
        // documents, statements and candidates stay full IRIs in reports: a reader pastes them into a query
        pm.removeNsPrefix("doc");
        pm.removeNsPrefix("candidate");
        this.prefixes = pm.lock();
        this.backgroundSubjects = Set.copyOf(background.find().mapWith(Triple::getSubject).toSet());
        this.literalFocus = documentShapes.getTargetShapes().stream().flatMap(shape -> shape.getTargets().stream())
                .anyMatch(t -> t.getTargetType() != TargetType.targetClass && t.getTargetType() != TargetType.implicitClass
                        && t.getTargetType() != TargetType.targetSubjectsOf);
        this.readable = readable(shapesGraph);
        Set<Node> types = new HashSet<>();
        if (readable != null)
            for (Node c : readable)
                types.addAll(hierarchy.subclassesOf(c));
        this.readableTypes = Set.copyOf(types);
        if (!background.isEmpty())
            for (Shape shape : documentShapes.getTargetShapes()) {
                if (ConformanceConstraints.readsOnlyTheFocus(shape))
                    backgroundOutcomes.put(shape, new ConcurrentHashMap<>());
                if (shape.getTargets().stream().allMatch(t -> BY_CLASS_OR_SUBJECT.contains(t.getTargetType())))
                    backgroundFocus.put(shape, Set.copyOf(VLib.focusNodes(background, shape)));
            }
    }

    private static final Set<TargetType> BY_CLASS_OR_SUBJECT = Set.of(TargetType.targetClass, TargetType.implicitClass, TargetType.targetSubjectsOf);

    /**
     * The focus nodes of {@code shape} among {@code own}, in the document read with the background, where the document
     * keeps the background's class hierarchy: those the background gives (found once) and those the document types or
     * uses as subjects itself. Other kinds of target are found as Jena finds them.
     */
    private Collection<Node> focusNodes(Graph g, Graph data, Shape shape, Set<Node> own) {
        Set<Node> fromBackground = backgroundFocus.get(shape);
        if (fromBackground == null)
            return VLib.focusNodes(g, shape);
        Set<Node> out = new HashSet<>();
        for (Target t : shape.getTargets()) {
            if (t.getTargetType() == TargetType.targetSubjectsOf)
                data.find(Node.ANY, t.getObject(), Node.ANY).forEachRemaining(x -> out.add(x.getSubject()));
            else
                for (Node c : hierarchy.subclassesOf(t.getTargetType() == TargetType.implicitClass ? shape.getShapeNode() : t.getObject()))
                    data.find(Node.ANY, RDF.type.asNode(), c).forEachRemaining(x -> out.add(x.getSubject()));
        }
        for (Node n : own)
            if (fromBackground.contains(n))
                out.add(n);
        return out;
    }

    /** The shapes in one file, checked against the data alone. */
    public static ShapeValidator fromFile(Path shapesFile) {
        return fromFile(shapesFile, List.of());
    }

    /** The shapes in one file, checked against the data together with the background files. */
    public static ShapeValidator fromFile(Path shapesFile, List<Path> backgroundFiles) {
        return fromFile(shapesFile, backgroundFiles, GraphFactory.createDefaultGraph());
    }

    /** As above, with {@code background} holding what was already read of the background (the files are read into it). */
    private static ShapeValidator fromFile(Path shapesFile, List<Path> backgroundFiles, Graph background) {
        Graph shapesGraph = read(shapesFile, "shapes");
        Shapes parsed;
        try {
            parsed = Shapes.parse(shapesGraph);
        } catch (RuntimeException ex) {
            throw new IllegalArgumentException(shapesFile + ": not valid SHACL: " + ex.getMessage(), ex);
        }
        for (Path f : backgroundFiles)
            GraphUtil.addInto(background, read(f, "ontology"));
        return new ShapeValidator(shapesGraph, parsed, background);
    }

    /** The shapes as written (without {@link ConformanceConstraints}), parsed once, when first needed. */
    private synchronized Shapes shapes() {
        Shapes s = shapes;
        if (s == null)
            shapes = s = Shapes.parse(shapesGraph); // parsed once already (documentShapes): valid SHACL
        return s;
    }

    /** The shapes of an ontology folder (shapes.ttl), with its ontology and concept scheme as background. */
    public static ShapeValidator forOntology(Path ontologyDir) {
        List<Path> background = new ArrayList<>();
        for (String name : BACKGROUND_FILES) {
            Path f = ontologyDir.resolve(name);
            if (Files.isRegularFile(f))
                background.add(f);
        }
        return fromFile(ontologyDir.resolve(SHAPES_FILE), background);
    }

    /**
     * As {@link #forOntology(Path)}, with the background files {@code read} already read by the caller into
     * {@code graph} (the extractor's concept scheme): the other background files are read into it, and it is
     * the validator's from then on.
     */
    public static ShapeValidator forOntology(Path ontologyDir, List<Path> read, Graph graph) {
        List<Path> background = new ArrayList<>();
        for (String name : BACKGROUND_FILES) {
            Path f = ontologyDir.resolve(name);
            if (Files.isRegularFile(f) && !read.contains(f))
                background.add(f);
        }
        return fromFile(ontologyDir.resolve(SHAPES_FILE), background, graph);
    }

    private static Graph read(Path file, String what) {
        if (!Files.isRegularFile(file))
            throw new IllegalArgumentException(file + ": no such " + what + " file");
        Graph g = GraphFactory.createDefaultGraph();
        try {
            RDFParser.source(file).parse(g);
        } catch (RiotException ex) {
            throw new IllegalArgumentException(file + ": cannot read the " + what + ": " + ex.getMessage(), ex);
        }
        return g;
    }

    /** Checks a graph (with the background, if any). */
    public Report validate(Graph data) {
        Graph checked = withBackground(data);
        return report(ShaclValidator.get().validate(shapes(), stoppable(checked)), checked);
    }

    /** The data with the background (ontology, concept scheme) copied beside it, or the data itself when there is none. */
    private Graph withBackground(Graph data) {
        if (background.isEmpty())
            return data;
        Graph checked = GraphFactory.createDefaultGraph();
        GraphUtil.addInto(checked, data);
        GraphUtil.addInto(checked, background);
        return checked;
    }

    private Report report(ValidationReport report, Graph data) {
        List<Violation> violations = new ArrayList<>();
        for (ReportEntry e : report.getEntries())
            violations.add(new Violation(e.focusNode(),
                    format(e.focusNode()),
                    e.resultPath() == null ? "" : PathWriter.asString(e.resultPath(), new Prologue(prefixes)),
                    // a shape about the node as a whole reports the node itself as the value: say it once
                    e.value() == null || e.value().equals(e.focusNode()) ? "" : value(e, data),
                    e.message() == null ? "" : e.message().strip(),
                    e.severity() == null ? "Violation" : e.severity().level().getLocalName()));
        violations.sort(Comparator.comparing((Violation v) -> v.focusNode().toString()).thenComparing(Violation::path)
                .thenComparing(Violation::message).thenComparing(Violation::value));
        return new Report(report.conforms(), List.copyOf(violations));
    }

    /**
     * The value a report entry names. Two labels in one language (sh:uniqueLang) are named both, in order: Jena names
     * the one it met second, which hangs on the order the graph keeps its triples in.
     */
    private String value(ReportEntry e, Graph data) {
        if (SHACL.UniqueLangConstraintComponent.equals(e.sourceConstraintComponent()) && e.value().isLiteral()
                && e.resultPath() instanceof org.apache.jena.sparql.path.P_Link link) {
            String lang = e.value().getLiteralLanguage();
            List<String> same = data.find(e.focusNode(), link.getNode(), Node.ANY)
                    .filterKeep(t -> t.getObject().isLiteral() && t.getObject().getLiteralLanguage().equalsIgnoreCase(lang))
                    .mapWith(t -> format(t.getObject())).toList();
            if (same.size() > 1)
                return String.join(", ", same.stream().sorted().toList());
        }
        return format(e.value());
    }

    /**
     * Checks one converted document: the shapes whose targets are the document's own nodes (those in
     * {@code data}), with the background for {@code sh:class}. Background nodes the document says nothing
     * about are not checked again, document after document: their validity does not depend on it. The
     * same violations as {@link #validate(Graph)} for every node of the document (where a node has two names in one
     * language, {@code sh:uniqueLang} may quote the other one: which comes first depends on the graph's order).
     *
     * <p>{@code sh:or} and {@code sh:qualifiedValueShape} learn an inner check's outcome without building its
     * report, and what does not depend on the document is remembered ({@link ConformanceConstraints}, the fields above).
     * The background must not change after the validator is made.
     */
    public Report validateDocument(Graph data) {
        Set<Node> own = new HashSet<>();
        data.find().forEachRemaining(t -> {
            own.add(t.getSubject());
            if (mayFocusOn(t.getObject()))
                own.add(t.getObject());
        });
        return validateDocument(data, own);
    }

    /** Kinds of shape that read triples their shapes graph need not name: closed shapes, SPARQL and JavaScript. */
    private static final List<Node> READING_ANY = List.of(SHACL.closed, SHACL.sparql, SHACL.select, SHACL.ask, SHACL.target,
            SHACL.validator, SHACL.nodeValidator, SHACL.propertyValidator, SHACL.js, SHACL.jsFunctionName);

    /**
     * What the shapes can read, a superset: every IRI their graph names (a path, a target property, an {@code sh:equals}),
     * the types ({@code sh:class}, targets) and the class hierarchy; null (anything) if a shape is of a kind in {@link #READING_ANY}.
     */
    private static Set<Node> readable(Graph shapesGraph) {
        for (Node p : READING_ANY)
            if (shapesGraph.contains(Node.ANY, p, Node.ANY))
                return null;
        Set<Node> out = new HashSet<>(List.of(RDF.type.asNode(), RDFS.subClassOf.asNode()));
        shapesGraph.find().forEachRemaining(t -> {
            for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject()))
                if (n.isURI())
                    out.add(n);
        });
        return Set.copyOf(out);
    }

    /**
     * Whether a shape can read {@code t}: a triple of a property no shape names cannot change any outcome, nor can the type
     * of a class no shape names (nor a superclass of it, in the background), unless the document adds to the class
     * hierarchy ({@link ShapeCheckingSink} keeps those types aside for that case). So a document's graph for
     * {@link #validateDocument(Graph, Set)} need not hold them (their nodes still go into {@code own}).
     */
    public boolean mayRead(Triple t) {
        if (readable == null)
            return true;
        Node p = t.getPredicate();
        return readable.contains(p) && (!p.equals(RDF_TYPE) || readableTypes.contains(t.getObject()));
    }

    private static final Node RDF_TYPE = RDF.type.asNode();

    /** Whether a shape may take {@code node} for its focus: any node but a literal, unless a shape targets nodes or objects. */
    public boolean mayFocusOn(Node node) {
        return literalFocus || !node.isLiteral();
    }

    /**
     * {@link #validateDocument(Graph)}, given the subjects and objects of {@code data} (collected as it was filled; the
     * objects only where {@link #mayFocusOn}).
     */
    public Report validateDocument(Graph data, Set<Node> own) {
        // the background is read through a union view, not copied beside each document
        Graph g = stoppable(background.isEmpty() ? data : new WithBackground(data, background, backgroundSubjects));
        // a document that adds to the class hierarchy (rare) is checked with Jena's own constraints, nothing remembered
        boolean kept = ClassHierarchy.keptBy(data);
        Shapes checked = kept ? documentShapes : shapes();
        ValidationContext vCxt = ValidationContext.create(checked, g);
        for (Shape shape : checked.getTargetShapes()) {
            Map<Node, Boolean> onBackground = backgroundOutcomes.get(shape);
            for (Node focus : kept ? focusNodes(g, data, shape, own) : VLib.focusNodes(g, shape))
                if (own.contains(focus) && !(onBackground != null && saysNothingNew(data, focus) && conformsOnBackground(shape, focus, onBackground)))
                    VLib.validateShape(vCxt, g, shape, focus); // a node that fails on the background is checked here, for the report
        }
        // every report entry marks the context, so none means conforming: no report graph to build (most documents)
        if (!vCxt.hasViolation())
            return CONFORMS;
        return report(vCxt.generateReport(), g);
    }

    private static final Report CONFORMS = new Report(true, List.of());

    /** Whether every triple {@code data} holds about {@code node} is in the background too. */
    private boolean saysNothingNew(Graph data, Node node) {
        ExtendedIterator<Triple> about = data.find(node, Node.ANY, Node.ANY);
        try {
            while (about.hasNext())
                if (!background.contains(about.next()))
                    return false;
            return true;
        } finally {
            about.close();
        }
    }

    private boolean conformsOnBackground(Shape shape, Node node, Map<Node, Boolean> known) {
        Boolean outcome = known.get(node);
        if (outcome == null) {
            Graph bg = stoppable(background);
            ValidationContext vCxt = ValidationContext.create(documentShapes, bg);
            VLib.validateShape(vCxt, bg, shape, node);
            known.put(node, outcome = !vCxt.hasViolation());
        }
        return outcome;
    }

    /**
     * A document's graph read together with the background, without copying either: what the document holds,
     * then what the background holds that the document does not (so no triple is seen twice, as in a copy of both).
     */
    private static final class WithBackground extends GraphBase {
        private final Graph data, background;
        private final Set<Node> backgroundSubjects;

        WithBackground(Graph data, Graph background, Set<Node> backgroundSubjects) {
            this.data = data;
            this.background = background;
            this.backgroundSubjects = backgroundSubjects;
        }

        @Override
        protected ExtendedIterator<Triple> graphBaseFind(Triple m) {
            // a document's own node (a sentence, a statement) is no subject of the background: nothing to look up there
            if (m.getSubject().isConcrete() && !backgroundSubjects.contains(m.getSubject()))
                return data.find(m);
            ExtendedIterator<Triple> own = data.find(m);
            if (!own.hasNext()) {
                // most lookups (a concept's types, a class's superclasses) find nothing in the document: no triple to drop
                own.close();
                return background.find(m);
            }
            return own.andThen(background.find(m).filterDrop(data::contains));
        }

        @Override
        protected boolean graphBaseContains(Triple t) {
            return data.contains(t) || (!t.getSubject().isConcrete() || backgroundSubjects.contains(t.getSubject())) && background.contains(t);
        }

        @Override
        protected int graphBaseSize() {
            return data.size() + (int) background.stream().filter(t -> !data.contains(t)).count();
        }
    }

    /**
     * The graph as the validator reads it, checking for cancellation on every lookup: Jena's SHACL engine
     * never looks at interrupts itself, and a document whose time is up must stop here too.
     */
    private static Graph stoppable(Graph g) {
        return new GraphWrapper(g) {
            @Override public ExtendedIterator<Triple> find(Triple t) {
                Cancellation.check();
                return super.find(t);
            }

            @Override public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
                Cancellation.check();
                return super.find(s, p, o);
            }

            @Override public boolean contains(Node s, Node p, Node o) {
                Cancellation.check();
                return super.contains(s, p, o);
            }

            @Override public boolean contains(Triple t) {
                Cancellation.check();
                return super.contains(t);
            }
        };
    }

    /**
     * Checks everything in a dataset: its default graph and all its named graphs, as one graph.
     * The caller holds a read transaction when the dataset is transactional.
     */
    public Report validate(DatasetGraph dataset) {
        Graph all = GraphFactory.createDefaultGraph();
        GraphUtil.addInto(all, dataset.getDefaultGraph());
        GraphUtil.addInto(all, dataset.getUnionGraph());
        return validate(all);
    }

    private String format(Node node) {
        return FmtUtils.stringForNode(node, prefixes);
    }

    /** One thing wrong: where (the focus node and the property), the offending value if any, and why. */
    public record Violation(Node focusNode, String focus, String path, String value, String message, String severity) {
        public String describe() {
            StringBuilder sb = new StringBuilder(focus);
            if (!path.isEmpty())
                sb.append("  (").append(path).append(')');
            sb.append("\n     ").append(message);
            if (!value.isEmpty())
                sb.append("\n     value: ").append(value);
            if (!severity.equals("Violation"))
                sb.append("\n     severity: ").append(severity);
            return sb.toString();
        }
    }

    /** The outcome: whether the data conforms, and every violation in a stable order. */
    public record Report(boolean conforms, List<Violation> violations) {
        /** The report for people: one numbered entry per violation. */
        public String describe() {
            if (conforms)
                return "Conforms to the shapes: no violations.";
            StringBuilder sb = new StringBuilder("Does not conform to the shapes: ")
                    .append(violations.size()).append(violations.size() == 1 ? " violation" : " violations").append('\n');
            int n = 0;
            for (Violation v : violations)
                sb.append(String.format("%3d. ", ++n)).append(v.describe()).append('\n');
            return sb.toString();
        }

        @Override public String toString() { return describe(); }
    }
}
