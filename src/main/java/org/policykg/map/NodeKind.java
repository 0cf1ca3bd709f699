package org.policykg.map;

import java.util.Collection;
import java.util.List;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.SKOS;
import org.policykg.rdf.Vocab;

/**
 * What a node on a map is, decided by its class, and how every format draws it. Listed in the order
 * of precedence: a resource typed as two of these is drawn as the first.
 */
public enum NodeKind {
    DOCUMENT(Vocab.PolicyDocument, "document", Shape.NOTE, "#f2f2f2", "#555555"),
    PERSON(Vocab.Person, "person", Shape.ELLIPSE, "#fde0c5", "#b35900"),
    ORGANIZATION(Vocab.Organization, "organization", Shape.ELLIPSE, "#e4d7f5", "#5b3a8c"),
    POLICY_AREA(ResourceFactory.createResource(Vocab.SSPO + "PolicyArea"), "policy area", Shape.ROUNDED, "#fbe3ef", "#9c2763"),
    GOAL(Vocab.Goal, "goal", Shape.ROUNDED, "#d5f0d5", "#2e7d32"),
    REFORM(Vocab.Reform, "reform", Shape.ROUNDED, "#d6e6fa", "#1f5fa8"),
    PRINCIPLE(Vocab.Principle, "principle", Shape.HEXAGON, "#fff2b3", "#9a7b00"),
    COMPONENT(Vocab.SystemComponent, "system component", Shape.BOX, "#d2f1ee", "#00796b"),
    PLAN(Vocab.Plan, "plan", Shape.BOX, "#f7dede", "#a33a3a"),
    EVENT(Vocab.Event, "event", Shape.BOX, "#f7dede", "#a33a3a"),
    ACTOR(Vocab.Actor, "actor", Shape.ELLIPSE, "#e4d7f5", "#5b3a8c"),
    CONCEPT(SKOS.Concept, "concept", Shape.ROUNDED, "#eeeeee", "#666666"),
    OTHER(null, "other", Shape.BOX, "#ffffff", "#999999");

    /** The outline a kind is drawn with; each format maps these to its own shape names. */
    public enum Shape { NOTE, ELLIPSE, ROUNDED, HEXAGON, BOX }

    private final Resource type;
    private final String label;
    private final Shape shape;
    private final String fill;
    private final String stroke;

    NodeKind(Resource type, String label, Shape shape, String fill, String stroke) {
        this.type = type;
        this.label = label;
        this.shape = shape;
        this.fill = fill;
        this.stroke = stroke;
    }

    /** The kind for a resource with these class IRIs. */
    public static NodeKind of(Collection<String> types) {
        for (NodeKind k : values())
            if (k.type != null && types.contains(k.type.getURI()))
                return k;
        return OTHER;
    }

    public static List<NodeKind> all() { return List.of(values()); }

    /** The class, or null for {@link #OTHER}. */
    public Resource type() { return type; }

    /** The English name, for legends where the graph has no label for the class. */
    public String label() { return label; }
    /** A name for ids and CSS classes: lower case, no spaces. */
    public String key() { return name().toLowerCase(java.util.Locale.ROOT); }
    public Shape shape() { return shape; }
    /** Fill colour, #rrggbb. */
    public String fill() { return fill; }
    /** Outline and text accent colour, #rrggbb. */
    public String stroke() { return stroke; }
}
