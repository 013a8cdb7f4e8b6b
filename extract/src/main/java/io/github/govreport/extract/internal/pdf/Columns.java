package io.github.govreport.extract.internal.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns of a table: the vertical bands that its body lines fill, separated by bands that no
 * body word touches; and which columns a word lies in. Thread-safe (stateless).
 */
final class Columns {

    /** Glyphs this close to a narrow band (in font sizes) are an aligned column edge. */
    private static final float EDGE = 0.5f;
    /** A header word over several columns reaches into each by at least this share of its width. */
    private static final float SPAN_SHARE = 0.3f;

    private Columns() {
    }

    /**
     * The columns of {@code body}, left to right, as {x0, x1}: between two of them lies a band at
     * least {@code minGap} font sizes wide that no glyph of these lines touches, with glyphs on
     * both sides of it in at least two lines.
     */
    static List<float[]> of(List<TextLine> body, float bin, float minGap) {
        float x0 = Float.MAX_VALUE;
        float x1 = -Float.MAX_VALUE;
        List<Float> ems = new ArrayList<>();
        for (TextLine line : body) {
            x0 = Math.min(x0, line.x0());
            x1 = Math.max(x1, line.x1());
            ems.add(line.em());
        }
        ems.sort(null);
        float em = ems.get(ems.size() / 2);
        boolean[] covered = new boolean[(int) Math.ceil((x1 - x0) / bin) + 1];
        for (TextLine line : body) {
            for (Word word : line.words()) {
                for (Glyph glyph : word.glyphs()) {
                    // a glyph's box, not its word's: numbers run together across a column gap still leave it
                    int a = (int) Math.floor((glyph.x() - x0) / bin);
                    int b = Math.min(covered.length - 1, (int) Math.floor((glyph.right() - x0) / bin));
                    for (int k = Math.max(0, a); k <= b; k++) {
                        covered[k] = true;
                    }
                }
            }
        }
        List<float[]> columns = new ArrayList<>();
        float start = x0;
        int k = 0;
        while (k < covered.length) {
            if (covered[k]) {
                k++;
                continue;
            }
            int gapEnd = k;
            while (gapEnd < covered.length && !covered[gapEnd]) {
                gapEnd++;
            }
            float gapX0 = x0 + k * bin;
            float gapX1 = x0 + gapEnd * bin;
            if (gapEnd < covered.length && gapX1 - gapX0 >= minGap * em && separatesCells(body, gapX0, gapX1, em)) {
                columns.add(new float[] {start, gapX0});
                start = gapX1;
            }
            k = gapEnd;
        }
        columns.add(new float[] {start, x1});
        return columns;
    }

    /**
     * Whether glyphs lie on either side of the band in at least two lines (a gap of one line is no
     * column gap); a band narrower than a character must also be an aligned edge: in two lines
     * or more, glyphs end right before it (a right-aligned column) or start right after it (a
     * left-aligned one). Two numbers side by side in one row only are no column.
     */
    private static boolean separatesCells(List<TextLine> body, float gapX0, float gapX1, float em) {
        int both = 0;
        int endBefore = 0;
        int startAfter = 0;
        for (TextLine line : body) {
            boolean left = false;
            boolean right = false;
            boolean ends = false;
            boolean starts = false;
            for (Word word : line.words()) {
                for (Glyph glyph : word.glyphs()) {
                    left |= glyph.right() <= gapX0 + 0.01f;
                    right |= glyph.x() >= gapX1 - 0.01f;
                    ends |= glyph.right() <= gapX0 + 0.01f && glyph.right() >= gapX0 - EDGE * em;
                    starts |= glyph.x() >= gapX1 - 0.01f && glyph.x() <= gapX1 + EDGE * em;
                }
            }
            both += left && right ? 1 : 0;
            endBefore += ends ? 1 : 0;
            startAfter += starts ? 1 : 0;
        }
        boolean aligned = gapX1 - gapX0 >= em || endBefore >= 2 || startAfter >= 2;
        return both >= 2 && aligned;
    }

    /** The bands between neighbouring columns, as {x0, x1}. */
    static List<float[]> gaps(List<float[]> columns) {
        List<float[]> gaps = new ArrayList<>();
        for (int k = 1; k < columns.size(); k++) {
            gaps.add(new float[] {columns.get(k - 1)[1], columns.get(k)[0]});
        }
        return gaps;
    }

    /** {@code line} with its words cut where they run across a column gap ({@link Word#cutAt}). */
    static TextLine cutAtGaps(TextLine line, List<float[]> columns) {
        List<float[]> gaps = gaps(columns);
        List<Word> words = new ArrayList<>();
        for (Word word : line.words()) {
            words.addAll(word.cutAt(gaps));
        }
        return new TextLine(line.y(), line.em(), words);
    }

    /** The column a body word lies in: the one holding its centre, or the nearest. */
    static int of(Word word, List<float[]> columns) {
        float c = word.center();
        int best = 0;
        float distance = Float.MAX_VALUE;
        for (int k = 0; k < columns.size(); k++) {
            float[] column = columns.get(k);
            float d = c < column[0] ? column[0] - c : c > column[1] ? c - column[1] : 0;
            if (d < distance) {
                distance = d;
                best = k;
            }
        }
        return best;
    }

    /** The columns a header word stands over: those it reaches into by a good share of its width. */
    static List<Integer> spannedBy(Word word, List<float[]> columns) {
        List<Integer> spanned = new ArrayList<>();
        float width = Math.max(word.x1() - word.x0(), 0.01f);
        for (int k = 0; k < columns.size(); k++) {
            float overlap = Math.min(word.x1(), columns.get(k)[1]) - Math.max(word.x0(), columns.get(k)[0]);
            if (overlap >= SPAN_SHARE * width || overlap >= 0.5f * (columns.get(k)[1] - columns.get(k)[0])) {
                spanned.add(k);
            }
        }
        if (spanned.isEmpty()) {
            spanned.add(of(word, columns));
        }
        return spanned;
    }

    /**
     * The columns with one added for each header cell that lies clear of every column found in
     * the body: a column no row fills.
     */
    static List<float[]> withHeaderOnlyColumns(List<float[]> columns, List<TextLine> headerLines) {
        List<float[]> all = new ArrayList<>(columns);
        for (TextLine line : headerLines) {
            for (Word cell : HeaderCells.cellsOf(line, columns)) {
                boolean clear = all.stream().noneMatch(c -> Math.min(c[1], cell.x1()) - Math.max(c[0], cell.x0()) > 0);
                if (clear) {
                    all.add(new float[] {cell.x0(), cell.x1()});
                }
            }
        }
        all.sort((a, b) -> Float.compare(a[0], b[0]));
        return all;
    }

    /** Whether every word of {@code line} lies inside one column (a fragment of a cell, not a title over them). */
    static boolean withinOneColumnEach(TextLine line, List<float[]> columns) {
        for (Word word : line.words()) {
            float[] column = columns.get(of(word, columns));
            if (word.x0() < column[0] - 0.5f * word.em() || word.x1() > column[1] + 0.5f * word.em()) {
                return false;
            }
        }
        return true;
    }

    /** Whether all words of {@code line} lie in the first column: a row label without values. */
    static boolean inFirstColumnOnly(TextLine line, List<float[]> columns) {
        return line.words().stream().allMatch(word -> of(word, columns) == 0);
    }

    /** False when two cells of one header line fall in one column: the columns were not all found. */
    static boolean headerFits(List<TextLine> headerLines, List<float[]> columns) {
        for (TextLine line : headerLines) {
            List<Integer> seen = new ArrayList<>();
            Word previous = null;
            for (Word word : line.words()) {
                boolean newCell = previous == null || TableFinder.cellGap(previous, word);
                List<Integer> spanned = spannedBy(word, columns);
                if (newCell && spanned.size() == 1 && seen.contains(spanned.get(0))) {
                    return false;
                }
                seen.addAll(spanned);
                previous = word;
            }
        }
        return true;
    }
}
