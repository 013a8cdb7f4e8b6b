package io.github.govreport.extract.internal.text;

/**
 * A half-open range {@code [start, end)} of indices into a text or a list, inside the extractor
 * (the model's {@link io.github.govreport.core.Span} is for code-point offsets of the output).
 */
public record Range(int start, int end) {

    /** Whether {@code at} lies in the range. */
    public boolean contains(int at) {
        return start <= at && at < end;
    }
}
