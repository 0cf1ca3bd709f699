package org.policykg.document;

/** One sentence: its number (from 1) and where it stands in the text. */
public record Sentence(int number, Span span) {}
