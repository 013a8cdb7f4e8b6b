package io.github.govreport.extract.internal.pdf;

import io.github.govreport.core.Span;
import io.github.govreport.core.Warning;
import java.util.List;

/**
 * Writes a page's blocks as text: prose lines as they are, each table as rows of tab-separated
 * cells (a tab before each cell, its header lines joined into one row) followed by a blank line,
 * which is how the table recogniser reads the tables of Word and HTML documents. A table whose
 * cells cannot be told apart with confidence is written as its lines, with a warning naming its
 * page, and its range is given as unread: better a number missing than one that nobody wrote.
 */
final class PageWriter {

    /** A caption this long or longer is not one (the table recogniser's limit). */
    private static final int MAX_CAPTION = 40;

    private PageWriter() {
    }

    static void write(List<Block> blocks, int page, StringBuilder out, List<Warning> warnings, List<Span> unread) {
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            if (block instanceof Block.Prose prose) {
                boolean beforeTable = b + 1 < blocks.size() && blocks.get(b + 1) instanceof Block.Table;
                writeProse(prose.lines(), beforeTable, out);
            } else if (block instanceof Block.Table table && table.grid().confident()) {
                writeTable(table.grid(), out);
            } else if (block instanceof Block.Table table) {
                warnings.add(Warning.of("table-not-read", "page " + page + ": a table whose columns could not be told"
                        + " apart with confidence is kept as text; its numbers are not read as facts"));
                int start = out.codePointCount(0, out.length());
                writeProse(table.lines(), false, out);
                unread.add(new Span(start, out.codePointCount(0, out.length())));
            }
        }
    }

    /**
     * Lines as they are, except that a unit line right above a table goes on the caption's line
     * (2024年一般公共预算收入表 单位：万元): the caption of a table is the line above it, and the
     * unit belongs to it.
     */
    private static void writeProse(List<TextLine> lines, boolean beforeTable, StringBuilder out) {
        int n = lines.size();
        boolean unitLast = beforeTable && n >= 2 && TableFinder.UNIT_LINE.matcher(lines.get(n - 1).text()).find()
                && lines.get(n - 2).text().length() + lines.get(n - 1).text().length() < MAX_CAPTION;
        for (int k = 0; k < n; k++) {
            out.append(lines.get(k).text()).append(unitLast && k == n - 2 ? ' ' : '\n');
        }
    }

    private static void writeTable(Grid grid, StringBuilder out) {
        if (!grid.header().isEmpty()) {
            writeRow(grid.header(), out);
        }
        for (List<String> row : grid.rows()) {
            writeRow(row, out);
        }
        out.append('\n');
    }

    private static void writeRow(List<String> cells, StringBuilder out) {
        for (String cell : cells) {
            out.append('\t').append(cell);
        }
        out.append('\n');
    }
}
