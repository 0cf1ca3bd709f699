package org.policykg.extract.stages;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.policykg.document.*;

/**
 * Marks every known concept, actor and post the text names, longest match first, sentence by sentence, in one
 * pass; in English also labels whose words a noun phrase holds in another order ({@link PhraseConceptMatcher}).
 */
final class ConceptTagger implements Stage {
    private final ConceptMatcher concepts;
    private final PhraseConceptMatcher phrases;
    /** Whether the label words come from the cue words (one reading of the text), not from reading it again. */
    private final boolean fromCueWords;

    ConceptTagger(ConceptMatcher concepts) { this(concepts, null, null); }

    /**
     * @param phrases also finds labels in other word orders within noun phrases (English), or null
     * @param cues    the analyzer of the document's cue words ({@link Layer#TOKENS}), or null
     */
    ConceptTagger(ConceptMatcher concepts, PhraseConceptMatcher phrases, WordAnalyzer cues) {
        this.concepts = concepts;
        this.phrases = phrases;
        this.fromCueWords = cues != null && concepts.analyzer().derivesFrom(cues);
    }

    @Override public String name() { return "mentions"; }
    @Override
    public Set<Layer> requires() {
        Set<Layer> layers = EnumSet.of(Layer.SENTENCES);
        if (phrases != null)
            layers.addAll(List.of(Layer.TAGS, Layer.NOUN_PHRASES));
        if (fromCueWords)
            layers.add(Layer.TOKENS);
        return Set.copyOf(layers);
    }
    @Override public Set<Layer> provides() { return Set.of(Layer.MENTIONS); }

    @Override
    public Document apply(Document doc) {
        // the label analyzer's words, not the cue tokens: labels are matched by their own normalisation (made from
        // the cue tokens where the two analyzers allow it, which gives the same words)
        Tokens words = fromCueWords ? concepts.analyzer().fromCueWords(doc.tokens()) : concepts.analyzer().tokens(doc.text(), doc.region());
        List<Mention> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            Cancellation.check();
            for (PhraseMatcher.Match<ConceptRef> m : concepts.find(words, words.firstAtOrAfter(s.span().begin()), words.endAtOrBefore(s.span().end())))
                out.add(new Mention(new Span(words.starts[m.from()], words.ends[m.to() - 1]), m.value()));
        }
        return doc.withMentions(phrases == null ? out : phrases.addTo(doc, words, out));
    }
}
