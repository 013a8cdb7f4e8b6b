package io.github.govreport.extract.internal.pdf;

import java.util.List;

/**
 * The words that share a baseline, left to right.
 *
 * @param y  the baseline, in points from the top of the page
 * @param em the largest font size on the line
 */
record TextLine(float y, float em, List<Word> words) {

    TextLine {
        words = List.copyOf(words);
    }

    float x0() {
        return words.get(0).x0();
    }

    float x1() {
        return words.get(words.size() - 1).x1();
    }

    /** Lines of one row lie closer together than this, in font sizes (baseline to baseline). */
    private static final float WRAPPED_LINE_PITCH = 1.6f;

    /** Whether this line lies as close below {@code above} as the lines of one wrapped cell do. */
    boolean closeBelow(TextLine above) {
        return y - above.y() <= WRAPPED_LINE_PITCH * em;
    }

    /** The left and right edges of {@code lines} together, {x0, x1}; {0, 0} for none. */
    static float[] extent(List<TextLine> lines) {
        float x0 = Float.MAX_VALUE;
        float x1 = -Float.MAX_VALUE;
        for (TextLine line : lines) {
            x0 = Math.min(x0, line.x0());
            x1 = Math.max(x1, line.x1());
        }
        return lines.isEmpty() ? new float[] {0, 0} : new float[] {x0, x1};
    }

    /** The words joined by single spaces, as prose reads them. */
    String text() {
        StringBuilder text = new StringBuilder();
        for (Word word : words) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(word.text());
        }
        return text.toString();
    }
}
