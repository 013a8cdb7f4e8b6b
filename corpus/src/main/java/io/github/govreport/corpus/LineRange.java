package io.github.govreport.corpus;

/**
 * Lines {@code first} to {@code last} of a seed, 1-based and inclusive: the part of a document a
 * partial gold file covers.
 */
public record LineRange(int first, int last) {

    public LineRange {
        if (first < 1 || last < first) {
            throw new IllegalArgumentException("line range must satisfy 1 <= first <= last, was " + first + "-" + last);
        }
    }

    public boolean contains(int lineNumber) {
        return first <= lineNumber && lineNumber <= last;
    }

    /** Reads {@code A-B}. */
    static LineRange parse(String text) {
        String[] ends = text.strip().split("-", -1);
        if (ends.length != 2) {
            throw new IllegalArgumentException("expected a line range A-B, found '" + text + "'");
        }
        try {
            return new LineRange(Integer.parseInt(ends[0].strip()), Integer.parseInt(ends[1].strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a line range A-B of whole numbers, found '" + text + "'");
        }
    }

    @Override
    public String toString() {
        return first + "-" + last;
    }
}
