package org.policykg.extract.stages;

import java.time.MonthDay;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policykg.document.*;
import org.policykg.rdf.Vocab;

/**
 * Reads a dateline (publisher, place, month and day) from the start of the first sentence, by the lexicon's patterns, or
 * of the second where the first is a headline ({@link HeadlineRoles#headline}: "Ireland's auto-enrolment scheme takes first contributions" /
 * "DUBLIN, Jan. 9 (AFP) -- ..."). A publisher the scheme does not know is the actor read at its place, if one was (an
 * agency named by its acronym), so that the document's publisher is a node, as a known one is. A sentence with no capital
 * at all (a lowercased text) is read by the same patterns in any case.
 */
final class DatelineReader implements Stage {
    private final List<Pattern> patterns;
    /** The same patterns in any case, for a sentence without capitals (a lowercased text: "beijing, april 15 (xinhua) --"). */
    private final List<Pattern> patternsAnyCase;
    private final ConceptMatcher concepts;

    DatelineReader(Lexicon lexicon, ConceptMatcher concepts) {
        this.patterns = lexicon.patterns("Dateline");
        this.patternsAnyCase = anyCase(patterns);
        this.concepts = concepts;
    }

    /** The patterns compiled again to match in any case (for text without capitals), as the names stage reads agencies too. */
    static List<Pattern> anyCase(List<Pattern> patterns) {
        return patterns.stream().map(p -> Pattern.compile(p.pattern(), p.flags() | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList();
    }

    @Override public String name() { return "dateline"; }
    @Override public Set<Layer> requires() { return Set.of(Layer.SENTENCES, Layer.MENTIONS); }
    @Override public Set<Layer> provides() { return Set.of(Layer.DATELINE); }

    @Override
    public Document apply(Document doc) {
        for (int i = 0; i < Math.min(2, doc.sentences().size()); i++) {
            if (i == 1 && HeadlineRoles.headline(doc) == null)
                break;
            Span first = doc.sentences().get(i).span();
            CharSequence sentence = Cancellation.checked(first.of(doc.text()));
            boolean noCapitals = sentence.chars().noneMatch(Character::isUpperCase);
            for (Pattern p : noCapitals ? patternsAnyCase : patterns) {
                Matcher m = p.matcher(sentence);
                if (!m.find())
                    continue;
                String publisher = group(m, "publisher"); // none where the brackets hold a byline ("(staff reporter)")
                String place = group(m, "place");
                MonthDay day = Dates.monthDay(group(m, "month"), group(m, "day"));
                Span span = new Span(first.begin() + m.start(), first.begin() + m.end());
                ConceptRef ref = publisher == null ? null : concepts.lookup(publisher);
                if (ref == null && publisher != null)
                    ref = actorAt(doc, new Span(first.begin() + m.start("publisher"), first.begin() + m.end("publisher")));
                return doc.withDateline(new Dateline(span, publisher, ref, place, day));
            }
        }
        return doc.withDateline(null);
    }

    /** The organisation read exactly at {@code span} (the publisher's words), or null. */
    private static ConceptRef actorAt(Document doc, Span span) {
        for (Mention m : doc.mentions())
            if (m.span().begin() <= span.begin() && span.end() <= m.span().end()
                    && Vocab.Organization.getURI().equals(m.concept().typeIri()))
                return m.concept();
        return null;
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
