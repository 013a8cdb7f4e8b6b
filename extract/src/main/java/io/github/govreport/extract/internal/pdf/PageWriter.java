package io.github.govreport.extract.internal.pdf;

import io.github.govreport.core.Span;
import io.github.govreport.core.Warning;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a page's blocks as text: prose lines as they are, each table as rows of tab-separated
 * cells (a tab before each cell, its header lines joined into one row) followed by a blank line,
 * which is how the table recogniser reads the tables of Word and HTML documents. A table whose
 * cells cannot be told apart with confidence is written as its lines, with a warning naming its
 * page, and its range is given as unread: better a number missing than one that nobody wrote.
 */
final class PageWriter {

    /** The unit of a table where its caption or the line under it gives it: 单位：万元, （单位：亿元）. */
    private static final Pattern UNIT = Pattern.compile("[（(]?\\s*(?<![制算报])单位\\s*[:：]\\s*[^\\s）)，。；]+\\s*[）)]?");

    private PageWriter() {
    }

    static void write(List<Block> blocks, int page, StringBuilder out, List<Warning> warnings, List<Span> unread) {
        String caption = null;
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            if (block instanceof Block.Prose prose) {
                boolean beforeTable = b + 1 < blocks.size() && blocks.get(b + 1) instanceof Block.Table;
                caption = writeProse(prose.lines(), beforeTable, out);
            } else if (block instanceof Block.Table table && table.grid().confident()) {
                // the second half of a 收支总表 is a table of its own, under the same caption
                List<Grid> parts = table.grid().sideBySide();
                for (int p = 0; p < parts.size(); p++) {
                    if (p > 0 && caption != null) {
                        out.append(caption).append('\n');
                    }
                    writeTable(parts.get(p), out);
                }
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
     * Lines as they are, except that the unit above a table goes on the caption's line
     * (2024年一般公共预算收入表 单位：万元): the caption of a table is the line above it, and the
     * unit belongs to it. What else that line says (编制部门：…) stays on a line of its own above.
     * Returns the last line written (a table's caption when a table follows), or null.
     */
    private static String writeProse(List<TextLine> lines, boolean beforeTable, StringBuilder out) {
        int n = lines.size();
        Matcher unit = n >= 2 && beforeTable ? UNIT.matcher(lines.get(n - 1).text()) : null;
        int plain = unit != null && unit.find() && TableFinder.isMetadata(lines.get(n - 1)) ? n - 2 : n;
        for (int k = 0; k < plain; k++) {
            out.append(lines.get(k).text()).append('\n');
        }
        if (plain == n) {
            return n == 0 ? null : lines.get(n - 1).text();
        }
        String metadata = lines.get(n - 1).text();
        String rest = (metadata.substring(0, unit.start()) + metadata.substring(unit.end())).strip();
        if (!rest.isEmpty()) {
            out.append(rest).append('\n');
        }
        String caption = lines.get(n - 2).text() + ' ' + unit.group().strip();
        out.append(caption).append('\n');
        return caption;
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
