package io.github.govreport.extract.internal.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Finds the tables of a page by the alignment of their columns, as a reader does where a table
 * has no ruling lines: a run of lines that are split into cells by wide gaps, whose body lines
 * leave the same vertical bands empty. Those bands separate the columns; every word is put in the
 * column it lies in, a header word over several columns (2023年 over 执行数 and 预算数) in each.
 * Rows: a body line starts a row, unless it only goes on with the cells of the row above (a
 * wrapped label, a cell of two lines). Thread-safe (stateless).
 */
final class TableFinder {

    /** A gap at least this wide (in font sizes) separates two cells of a line. */
    private static final float CELL_GAP = 1.0f;
    /** A column gap is at least this wide, in font sizes: a cell as wide as its number leaves a tenth of a character. */
    private static final float MIN_COLUMN_GAP = 0.08f;
    /** Lines split into cells that a table needs. */
    private static final int MIN_GRIDDED_LINES = 3;
    /** How many lines without cells may lie between two lines of a table (wrapped cells). */
    private static final int MAX_UNGRIDDED_RUN = 5;
    /** A line of one cell this wide (share of the page's text width) is prose, not a wrapped cell. */
    private static final float PROSE_WIDTH = 0.6f;
    /** Lines further apart than this (in font sizes) are not one table. */
    private static final float MAX_LINE_GAP = 3.0f;
    private static final float BIN = 0.1f;
    /** Font sizes closer than this share are one size (a table's lines share theirs). */
    private static final float SAME_SIZE = 0.15f;
    /** Lines a page may have above a table that goes on from the page before (a running head). */
    private static final int MAX_HEAD_LINES = 2;
    /** A line saying who made a table or in what unit: 编制部门：…, 单位：万元. */
    private static final Pattern METADATA = Pattern.compile("^(?:编制|预算|填报)?(?:部门|单位)(?:名称)?\\s*[:：]|单位\\s*[:：]");

    /** A cell that holds a value: a number with its sign, bound and hedge (＞27, 5 左右, -3.2, 20,153.75). */
    private static final Pattern VALUE = Pattern.compile(
            "[-+−＞＜>≥≤约]?\\s*[0-9][0-9,，]*(?:\\.[0-9]+)?\\s*(?:%|％|‰|左右|以上|以内|以下)?|—+|-+|－+");
    /** A row that starts with its numbering (一、 （二） 3.), 其中 or a code opens a row of its own. */
    private static final Pattern ROW_LEAD = Pattern.compile(
            "^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[)）]|[0-9]+[.．、]|其中|[0-9]{3,})");

    private TableFinder() {
    }

    /** The tables among {@code lines}, top to bottom. */
    static List<Grid> find(List<TextLine> lines, Predicate<String> pageNumber) {
        float width = textWidth(lines);
        List<Grid> grids = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (!gridded(lines.get(i))) {
                i++;
                continue;
            }
            int end = blockEnd(lines, i, width, pageNumber);
            if (isMetadata(lines.get(i))) {
                i++;          // 编制部门：… 单位：元 above the header: the table's caption, not its first row
                continue;
            }
            int previousEnd = grids.isEmpty() ? -1 : grids.get(grids.size() - 1).last();
            int carried = grids.isEmpty() ? carriedOverStart(lines, i, width) : i;
            int start = carried < i ? carried : headerStart(lines, i, width, previousEnd);
            Grid grid = countGridded(lines, i, end) >= MIN_GRIDDED_LINES
                    ? grid(lines, start, i, end, carried < i) : null;
            if (grid != null) {
                grids.add(grid);
                i = end + 1;
            } else {
                i++;
            }
        }
        return grids;
    }

    /** A line split into cells: two words a cell gap apart, or two numbers side by side. */
    static boolean gridded(TextLine line) {
        List<Word> words = line.words();
        for (int k = 1; k < words.size(); k++) {
            if (cellBreak(words.get(k - 1), words.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a new cell starts between two neighbouring words: a cell gap, or two numbers side by side. */
    static boolean cellBreak(Word a, Word b) {
        return cellGap(a, b) || (isValue(a.text()) && isValue(b.text()));
    }

    /** Whether two neighbouring words lie at least a cell gap apart. */
    static boolean cellGap(Word a, Word b) {
        return b.x0() - a.x1() >= CELL_GAP * Math.max(a.em(), b.em());
    }

    static boolean isValue(String cell) {
        return VALUE.matcher(cell.strip()).matches();
    }

    /** The last line of the table that starts with gridded line {@code start}. */
    private static int blockEnd(List<TextLine> lines, int start, float width, Predicate<String> pageNumber) {
        int lastGridded = start;
        for (int k = start + 1; k < lines.size() && k - lastGridded <= MAX_UNGRIDDED_RUN; k++) {
            TextLine line = lines.get(k);
            TextLine above = lines.get(k - 1);
            if (line.y() - above.y() > MAX_LINE_GAP * Math.max(line.em(), above.em()) || pageNumber.test(line.text())
                    || (isProse(line, width) && !gridded(line)) || !sameSize(line, lines.get(start))) {
                break;
            }
            if (gridded(line)) {
                lastGridded = k;
            }
        }
        // the lines of a wrapped cell under the last row, set closer than rows are
        int end = lastGridded;
        while (end + 1 < lines.size() && end - lastGridded < MAX_UNGRIDDED_RUN && !gridded(lines.get(end + 1))
                && !isProse(lines.get(end + 1), width) && !pageNumber.test(lines.get(end + 1).text())
                && sameSize(lines.get(end + 1), lines.get(lastGridded))
                && lines.get(end + 1).closeBelow(lines.get(end))) {
            end++;
        }
        return end;
    }

    /**
     * Where a table that starts with gridded line {@code first} really starts: at the top of a
     * page, the lines right above it may be the end of a cell begun on the page before (a wrapped
     * label whose row broke across the page), read as the table's first lines; the running head
     * above them is not.
     */
    private static int carriedOverStart(List<TextLine> lines, int first, float width) {
        int start = headerStart(lines, first, width, -1);
        return start < first && start <= MAX_HEAD_LINES ? start : first;
    }

    /** A line of the form 编制部门：X … 单位：万元: who made the table and its unit. */
    static boolean isMetadata(TextLine line) {
        return METADATA.matcher(line.text()).find();
    }

    /** A line in another font size (a heading after the table, a caption) is not one of its lines. */
    private static boolean sameSize(TextLine line, TextLine tableLine) {
        return Math.abs(line.em() - tableLine.em()) <= SAME_SIZE * tableLine.em();
    }

    /** A line as wide as prose; only a line without cells is prose. */
    /**
     * Where the header of a table whose first line with cells is {@code first} starts: header
     * lines of one cell (a parent header over several columns, 项目 set in the middle of two header
     * lines) lie right above it, closer than a caption and never a unit line.
     */
    private static int headerStart(List<TextLine> lines, int first, float width, int previousEnd) {
        int start = first;
        while (start - 1 > previousEnd && first - start < MAX_UNGRIDDED_RUN) {
            TextLine line = lines.get(start - 1);
            TextLine below = lines.get(start);
            if (gridded(line) || isProse(line, width) || !below.closeBelow(line) || isMetadata(line)) {
                break;
            }
            start--;
        }
        return start;
    }

    private static boolean isProse(TextLine line, float width) {
        return line.x1() - line.x0() >= PROSE_WIDTH * width;
    }

    private static int countGridded(List<TextLine> lines, int from, int to) {
        int n = 0;
        for (int k = from; k <= to; k++) {
            if (gridded(lines.get(k))) {
                n++;
            }
        }
        return n;
    }

    private static float textWidth(List<TextLine> lines) {
        float[] extent = TextLine.extent(lines);
        return extent[1] - extent[0];
    }

    /**
     * The table of lines {@code [from, to]}, or null when they do not form one; when {@code
     * carried}, the lines before {@code gridded} may be cells carried over from the page before,
     * kept only where each of their words lies inside one column (a running head is not).
     */
    private static Grid grid(List<TextLine> lines, int from, int gridded, int to, boolean carried) {
        int body = gridded;
        while (body <= to && !hasValueCell(lines.get(body))) {
            body++;
        }
        if (body > to) {
            return null;
        }
        List<float[]> columns = Columns.of(lines.subList(body, to + 1), BIN, MIN_COLUMN_GAP);
        if (columns.size() < 2) {
            return null;
        }
        List<TextLine> cut = new ArrayList<>();
        for (TextLine line : lines.subList(0, to + 1)) {
            cut.add(Columns.cutAtGaps(line, columns));
        }
        int start = carried ? gridded : from;
        while (start > from && Columns.withinOneColumnEach(cut.get(start - 1), columns)) {
            start--;
        }
        // 一、区级一般公共预算 above its row's values (set in the middle of a label of two lines) is body
        while (body > start && Columns.inFirstColumnOnly(cut.get(body - 1), columns)
                && cut.get(body).closeBelow(cut.get(body - 1))) {
            body--;
        }
        // a column empty in every row (事业单位经营收入 with nothing budgeted) is known by its header:
        // where the header does not fit the columns of the body, its cells clear of them are columns
        List<float[]> withEmpty = Columns.headerFits(cut.subList(start, body), columns) ? columns
                : Columns.withHeaderOnlyColumns(columns, cut.subList(start, body));
        if (withEmpty.size() > columns.size()) {
            columns = withEmpty;
            for (int k = 0; k < cut.size(); k++) {
                cut.set(k, Columns.cutAtGaps(lines.get(k), columns));
            }
        }
        List<TextLine> bodyLines = cut.subList(body, to + 1);
        GridRows rows = GridRows.of(bodyLines, columns);
        List<TextLine> headerLines = cut.subList(start, body);
        List<String> header = HeaderCells.of(headerLines, columns, rows.valueColumns());
        boolean confident = rows.confident() && Columns.headerFits(headerLines, columns);
        return new Grid(start, to, header, rows.rows(), confident);
    }

    /** Whether a line holds a value cell: words closer than a cell gap read as one cell. */
    static boolean hasValueCell(TextLine line) {
        for (String cell : cells(line)) {
            if (isValue(cell)) {
                return true;
            }
        }
        return false;
    }

    /** The line's cells: its words, those closer together than a cell gap joined by a space. */
    static List<String> cells(TextLine line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        Word previous = null;
        for (Word word : line.words()) {
            if (previous != null && cellBreak(previous, word)) {
                cells.add(cell.toString());
                cell.setLength(0);
            }
            if (!cell.isEmpty()) {
                cell.append(' ');
            }
            cell.append(word.text());
            previous = word;
        }
        cells.add(cell.toString());
        return cells;
    }

    static boolean startsRow(String anchorText) {
        return ROW_LEAD.matcher(anchorText).find();
    }
}
