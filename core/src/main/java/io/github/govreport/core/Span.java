package io.github.govreport.core;

/**
 * A half-open range {@code [start, end)} of code-point offsets into a text.
 *
 * <p>Every offset in the model is a code-point offset, not a UTF-16 index, so that a span means
 * the same characters in Java, Python and JavaScript readers of the JSON output.
 */
public record Span(int start, int end) {

    public Span {
        if (start < 0) {
            throw new IllegalArgumentException("span start must be >= 0, was " + start);
        }
        if (end < start) {
            throw new IllegalArgumentException("span end must be >= start, was [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    /** The characters of {@code text} that this span covers, {@code text} read as code points. */
    public String slice(String text) {
        int from = text.offsetByCodePoints(0, start);
        int to = text.offsetByCodePoints(from, length());
        return text.substring(from, to);
    }

    /** True when this span lies within a text of {@code codePointLength} code points. */
    public boolean fitsIn(int codePointLength) {
        return end <= codePointLength;
    }
}
