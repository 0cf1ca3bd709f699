package org.policykg.document;

/**
 * A node a statement points at: a concept or actor of the scheme, or a candidate minted from the
 * text when the scheme has none.
 *
 * @param iri       the node's IRI
 * @param label     its English (or document-language) label
 * @param typeIri   its class (sspo:Goal, sspo:Reform, sspo:Organization, ...)
 * @param candidate true when minted from the text and awaiting curation
 * @param language  the label's language tag
 */
public record ConceptRef(String iri, String label, String typeIri, boolean candidate, String language) {}
