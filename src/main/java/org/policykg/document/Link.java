package org.policykg.document;

/** A statement's link to a node, with the words of the sentence it was read from. */
public record Link(Role role, ConceptRef target, Span evidence) {}
