package io.github.govreport.extract.internal.pdf;

import io.github.govreport.extract.internal.text.CharClasses;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a page set in two columns (a gazette) column by column: finds the gutter, the narrow
 * band down the middle that most lines leave empty with prose on both sides of it, and puts the
 * lines in reading order: what spans the page above the columns (a running head, a title), the
 * left column, the right column, then what spans the page below them (a page number). A page
 * without such a gutter, or whose lines beside the band are not prose (a table's label and its
 * numbers), is one column. Thread-safe (stateless).
 */
final class TwoColumns {

    /** Lines with a gutter, of the lines with text on both halves, that make a page two columns. */
    private static final float GUTTER_SHARE = 0.5f;
    private static final int MIN_GUTTER_LINES = 5;
    /** A gutter is at least this wide and at most this wide, in font sizes. */
    private static final float MIN_GUTTER = 0.8f;
    private static final float MAX_GUTTER = 6f;
    /** The text beside a gutter is prose: at least this many Han characters in the word next to it. */
    private static final int MIN_HAN = 2;

    private TwoColumns() {
    }

    /** The page's lines in reading order: spanning lines above, left column, right column, spanning lines below. */
    static List<TextLine> inReadingOrder(List<Glyph> glyphs) {
        List<TextLine> lines = LineBuilder.lines(glyphs);
        Float gutter = gutter(lines);
        if (gutter == null) {
            return lines;
        }
        List<TextLine> above = new ArrayList<>();
        List<TextLine> below = new ArrayList<>();
        List<Glyph> left = new ArrayList<>();
        List<Glyph> right = new ArrayList<>();
        boolean columnsStarted = false;
        for (TextLine line : lines) {
            boolean spans = line.words().stream().anyMatch(w -> w.x0() < gutter && w.x1() > gutter);
            if (spans) {
                (columnsStarted ? below : above).add(line);
                continue;
            }
            columnsStarted = true;
            // a line across the gutter between column lines (a wide table, a figure title) is read
            // where it stands in the left column
            below.forEach(spanning -> spanning.words().forEach(w -> left.addAll(w.glyphs())));
            below.clear();
            for (Word word : line.words()) {
                (word.x1() <= gutter ? left : right).addAll(word.glyphs());
            }
        }
        List<TextLine> ordered = new ArrayList<>(above);
        ordered.addAll(LineBuilder.lines(left));
        ordered.addAll(LineBuilder.lines(right));
        ordered.addAll(below);
        return ordered;
    }

    /** The x of the gutter, or null when the page is one column. */
    private static Float gutter(List<TextLine> lines) {
        float[] extent = TextLine.extent(lines);
        float x0 = extent[0];
        float x1 = extent[1];
        List<float[]> gaps = new ArrayList<>();     // {centre} of each line's gutter-like gap
        int candidates = 0;
        for (TextLine line : lines) {
            List<Word> words = line.words();
            if (line.x1() - line.x0() < 0.5f * (x1 - x0)) {
                continue;
            }
            candidates++;
            for (int k = 1; k < words.size(); k++) {
                Word a = words.get(k - 1);
                Word b = words.get(k);
                float gap = b.x0() - a.x1();
                float centre = (a.x1() + b.x0()) / 2;
                if (gap >= MIN_GUTTER * line.em() && gap <= MAX_GUTTER * line.em()
                        && centre > x0 + 0.3f * (x1 - x0) && centre < x0 + 0.7f * (x1 - x0)
                        && han(a.text()) >= MIN_HAN && han(b.text()) >= MIN_HAN) {
                    gaps.add(new float[] {a.x1(), b.x0()});
                }
            }
        }
        if (gaps.size() < MIN_GUTTER_LINES || gaps.size() < GUTTER_SHARE * candidates) {
            return null;
        }
        // the band every such gap holds
        float from = -Float.MAX_VALUE;
        float to = Float.MAX_VALUE;
        for (float[] gap : gaps) {
            from = Math.max(from, gap[0]);
            to = Math.min(to, gap[1]);
        }
        return from < to ? (from + to) / 2 : null;
    }

    private static int han(String text) {
        return (int) text.codePoints().filter(CharClasses::isHan).count();
    }
}
