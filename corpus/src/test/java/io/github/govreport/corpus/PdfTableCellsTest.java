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
 * two halves), each PDF made from a DOCX, against their cells written by hand from the rendered
 * pages ({@code tNNN.cells.tsv}): the share found may not drop below its floor. The bar is 95% of
 * the cells in the right table, row and column with the right value and unit; t002's borderless
 * table, whose columns are exactly as wide as their numbers with two rows to tell them by, is
 * kept as text (a warning, no facts): 31 of 49. The DOCX each PDF was made from is read cell
 * for cell (its merged cells from the file): 122 of 122. Not scored: t004, a two-column
 * gazette page (columns are read line by line across the page).
 */
class PdfTableCellsTest {

    @ParameterizedTest(name = "{0}.{1} at least {2}")
    @CsvSource({"t001,pdf,1.0", "t002,pdf,0.63", "t003,pdf,1.0", "t001,docx,1.0", "t002,docx,1.0", "t003,docx,1.0"})
    void theHandCheckedCellsAreInTheirTableRowAndColumn(String fixture, String format, double floor)
            throws IOException {
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
                .isGreaterThanOrEqualTo(floor);
    }
}
