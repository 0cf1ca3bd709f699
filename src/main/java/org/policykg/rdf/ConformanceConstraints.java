package org.policykg.rdf;

import java.util.*;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.ValidationContext;
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
 */
final class ConformanceConstraints {
    private ConformanceConstraints() {}

    /** Puts these constraints in place of Jena's in every shape of {@code shapes} (parsed for this use alone). */
    static Shapes install(Shapes shapes) {
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
                if (c.getClass() == ShOr.class) {
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

    /** Whether {@code value} conforms to {@code shape}: an inner check of its own, as Jena makes it. */
    private static boolean conforms(ValidationContext vCxt, Graph data, Shape shape, Node value) {
        ValidationContext inner = ValidationContext.create(vCxt);
        inner.setVerbose(false);
        ValidationProc.execValidateShape(inner, data, shape, value);
        return !inner.hasViolation();
    }

    /** {@code sh:or}: Jena's {@link ShOr}, each alternative's outcome read from the inner check. */
    static final class Or extends ShOr {
        Or(List<Shape> others) { super(others); }

        @Override
        public ReportItem validate(ValidationContext vCxt, Graph data, Node node) {
            for (Shape sh : others)
                if (conforms(vCxt, data, sh, node))
                    return null;
            return new ReportItem(toString() + " at focusNode " + ShLib.displayStr(node), node);
        }
    }

    /** {@code sh:qualifiedValueShape} without {@code sh:qualifiedValueShapesDisjoint}: Jena's, counting as it does. */
    static final class Qualified extends QualifiedValueShape {
        private final Shape sub;
        private final int qMin, qMax;

        Qualified(Shape sub, int qMin, int qMax) {
            super(sub, qMin, qMax, false);
            this.sub = sub;
            this.qMin = qMin;
            this.qMax = qMax;
        }

        @Override
        public void validatePropertyShape(ValidationContext vCxt, Graph data, Shape shape, Node focusNode, Path path, Set<Node> valueNodes) {
            int x = 0;
            for (Node v : valueNodes)
                if (conforms(vCxt, vCxt.getDataGraph(), sub, v))
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
