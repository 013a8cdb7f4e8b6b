package io.github.govreport.extract.internal.pdf;

import io.github.govreport.extract.internal.text.CellText;
import java.util.ArrayList;
import java.util.List;

/**
 * The header of a table as one cell a column: its lines joined top to bottom in each column
 * (2023年 over 执行数 → 2023年执行数). A header cell over several columns stands in each of them:
 * the columns it reaches into, and the value columns beside them that only lower lines name, up
 * to a label column or another cell of its line (支出预算 centred over 合计, 基本支出 and 项目支出);
 * a column between two such cells takes the nearer.
 * Thread-safe (stateless).
 */
final class HeaderCells {

    private HeaderCells() {
    }

    /**
     * @param valueColumns which columns hold values in the body: only those take a parent header
     *                     they are not under (a label column's header is its own)
     */
    static List<String> of(List<TextLine> headerLines, List<float[]> columns, boolean[] valueColumns) {
        if (headerLines.isEmpty()) {
            return List.of();
        }
        List<List<Word>> lineCells = headerLines.stream().map(line -> cellsOf(line, columns)).toList();
        List<List<List<Integer>>> spans = new ArrayList<>();     // per line, per cell, its columns
        boolean[][] has = new boolean[headerLines.size()][columns.size()];
        boolean[][] alone = new boolean[headerLines.size()][columns.size()];    // a cell over it alone
        float[][] extent = new float[columns.size()][];
        for (int k = 0; k < columns.size(); k++) {
            extent[k] = columns.get(k).clone();
        }
        for (int l = 0; l < lineCells.size(); l++) {
            List<List<Integer>> lineSpans = new ArrayList<>();
            for (Word cell : lineCells.get(l)) {
                List<Integer> spanned = Columns.spannedBy(cell, columns);
                for (int k : spanned) {
                    has[l][k] = true;
                    alone[l][k] |= spanned.size() == 1;
                    if (spanned.size() == 1) {
                        extent[k][0] = Math.min(extent[k][0], cell.x0());
                        extent[k][1] = Math.max(extent[k][1], cell.x1());
                    }
                }
                lineSpans.add(new ArrayList<>(spanned));
            }
            spans.add(lineSpans);
        }
        boolean[][] claimed = new boolean[headerLines.size()][columns.size()];
        for (int l = 0; l < lineCells.size(); l++) {
            for (int k = 0; k < columns.size(); k++) {
                // a parent stands above all its children: 项目 set across two header lines, below
                // 2023年 (a cell over 执行数 alone), is no parent of 执行数
                if (!has[l][k] && valueColumns[k] && namedBelow(has, l, k) && !namedAbove(alone, l, k)
                        && !namedAbove(claimed, l, k)) {
                    int parent = parentOf(lineCells.get(l), spans.get(l), k, has[l], valueColumns, extent);
                    if (parent >= 0) {
                        spans.get(l).get(parent).add(k);
                        claimed[l][k] = true;
                    }
                }
            }
        }
        List<StringBuilder> out = new ArrayList<>();
        for (int k = 0; k < columns.size(); k++) {
            out.add(new StringBuilder());
        }
        for (int l = 0; l < lineCells.size(); l++) {
            for (int c = 0; c < lineCells.get(l).size(); c++) {
                for (int k : spans.get(l).get(c)) {
                    CellText.append(out.get(k), lineCells.get(l).get(c).text());
                }
            }
        }
        return out.stream().map(StringBuilder::toString).toList();
    }

    /**
     * The cell of the line that stands over column {@code k}: of the cells whose columns reach
     * {@code k} through value columns that no cell of the line stands over (a label column or
     * another cell ends a parent's reach), the nearest; or -1.
     */
    private static int parentOf(List<Word> cells, List<List<Integer>> spans, int k, boolean[] covered,
                                boolean[] valueColumns, float[][] extent) {
        int best = -1;
        float nearest = Float.MAX_VALUE;
        for (int c = 0; c < cells.size(); c++) {
            List<Integer> spanned = spans.get(c);
            int first = spanned.stream().mapToInt(Integer::intValue).min().orElseThrow();
            int last = spanned.stream().mapToInt(Integer::intValue).max().orElseThrow();
            if (k >= first && k <= last) {
                continue;
            }
            boolean reaches = true;
            for (int j = Math.min(k, last) + 1; j < Math.max(k, first); j++) {
                reaches &= spanned.contains(j) || (!covered[j] && valueColumns[j]);
            }
            if (!reaches) {
                continue;
            }
            Word cell = cells.get(c);
            float distance = Math.max(0, Math.max(extent[k][0] - cell.x1(), cell.x0() - extent[k][1]));
            if (distance < nearest) {
                nearest = distance;
                best = c;
            }
        }
        return best;
    }

    private static boolean namedAbove(boolean[][] has, int line, int column) {
        for (int l = 0; l < line; l++) {
            if (has[l][column]) {
                return true;
            }
        }
        return false;
    }

    private static boolean namedBelow(boolean[][] has, int line, int column) {
        for (int l = line + 1; l < has.length; l++) {
            if (has[l][column]) {
                return true;
            }
        }
        return false;
    }

    /**
     * A line's cells as words: words closer than a cell gap joined (2023 年 is one header cell),
     * unless they lie in two columns (类 款 项 over three narrow columns).
     */
    static List<Word> cellsOf(TextLine line, List<float[]> columns) {
        List<Word> cells = new ArrayList<>();
        Word cell = null;
        Word last = null;
        for (Word word : line.words()) {
            if (cell != null && !TableFinder.cellGap(cell, word) && Columns.of(last, columns) == Columns.of(word, columns)) {
                cell = cell.followedBy(word);
            } else {
                if (cell != null) {
                    cells.add(cell);
                }
                cell = word;
            }
            last = word;
        }
        cells.add(cell);
        return cells;
    }
}
