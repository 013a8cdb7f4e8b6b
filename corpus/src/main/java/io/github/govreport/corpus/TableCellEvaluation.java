package io.github.govreport.corpus;

import io.github.govreport.core.Document;
import io.github.govreport.core.Table;
import io.github.govreport.extract.ExtractionException;
import io.github.govreport.extract.ReportExtractor;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores the tables read from a document against cells written by hand from its rendered pages
 * ({@code *.cells.tsv}): a cell is found when a table with the expected caption holds a row of
 * that label with, under that column header, that value, in that unit. Labels, headers and values
 * are compared without blanks (the header lines of a cell joined, 2024年/预算数 = 2024年预算数); a
 * row's 科目 code may stand before its label in the same cell or in a column of its own. The
 * unit of a cell is its table's (单位：万元 in the caption, 金额（万元） ending a header) or % for a
 * column of percentages. A table that continues from the one before it (the second half of a
 * 收支总表 written after the first) may carry its caption.
 */
public final class TableCellEvaluation {

    /** One cell as read from the rendered page. */
    public record ExpectedCell(String file, int page, String table, String rowLabel, String column, String value,
                               String unit, String code) {

        @Override
        public String toString() {
            return (file.isEmpty() ? "" : file + " ") + "p" + page + " " + table + " | " + rowLabel + " | " + column
                    + " = " + value + (unit.isEmpty() ? "" : " " + unit);
        }
    }

    /** How many of the expected cells were found, and the ones that were not. */
    public record Result(int cells, int found, List<ExpectedCell> missed) {

        public double share() {
            return cells == 0 ? 0 : (double) found / cells;
        }
    }

    private static final Pattern UNIT = Pattern.compile("(?<![制算报])单位\\s*[:：]\\s*([^）)\\s，。；]+)");
    private static final Pattern HEADER_UNIT = Pattern.compile("[（(]([^）)]+)[）)]\\s*$");
    private static final Pattern LEADING_CODE = Pattern.compile("^[0-9]{3,}\\s*");

    private TableCellEvaluation() {
    }

    /**
     * Reads a cells file: a header row naming at least page, table, row_label, column, value, unit;
     * optionally file, code and note (code=2010301 in the note gives the code too).
     */
    public static List<ExpectedCell> read(Reader reader) throws IOException {
        BufferedReader lines = new BufferedReader(reader);
        List<String> header = Arrays.asList(lines.readLine().split("\t", -1));
        for (String required : List.of("page", "table", "row_label", "column", "value", "unit")) {
            if (!header.contains(required)) {
                throw new IOException("cells file: no column '" + required + "' in its header " + header);
            }
        }
        List<ExpectedCell> cells = new ArrayList<>();
        int number = 1;
        for (String line; (line = lines.readLine()) != null; ) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != header.size()) {
                throw new IOException("cells file line " + number + ": " + f.length + " fields, the header has "
                        + header.size());
            }
            String code = field(f, header, "code");
            Matcher inNote = Pattern.compile("code=([0-9]+)").matcher(field(f, header, "note"));
            if (code.isEmpty() && inNote.find()) {
                code = inNote.group(1);
            }
            cells.add(new ExpectedCell(field(f, header, "file"), Integer.parseInt(field(f, header, "page")),
                    field(f, header, "table"), field(f, header, "row_label"), field(f, header, "column"),
                    field(f, header, "value"), field(f, header, "unit"), code));
        }
        return cells;
    }

    private static String field(String[] fields, List<String> header, String name) {
        int k = header.indexOf(name);
        return k < 0 ? "" : fields[k].strip();
    }

    /** Scores {@code document}'s tables against {@code cells}. */
    public static Result score(Document document, List<ExpectedCell> cells) {
        List<ExpectedCell> missed = new ArrayList<>();
        for (ExpectedCell cell : cells) {
            if (!found(document.tables(), cell)) {
                missed.add(cell);
            }
        }
        return new Result(cells.size(), cells.size() - missed.size(), missed);
    }

    private static boolean found(List<Table> tables, ExpectedCell cell) {
        String caption = bare(cell.table());
        String carried = null;
        for (Table table : tables) {
            String title = table.title() == null ? "" : bare(table.title());
            boolean captioned = !caption.isEmpty() && title.contains(caption);
            if (captioned || (carried != null && table.title() == null)) {
                if (holds(table, cell, captioned || carried == null ? unitOf(table.title()) : carried)) {
                    return true;
                }
            }
            carried = captioned ? unitOf(table.title()) : table.title() == null ? carried : null;
        }
        return false;
    }

    private static boolean holds(Table table, ExpectedCell cell, String tableUnit) {
        if (table.headerRows() == 0) {
            return false;
        }
        List<String> header = table.rows().get(table.headerRows() - 1);
        for (int c = 0; c < header.size(); c++) {
            if (!bare(header.get(c)).equals(bare(cell.column()))) {
                continue;
            }
            for (List<String> row : table.rows().subList(table.headerRows(), table.rows().size())) {
                if (c < row.size() && bare(row.get(c)).equals(bare(cell.value())) && labelled(row, cell)
                        && unitMatches(cell, header.get(c), tableUnit)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether one of the row's cells is the label (after its code, if the code shares its cell);
     * a row without a label (the one row of a 三公 table) is any row.
     */
    private static boolean labelled(List<String> row, ExpectedCell cell) {
        String label = bare(cell.rowLabel());
        if (label.isEmpty()) {
            return true;
        }
        for (String text : row) {
            String bare = bare(text);
            if (bare.equals(label) || LEADING_CODE.matcher(bare).replaceFirst("").equals(label)) {
                return true;
            }
        }
        return false;
    }

    private static boolean unitMatches(ExpectedCell cell, String columnHeader, String tableUnit) {
        if (cell.unit().isEmpty()) {
            return true;
        }
        if (cell.unit().equals("%")) {
            return columnHeader.contains("%") || columnHeader.contains("％");
        }
        Matcher inHeader = HEADER_UNIT.matcher(columnHeader);
        String unit = inHeader.find() && !inHeader.group(1).contains("%") ? inHeader.group(1) : tableUnit;
        return cell.unit().equals(unit);
    }

    private static String unitOf(String title) {
        if (title == null) {
            return "";
        }
        Matcher m = UNIT.matcher(title);
        return m.find() ? m.group(1) : "";
    }

    /**
     * Scores a folder of PDFs against one cells file whose {@code file} column names them, and
     * prints the share found per file and the cells missed: {@code CELLS_TSV PDF_DIR}.
     */
    public static void main(String[] args) throws IOException, ExtractionException {
        if (args.length != 2) {
            System.err.println("usage: TableCellEvaluation CELLS_TSV PDF_DIR");
            System.exit(2);
        }
        List<ExpectedCell> cells;
        try (Reader reader = Files.newBufferedReader(Path.of(args[0]))) {
            cells = read(reader);
        }
        ReportExtractor extractor = ReportExtractor.create();
        int all = 0;
        int found = 0;
        for (String file : cells.stream().map(ExpectedCell::file).distinct().toList()) {
            List<ExpectedCell> ofFile = cells.stream().filter(c -> c.file().equals(file)).toList();
            Result result = score(extractor.extract(Path.of(args[1], file)), ofFile);
            System.out.printf("%s: %d of %d cells (%.1f%%)%n", file, result.found(), result.cells(),
                    100 * result.share());
            result.missed().forEach(c -> System.out.println("  missed " + c));
            all += result.cells();
            found += result.found();
        }
        System.out.printf("all: %d of %d cells (%.1f%%)%n", found, all, all == 0 ? 0.0 : 100.0 * found / all);
    }

    private static String bare(String text) {
        return text.replaceAll("[\\s/]", "");
    }
}
