package org.policykg.document;

import java.time.MonthDay;

/**
 * A dateline read from the text, e.g. "Xinhua News Agency, Beijing, April 15.".
 *
 * @param span      where it stands
 * @param publisher the publisher as written
 * @param publisherRef the publisher's actor node when the scheme knows it or an actor was read at its words, else null
 * @param place     the place as written, or null
 * @param day       month and day; the year is not in a dateline
 */
public record Dateline(Span span, String publisher, ConceptRef publisherRef, String place, MonthDay day) {}
