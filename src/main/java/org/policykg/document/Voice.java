package org.policykg.document;

/**
 * Who speaks in one sentence that may make a statement.
 *
 * @param sentence     the sentence
 * @param contentStart where what is said begins: after a dateline and after "X stressed that"
 * @param reported     true when the reported work speaks (reported speech), not the document's author
 * @param speaker      another speaker the sentence names ("The State Council stressed that ..."), or null
 * @param reportingModalityIri the modality of the verb of saying, when there is one (used when nothing said has its own)
 */
public record Voice(Sentence sentence, int contentStart, boolean reported, ConceptRef speaker, String reportingModalityIri) {}
