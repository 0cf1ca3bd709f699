package org.policykg.rdf;

import java.util.*;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.engine.constraint.ClassConstraint;
import org.apache.jena.shacl.engine.constraint.ConstraintEntity;
import org.apache.jena.shacl.engine.constraint.ConstraintOp;
import org.apache.jena.shacl.engine.constraint.ConstraintOp1;
import org.apache.jena.shacl.engine.constraint.ConstraintOpN;
import org.apache.jena.shacl.engine.constraint.ConstraintPairwise;
import org.apache.jena.shacl.engine.constraint.ConstraintTerm;
import org.apache.jena.shacl.engine.constraint.UniqueLangConstraint;
import org.apache.jena.shacl.parser.PropertyShape;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.shacl.engine.constraint.QualifiedValueShape;
import org.apache.jena.shacl.engine.constraint.ReportConstraint;
import org.apache.jena.shacl.engine.constraint.ShOr;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.parser.Constraint;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportItem;
import org.apache.jena.shacl.validation.ValidationProc;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.path.Path;

/**
 * Jena's {@code sh:or} and {@code sh:qualifiedValueShape} (not disjoint) as Jena evaluates them, except how they
 * learn whether a value conforms to an inner shape: Jena builds the inner check's whole validation report (an RDF
 * model, even when it is empty) and asks it; these ask the inner check whether it recorded an entry
 * ({@link ValidationContext#hasViolation()}), which it does exactly when the report would have one. The same
 * results and messages, without a report model per inner check: for a document, one per sentence offset
 * ({@code sh:or} of four datatypes) and per name of every concept it names.
 *
 * <p>An inner shape that reads nothing but the value itself (every constraint a {@link ConstraintTerm}: datatype,
 * language, node kind, pattern, range, length, {@code sh:in}; no property shapes) has the same outcome for a value in
 * every document, so it is remembered by value ({@link Outcomes}): a sentence's offsets and a concept's names recur.
 */
final class ConformanceConstraints {
    private ConformanceConstraints() {}

    /**
     * Puts these constraints in place of Jena's in every shape of {@code shapes} (parsed for this use alone); with a
     * {@code hierarchy}, {@code sh:class} too ({@link ClassOf}), for data whose hierarchy it is.
     */
    static Shapes install(Shapes shapes, ClassHierarchy hierarchy) {
        Set<Shape> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Shape> todo = new ArrayDeque<>(shapes.getShapeMap().values());
        shapes.iteratorAll().forEachRemaining(todo::add);
        while (!todo.isEmpty()) {
            Shape shape = todo.pop();
            if (!seen.add(shape))
                continue;
            todo.addAll(shape.getPropertyShapes());
            if (!(shape.getConstraints() instanceof List<Constraint> constraints))
                continue;
            for (int i = 0; i < constraints.size(); i++) {
                Constraint c = constraints.get(i);
                if (c.getClass() == ClassConstraint.class && hierarchy != null) {
                    constraints.set(i, new ClassOf(((ClassConstraint) c).getExpectedClass(), hierarchy));
                } else if (c.getClass() == ShOr.class) {
                    todo.addAll(((ShOr) c).getOthers());
                    constraints.set(i, new Or(((ShOr) c).getOthers()));
                } else if (c.getClass() == QualifiedValueShape.class) {
                    QualifiedValueShape q = (QualifiedValueShape) c;
                    todo.add(q.getSub());
                    if (!q.qDisjoint())
                        constraints.set(i, new Qualified(q.getSub(), q.qMin(), q.qMax()));
                }
            }
        }
        return shapes;
    }

    /**
     * Whether checking a node against {@code shape} reads nothing but the node's own triples (simple property paths from
     * it) and the values of those, each by itself: no class of a value ({@code sh:class}), no shape over a value's own
     * properties, no SPARQL. Such a node checks the same in every graph that holds the same triples about it.
     */
    static boolean readsOnlyTheFocus(Shape shape) {
        for (Constraint c : shape.getConstraints()) {
            boolean onTheFocus = readsOnlyWhatItIsGiven(c) || c instanceof ConstraintOp op && allInner(op, ConformanceConstraints::readsOnlyTheFocus);
            if (!onTheFocus)
                return false;
        }
        for (PropertyShape ps : shape.getPropertyShapes()) {
            if (!(ps.getPath() instanceof P_Link) || !ps.getPropertyShapes().isEmpty())
                return false;
            for (Constraint c : ps.getConstraints()) {
                boolean onEachValue = readsOnlyWhatItIsGiven(c) || c instanceof ConstraintOp op && allInner(op, Outcomes::readsOnlyTheValue)
                        || c instanceof QualifiedValueShape q && Outcomes.readsOnlyTheValue(q.getSub());
                if (!onEachValue)
                    return false;
            }
        }
        return true;
    }

    /**
     * A constraint given the node or its values and nothing else (datatype, count, language, {@code sh:hasValue}, …), or
     * one that compares two of the node's own properties ({@code sh:lessThan}, {@code sh:equals}, …).
     */
    private static boolean readsOnlyWhatItIsGiven(Constraint c) {
        return c instanceof ConstraintTerm || c instanceof ConstraintEntity || c instanceof ConstraintPairwise || c instanceof UniqueLangConstraint;
    }

    /** Whether every shape inside {@code sh:or}, {@code sh:and}, {@code sh:xone} or {@code sh:not} passes {@code test}; false for any other kind. */
    private static boolean allInner(ConstraintOp op, java.util.function.Predicate<Shape> test) {
        if (op instanceof ConstraintOpN n)
            return n.getOthers().stream().allMatch(test);
        if (op instanceof ConstraintOp1 o)
            return test.test(o.getOther());
        return false;
    }

    /** Whether {@code value} conforms to {@code shape}: an inner check of its own, as Jena makes it. */
    private static boolean conforms(ValidationContext vCxt, Graph data, Shape shape, Node value) {
        ValidationContext inner = ValidationContext.create(vCxt);
        inner.setVerbose(false);
        ValidationProc.execValidateShape(inner, data, shape, value);
        return !inner.hasViolation();
    }

    /**
     * The outcomes of one inner shape: remembered by value when the shape reads nothing but the value, else checked
     * each time. At most {@link #REMEMBERED} values are kept (a long run names ever new candidates): then it starts over.
     */
    static final class Outcomes {
        static final int REMEMBERED = 100_000;
        private final Shape shape;
        private final Map<Node, Boolean> byValue;

        Outcomes(Shape shape) {
            this.shape = shape;
            this.byValue = readsOnlyTheValue(shape) ? new ConcurrentHashMap<>() : null;
        }

        boolean conforms(ValidationContext vCxt, Graph data, Node value) {
            if (byValue == null)
                return ConformanceConstraints.conforms(vCxt, data, shape, value);
            Boolean known = byValue.get(value);
            if (known != null)
                return known;
            boolean outcome = ConformanceConstraints.conforms(vCxt, data, shape, value);
            if (byValue.size() >= REMEMBERED)
                byValue.clear();
            byValue.put(value, outcome);
            return outcome;
        }

        /** A node shape whose every constraint is a {@link ConstraintTerm} (given the value alone, no graph) and that has no property shapes. */
        static boolean readsOnlyTheValue(Shape shape) {
            return shape.isNodeShape() && shape.getPropertyShapes().isEmpty()
                    && shape.getConstraints().stream().allMatch(c -> c instanceof ConstraintTerm);
        }
    }

    /**
     * {@code sh:class}: Jena's {@link ClassConstraint}, with the value's classes looked up in a hierarchy closed once
     * instead of walked up for every value; a value of none of them is left to Jena's check, for its report. Only for
     * data whose {@code rdfs:subClassOf} triples are the hierarchy's ({@link ClassHierarchy#keptBy}).
     */
    static final class ClassOf extends ClassConstraint {
        private final ClassHierarchy hierarchy;

        ClassOf(Node expected, ClassHierarchy hierarchy) {
            super(expected);
            this.hierarchy = hierarchy;
        }

        @Override
        public ReportItem validate(ValidationContext vCxt, Graph data, Node node) {
            if (!node.isLiteral() && hierarchy.isInstance(data, node, getExpectedClass()))
                return null;
            return super.validate(vCxt, data, node);
        }
    }

    /** {@code sh:or}: Jena's {@link ShOr}, each alternative's outcome read from the inner check. */
    static final class Or extends ShOr {
        private final List<Outcomes> alternatives;

        Or(List<Shape> others) {
            super(others);
            this.alternatives = others.stream().map(Outcomes::new).toList();
        }

        @Override
        public ReportItem validate(ValidationContext vCxt, Graph data, Node node) {
            for (Outcomes alternative : alternatives)
                if (alternative.conforms(vCxt, data, node))
                    return null;
            return new ReportItem(toString() + " at focusNode " + ShLib.displayStr(node), node);
        }
    }

    /** {@code sh:qualifiedValueShape} without {@code sh:qualifiedValueShapesDisjoint}: Jena's, counting as it does. */
    static final class Qualified extends QualifiedValueShape {
        private final Outcomes sub;
        private final int qMin, qMax;

        Qualified(Shape sub, int qMin, int qMax) {
            super(sub, qMin, qMax, false);
            this.sub = new Outcomes(sub);
            this.qMin = qMin;
            this.qMax = qMax;
        }

        @Override
        public void validatePropertyShape(ValidationContext vCxt, Graph data, Shape shape, Node focusNode, Path path, Set<Node> valueNodes) {
            int x = 0;
            for (Node v : valueNodes)
                if (sub.conforms(vCxt, vCxt.getDataGraph(), v))
                    x++;
            if (qMin >= 0 && qMin > x)
                vCxt.reportEntry(toString() + ": Min = " + qMin + " but got " + x + " validations", shape, focusNode, path, null,
                        new ReportConstraint(SHACL.QualifiedMinCountConstraintComponent));
            if (qMax >= 0 && qMax < x)
                vCxt.reportEntry(toString() + ": Max = " + qMax + " but got " + x + " validations", shape, focusNode, path, null,
                        new ReportConstraint(SHACL.QualifiedMaxCountConstraintComponent));
        }
    }
}
