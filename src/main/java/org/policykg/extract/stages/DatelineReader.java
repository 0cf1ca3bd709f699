package org.policykg.extract.stages;

import java.time.MonthDay;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policykg.document.*;

/** Reads a dateline (publisher, place, month and day) from the start of the first sentence, by the lexicon's patterns. */
final class DatelineReader implements Stage {
    private final List<Pattern> patterns;
    private final ConceptMatcher concepts;

    DatelineReader(Lexicon lexicon, ConceptMatcher concepts) {
        this.patterns = lexicon.patterns("Dateline");
        this.concepts = concepts;
    }

    @Override public String name() { return "dateline"; }
    @Override public Set<Layer> requires() { return Set.of(Layer.SENTENCES); }
    @Override public Set<Layer> provides() { return Set.of(Layer.DATELINE); }

    @Override
    public Document apply(Document doc) {
        if (doc.sentences().isEmpty())
            return doc.withDateline(null);
        Span first = doc.sentences().get(0).span();
        CharSequence sentence = Cancellation.checked(first.of(doc.text()));
        for (Pattern p : patterns) {
            Matcher m = p.matcher(sentence);
            if (!m.find())
                continue;
            String publisher = m.group("publisher").strip();
            String place = group(m, "place");
            MonthDay day = Dates.monthDay(group(m, "month"), group(m, "day"));
            Span span = new Span(first.begin() + m.start(), first.begin() + m.end());
            return doc.withDateline(new Dateline(span, publisher, concepts.lookup(publisher), place, day));
        }
        return doc.withDateline(null);
    }

    static String group(Matcher m, String name) {
        try {
            String g = m.group(name);
            return g == null ? null : g.strip();
        } catch (IllegalArgumentException ex) {
            return null; // the pattern has no such group
        }
    }
}
