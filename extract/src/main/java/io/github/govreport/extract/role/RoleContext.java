package io.github.govreport.extract.role;

import java.util.List;
import java.util.Objects;

/**
 * What the role model is told of a sentence: its text, the titles of the headings above it, the
 * year of its report and where in the report it stands.
 *
 * @param sentence   the sentence as in the normalised text
 * @param headings   the titles of its section path (without their numbering), outermost first
 * @param reportYear the year of the report, or null when unknown
 * @param position   where the sentence starts, as a share of the report's length, from 0 to 1; null
 *                   in a text too short to be a report ({@link #position(int, int)})
 */
public record RoleContext(String sentence, List<String> headings, Integer reportYear, Double position) {

    /**
     * The shortest text, in code points, in which a sentence's place says something: in a report
     * the review comes before the plan; in a paragraph or a news item of a few lines it does not.
     */
    public static final int SHORTEST_REPORT = 1000;

    /**
     * The longest sentence the model reads, in chars: a longer one is a run of text without end
     * marks (a flattened table, noise), not a sentence it learnt from, and would cost its
     * segmentation once per number.
     */
    public static final int LONGEST = 1000;

    public RoleContext {
        Objects.requireNonNull(sentence, "sentence must not be null");
        headings = List.copyOf(Objects.requireNonNull(headings, "headings must not be null"));
        if (position != null && !(position >= 0 && position <= 1)) {
            throw new IllegalArgumentException("position must be between 0 and 1, was " + position);
        }
    }

    /**
     * The position of code point {@code offset} in a text of {@code length} code points; null when the
     * text is shorter than {@link #SHORTEST_REPORT}.
     */
    public static Double position(int offset, int length) {
        return length < SHORTEST_REPORT ? null : Math.min(1, Math.max(0, offset / (double) length));
    }
}
