package org.policykg.extract.stages;

import org.policykg.document.ConceptRef;
import org.policykg.document.Span;

/** A known node named at chars [begin, end) of the sentence being read. */
record Found(int begin, int end, ConceptRef ref) {
    Span span() { return new Span(begin, end); }
}
