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
 * A question calls for nothing: "How will quality and ethics be protected?", "问：…推进情况如何？" asks what the answer
 * will say, as journalists ask at press conferences and as the headings of explanatory Q&amp;A texts ask. So a sentence
 * that ends with a question mark gives what it names no role: its goals, reforms and principles are only mentioned
 * there, and so is who it names: a question makes no one responsible ("企业需要提交哪些材料？", "Will employers have to
 * pay more?"). The answer states its own roles.
 */
final class QuestionRoles implements Stage {
    /** The question marks of the scripts the converter reads (as {@link SentenceSplitter#TERMINATORS} holds them). */
    static final String QUESTION_MARKS = "?？";

    @Override public String name() { return "question roles"; }
    @Override public Set<Layer> requires() { return Set.of(Layer.SENTENCES, Layer.STATEMENTS); }
    @Override public Set<Layer> provides() { return Set.of(Layer.STATEMENTS); }

    @Override
    public Document apply(Document doc) {
        String text = doc.text();
        List<Statement> statements = new ArrayList<>();
        boolean changed = false;
        for (Statement s : doc.statements()) {
            if (asks(text, s.sentence())) {
                statements.add(s.withRolesAsMentions(Set.of(Role.GOAL, Role.REFORM, Role.PRINCIPLE, Role.RESPONSIBLE_ACTOR)));
                changed = true;
            } else
                statements.add(s);
        }
        return changed ? doc.withStatements(statements) : doc;
    }

    private static boolean asks(String text, Sentence sentence) {
        int end = sentence.span().end();
        while (end > sentence.span().begin() && Character.isWhitespace(text.charAt(end - 1)))
            end--;
        // a closing quotation mark may follow the question mark
        while (end > sentence.span().begin() && "\"”’」』）)".indexOf(text.charAt(end - 1)) >= 0)
            end--;
        return end > sentence.span().begin() && QUESTION_MARKS.indexOf(text.charAt(end - 1)) >= 0;
    }
}
