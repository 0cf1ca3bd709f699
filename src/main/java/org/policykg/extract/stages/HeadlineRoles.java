package org.policykg.extract.stages;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.policykg.document.Document;
import org.policykg.document.Layer;
import org.policykg.document.Role;
import org.policykg.document.Sentence;
import org.policykg.document.Statement;

/**
 * A headline or a document's title calls for nothing: it names what the text is about ("Spain raises minimum
 * pensions, lifts wage surcharge"; "Notice … on Improving Outpatient Protection for Chronic Diseases"), which the
 * text then states in its own sentences, with their force and their actors. So the goals, reforms and principles a
 * headline's statement was given, and who it made responsible, are dropped; what it names stays named. A headline is
 * the text's first line when it stands alone as a paragraph and ends in no sentence terminator.
 */
final class HeadlineRoles implements Stage {
    private static final Set<Role> CALLS = Set.of(Role.GOAL, Role.REFORM, Role.PRINCIPLE, Role.RESPONSIBLE_ACTOR);

    @Override public String name() { return "headline roles"; }
    @Override public Set<Layer> requires() { return Set.of(Layer.SENTENCES, Layer.STATEMENTS); }
    @Override public Set<Layer> provides() { return Set.of(Layer.STATEMENTS); }

    @Override
    public Document apply(Document doc) {
        Sentence headline = headline(doc);
        if (headline == null)
            return doc;
        List<Statement> statements = new ArrayList<>();
        for (Statement s : doc.statements()) {
            statements.add(s.sentence().span().equals(headline.span()) ? s.withoutRoles(CALLS) : s);
        }
        return doc.withStatements(statements);
    }

    /** The first sentence, when it is the whole first line, ends in no terminator and a blank line follows it. */
    static Sentence headline(Document doc) {
        if (doc.sentences().isEmpty())
            return null;
        Sentence first = doc.sentences().get(0);
        String text = doc.text();
        int begin = first.span().begin(), end = first.span().end();
        for (int i = begin - 1; i >= 0; i--)
            if (text.charAt(i) == '\n' || text.charAt(i) == '\r') break;
            else if (!Character.isWhitespace(text.charAt(i))) return null; // not the start of its line
        if (end == 0 || SentenceSplitter.TERMINATORS.indexOf(text.charAt(end - 1)) >= 0)
            return null;
        int newlines = 0;
        for (int i = end; i < text.length() && Character.isWhitespace(text.charAt(i)); i++)
            if (text.charAt(i) == '\n') newlines++;
        return newlines >= 2 ? first : null;
    }
}
