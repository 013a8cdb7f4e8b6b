package io.github.govreport.extract.internal.io;

import io.github.govreport.extract.internal.pdf.TableText;
import io.github.govreport.extract.internal.text.CellText;
import io.github.govreport.extract.internal.text.TableCaption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Writes the tables of a Word document with their merged cells where they are ({@link
 * DocxTableSpans}): Tika gives a cell over two columns once, so the header 2023年 over 执行数
 * and 2024年 over 预算数 and 增长% would stand over the wrong columns. Each table is written as
 * the PDF reader writes its tables ({@link TableText}): its header rows joined per column into
 * one (2023年执行数, 2024年预算数, 2024年增长%), its rows one a line, a merged cell's text in its
 * first column. A table whose rows and cells do not match the spans read from the file is passed
 * on as Tika gives it. Not thread-safe: one instance per document.
 */
final class DocxTables extends ContentHandlerDecorator {

    private final List<List<List<DocxTableSpans.Cell>>> spans;
    private final Predicate<String> codeColumn;
    private int tableIndex;
    private int depth;
    private List<List<StringBuilder>> rows;
    private StringBuilder cell;
    private final StringBuilder lastLine = new StringBuilder();
    private String lineAbove = "";

    DocxTables(ContentHandler handler, List<List<List<DocxTableSpans.Cell>>> spans, Predicate<String> codeColumn) {
        super(handler);
        this.spans = spans;
        this.codeColumn = codeColumn;
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
        if (localName.equals("table")) {
            depth++;
            if (depth == 1) {
                rows = new ArrayList<>();
                return;
            }
        }
        if (depth == 0) {
            if (localName.equals("p") && !lastLine.toString().isBlank()) {
                lineAbove = lastLine.toString();
                lastLine.setLength(0);
            }
            super.startElement(uri, localName, name, atts);
        } else if (depth == 1 && localName.equals("tr")) {
            rows.add(new ArrayList<>());
        } else if (depth == 1 && (localName.equals("td") || localName.equals("th")) && !rows.isEmpty()) {
            cell = new StringBuilder();
            rows.get(rows.size() - 1).add(cell);
        }
    }

    @Override
    public void endElement(String uri, String localName, String name) throws SAXException {
        if (localName.equals("table") && depth > 0) {
            depth--;
            if (depth == 0) {
                writeTable();
                cell = null;
                return;
            }
        }
        if (depth == 0) {
            super.endElement(uri, localName, name);
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (depth == 0) {
            lastLine.append(ch, start, length);
            super.characters(ch, start, length);
        } else if (cell != null) {
            // the paragraphs of a cell run on as one cell's lines do
            CellText.append(cell, new String(ch, start, length).strip());
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        if (depth == 0) {
            super.ignorableWhitespace(ch, start, length);
        }
    }

    private void writeTable() throws SAXException {
        List<List<DocxTableSpans.Cell>> layout = tableIndex < spans.size() ? spans.get(tableIndex) : null;
        tableIndex++;
        List<List<String>> grid = layout != null && fits(layout) ? placed(layout) : asGiven();
        int body = 0;
        while (body < grid.size() && !hasValue(grid.get(body))) {
            body++;
        }
        List<String> header = body == 0 || body == grid.size() ? List.of() : joinedHeader(grid, layout, body);
        List<List<String>> bodyRows = header.isEmpty() ? grid : grid.subList(body, grid.size());
        StringBuilder out = new StringBuilder("\n");
        // the caption is written again above a second half: its title with its unit
        String caption = TableCaption.joined(lineAbove, lastLine.toString());
        TableText.write(header, bodyRows, caption.isEmpty() ? null : caption, codeColumn, out);
        super.characters(out.toString().toCharArray(), 0, out.length());
    }

    /** Whether the table Tika gave has the rows and cells of {@code layout}. */
    private boolean fits(List<List<DocxTableSpans.Cell>> layout) {
        if (layout.size() != rows.size()) {
            return false;
        }
        for (int r = 0; r < rows.size(); r++) {
            if (layout.get(r).size() != rows.get(r).size()) {
                return false;
            }
        }
        return true;
    }

    /** The rows with each cell in the grid columns it spans: its text in the first, the others empty. */
    private List<List<String>> placed(List<List<DocxTableSpans.Cell>> layout) {
        int columns = 0;
        for (List<DocxTableSpans.Cell> row : layout) {
            columns = Math.max(columns, row.stream().mapToInt(DocxTableSpans.Cell::span).sum());
        }
        List<List<String>> grid = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < rows.get(r).size(); c++) {
                row.add(rows.get(r).get(c).toString());
                for (int k = 1; k < layout.get(r).get(c).span(); k++) {
                    row.add("");
                }
            }
            while (row.size() < columns) {
                row.add("");
            }
            grid.add(row);
        }
        return grid;
    }

    /** The rows as Tika gave them, short rows filled up with empty cells. */
    private List<List<String>> asGiven() {
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        List<List<String>> grid = new ArrayList<>();
        for (List<StringBuilder> row : rows) {
            List<String> cells = new ArrayList<>(row.stream().map(StringBuilder::toString).toList());
            while (cells.size() < columns) {
                cells.add("");
            }
            grid.add(cells);
        }
        return grid;
    }

    /**
     * The header rows joined per column, top to bottom: a cell over several columns stands in each
     * (2024年 over 预算数 and 增长%); a cell that goes on from the row above is not written again.
     */
    private static List<String> joinedHeader(List<List<String>> grid, List<List<DocxTableSpans.Cell>> layout,
                                             int body) {
        int columns = grid.get(0).size();
        List<StringBuilder> header = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            header.add(new StringBuilder());
        }
        for (int r = 0; r < body; r++) {
            int column = 0;
            int cells = layout == null ? columns : layout.get(r).size();
            for (int c = 0; c < cells; c++) {
                int span = layout == null ? 1 : layout.get(r).get(c).span();
                String text = grid.get(r).get(column);
                for (int k = column; k < column + span && k < columns; k++) {
                    CellText.append(header.get(k), text);
                }
                column += span;
            }
        }
        return header.stream().map(StringBuilder::toString).toList();
    }

    /** Whether a row holds a value right of its first cell. */
    private static boolean hasValue(List<String> row) {
        for (int c = 1; c < row.size(); c++) {
            if (TableText.isValue(row.get(c))) {
                return true;
            }
        }
        return false;
    }
}
