package io.github.govreport.extract.internal.normalize;

import static io.github.govreport.extract.internal.text.CharClasses.isSpace;

import io.github.govreport.extract.internal.text.CharClasses;
import io.github.govreport.extract.internal.text.Range;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Finds tables whose cells are separated by spaces, as text copied out of a PDF writes an
 * indicator table ({@code pdftotext -layout}, a viewer's copy):
 *
 * <pre>
 * 指标名称 单位 2021年实际 2022年目标 属性
 * 地区生产总值增长 % 8.2 7左右 预期性
 * 森林覆盖率 % 40.2 40.3 约束性
 * </pre>
 *
 * A block is a header line without a number followed by at least {@link #MIN_ROWS} lines that
 * each hold a number, all with the same count of at least {@link #MIN_CELLS} space-separated cells
 * and none with a clause mark (，。；：, which prose has and table rows do not). The normaliser
 * writes the first space between two cells as a tab and drops the rest, so that the rows read as
 * tab-separated values: without this, the spaces between a Han character and a digit would be
 * dropped as PDF noise and the grid lost (单位2021年实际2022年目标).
 */
final class SpaceAlignedRows {

    static final int MIN_CELLS = 3;
    static final int MIN_ROWS = 2;

    /** Where to write a tab ({@code separators}) and which spaces to drop, in code points of the text. */
    record Layout(BitSet separators, BitSet dropped) {
    }

    private SpaceAlignedRows() {
    }

    static Layout find(int[] cps) {
        List<Range> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= cps.length; i++) {
            if (i == cps.length || cps[i] == '\n') {
                lines.add(new Range(start, i));
                start = i + 1;
            }
        }
        BitSet separators = new BitSet();
        BitSet dropped = new BitSet();
        int i = 0;
        while (i < lines.size()) {
            List<String> header = cells(cps, lines.get(i));
            if (header == null || header.stream().anyMatch(SpaceAlignedRows::isNumber)) {
                i++;
                continue;
            }
            int last = i;
            while (last + 1 < lines.size()) {
                List<String> row = cells(cps, lines.get(last + 1));
                if (row == null || row.size() != header.size() || row.stream().noneMatch(SpaceAlignedRows::isNumber)) {
                    break;
                }
                last++;
            }
            if (last - i < MIN_ROWS) {
                i++;
                continue;
            }
            for (int l = i; l <= last; l++) {
                markSeparators(cps, lines.get(l), separators, dropped);
            }
            i = last + 1;
        }
        return new Layout(separators, dropped);
    }

    /** The cells of a line split at runs of spaces; null when it is no row (too few cells, a tab, a clause mark). */
    private static List<String> cells(int[] cps, Range line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int k = line.start(); k < line.end(); k++) {
            int c = cps[k];
            if (c == '\t' || CharClasses.ROW_EXCLUDED_MARKS.indexOf(c) >= 0) {
                return null;
            }
            if (isSpace(c)) {
                if (cell.length() > 0) {
                    cells.add(cell.toString());
                    cell.setLength(0);
                }
            } else {
                cell.appendCodePoint(c);
            }
        }
        if (cell.length() > 0) {
            cells.add(cell.toString());
        }
        return cells.size() >= MIN_CELLS ? cells : null;
    }

    /** The first space of each run between two cells becomes a tab; the others, and none at the edges, go. */
    private static void markSeparators(int[] cps, Range line, BitSet separators, BitSet dropped) {
        int first = line.start();
        while (first < line.end() && isSpace(cps[first])) {
            first++;
        }
        int last = line.end() - 1;
        while (last > first && isSpace(cps[last])) {
            last--;
        }
        for (int k = first; k <= last; k++) {
            if (isSpace(cps[k])) {
                if (isSpace(cps[k - 1])) {
                    dropped.set(k);
                } else {
                    separators.set(k);
                }
            }
        }
    }

    /** A cell that holds a figure (8.2, 7左右, 90以上, ＞27, -0.5), not a year column (2022年目标). */
    private static boolean isNumber(String cell) {
        int c = cell.codePointAt(0);
        if ("-+＞＜<>≥≤约".indexOf(c) >= 0 && cell.length() > 1) {
            c = cell.codePointAt(Character.charCount(c));
        }
        return ((c >= '0' && c <= '9') || (c >= '０' && c <= '９')) && cell.indexOf('年') < 0;
    }
}
