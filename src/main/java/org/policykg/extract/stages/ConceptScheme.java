package org.policykg.extract.stages;

import java.util.*;

import org.apache.jena.rdf.model.*;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.policykg.document.ConceptRef;
import org.policykg.rdf.Vocab;

/**
 * The concepts, actors and posts the converter recognises, read from the concept scheme
 * ({@code ontology/concepts.ttl}): every label and synonym of each, in one language.
 */
public final class ConceptScheme {
    /** A way a node is named, and the node. */
    public record Label(String text, ConceptRef concept) {}

    /** Most specific first: a node typed as several of these gets the first. */
    private static final List<String> TYPE_ORDER = List.of(
            Vocab.Goal.getURI(), Vocab.Reform.getURI(), Vocab.Principle.getURI(), Vocab.SystemComponent.getURI(),
            Vocab.Plan.getURI(), Vocab.Event.getURI(), Vocab.Person.getURI(), Vocab.Organization.getURI(), Vocab.Actor.getURI(),
            Vocab.Post.getURI(), Vocab.SSPO + "PolicyArea");
    private static final Property FOAF_NAME = ResourceFactory.createProperty(Vocab.FOAF, "name");

    private static final Property REJECTED = ResourceFactory.createProperty(Vocab.SSPO, "rejectedWording");

    private static final Property POST_IN = ResourceFactory.createProperty(Vocab.ORG, "postIn");

    private final List<Label> labels;
    private final Set<String> rejected;
    private final Map<String, String> postBodies;

    private ConceptScheme(List<Label> labels, Set<String> rejected, Map<String, String> postBodies) {
        this.labels = List.copyOf(labels);
        this.rejected = Set.copyOf(rejected);
        this.postBodies = Map.copyOf(postBodies);
    }

    public static ConceptScheme from(Model m, String language) {
        List<Label> out = new ArrayList<>();
        Set<Resource> nodes = new TreeSet<>(Comparator.comparing(Resource::getURI));
        for (Property p : List.of(SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel, FOAF_NAME, RDFS.label))
            m.listSubjectsWithProperty(p).forEachRemaining(r -> { if (r.isURIResource() && isNode(r)) nodes.add(r); });
        for (Resource r : nodes) {
            String type = typeOf(r);
            String pref = label(r, language);
            if (pref == null)
                continue;
            ConceptRef ref = new ConceptRef(r.getURI(), pref, type, false, language);
            Set<String> seen = new LinkedHashSet<>();
            for (Property p : List.of(SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel, FOAF_NAME, RDFS.label))
                r.listProperties(p).forEachRemaining(st -> {
                    if (st.getObject().isLiteral() && matches(st.getLanguage(), language))
                        seen.add(st.getString());
                });
            for (String s : seen)
                out.add(new Label(s, ref));
        }
        // wordings a curator rejected (ontology/curated.ttl): never minted as candidates again
        Set<String> rejected = new HashSet<>();
        m.listStatements(null, REJECTED, (RDFNode) null).forEachRemaining(st -> {
            if (st.getObject().isLiteral())
                rejected.add(wordingKey(st.getString(), st.getLanguage()));
        });
        Map<String, String> postBodies = new HashMap<>();
        m.listStatements(null, POST_IN, (RDFNode) null).forEachRemaining(st -> {
            if (st.getSubject().isURIResource() && st.getObject().isURIResource())
                postBodies.put(st.getSubject().getURI(), st.getObject().asResource().getURI());
        });
        return new ConceptScheme(out, rejected, postBodies);
    }

    public List<Label> labels() { return labels; }

    /** The body each post of the scheme is held in (org:postIn): post IRI → body IRI. */
    public Map<String, String> postBodies() { return postBodies; }

    /** True when a curator recorded this wording as naming no concept. */
    public boolean rejects(String wording, String language) {
        return !rejected.isEmpty() && rejected.contains(wordingKey(wording, language));
    }

    /** A wording as rejections compare it: the label key the linker and eval use (case, inflection, stop words, width folded). */
    static String wordingKey(String wording, String language) {
        org.policykg.document.LabelNormalizer.Key k = org.policykg.document.LabelNormalizer.key(wording, language);
        return k.whole() ? "=" + k.text() : String.join(" ", new TreeSet<>(k.tokens()));
    }

    /** Concepts, actors and posts; not the scheme itself nor classes and properties. */
    private static boolean isNode(Resource r) {
        String uri = r.getURI();
        return uri.startsWith(Vocab.ID) && (r.hasProperty(RDF.type, SKOS.Concept) || typeOf(r) != null || uri.startsWith(Vocab.ID + "post/")
                || uri.startsWith(Vocab.ID + "actor/"));
    }

    private static String typeOf(Resource r) {
        for (String t : TYPE_ORDER)
            if (r.hasProperty(RDF.type, ResourceFactory.createResource(t)))
                return t;
        if (r.getURI().startsWith(Vocab.ID + "post/"))
            return Vocab.Post.getURI();
        return r.hasProperty(RDF.type, SKOS.Concept) ? SKOS.Concept.getURI() : null;
    }

    private static String label(Resource r, String language) {
        for (Property p : List.of(SKOS.prefLabel, FOAF_NAME, RDFS.label)) {
            String best = null;
            for (StmtIterator it = r.listProperties(p); it.hasNext(); ) {
                Statement st = it.next();
                if (st.getObject().isLiteral() && matches(st.getLanguage(), language)
                        && (best == null || st.getString().compareTo(best) < 0))
                    best = st.getString();
            }
            if (best != null)
                return best;
        }
        return null;
    }

    private static boolean matches(String tag, String language) {
        String t = tag.toLowerCase(Locale.ROOT), l = language.toLowerCase(Locale.ROOT);
        return t.equals(l) || t.startsWith(l + "-");
    }
}
