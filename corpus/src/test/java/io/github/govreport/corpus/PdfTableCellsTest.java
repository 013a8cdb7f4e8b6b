package io.github.govreport.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govreport.core.Document;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The table fixtures t001–t004 of test-fixtures (a budget book with a table across pages, a
 * department disclosure with code columns and a borderless table of tight columns, a 收支总表 of
 * two halves, a two-column gazette page), each a DOCX and the PDF made from it, against their
 * cells written by hand from the rendered pages ({@code tNNN.cells.tsv}). The bar is 95%
 * of the cells in the right table, row and column with the right value and unit.
 */
class PdfTableCellsTest {

    private static final double MIN_SHARE = 0.95;

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"t001,pdf", "t001,docx", "t002,pdf", "t002,docx", "t003,pdf", "t003,docx", "t004,pdf", "t004,docx"})
    void theHandCheckedCellsAreInTheirTableRowAndColumn(String fixture, String format) throws IOException {
        List<TableCellEvaluation.ExpectedCell> cells;
        try (InputStream in = PdfTableCellsTest.class.getResourceAsStream(FormatFixtures.DIRECTORY + fixture
                + ".cells.tsv")) {
            assertThat(in).as(fixture + ".cells.tsv on the test class path").isNotNull();
            cells = TableCellEvaluation.read(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Document document = FormatFixtures.document(fixture, format);
        TableCellEvaluation.Result result = TableCellEvaluation.score(document, cells);
        System.out.printf("table cells %s.%s: %d of %d (%.1f%%)%n", fixture, format, result.found(), result.cells(),
                100 * result.share());
        result.missed().forEach(c -> System.out.println("  missed " + c));
        assertThat(result.share()).as("share of the hand-checked cells of %s.%s found", fixture, format)
                .isGreaterThanOrEqualTo(MIN_SHARE);
    }
}
