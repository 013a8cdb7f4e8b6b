package io.github.govreport.extract.internal.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * How the cells of a Word document's tables lie in their grid, which Tika's text leaves out: how
 * many grid columns a cell spans (gridSpan), and whether it goes on with the cell above (vMerge).
 * Read with POI from the DOCX, for each table of the body in order, each row, each cell.
 */
final class DocxTableSpans {

    /** One cell of a table row. */
    record Cell(int span, boolean continuesAbove) {
    }

    private DocxTableSpans() {
    }

    /** The cells of each body table of {@code docx}, in document order; empty when it cannot be read. */
    static List<List<List<Cell>>> of(byte[] docx) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<List<List<Cell>>> tables = new ArrayList<>();
            for (XWPFTable table : document.getTables()) {
                List<List<Cell>> rows = new ArrayList<>();
                for (XWPFTableRow row : table.getRows()) {
                    List<Cell> cells = new ArrayList<>();
                    for (XWPFTableCell cell : row.getTableCells()) {
                        cells.add(cell(cell.getCTTc().getTcPr()));
                    }
                    rows.add(cells);
                }
                tables.add(rows);
            }
            return tables;
        } catch (IOException | RuntimeException e) {
            return List.of();      // the spans are a refinement: Tika's own reading of the tables stands
        }
    }

    private static Cell cell(CTTcPr properties) {
        if (properties == null) {
            return new Cell(1, false);
        }
        BigInteger span = properties.isSetGridSpan() ? properties.getGridSpan().getVal() : BigInteger.ONE;
        boolean continues = properties.isSetVMerge()
                && (properties.getVMerge().getVal() == null || properties.getVMerge().getVal() == STMerge.CONTINUE);
        return new Cell(Math.max(1, span.intValue()), continues);
    }
}
