package org.policykg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Namespaces and the terms of the SSPO ontology and NIF that Java code refers to by name. */
public final class Vocab {
    private Vocab() {}

    public static final String SSPO = "https://w3id.org/sspo#";
    /** Where data resources (documents, statements, concepts, graphs) are minted. */
    public static final String ID = "https://w3id.org/sspo/id/";
    /** Named graphs that hold loaded files are minted under this. */
    public static final String GRAPH = ID + "graph/";
    public static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String SCHEMA = "https://schema.org/";
    public static final String ORG = "http://www.w3.org/ns/org#";
    public static final String FOAF = "http://xmlns.com/foaf/0.1/";
    public static final String TEXT = "http://jena.apache.org/text#";

    /**
     * The prefixes of the project's own IRIs and of the vocabularies it writes, for every place that
     * prints RDF or names nodes for people (Turtle output, violation reports, the ontology page).
     * A new mapping each call, so callers may add their own.
     */
    public static org.apache.jena.shared.PrefixMapping prefixes() {
        return org.apache.jena.shared.PrefixMapping.Factory.create()
                .setNsPrefix("sspo", SSPO)
                .setNsPrefix("doc", ID + "doc/")
                .setNsPrefix("concept", ID + "concept/")
                .setNsPrefix("actor", ID + "actor/")
                .setNsPrefix("post", ID + "post/")
                .setNsPrefix("candidate", ID + "candidate/")
                .setNsPrefix("scheme", ID + "scheme/")
                .setNsPrefix("nif", NIF)
                .setNsPrefix("prov", PROV)
                .setNsPrefix("schema", SCHEMA)
                .setNsPrefix("org", ORG)
                .setNsPrefix("foaf", FOAF)
                .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
                .setNsPrefix("dcterms", "http://purl.org/dc/terms/")
                .setNsPrefix("owl", "http://www.w3.org/2002/07/owl#")
                .setNsPrefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
                .setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
                .setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
    }

    private static Resource r(String ns, String local) { return ResourceFactory.createResource(ns + local); }
    private static Property p(String ns, String local) { return ResourceFactory.createProperty(ns, local); }

    // SSPO classes
    public static final Resource PolicyDocument = r(SSPO, "PolicyDocument");
    public static final Resource Statement = r(SSPO, "Statement");
    public static final Resource Goal = r(SSPO, "Goal");
    public static final Resource Reform = r(SSPO, "Reform");
    public static final Resource Principle = r(SSPO, "Principle");
    public static final Resource Actor = r(SSPO, "Actor");
    public static final Resource Person = r(SSPO, "Person");
    public static final Resource Organization = r(SSPO, "Organization");
    public static final Resource Post = r(SSPO, "Post");
    public static final Resource SystemComponent = r(SSPO, "SystemComponent");
    public static final Resource Plan = r(SSPO, "Plan");
    public static final Resource Event = r(SSPO, "Event");
    public static final Resource Modality = r(SSPO, "Modality");

    // SSPO properties
    public static final Property statedIn = p(SSPO, "statedIn");
    public static final Property inDocument = p(SSPO, "inDocument");
    public static final Property setsGoal = p(SSPO, "setsGoal");
    public static final Property proposesReform = p(SSPO, "proposesReform");
    public static final Property upholdsPrinciple = p(SSPO, "upholdsPrinciple");
    public static final Property responsibleActor = p(SSPO, "responsibleActor");
    public static final Property responsibleFor = p(SSPO, "responsibleFor");
    public static final Property mentions = p(SSPO, "mentions");
    public static final Property modality = p(SSPO, "modality");
    public static final Property hasComponent = p(SSPO, "hasComponent");
    public static final Property reportsOn = p(SSPO, "reportsOn");
    public static final Property holdsPost = p(SSPO, "holdsPost");

    // NIF 2.0 core
    public static final Resource nifContext = r(NIF, "Context");
    public static final Resource nifSentence = r(NIF, "Sentence");
    public static final Resource nifString = r(NIF, "String");
    public static final Resource nifRFC5147String = r(NIF, "RFC5147String");
    public static final Resource nifPhrase = r(NIF, "Phrase");
    public static final Property nifIsString = p(NIF, "isString");
    public static final Property nifBeginIndex = p(NIF, "beginIndex");
    public static final Property nifEndIndex = p(NIF, "endIndex");
    public static final Property nifAnchorOf = p(NIF, "anchorOf");
    public static final Property nifReferenceContext = p(NIF, "referenceContext");
    /** ITS 2.0: the node a phrase of the text names. */
    public static final Property itsTaIdentRef = p("http://www.w3.org/2005/11/its/rdf#", "taIdentRef");

    // PROV-O
    public static final Resource provActivity = r(PROV, "Activity");
    public static final Property provWasDerivedFrom = p(PROV, "wasDerivedFrom");
    public static final Property provWasGeneratedBy = p(PROV, "wasGeneratedBy");
    public static final Property provUsed = p(PROV, "used");
    public static final Property provStartedAtTime = p(PROV, "startedAtTime");
}
