package io.github.govreport.extract.internal.pdf;

import io.github.govreport.extract.internal.text.CellText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rows of a table's body: each line's words put in their columns, and the lines of one row
 * joined. A line opens a row when it has a value, or when its first column holds a label that
 * starts a row of its own (numbering, 其中, a code), or when it lies a row's height below the
 * line above; otherwise it goes on with the cells of the row above (a wrapped label, a cell of
 * two lines). A line of values under a label-only line is that label's row (values set in the
 * middle of a row whose label wraps).
 *
 * @param rows      one cell a column
 * @param confident false when a cell holds two values (two numbers in one column, or run
 *                  together: its columns were not all found, and the numbers would be read as one)
 */
record GridRows(List<List<String>> rows, boolean confident) {

    boolean[] valueColumns() {
        return valueColumns(rows);
    }

    /** Which columns hold values: at least half of their filled body cells. */
    static boolean[] valueColumns(List<List<String>> rows) {
        int columns = rows.isEmpty() ? 0 : rows.get(0).size();
        boolean[] values = new boolean[columns];
        for (int k = 0; k < columns; k++) {
            int filled = 0;
            int numbers = 0;
            for (List<String> row : rows) {
                if (!row.get(k).isBlank()) {
                    filled++;
                    numbers += TableFinder.isValue(row.get(k)) ? 1 : 0;
                }
            }
            values[k] = filled > 0 && 2 * numbers >= filled;
        }
        return values;
    }

    /** Two decimal points in one run of digits: two numbers run together (10.520.5), never one. */
    private static final Pattern GLUED = Pattern.compile("[0-9]\\.[0-9]+(?:,[0-9]+)*\\.[0-9]");
    /** How much nearer (in font sizes) a label line must be to the values below than to the line above. */
    private static final float NEARER = 0.2f;

    static GridRows of(List<TextLine> body, List<float[]> columns) {
        List<List<StringBuilder>> rows = new ArrayList<>();
        boolean confident = true;
        boolean rowHasValue = false;
        TextLine above = null;
        List<List<StringBuilder>> placed = body.stream().map(line -> placed(line, columns)).toList();
        for (int i = 0; i < body.size(); i++) {
            TextLine line = body.get(i);
            List<StringBuilder> cells = placed.get(i);
            if (belongsBelow(body, placed, i)) {
                // 机关事业单位基本养老保险 / (values) / 缴费支出: the first line of a label set round its row's values
                List<StringBuilder> below = placed.get(i + 1);
                for (int k = 0; k < cells.size(); k++) {
                    CellText.append(cells.get(k), below.get(k).toString());
                }
                i++;
                line = body.get(i);
            }
            confident &= !twoValuesInOneCell(line, columns);
            boolean hasValue = hasValue(cells);
            String anchor = cells.get(0).toString();
            boolean close = above != null && line.closeBelow(above);
            boolean opens;
            if (rows.isEmpty()) {
                opens = true;
            } else if (hasValue) {
                opens = rowHasValue || !anchor.isEmpty() || !close;
            } else {
                opens = !close || (!anchor.isEmpty() && TableFinder.isValue(anchor))
                        || cells.stream().anyMatch(cell -> TableFinder.startsRow(cell.toString()));
            }
            if (opens) {
                rows.add(cells);
                rowHasValue = hasValue;
            } else {
                List<StringBuilder> row = rows.get(rows.size() - 1);
                for (int k = 0; k < cells.size(); k++) {
                    CellText.append(row.get(k), cells.get(k).toString());
                }
                rowHasValue |= hasValue;
            }
            above = line;
        }
        List<List<String>> out = new ArrayList<>();
        for (List<StringBuilder> row : rows) {
            out.add(row.stream().map(StringBuilder::toString).toList());
        }
        return new GridRows(out, confident);
    }

    /**
     * Whether line {@code i}, without values, opens the row of the line of values right below it:
     * it lies closer to that line than to the line above.
     */
    private static boolean belongsBelow(List<TextLine> body, List<List<StringBuilder>> placed, int i) {
        if (i == 0 || i + 1 >= body.size() || hasValue(placed.get(i)) || !hasValue(placed.get(i + 1))) {
            return false;
        }
        float above = body.get(i).y() - body.get(i - 1).y();
        float below = body.get(i + 1).y() - body.get(i).y();
        return below < above - NEARER * body.get(i).em();
    }

    private static boolean hasValue(List<StringBuilder> cells) {
        for (int k = 1; k < cells.size(); k++) {
            if (TableFinder.isValue(cells.get(k).toString())) {
                return true;
            }
        }
        return false;
    }

    /** The line's words in their columns, words of one column joined by a space. */
    private static List<StringBuilder> placed(TextLine line, List<float[]> columns) {
        List<StringBuilder> cells = new ArrayList<>();
        for (int k = 0; k < columns.size(); k++) {
            cells.add(new StringBuilder());
        }
        for (Word word : line.words()) {
            StringBuilder cell = cells.get(Columns.of(word, columns));
            if (!cell.isEmpty()) {
                cell.append(' ');
            }
            cell.append(word.text());
        }
        return cells;
    }

    private static boolean twoValuesInOneCell(TextLine line, List<float[]> columns) {
        List<Word> words = line.words();
        if (words.stream().anyMatch(word -> GLUED.matcher(word.text()).find())) {
            return true;
        }
        for (int k = 1; k < words.size(); k++) {
            Word a = words.get(k - 1);
            Word b = words.get(k);
            if (TableFinder.isValue(a.text()) && TableFinder.isValue(b.text())
                    && Columns.of(a, columns) == Columns.of(b, columns)) {
                return true;
            }
        }
        return false;
    }
}
