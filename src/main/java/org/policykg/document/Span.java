package org.policykg.document;

/** A stretch of a document's text, as Java char offsets [begin, end) into {@link SourceText#text()}. */
public record Span(int begin, int end) {
    public Span {
        if (begin < 0 || end < begin)
            throw new IllegalArgumentException("bad span " + begin + ".." + end);
    }

    public int length() { return end - begin; }

    public boolean contains(Span other) { return begin <= other.begin && other.end <= end; }

    public boolean overlaps(Span other) { return begin < other.end && other.begin < end; }

    public String of(String text) { return text.substring(begin, end); }
}
