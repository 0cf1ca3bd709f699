package org.policykg.extract.stages;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.policykg.document.*;

/**
 * The posts the scheme lists, named by a title next to a known body in any wording ("General Secretary of the CPC
 * Central Committee", "the CMC Chairman", 中央军委主席): the title and the body are one mention of the post, as the post's
 * own labels would be, and the body inside it is not a mention of its own; so is a post's label cut short by a longer
 * body's name ("General Secretary of the CPC" before "Central Committee"). Posts the scheme does not list are read with
 * the people who hold them (the names stages).
 */
final class PostMentionReader implements Stage {
    private final PostNames posts;

    PostMentionReader(PostNames posts) { this.posts = posts; }

    @Override public String name() { return "posts"; }
    @Override public Set<Layer> requires() { return Set.of(Layer.MENTIONS); }
    @Override public Set<Layer> provides() { return Set.of(Layer.MENTIONS); }

    @Override
    public Document apply(Document doc) {
        List<Mention> found = new ArrayList<>();
        for (Mention m : doc.mentions()) {
            Mention listed = posts.listedPostAt(doc.text(), m);
            Mention post = listed != null ? listed : posts.extendedPostAt(doc.text(), m);
            if (post != null && found.stream().noneMatch(f -> f.span().overlaps(post.span())))
                found.add(post);
        }
        if (found.isEmpty())
            return doc;
        return doc.withMentions(Mentions.withWholeNames(doc.mentions(), found));
    }
}
