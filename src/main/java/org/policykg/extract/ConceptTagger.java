package org.policykg.extract;

import java.util.ArrayList;
import java.util.List;

import org.policykg.document.*;

/** Marks every known concept, actor and post the text names, longest match first, sentence by sentence, in one pass. */
final class ConceptTagger {
    private final ConceptMatcher concepts;

    ConceptTagger(ConceptMatcher concepts) { this.concepts = concepts; }

    Document apply(Document doc) {
        Tokens words = concepts.analyzer().tokens(doc.text());
        List<Mention> out = new ArrayList<>();
        for (Sentence s : doc.sentences())
            for (PhraseMatcher.Match<ConceptRef> m : concepts.find(words, words.firstAtOrAfter(s.span().begin()), words.endAtOrBefore(s.span().end())))
                out.add(new Mention(new Span(words.starts[m.from()], words.ends[m.to() - 1]), m.value()));
        return doc.withMentions(out);
    }
}
