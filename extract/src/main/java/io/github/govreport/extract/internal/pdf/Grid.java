package io.github.govreport.extract.internal.pdf;

import java.util.List;

/**
 * A table found on a page by the alignment of its columns.
 *
 * @param first      index of its first line on the page (its header, or its first row)
 * @param last       index of its last line
 * @param header     one cell a column: the header lines joined top to bottom (2023年 over 执行数
 *                   → 2023年执行数), empty when the table starts without a header
 * @param rows       the body rows, one cell a column, a wrapped cell's lines joined
 * @param confident  false when words cross the columns of body rows: the cells are guessed
 */
record Grid(int first, int last, List<String> header, List<List<String>> rows, boolean confident) {

    Grid {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }

    int columns() {
        return rows.isEmpty() ? header.size() : rows.get(0).size();
    }

    /**
     * A "header" that fills fewer than half of the columns is no header: at the top of a page
     * it is the end of a row begun on the page before (Ⅲ类）比例 under 指标名称).
     */
    boolean headerLooksCarriedOver() {
        long filled = header.stream().filter(cell -> !cell.isBlank()).count();
        return !header.isEmpty() && filled * 2 < header.size();
    }

    Grid withRows(List<String> newHeader, List<List<String>> newRows, int newLast) {
        return new Grid(first, newLast, newHeader, newRows, confident);
    }
}
