package org.policykg.document;

import java.time.MonthDay;
import java.util.List;

/**
 * A work a document reports on, as the text announces it ("The 8th issue of "Seeking Truth" ... will
 * publish an important article by NAME, POSTS, "TITLE"").
 *
 * @param span      the sentence that announces it, or null when only the metadata names it
 * @param title     its title as written, or null
 * @param venue     the periodical as written, or null
 * @param venueRef  the periodical's node when the scheme knows it
 * @param issue     the issue number as written, or null
 * @param day       its publication day when the text gives one
 * @param author    the author as written, or null
 * @param authorRef the author's node (known or minted)
 * @param posts     the posts the text says the author holds
 */
public record ReportedWork(Span span, String title, String venue, ConceptRef venueRef, String issue, MonthDay day,
                           String author, ConceptRef authorRef, List<ConceptRef> posts) {}
