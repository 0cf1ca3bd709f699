package org.policykg.document;

/** Words of the text that name a known concept, actor or post. */
public record Mention(Span span, ConceptRef concept) {}
