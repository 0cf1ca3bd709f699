package org.policykg.extract.stages;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policykg.document.*;
import org.policykg.rdf.Iris;
import org.policykg.rdf.Vocab;

/**
 * Reads the announcement of a reported work (venue, issue, author, the author's posts, title) from the
 * first sentence that one of the lexicon's patterns fits, or else from the user's metadata (reportedTitle,
 * reportedVenue, reportedAuthor) without a sentence to point to. Author and posts land on the scheme's nodes
 * when it knows them; otherwise nodes are minted from the words and marked as candidates.
 */
final class ReportedWorkReader implements Stage {
    private final Lexicon lexicon;
    private final List<Pattern> patterns;
    private final Pattern postSeparator;
    private final ConceptMatcher concepts;
    private final PostNames posts;

    ReportedWorkReader(Lexicon lexicon, ConceptMatcher concepts, PostNames posts) {
        this.lexicon = lexicon;
        this.posts = posts;
        this.patterns = lexicon.patterns("ReportedWork");
        this.postSeparator = lexicon.postSeparator();
        this.concepts = concepts;
    }

    @Override public String name() { return "reported work"; }
    @Override public Set<Layer> requires() { return Set.of(Layer.SENTENCES); }
    @Override public Set<Layer> provides() { return Set.of(Layer.REPORTED_WORK); }

    @Override
    public Document apply(Document doc) {
        String lang = doc.source().language();
        for (Sentence s : doc.sentences()) {
            Cancellation.check();
            String text = s.span().of(doc.text());
            CharSequence sentence = Cancellation.checked(text);
            java.util.function.Predicate<Pattern> mayMatch = lexicon.mayMatchIn(text);
            for (Pattern p : patterns) {
                if (!mayMatch.test(p))
                    continue;
                Matcher m = p.matcher(sentence);
                if (!m.find())
                    continue;
                String venue = DatelineReader.group(m, "venue");
                String author = DatelineReader.group(m, "author");
                List<ConceptRef> posts = new ArrayList<>();
                String postList = DatelineReader.group(m, "posts");
                if (postList != null)
                    for (String post : postSeparator.split(postList)) {
                        String name = post.strip();
                        if (!name.isEmpty())
                            posts.add(this.posts.of(name));
                    }
                return doc.withReportedWork(new ReportedWork(s.span(), DatelineReader.group(m, "title"), venue,
                        venue == null ? null : concepts.lookup(venue), DatelineReader.group(m, "issue"),
                        Dates.monthDay(DatelineReader.group(m, "month"), DatelineReader.group(m, "day")), author,
                        author == null ? null : known(author, Iris.actor(author), Vocab.Person.getURI(), lang), posts));
            }
        }
        // the text does not announce it, but the user says what the document reports on
        Metadata md = doc.source().metadata();
        if (md.reportedTitle() != null || md.reportedVenue() != null || md.reportedAuthor() != null) {
            String author = md.reportedAuthor();
            return doc.withReportedWork(new ReportedWork(null, md.reportedTitle(), md.reportedVenue(),
                    md.reportedVenue() == null ? null : concepts.lookup(md.reportedVenue()), null, null, author,
                    author == null ? null : known(author, Iris.actor(author), Vocab.Person.getURI(), lang), List.of()));
        }
        return doc.withReportedWork(null);
    }

    /** The scheme's node by that name, else one minted from the name as a candidate. */
    private ConceptRef known(String name, String mintedIri, String type, String lang) {
        ConceptRef ref = concepts.lookup(name);
        return ref != null ? ref : new ConceptRef(mintedIri, name, type, true, lang);
    }
}
