package org.policykg.document;

import java.util.List;

/**
 * Words of the text that name a known concept, actor or post, or an actor the names stage found.
 *
 * @param posts the posts the text gives a person named here ("Vice Minister of ... Liu Jianhua"), else empty
 */
public record Mention(Span span, ConceptRef concept, List<ConceptRef> posts) {
    public Mention {
        posts = List.copyOf(posts);
    }

    public Mention(Span span, ConceptRef concept) { this(span, concept, List.of()); }
}
