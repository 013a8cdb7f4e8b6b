package io.github.govreport.extract.internal.structure;

import io.github.govreport.core.Span;
import io.github.govreport.core.Table;
import io.github.govreport.extract.internal.normalize.CodePointIndex;
import io.github.govreport.extract.internal.text.CellText;
import java.util.ArrayList;
import io.github.govreport.extract.internal.text.TableCaption;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the tables in the text that Tika writes for DOCX, DOC and HTML tables, and that plain
 * text copied from such files keeps:
 * <ul>
 *   <li>one cell a line: each cell starts with a tab, a line without a tab goes on with the cell
 *       before it (a cell of several lines, sometimes with blank lines inside), a blank line
 *       followed by a tab line ends a row; lines without a tab end the table when no tab line
 *       follows them within a few lines;</li>
 *   <li>one row a line (HTML): a line starting with a tab holds its cells between tabs; a line
 *       break inside a cell ({@code <br>}, {@code <p>}) starts a line without a tab that goes on
 *       with that cell up to its first tab and then holds the row's further cells;</li>
 *   <li>tab-separated values, as copied from a spreadsheet or a Word table into a text file:
 *       consecutive lines of three or more cells separated by tabs.</li>
 * </ul>
 * A candidate is a table when it has at least two rows and its first row at least two cells, and
 * when it is not prose: paragraphs indented with a tab look like cells, but most of their rows
 * hold a sentence ending in 。. Rows keep the cells Tika gives: a row under a merged cell may be
 * shorter than the header (HTML leaves out the cells that a rowspan covers; Word repeats them
 * empty). The first row is a header row when it holds no number. The PDF reader writes the
 * tables it reads by their rulings or alignment as tab-separated rows too; a PDF table it cannot
 * read with confidence stays text, no cells are invented.
 * Thread-safe.
 */
public final class TableRecognizer {

    /** A caption is a short line right above the table, or a title (…表) of at most {@link #MAX_TITLE}. */
    private static final int MAX_CAPTION = 40;
    private static final int MAX_TITLE = 100;

    private record Line(int start, int end, String text) {

        boolean blank() {
            return text.isBlank();
        }

        boolean cell() {
            return text.startsWith("\t");
        }
    }

    public List<Table> recognize(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            lines.add(new Line(start, end, text.substring(start, end)));
            start = end + 1;
        }
        CodePointIndex index = CodePointIndex.of(text);
        List<Table> tables = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            boolean separated = startsSeparatedRows(lines, i);
            if (!lines.get(i).cell() && !separated) {
                i++;
                continue;
            }
            int first = i;
            List<List<String>> rows = new ArrayList<>();
            int last = separated ? readSeparatedLines(lines, i, rows)
                    : lines.get(i).text().indexOf('\t', 1) > 0 ? readRowLines(lines, i, rows)
                    : readCellLines(lines, i, rows);
            if (rows.size() >= 2 && rows.get(0).size() >= 2 && !isProse(rows)) {
                tables.add(new Table("t" + (tables.size() + 1), caption(lines, first),
                        new Span(index.codePoint(lines.get(first).start()), index.codePoint(lines.get(last).end())),
                        isHeader(rows.get(0)) ? 1 : 0, rows));
            }
            i = last + 1;
        }
        return tables;
    }

    /** Reads a table of one cell a line from line {@code i}; returns its last line. */
    private static int readCellLines(List<Line> lines, int i, List<List<String>> rows) {
        List<StringBuilder> row = new ArrayList<>();
        int blanks = 0;
        int last = i;
        for (; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.blank() && !line.cell()) {
                blanks++;
                continue;
            }
            if (line.cell()) {
                if (blanks > 0 && !row.isEmpty()) {
                    finishRow(rows, row);
                    row = new ArrayList<>();
                }
                row.add(new StringBuilder(line.text().substring(1).strip()));
            } else {
                if (row.isEmpty() || (blanks > 0 && (!tableGoesOn(lines, i) || isTableCaption(line)))) {
                    break;
                }
                CellText.append(row.get(row.size() - 1), line.text().strip());
            }
            blanks = 0;
            last = i;
        }
        if (!row.isEmpty()) {
            finishRow(rows, row);
        }
        return last;
    }

    /** Reads a table of one row a line from line {@code i}; returns its last line. */
    private static int readRowLines(List<Line> lines, int i, List<List<String>> rows) {
        int last = i;
        boolean blankBefore = false;
        for (; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.blank() && !line.cell()) {
                blankBefore = true;
                continue;
            }
            if (line.cell()) {
                List<String> cells = new ArrayList<>();
                for (String cell : line.text().substring(1).split("\t", -1)) {
                    cells.add(cell.strip());
                }
                rows.add(cells);
            } else if (!rows.isEmpty() && (!blankBefore || (tableGoesOn(lines, i) && !isTableCaption(line)))) {
                // a line break inside the last cell (<br>, <p>): up to the next tab the line goes
                // on with that cell, after it come the row's further cells
                List<String> row = rows.get(rows.size() - 1);
                String[] parts = line.text().split("\t", -1);
                StringBuilder cell = new StringBuilder(row.get(row.size() - 1));
                CellText.append(cell, parts[0].strip());
                row.set(row.size() - 1, cell.toString());
                for (int p = 1; p < parts.length; p++) {
                    row.add(parts[p].strip());
                }
            } else {
                break;
            }
            blankBefore = false;
            last = i;
        }
        return last;
    }

    /**
     * True when line {@code i} and the next start rows of tab-separated values, as text copied
     * from a spreadsheet or a Word table writes them (指标⇥单位⇥2022年目标): at least
     * {@link #MIN_SEPARATED_CELLS} cells in each, the first cell not empty.
     */
    private static boolean startsSeparatedRows(List<Line> lines, int i) {
        return i + 1 < lines.size() && isSeparatedRow(lines.get(i)) && isSeparatedRow(lines.get(i + 1));
    }

    private static boolean isSeparatedRow(Line line) {
        return !line.cell() && line.text().split("\t", -1).length >= MIN_SEPARATED_CELLS;
    }

    private static final int MIN_SEPARATED_CELLS = 3;

    /** Reads a table of tab-separated rows from line {@code i}; returns its last line. */
    private static int readSeparatedLines(List<Line> lines, int i, List<List<String>> rows) {
        int last = i;
        for (; i < lines.size() && !lines.get(i).blank() && lines.get(i).text().indexOf('\t') > 0; i++) {
            List<String> cells = new ArrayList<>();
            for (String cell : lines.get(i).text().split("\t", -1)) {
                cells.add(cell.strip());
            }
            rows.add(cells);
            last = i;
        }
        return last;
    }

    /** How many lines without a tab a cell may go on for. */
    private static final int MAX_CONTINUATION = 1;

    /** True when a tab line follows the text lines from line {@code i} on within a few lines. */
    private static boolean tableGoesOn(List<Line> lines, int i) {
        int text = 0;
        for (int j = i; j < lines.size(); j++) {
            Line line = lines.get(j);
            if (line.cell()) {
                return true;
            }
            if (!line.blank() && ++text > MAX_CONTINUATION) {
                return false;
            }
        }
        return false;
    }

    private static void finishRow(List<List<String>> rows, List<StringBuilder> row) {
        rows.add(row.stream().map(StringBuilder::toString).toList());
    }

    /**
     * The short line right above the table; a unit line alone (单位：万元) right under the table's
     * title (2024年区级一般公共预算收支预算表) is one caption with it, as the PDF reader writes it.
     */
    private static String caption(List<Line> lines, int first) {
        for (int i = first - 1; i >= 0 && i >= first - 3; i--) {
            String text = lines.get(i).text().strip();
            if (!text.isEmpty()) {
                boolean fits = text.length() <= MAX_CAPTION
                        || (text.length() <= MAX_TITLE && TableCaption.isTitle(text));
                if (!fits || lines.get(i).text().startsWith("\t")) {
                    return null;
                }
                String above = i > 0 ? lines.get(i - 1).text() : "";
                return above.strip().length() <= MAX_TITLE ? TableCaption.joined(above, text) : text;
            }
        }
        return null;
    }

    /**
     * After a blank line, a line giving a unit (收支预算总表 单位：万元) is the caption of the
     * table that follows, not the last cell's next line.
     */
    private static boolean isTableCaption(Line line) {
        return UNIT_CAPTION.matcher(line.text()).find();
    }

    private static final Pattern UNIT_CAPTION = Pattern.compile("单位\\s*[:：]");

    /** Most rows hold a sentence: paragraphs indented with tabs, not a table. */
    private static boolean isProse(List<List<String>> rows) {
        long sentences = rows.stream().filter(row -> row.stream().anyMatch(cell -> cell.endsWith("。"))).count();
        return sentences * 2 > rows.size();
    }

    /** A first row without numbers names the columns. */
    private static boolean isHeader(List<String> row) {
        return row.stream().noneMatch(cell -> cell.matches("[-+＞＜<>≥≤]?[0-9.]+%?"));
    }
}
