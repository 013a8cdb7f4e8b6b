package io.github.govreport.extract.internal.pdf;

import io.github.govreport.extract.internal.text.CellText;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the cells of a ruled table from the lines of text inside its rulings: each word goes into
 * the cell it lies in (a word that runs across a ruling is cut there, glyph by glyph), a cell's
 * lines are joined.
 * The header is the rows above the first row with a value; each column's header is its header
 * cells joined top to bottom (a cell over several columns stands in each: 2024年 over 预算数 →
 * 2024年预算数). A row at the top that is one cell over the whole table and names it or its unit
 * is its caption, not its header; a row of column numbers (1 2 3 …, 栏次) is neither header nor body. Thread-safe
 * (stateless).
 */
final class RuledTableReader {

    /** Where a line's text sits between its baseline and the top of its glyphs, in font sizes. */
    private static final float MIDDLE = 0.35f;

    private RuledTableReader() {
    }

    /**
     * The table {@code grid} draws, read from {@code lines} (a page's lines, top to bottom), or
     * null when its lines are not a run of the page's lines or it holds fewer than two columns of text.
     */
    static Grid read(RuledGrid grid, List<TextLine> lines) {
        int first = -1;
        int last = -1;
        for (int k = 0; k < lines.size(); k++) {
            if (inside(grid, lines.get(k))) {
                if (first < 0) {
                    first = k;
                } else if (last < k - 1) {
                    return null;        // lines of the page in between: not one run of lines
                }
                last = k;
            }
        }
        if (first < 0) {
            return null;
        }
        Cells cells = Cells.of(grid);
        for (TextLine line : lines.subList(first, last + 1)) {
            int row = grid.rowAt(middle(line));
            for (Word word : line.words()) {
                // each glyph in the column its centre lies in: a ruling cuts a word even where no gap does
                // (a cell over several slots takes the whole word: =1|00.00 across a slot's edge is =100.00)
                StringBuilder part = new StringBuilder();
                int partColumn = -1;
                for (Glyph glyph : word.glyphs()) {
                    int column = grid.columnAt(glyph.x() + glyph.width() / 2);
                    if (!part.isEmpty() && !cells.sameCell(row, column, partColumn)) {
                        cells.add(row, partColumn, part.toString());
                        part.setLength(0);
                    }
                    if (part.isEmpty()) {
                        partColumn = column;
                    }
                    part.append(glyph.text());
                }
                cells.add(row, partColumn, part.toString());
            }
        }
        int titleRows = cells.titleRows();
        // the lines of a title row stay above the table, as its caption
        while (first <= last && grid.rowAt(middle(lines.get(first))) < titleRows) {
            first++;
        }
        return first > last ? null : cells.grid(titleRows, first, last);
    }

    private static boolean inside(RuledGrid grid, TextLine line) {
        float middle = middle(line);
        float center = (line.x0() + line.x1()) / 2;
        return middle >= grid.top() && middle <= grid.bottom() && center >= grid.left() && center <= grid.right();
    }

    /** The height of the middle of a line's text. */
    private static float middle(TextLine line) {
        return line.y() - MIDDLE * line.em();
    }

    /** The text of each cell, a cell over several slots kept at its top left slot. */
    private static final class Cells {

        private final RuledGrid grid;
        /** Each slot's cell: the index of its top left slot. */
        private final int[] owner;
        private final StringBuilder[] text;

        private Cells(RuledGrid grid) {
            this.grid = grid;
            int slots = grid.rows() * grid.columns();
            owner = new int[slots];
            text = new StringBuilder[slots];
            for (int k = 0; k < slots; k++) {
                owner[k] = k;
                text[k] = new StringBuilder();
            }
        }

        static Cells of(RuledGrid grid) {
            Cells cells = new Cells(grid);
            int columns = grid.columns();
            for (int r = 0; r < grid.rows(); r++) {
                for (int c = 0; c < columns; c++) {
                    int slot = r * columns + c;
                    if (c > 0 && grid.joinedRight(r, c - 1)) {
                        cells.owner[slot] = cells.owner[slot - 1];
                    } else if (r > 0 && grid.joinedBelow(r - 1, c)) {
                        cells.owner[slot] = cells.owner[slot - columns];
                    }
                }
            }
            return cells;
        }

        private int slot(int row, int column) {
            return row * grid.columns() + column;
        }

        /** Whether slots (row, a) and (row, b) are one cell. */
        boolean sameCell(int row, int a, int b) {
            if (row < 0 || a < 0 || b < 0) {
                return a == b;
            }
            return owner[slot(row, a)] == owner[slot(row, b)];
        }

        void add(int row, int column, String word) {
            if (row < 0 || column < 0) {
                return;
            }
            CellText.append(text[owner[slot(row, column)]], word);
        }

        private String at(int row, int column) {
            return text[owner[slot(row, column)]].toString();
        }

        private boolean owns(int row, int column) {
            return owner[slot(row, column)] == slot(row, column);
        }

        /**
         * Rows at the top that are one cell over every column and name the table (…表) or its unit
         * (单位：万元): its caption drawn inside its frame. One cell over every column that says
         * anything else (财政拨款“三公”经费 over all its columns) is a header.
         */
        int titleRows() {
            int r = 0;
            while (r < grid.rows() - 1 && owner[slot(r, grid.columns() - 1)] == slot(r, 0)
                    && PageWriter.isCaption(text[slot(r, 0)].toString())) {
                r++;
            }
            return r;
        }

        Grid grid(int titleRows, int firstLine, int lastLine) {
            int body = titleRows;
            while (body < grid.rows() && !hasValue(body)) {
                body++;
            }
            List<String> header = joinedHeader(titleRows, body);
            List<Integer> bodyRows = new ArrayList<>();
            List<List<String>> rows = new ArrayList<>();
            for (int r = body; r < grid.rows(); r++) {
                List<String> row = ownCells(r);
                if (!numbering(r) && row.stream().anyMatch(cell -> !cell.isBlank())) {
                    bodyRows.add(r);
                    rows.add(row);
                }
            }
            boolean confident = rows.stream().flatMap(List::stream).noneMatch(Cells::twoValues);
            labelSpans(bodyRows, rows);
            // columns no cell fills (the gutter between a frame and its table) are left out
            boolean[] used = new boolean[grid.columns()];
            for (int c = 0; c < used.length; c++) {
                used[c] = !header.get(c).isEmpty();
                for (List<String> row : rows) {
                    used[c] |= !row.get(c).isBlank();
                }
            }
            List<List<String>> headerRows = new ArrayList<>();
            for (int r = titleRows; r < body; r++) {
                headerRows.add(kept(ownCells(r), used));
            }
            List<String> usedHeader = kept(header, used);
            boolean noHeader = usedHeader.stream().allMatch(String::isEmpty);
            return new Grid(firstLine, lastLine, noHeader ? List.of() : usedHeader,
                    rows.stream().map(row -> kept(row, used)).toList(), confident, edges(used), headerRows);
        }

        /** Each column's header cells of rows {@code from} to {@code to} joined top to bottom, a tall cell once. */
        private List<String> joinedHeader(int from, int to) {
            List<String> header = new ArrayList<>();
            for (int c = 0; c < grid.columns(); c++) {
                StringBuilder cell = new StringBuilder();
                int previous = -1;
                for (int r = from; r < to; r++) {
                    int owned = owner[slot(r, c)];
                    if (owned != previous) {
                        CellText.append(cell, text[owned].toString());
                        previous = owned;
                    }
                }
                header.add(cell.toString());
            }
            return header;
        }

        /** Row {@code r}'s cells, a cell over several slots in its top left slot, the others empty. */
        private List<String> ownCells(int r) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < grid.columns(); c++) {
                row.add(owns(r, c) ? at(r, c) : "");
            }
            return row;
        }

        private static List<String> kept(List<String> cells, boolean[] used) {
            List<String> out = new ArrayList<>();
            for (int c = 0; c < cells.size(); c++) {
                if (used[c]) {
                    out.add(cells.get(c));
                }
            }
            return out;
        }

        /** The left edges of the used columns and the right edge of the last. */
        private List<Float> edges(boolean[] used) {
            List<Float> edges = new ArrayList<>();
            int lastUsed = 0;
            for (int c = 0; c < used.length; c++) {
                if (used[c]) {
                    edges.add(grid.edge(c));
                    lastUsed = c;
                }
            }
            edges.add(grid.edge(lastUsed + 1));
            return edges;
        }

        /**
         * A label over several columns (合计 over 类, 款, 项 and 科目名称; 支出合计 over the name and
         * amount of one half and the name of the next) labels the value beside its last label
         * column: it moves there.
         */
        private void labelSpans(List<Integer> bodyRows, List<List<String>> rows) {
            boolean[] values = GridRows.valueColumns(rows);
            for (int i = 0; i < rows.size(); i++) {
                int r = bodyRows.get(i);
                List<String> row = rows.get(i);
                for (int c = 0; c < row.size(); c++) {
                    int end = c;
                    while (end + 1 < row.size() && !owns(r, end + 1)
                            && owner[slot(r, end + 1)] == owner[slot(r, c)]) {
                        end++;
                    }
                    int last = end;
                    while (last > c && values[last]) {
                        last--;
                    }
                    if (last > c && !row.get(c).isEmpty() && !TableFinder.isValue(row.get(c))) {
                        row.set(last, row.get(c));
                        row.set(c, "");
                    }
                    c = end;
                }
            }
        }

        /** Whether row {@code r} holds a value in a cell of its own, right of the first column. */
        private boolean hasValue(int r) {
            for (int c = 1; c < grid.columns(); c++) {
                if (owns(r, c) && TableFinder.isValue(at(r, c))) {
                    return true;
                }
            }
            return false;
        }

        /** A row that numbers the columns (栏次 1 2 3 …): its values are 1, 2, 3 … in order. */
        private boolean numbering(int r) {
            int expected = 1;
            int values = 0;
            for (int c = 0; c < grid.columns(); c++) {
                String cell = owns(r, c) ? at(r, c).strip() : "";
                if (cell.matches("[0-9]+")) {
                    if (Integer.parseInt(cell) != expected) {
                        return false;
                    }
                    expected++;
                    values++;
                } else if (!cell.isEmpty() && TableFinder.isValue(cell)) {
                    return false;
                }
            }
            return values >= 2;
        }

        private static boolean twoValues(String cell) {
            int space = cell.strip().indexOf(' ');
            return space > 0 && TableFinder.isValue(cell.strip().substring(0, space))
                    && TableFinder.isValue(cell.strip().substring(space + 1));
        }
    }
}
