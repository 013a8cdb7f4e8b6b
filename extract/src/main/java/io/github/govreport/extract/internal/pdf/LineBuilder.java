package io.github.govreport.extract.internal.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Groups a page's glyphs into lines and each line into words, by position alone.
 *
 * <p>A line is the glyphs whose baselines lie within half a font size of each other (a raised
 * footnote marker stays on its line). Within a line, a gap wider than the line's usual gap
 * between glyphs by a fifth of the font size separates two words: in a table row that is the
 * gap between a right-aligned number and the code of the next column (27.00 and 30218 are two
 * numbers, however narrow the cell padding), in prose the space between Latin words. The usual
 * gap is the median gap, so letter-spaced and justified lines, whose every gap is wide, stay
 * whole words. Thread-safe (stateless).
 */
final class LineBuilder {

    /** How much wider than the usual gap a gap must be to separate words, in font sizes. */
    static final float WORD_GAP = 0.2f;
    /** Letter-spacing wider than this share of the font size is read as spaces between words. */
    private static final float MAX_USUAL_GAP = 0.6f;
    /** Baselines closer than this share of the font size are one line. */
    private static final float SAME_LINE = 0.5f;
    /** A glyph drawn twice at almost the same place (simulated bold) is kept once. */
    private static final float DUPLICATE = 0.1f;

    private LineBuilder() {
    }

    /** The lines of {@code glyphs}, top to bottom. */
    static List<TextLine> lines(List<Glyph> glyphs) {
        List<Glyph> byBaseline = new ArrayList<>(glyphs);
        byBaseline.removeIf(Glyph::isSpace);
        byBaseline.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
        List<TextLine> lines = new ArrayList<>();
        List<Glyph> line = new ArrayList<>();
        float lineY = 0;
        float lineEm = 0;
        for (Glyph glyph : byBaseline) {
            if (!line.isEmpty() && glyph.y() - lineY > SAME_LINE * Math.max(lineEm, glyph.em())) {
                lines.add(words(line));
                line.clear();
            }
            if (line.isEmpty()) {
                lineY = glyph.y();
                lineEm = 0;
            }
            line.add(glyph);
            lineEm = Math.max(lineEm, glyph.em());
        }
        if (!line.isEmpty()) {
            lines.add(words(line));
        }
        return lines;
    }

    /** One line's glyphs as words, left to right. */
    private static TextLine words(List<Glyph> glyphs) {
        List<Glyph> byX = new ArrayList<>(glyphs);
        byX.sort(Comparator.comparingDouble(Glyph::x));
        removeDuplicates(byX);
        float usualGap = medianGap(byX);
        List<Word> words = new ArrayList<>();
        List<Glyph> word = new ArrayList<>();
        float baseline = 0;
        float em = 0;
        float x1 = byX.get(0).x();
        for (Glyph glyph : byX) {
            float gap = glyph.x() - x1;
            if (!word.isEmpty() && gap > usualGap + WORD_GAP * Math.max(word.get(word.size() - 1).em(), glyph.em())) {
                words.add(new Word(word));
                word = new ArrayList<>();
            }
            word.add(glyph);
            x1 = Math.max(x1, glyph.right());
            if (glyph.em() >= em) {
                em = glyph.em();
                baseline = glyph.y();
            }
        }
        words.add(new Word(word));
        return new TextLine(baseline, em, words);
    }

    private static void removeDuplicates(List<Glyph> byX) {
        for (int i = byX.size() - 1; i > 0; i--) {
            Glyph a = byX.get(i - 1);
            Glyph b = byX.get(i);
            if (a.text().equals(b.text()) && Math.abs(a.x() - b.x()) < DUPLICATE * a.em()
                    && Math.abs(a.y() - b.y()) < DUPLICATE * a.em()) {
                byX.remove(i);
            }
        }
    }

    /** The median of the gaps between neighbouring glyphs, between zero and {@link #MAX_USUAL_GAP}. */
    private static float medianGap(List<Glyph> byX) {
        if (byX.size() < 2) {
            return 0;
        }
        float[] gaps = new float[byX.size() - 1];
        for (int i = 1; i < byX.size(); i++) {
            gaps[i - 1] = byX.get(i).x() - byX.get(i - 1).right();
        }
        Arrays.sort(gaps);
        // a row of one-character cells (1 2 3) has only wide gaps: its usual gap is not its cells' gap
        return Math.max(0, Math.min(gaps[gaps.length / 2], MAX_USUAL_GAP * byX.get(0).em()));
    }
}
