package io.github.govreport.extract.internal.normalize;

import io.github.govreport.core.Span;
import java.util.Arrays;

/**
 * Where each code point of a normalised text came from in its source: code point {@code i} of
 * the output stands for source code points {@code [starts[i], ends[i])}. Dropped source
 * characters simply have no output; folded ones map one to one. Maps of successive
 * normalisation steps compose into one, as Lucene's CharFilter offset corrections do.
 */
public final class OffsetMap {

    private final int[] starts;
    private final int[] ends;
    private final int sourceLength;

    OffsetMap(int[] starts, int[] ends, int sourceLength) {
        if (starts.length != ends.length) {
            throw new IllegalArgumentException("starts and ends differ in length");
        }
        this.starts = starts;
        this.ends = ends;
        this.sourceLength = sourceLength;
    }

    /** The map of a text that was not changed. */
    public static OffsetMap identity(int length) {
        int[] starts = new int[length];
        int[] ends = new int[length];
        for (int i = 0; i < length; i++) {
            starts[i] = i;
            ends[i] = i + 1;
        }
        return new OffsetMap(starts, ends, length);
    }

    /** The number of code points of the normalised text. */
    public int length() {
        return starts.length;
    }

    /** The number of code points of the source. */
    public int sourceLength() {
        return sourceLength;
    }

    /** The source characters that {@code span} of the normalised text stands for. */
    public Span toSource(Span span) {
        if (span.end() > starts.length) {
            throw new IndexOutOfBoundsException("span " + span + " beyond normalised length " + starts.length);
        }
        if (span.length() == 0) {
            int at = span.start() < starts.length ? starts[span.start()] : sourceLength;
            return new Span(at, at);
        }
        return new Span(starts[span.start()], ends[span.end() - 1]);
    }

    /**
     * The first code point of the normalised text that comes from source offset {@code source} or
     * later: where a place of the source ended up. Relies on the map being monotonic, which every
     * step of the normaliser keeps (it drops and folds, it never reorders).
     */
    public int fromSource(int source) {
        int low = 0;
        int high = starts.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (starts[mid] < source) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The map from the output of {@code next} straight back to the source of this map. */
    public OffsetMap then(OffsetMap next) {
        if (next.sourceLength != length()) {
            throw new IllegalArgumentException("cannot compose: next step reads " + next.sourceLength
                    + " code points, this one wrote " + length());
        }
        int[] composedStarts = new int[next.length()];
        int[] composedEnds = new int[next.length()];
        for (int i = 0; i < next.length(); i++) {
            Span source = toSource(new Span(next.starts[i], next.ends[i]));
            composedStarts[i] = source.start();
            composedEnds[i] = source.end();
        }
        return new OffsetMap(composedStarts, composedEnds, sourceLength);
    }

    @Override
    public String toString() {
        return "OffsetMap[" + Arrays.toString(starts) + " of " + sourceLength + "]";
    }
}
