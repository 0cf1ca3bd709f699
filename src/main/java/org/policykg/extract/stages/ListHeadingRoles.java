package org.policykg.extract.stages;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.policykg.document.Document;
import org.policykg.document.Layer;
import org.policykg.document.Role;
import org.policykg.document.Sentence;
import org.policykg.document.Statement;

/**
 * The run-in heading of a numbered item names the task area its sentences deal with ("2. Improving benefit levels.
 * Under employees' basic medical insurance, the reimbursement ratio ...", "5. Ensuring food safety. Market regulation
 * departments shall ..."), as official plans and notices and their translations head their tasks (（二）提高待遇水平): not a
 * state the text aims at, which the item's own sentences state if it has one. So a goal the heading's statement was given
 * is dropped; the reforms and principles it names stay, as a heading that names a measure names it ("3. Lower the cap.").
 * A run-in heading opens with a list marker (lex:listMarker: "2.", "(2)", "II.", "二、", "（二）"), holds no auxiliary (lex:auxiliary:
 * "shall", "will", "is": a sentence of its own has one; the Chinese lexicon lists none) and is followed on its line by
 * the item's first sentence.
 */
final class ListHeadingRoles implements Stage {
    private static final Pattern WORD = Pattern.compile("[\\p{L}'’-]+");

    private final Pattern marker;
    private final Set<String> auxiliaries;

    ListHeadingRoles(Lexicon lexicon) {
        this.marker = lexicon.listMarker();
        this.auxiliaries = Set.copyOf(lexicon.auxiliaries());
    }

    @Override public String name() { return "list heading roles"; }
    @Override public Set<Layer> requires() { return Set.of(Layer.SENTENCES, Layer.STATEMENTS); }
    @Override public Set<Layer> provides() { return Set.of(Layer.STATEMENTS); }

    @Override
    public Document apply(Document doc) {
        List<Sentence> sentences = doc.sentences();
        Set<Sentence> headings = new HashSet<>();
        for (int i = 0; i + 1 < sentences.size(); i++)
            if (isRunInHeading(doc.text(), sentences.get(i), sentences.get(i + 1)))
                headings.add(sentences.get(i));
        if (headings.isEmpty())
            return doc;
        List<Statement> statements = new ArrayList<>();
        for (Statement s : doc.statements())
            statements.add(headings.contains(s.sentence()) ? s.withoutRoles(Set.of(Role.GOAL)) : s);
        return doc.withStatements(statements);
    }

    private boolean isRunInHeading(String text, Sentence sentence, Sentence next) {
        int begin = sentence.span().begin(), end = sentence.span().end();
        var opening = marker.matcher(text).region(begin, end);
        if (!opening.lookingAt())
            return false;
        for (int i = end; i < next.span().begin(); i++)
            if (text.charAt(i) == '\n' || text.charAt(i) == '\r')
                return false; // the item's body is not on the heading's line
        var words = WORD.matcher(text).region(opening.end(), end);
        while (words.find())
            if (auxiliaries.contains(words.group().toLowerCase(Locale.ROOT)))
                return false;
        return true;
    }
}
