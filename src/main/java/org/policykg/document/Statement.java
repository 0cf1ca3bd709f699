package org.policykg.document;

import java.util.List;

/**
 * One claim, call or commitment made in one sentence.
 *
 * @param number        its number in the document (from 1)
 * @param sentence      the sentence it is read from
 * @param modalityIri   the sspo:Modality individual, or null when no cue says
 * @param reported      true when it is the reported work speaking (reported speech), not the document's author
 * @param speaker       who the sentence says is speaking ("The State Council stressed that ..."), or null
 * @param links         the goals, reforms, principles, actors and other nodes it names
 * @param whole         for a statement describing the system's structure: the whole, else null
 * @param components    the parts of {@code whole}
 */
public record Statement(int number, Sentence sentence, String modalityIri, boolean reported, ConceptRef speaker, List<Link> links,
                        ConceptRef whole, List<ConceptRef> components) {
    public List<ConceptRef> targets(Role role) {
        return links.stream().filter(l -> l.role() == role).map(Link::target).distinct().toList();
    }

    /** The same statement without the links whose role is one of {@code roles} (a later stage takes back what the sentence does not do). */
    public Statement withoutRoles(java.util.Set<Role> roles) {
        return new Statement(number, sentence, modalityIri, reported, speaker,
                links.stream().filter(l -> !roles.contains(l.role())).toList(), whole, components);
    }

    /** The same statement with the links of {@code roles} turned into mentions (one per target): what it names, it no longer gives a role. */
    public Statement withRolesAsMentions(java.util.Set<Role> roles) {
        java.util.Set<String> mentioned = new java.util.HashSet<>();
        java.util.List<Link> out = new java.util.ArrayList<>();
        for (Link l : links)
            if (!roles.contains(l.role()) && l.role() != Role.MENTION)
                out.add(l);
            else if (mentioned.add(l.target().iri()))
                out.add(new Link(Role.MENTION, l.target(), l.evidence()));
        return new Statement(number, sentence, modalityIri, reported, speaker, java.util.List.copyOf(out), whole, components);
    }
}
