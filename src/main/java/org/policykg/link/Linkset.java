package org.policykg.link;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.*;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.*;
import org.apache.jena.vocabulary.*;
import org.policykg.rdf.Vocab;
import org.policykg.store.SparqlSource;

/**
 * The result of one linking run as a VoID linkset, one {@code void:Linkset} per link predicate, in a
 * named graph whose IRI depends only on the target (and scheme): loading a second run replaces the first.
 *
 * <p>Each link is asserted directly ({@code s skos:exactMatch o}) and described by a standard RDF
 * reification ({@code rdf:Statement} with {@code rdf:subject/predicate/object}) that carries its score as
 * {@code align:measure} (the Alignment API's term). Reification rather than RDF-star triple terms: it is
 * plain RDF, so every store a user pushes to, every syntax (JSON-LD included) and every SPARQL 1.1 engine
 * keeps the scores; the statement IRIs are derived from the link, so two runs give the same graph.
 */
public final class Linkset {
    public static final String ALIGN = "http://knowledgeweb.semanticweb.org/heterogeneity/alignment#";
    public static final Property alignMeasure = ResourceFactory.createProperty(ALIGN, "measure");
    public static final Property alignMethod = ResourceFactory.createProperty(ALIGN, "method");
    /** This dataset, as the dataset description names it. */
    public static final String DATASET = Vocab.ID + "dataset";
    static final String METHOD = "policykg label linking: labels normalised (NFKC; Lucene standard tokenizer, English"
            + " possessives, lower case, stop words, KStem; Chinese labels whole), token-set (Jaccard) similarity of the best"
            + " label pair in the same language, blended 4:1 with a neighbour score (labels of broader concepts; person or"
            + " organization) where both sides have neighbours";

    private final String id;
    private final String title;
    private final String endpoint;

    private Linkset(String id, String title, String endpoint) {
        this.id = id;
        this.title = title;
        this.endpoint = endpoint;
    }

    /** The linkset for a target: its identity is the endpoint URL or the file names, plus the scheme if any. */
    static Linkset forTarget(SparqlSource target, String scheme) {
        String identity = target.describe() + (scheme == null ? "" : " " + scheme);
        return new Linkset(hash(identity), target.describe() + (scheme == null ? "" : " (scheme <" + scheme + ">)"), target.endpoint());
    }

    public Node graph() { return NodeFactory.createURI(Vocab.GRAPH + "linkset/" + id); }

    String iri() { return Vocab.ID + "linkset/" + id; }

    Model model(List<Linker.Link> links, LocalDate created) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("void", VOID.NS).setNsPrefix("skos", SKOS.uri).setNsPrefix("owl", OWL.NS)
                .setNsPrefix("dcterms", DCTerms.NS).setNsPrefix("align", ALIGN).setNsPrefix("rdf", RDF.uri)
                .setNsPrefix("xsd", XSD.NS);
        Resource ours = m.createResource(DATASET);
        Resource theirs = m.createResource(Vocab.ID + "dataset/" + id)
                .addProperty(RDF.type, VOID.Dataset)
                .addProperty(DCTerms.title, title);
        if (endpoint != null)
            theirs.addProperty(VOID.sparqlEndpoint, m.createResource(endpoint));

        Map<Property, List<Linker.Link>> byPredicate = new TreeMap<>(Comparator.comparing(Property::getURI));
        for (Linker.Link l : links)
            byPredicate.computeIfAbsent(l.predicate(), k -> new ArrayList<>()).add(l);
        for (Map.Entry<Property, List<Linker.Link>> e : byPredicate.entrySet()) {
            Resource ls = m.createResource(iri() + "/" + e.getKey().getLocalName())
                    .addProperty(RDF.type, VOID.Linkset)
                    .addProperty(VOID.subjectsTarget, ours)
                    .addProperty(VOID.objectsTarget, theirs)
                    .addProperty(VOID.linkPredicate, e.getKey())
                    .addProperty(DCTerms.created, m.createTypedLiteral(created.toString(), XSDDatatype.XSDdate))
                    .addProperty(alignMethod, METHOD)
                    .addLiteral(VOID.triples, m.createTypedLiteral((long) e.getValue().size()));
            for (Linker.Link l : e.getValue()) {
                Resource s = m.createResource(l.source()), o = m.createResource(l.target());
                s.addProperty(l.predicate(), o);
                m.createResource(Vocab.ID + "link/" + hash(l.source() + " " + l.predicate().getURI() + " " + l.target()))
                        .addProperty(RDF.type, RDF.Statement)
                        .addProperty(RDF.subject, s)
                        .addProperty(RDF.predicate, l.predicate())
                        .addProperty(RDF.object, o)
                        .addLiteral(alignMeasure, m.createTypedLiteral(canonical(l.score()), XSDDatatype.XSDdecimal))
                        .addProperty(DCTerms.isPartOf, ls);
            }
        }
        return m;
    }

    /** The canonical xsd:decimal form ("1.0", "0.85"), which stores such as TDB2 keep as it is. */
    static String canonical(java.math.BigDecimal d) {
        java.math.BigDecimal x = d.stripTrailingZeros();
        return (x.scale() < 1 ? x.setScale(1) : x).toPlainString();
    }

    static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

}
