package org.policykg.extract.stages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policykg.document.*;
import org.policykg.rdf.Iris;
import org.policykg.rdf.Vocab;

/**
 * Phrases whose form says their role, in a language read by words and tags (English): each match of the lexicon's
 * {@code lex:ReformPhrase}, {@code lex:GoalPhrase} and {@code lex:PrinciplePhrase} patterns of the language names, with
 * its group "phrase", a candidate of that class, as {@link ChineseNameReader} reads the Chinese ones; the statement stage
 * keeps the class the form gave. The longest phrase is taken first. A known name of another kind that lies inside it
 * ("pension" in "no farmer should be left without a pension") gives way to the whole phrase; a phrase that crosses a
 * clause, or overlaps any other name already found (a goal, reform, principle, actor or post, another phrase, or a name
 * reaching out of it), is left to the other readers, which name it better.
 */
final class PhrasePatternReader implements Stage {
    private final String language;
    /** Class IRI → the patterns that name a candidate of that class. */
    private final Map<String, List<Pattern>> patterns;
    /** lex:PrincipleListPhrase: principles named as a list, whose commas cut nothing and inside which known goals give way. */
    private final List<Pattern> principleLists;
    private final Lexicon lexicon;

    PhrasePatternReader(Lexicon lexicon, String language) {
        this.language = language;
        this.lexicon = lexicon;
        this.patterns = lexicon.phrasePatterns();
        this.principleLists = lexicon.patterns("PrincipleListPhrase");
    }

    @Override public String name() { return "phrases (" + language + ")"; }
    @Override public Set<Layer> requires() { return Set.of(Layer.SENTENCES, Layer.MENTIONS); }
    @Override public Set<Layer> provides() { return Set.of(Layer.MENTIONS); }

    private record Match(Span span, String typeIri, boolean list) {}

    @Override
    public Document apply(Document doc) {
        if (patterns.values().stream().allMatch(List::isEmpty) && principleLists.isEmpty())
            return doc;
        String text = doc.text();
        List<Match> matches = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            Cancellation.check();
            int base = s.span().begin();
            String sentence = s.span().of(text);
            java.util.function.Predicate<Pattern> mayMatch = lexicon.mayMatchIn(sentence);
            for (Map.Entry<String, List<Pattern>> e : patterns.entrySet())
                for (Pattern p : e.getValue())
                    if (mayMatch.test(p))
                        find(p, sentence, base, e.getKey(), false, matches);
            for (Pattern p : principleLists)
                if (mayMatch.test(p))
                    find(p, sentence, base, Vocab.Principle.getURI(), true, matches);
        }
        if (matches.isEmpty())
            return doc;
        matches.sort(Comparator.comparingInt((Match m) -> m.span().begin() - m.span().end()).thenComparingInt(m -> m.span().begin()));
        List<Mention> out = new ArrayList<>(doc.mentions());
        boolean added = false;
        for (Match m : matches) {
            if (!m.list() && crossesClause(text, m.span()))
                continue;
            // a known name inside the phrase that is no goal, reform, principle, actor or post ("pension" in "no farmer
            // should be left without a pension") gives way to the whole phrase, as in ChineseNameReader; in a principle
            // named as a list, a goal inside it does too ("openness, fairness and impartiality"); a known principle stands
            List<Mention> inside = out.stream().filter(k -> m.span().contains(k.span()) && !k.span().equals(m.span())
                    && (Cues.givesWayToPhrase(k.concept().typeIri(), false) || m.list() && Vocab.Goal.getURI().equals(k.concept().typeIri()))).toList();
            if (out.stream().anyMatch(k -> k.span().overlaps(m.span()) && !inside.contains(k)))
                continue;
            out.removeAll(inside);
            String label = m.span().of(text).replaceAll("\\s+", " ").strip();
            out.add(new Mention(m.span(), new ConceptRef(Iris.candidate(m.typeIri(), label), label, m.typeIri(), true, language)));
            added = true;
        }
        if (!added)
            return doc;
        out.sort(Comparator.comparingInt((Mention m) -> m.span().begin()).thenComparingInt(m -> m.span().end()));
        return doc.withMentions(out);
    }

    /** Every match of {@code p} in the sentence starting at {@code base}: its group "phrase" as a candidate of {@code typeIri}. */
    private static void find(Pattern p, String sentence, int base, String typeIri, boolean list, List<Match> matches) {
        Matcher m = p.matcher(Cancellation.checked(sentence)); // a runaway match stops with its document
        while (m.find()) {
            int b = m.start("phrase"), end = m.end("phrase");
            if (b >= 0 && end > b)
                matches.add(new Match(new Span(base + b, base + end), typeIri, list));
        }
    }

    private static boolean crossesClause(String text, Span span) {
        for (int i = span.begin(); i < span.end(); i++)
            if (RoleReader.clauseMark(text, i))
                return true;
        return false;
    }
}
