package io.github.govreport.extract.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

/** Rulings as PDF producers draw them: stroked lines (Word, LibreOffice), thin filled rectangles (Excel, WPS). */
class PageRulingsTest {

    /** An A4 page whose content draws, in PDF user space (y up), what {@code draw} does. */
    private static PageRulings.Rulings rulingsOf(int rotation, Drawing draw) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            page.setRotation(rotation);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                draw.on(content);
            }
            return PageRulings.of(page);
        }
    }

    private interface Drawing {
        void on(PDPageContentStream content) throws IOException;
    }

    @Test
    void strokedLinesAreRulingsWithYGrowingDownThePage() throws IOException {
        PageRulings.Rulings rulings = rulingsOf(0, content -> {
            float top = PDRectangle.A4.getHeight();
            content.moveTo(50, top - 100);          // 100 pt below the top of the page
            content.lineTo(350, top - 100);
            content.moveTo(50, top - 100);
            content.lineTo(50, top - 200);
            content.stroke();
        });
        assertThat(rulings.horizontal()).singleElement().satisfies(h -> {
            assertThat(h.at()).isCloseTo(100f, within(0.01f));
            assertThat(h.from()).isCloseTo(50f, within(0.01f));
            assertThat(h.to()).isCloseTo(350f, within(0.01f));
        });
        assertThat(rulings.vertical()).singleElement().satisfies(v -> {
            assertThat(v.at()).isCloseTo(50f, within(0.01f));
            assertThat(v.from()).isCloseTo(100f, within(0.01f));
            assertThat(v.to()).isCloseTo(200f, within(0.01f));
        });
    }

    @Test
    void thinFilledRectanglesAreRulingsAndShadedCellsAreNot() throws IOException {
        PageRulings.Rulings rulings = rulingsOf(0, content -> {
            content.addRect(50, 742, 300, 0.5f);      // a border as a spreadsheet draws it
            content.addRect(50, 600, 0.5f, 100);
            content.addRect(100, 400, 80, 20);        // a shaded cell
            content.fill();
        });
        assertThat(rulings.horizontal()).hasSize(1);
        assertThat(rulings.vertical()).hasSize(1);
    }

    @Test
    void curvesAndUnstrokedPathsAreNoRulings() throws IOException {
        PageRulings.Rulings rulings = rulingsOf(0, content -> {
            content.moveTo(50, 700);
            content.lineTo(350, 700);
            content.curveTo(360, 700, 370, 690, 370, 680);
            content.stroke();
            content.moveTo(50, 500);
            content.lineTo(350, 500);
            content.closePath();
            content.clip();
        });
        assertThat(rulings.horizontal()).isEmpty();
    }

    @Test
    void aRotatedPageHasItsRulingsTurnedAsItsGlyphsAre() throws IOException {
        // landscape tables on a portrait page turned 90°: a line along the page's y axis reads across
        PageRulings.Rulings rulings = rulingsOf(90, content -> {
            content.moveTo(100, 50);
            content.lineTo(100, 350);
            content.stroke();
        });
        assertThat(rulings.horizontal()).singleElement().satisfies(h -> {
            assertThat(h.at()).isCloseTo(100f, within(0.01f));
            assertThat(h.from()).isCloseTo(50f, within(0.01f));
            assertThat(h.to()).isCloseTo(350f, within(0.01f));
        });
        assertThat(rulings.vertical()).isEmpty();
    }
}
