package org.policykg.extract.stages;

import java.util.Set;

import org.policykg.document.Document;
import org.policykg.document.Layer;

/** The words of the text as the cue analyzer reads them, once for the speaker and statement stages. */
final class CueTokenizer implements Stage {
    private final WordAnalyzer analyzer;

    CueTokenizer(WordAnalyzer analyzer) { this.analyzer = analyzer; }

    @Override public String name() { return "tokens"; }
    @Override public Set<Layer> requires() { return Set.of(); }
    @Override public Set<Layer> provides() { return Set.of(Layer.TOKENS); }

    @Override
    public Document apply(Document doc) {
        return doc.withTokens(analyzer.tokens(doc.text(), doc.region()));
    }
}
