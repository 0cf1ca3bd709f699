package org.policykg.extract.stages;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.policykg.document.*;

/**
 * A concept named right before the head of a body's name is that body's remit, not something the sentence calls for:
 * "an official with the ministry's employment promotion department said …", "the fund supervision bureau". So a goal,
 * reform or principle whose evidence ends where such a head (a word of lex:groupHead, in either number: "department",
 * "bureaus", "agency") follows is only mentioned there. The heads are the administrative ones, not the facilities a
 * reform builds ("care centres"), which lex:organizationHead also lists for names.
 */
final class BodyNameRoles implements Stage {
    private static final Set<Role> CALLS = Set.of(Role.GOAL, Role.REFORM, Role.PRINCIPLE);
    private final Set<String> heads = new HashSet<>();
    /** The label chain, which reduces a plural to its singular ("departments", "department"). */
    private final WordAnalyzer analyzer;

    BodyNameRoles(Lexicon lexicon, WordAnalyzer labelAnalyzer) {
        this.analyzer = labelAnalyzer;
        for (String w : lexicon.groupHeads())
            heads.addAll(labelAnalyzer.terms(w));
    }

    @Override public String name() { return "body name roles"; }
    @Override public Set<Layer> requires() { return Set.of(Layer.TOKENS, Layer.STATEMENTS); }
    @Override public Set<Layer> provides() { return Set.of(Layer.STATEMENTS); }

    @Override
    public Document apply(Document doc) {
        List<Statement> statements = new ArrayList<>();
        boolean changed = false;
        for (Statement s : doc.statements()) {
            Statement out = s;
            for (Link l : s.links())
                if (CALLS.contains(l.role()) && l.evidence() != null && beforeHead(doc, l.evidence().end())) {
                    out = asMention(out, l);
                    changed = true;
                }
            statements.add(out);
        }
        return changed ? doc.withStatements(statements) : doc;
    }

    private boolean beforeHead(Document doc, int end) {
        Tokens tokens = doc.tokens();
        int k = tokens.firstAtOrAfter(end);
        if (k < 0 || k >= tokens.size)
            return false;
        String between = doc.text().substring(end, tokens.starts[k]);
        if (!between.isBlank() || between.contains("\n"))
            return false;
        List<String> word = analyzer.terms(doc.text().substring(tokens.starts[k], tokens.ends[k]));
        return word.size() == 1 && heads.contains(word.get(0));
    }

    /** The statement with this one link a mention of its target (unless another link already mentions it). */
    private static Statement asMention(Statement s, Link link) {
        List<Link> links = new ArrayList<>();
        boolean mentioned = s.links().stream().anyMatch(l -> l.role() == Role.MENTION && l.target().iri().equals(link.target().iri()));
        for (Link l : s.links())
            if (l != link)
                links.add(l);
            else if (!mentioned)
                links.add(new Link(Role.MENTION, l.target(), l.evidence()));
        return new Statement(s.number(), s.sentence(), s.modalityIri(), s.reported(), s.speaker(), List.copyOf(links), s.whole(), s.components());
    }
}
