package org.policykg.extract.stages;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.policykg.document.*;

/**
 * The last stage: drops the candidates whose wording a curator rejected ({@code sspo:rejectedWording} in
 * ontology/curated.ttl), wherever a stage minted them (roles, responsible actors, structure, Chinese phrases).
 * One place, so that every way of minting a candidate obeys the decision.
 */
final class RejectedWordings implements Stage {
    private final ConceptScheme scheme;

    RejectedWordings(ConceptScheme scheme) { this.scheme = scheme; }

    @Override public String name() { return "rejected wordings"; }
    @Override public Set<Layer> requires() { return Set.of(Layer.MENTIONS, Layer.STATEMENTS); }
    @Override public Set<Layer> provides() { return Set.of(Layer.MENTIONS, Layer.STATEMENTS); }

    @Override
    public Document apply(Document doc) {
        List<Mention> mentions = new ArrayList<>();
        for (Mention m : doc.mentions())
            if (!rejected(m.concept()))
                mentions.add(m);
        List<Statement> statements = new ArrayList<>();
        for (Statement s : doc.statements()) {
            List<Link> links = s.links().stream().filter(l -> !rejected(l.target())).toList();
            List<ConceptRef> components = s.components().stream().filter(c -> !rejected(c)).toList();
            ConceptRef whole = s.whole() != null && rejected(s.whole()) ? null : s.whole();
            statements.add(new Statement(s.number(), s.sentence(), s.modalityIri(), s.reported(), s.speaker(), links,
                    whole, whole == null ? List.of() : components));
        }
        return doc.withMentions(mentions).withStatements(statements);
    }

    private boolean rejected(ConceptRef ref) {
        return ref != null && ref.candidate() && scheme.rejects(ref.label(), ref.language());
    }
}
