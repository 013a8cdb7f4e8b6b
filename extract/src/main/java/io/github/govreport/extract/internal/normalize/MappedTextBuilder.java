package io.github.govreport.extract.internal.normalize;

import java.util.Arrays;

/** Builds a normalised text code point by code point, recording where each came from. */
final class MappedTextBuilder {

    private final StringBuilder text = new StringBuilder();
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private int length;

    /** Appends {@code codePoint}, standing for source code points {@code [from, to)}. */
    void append(int codePoint, int from, int to) {
        if (length == starts.length) {
            starts = Arrays.copyOf(starts, length * 2);
            ends = Arrays.copyOf(ends, length * 2);
        }
        text.appendCodePoint(codePoint);
        starts[length] = from;
        ends[length] = to;
        length++;
    }

    /** The number of code points written so far. */
    int length() {
        return length;
    }

    /** The last code point written. */
    int last() {
        return text.codePointBefore(text.length());
    }

    /** Takes back the last code point written. */
    void dropLast() {
        int c = last();
        text.setLength(text.length() - Character.charCount(c));
        length--;
    }

    NormalizedText build(int sourceLength) {
        return new NormalizedText(text.toString(),
                new OffsetMap(Arrays.copyOf(starts, length), Arrays.copyOf(ends, length), sourceLength));
    }
}
