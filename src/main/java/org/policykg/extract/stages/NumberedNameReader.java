package org.policykg.extract.stages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policykg.document.*;

/**
 * Names told apart by a number, read by the lexicon's lex:NumberedName patterns: "the 19th CPC National Congress",
 * "the Twentieth National Congress of the Communist Party of China" and 党的二十大 name one node each, whose IRI and
 * label the pattern's family makes from the number, so every text and language that names it reaches the same node,
 * and a number no list foresaw (the 17th, the 21st) gets one as well. The node is minted from the text (a candidate)
 * and says which words it came from, unless the scheme lists it (the 14th Five-Year Plan): then it is the scheme's, and
 * where one of the scheme's labels already named it over these words, that reading stands. The name as a whole is the
 * mention: the known names inside it (the Party in
 * "… of the Communist Party of China") are part of it, not mentions of their own. It runs after the names stage, whose
 * reading of a name's words as a body ("the Twentieth National Congress of …", or in a lower-case text "eighteenth
 * national congress of the cpc set the goal") gives way to it.
 */
final class NumberedNameReader implements Stage {
    private final String language;
    private final Lexicon lexicon;
    private final List<Lexicon.NumberedName> names;
    /** The scheme's nodes by IRI: a number whose node the scheme lists (the 14th Five-Year Plan) is the scheme's node. */
    private final Map<String, ConceptRef> listed = new HashMap<>();

    NumberedNameReader(Lexicon lexicon, ConceptScheme scheme, String language) {
        this.language = language;
        this.lexicon = lexicon;
        this.names = lexicon.numberedNames();
        for (ConceptScheme.Label l : scheme.labels())
            listed.putIfAbsent(l.concept().iri(), l.concept());
    }

    @Override public String name() { return "numbered names (" + language + ")"; }
    @Override public Set<Layer> requires() { return Set.of(Layer.SENTENCES, Layer.MENTIONS); }
    @Override public Set<Layer> provides() { return Set.of(Layer.MENTIONS); }

    @Override
    public Document apply(Document doc) {
        // Chinese is read in simplified characters, at the same offsets (黨的十九大 as 党的十九大)
        String text = language.equals("zh") ? ChineseScript.simplified(doc.text()) : doc.text();
        // most texts name none: one look at the whole text for the patterns' words, not one per sentence
        Predicate<Pattern> inText = lexicon.mayMatchIn(text);
        List<Lexicon.NumberedName> names = this.names.stream().filter(n -> inText.test(n.pattern())).toList();
        if (names.isEmpty())
            return doc;
        List<Mention> found = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            Cancellation.check();
            String sentence = s.span().of(text);
            Predicate<Pattern> mayMatch = lexicon.mayMatchIn(sentence);
            for (Lexicon.NumberedName n : names)
                if (mayMatch.test(n.pattern()))
                    find(n, sentence, s.span().begin(), found);
        }
        if (found.isEmpty())
            return doc;
        // the longest name first; one that overlaps a name already taken is left
        found.sort(Comparator.comparingInt((Mention m) -> m.span().begin() - m.span().end()).thenComparingInt(m -> m.span().begin()));
        List<Mention> kept = new ArrayList<>();
        for (Mention m : found)
            if (kept.stream().noneMatch(k -> k.span().overlaps(m.span()))
                    // the scheme's node, already read over these words by one of its labels ("14th Five-Year Plan period")
                    && doc.mentions().stream().noneMatch(k -> k.span().overlaps(m.span()) && k.concept().iri().equals(m.concept().iri())))
                kept.add(m);
        if (kept.isEmpty())
            return doc;
        return doc.withMentions(Mentions.withWholeNames(doc.mentions(), kept));
    }

    private void find(Lexicon.NumberedName name, String sentence, int base, List<Mention> found) {
        Matcher m = name.pattern().matcher(Cancellation.checked(sentence));
        while (m.find()) {
            int number = NumberWords.parse(m.group("number"));
            if (number < 1 || m.end() <= m.start())
                continue;
            String iri = fill(name.iriTemplate(), number, language);
            ConceptRef node = listed.get(iri);
            if (node == null)
                node = new ConceptRef(iri, fill(name.labelTemplate(), number, language), name.typeIri(), true, language);
            found.add(new Mention(new Span(base + m.start(), base + m.end()), node));
        }
    }

    /** The template with {ordinal} and {number} filled in. */
    private static String fill(String template, int number, String language) {
        String out = template;
        if (out.contains("{ordinal}"))
            out = out.replace("{ordinal}", NumberWords.ordinal(number));
        if (out.contains("{number}"))
            out = out.replace("{number}", NumberWords.number(number, language));
        return out;
    }
}
