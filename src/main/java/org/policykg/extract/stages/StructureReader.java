package org.policykg.extract.stages;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policykg.document.*;
import org.policykg.rdf.Vocab;

/** The structure of the system a sentence describes, by the lexicon's structure patterns: its components. */
final class StructureReader {
    private final Cues cues;
    private final RoleReader roles;

    StructureReader(Cues cues, RoleReader roles) {
        this.cues = cues;
        this.roles = roles;
    }

    /** "takes A as the main body, including B, C" → A, B, C are components; unknown items become candidates. */
    void read(String text, Span sentence, int contentStart, List<Found> found, Tokens words, String lang,
              List<ConceptRef> components, List<Link> links) {
        String content = text.substring(contentStart, sentence.end());
        CharSequence s = Cancellation.checked(content);
        java.util.function.Predicate<Pattern> mayMatch = cues.lexicon.mayMatchIn(content);
        for (Pattern p : cues.structures) {
            if (!mayMatch.test(p))
                continue;
            Matcher m = p.matcher(s);
            if (!m.find())
                continue;
            for (String group : List.of("main", "parts")) {
                int gb = contentStart + m.start(group), ge = contentStart + m.end(group);
                for (Span item : RoleReader.clauses(text, gb, ge)) {
                    int first = words.firstAtOrAfter(item.begin());
                    if (first < words.size && words.starts[first] < item.end()
                            && cues.boundaries.longestAt(words, first, words.endAtOrBefore(item.end())) != null)
                        break; // "..., according to the article": the list has ended
                    List<Found> known = found.stream().filter(f -> item.contains(f.span())
                            && !Cues.ACTORS.contains(f.ref().typeIri()) && !Cues.GOALS_REFORMS_PRINCIPLES.contains(f.ref().typeIri())).toList();
                    if (!known.isEmpty()) {
                        known.forEach(f -> components.add(f.ref()));
                    } else {
                        ConceptRef c = roles.candidate(text, words, item.begin(), item.end(), Vocab.SystemComponent.getURI(), lang, List.of());
                        if (c != null) {
                            components.add(c);
                            links.add(new Link(Role.MENTION, c, item));
                        }
                    }
                }
            }
            return;
        }
    }

    /** The system the components belong to: a known component named in the sentence that is not one of them. */
    static ConceptRef wholeOf(List<Found> found, List<ConceptRef> components) {
        for (Found f : found)
            if (Vocab.SystemComponent.getURI().equals(f.ref().typeIri()) && !components.contains(f.ref()))
                return f.ref();
        return null;
    }
}
