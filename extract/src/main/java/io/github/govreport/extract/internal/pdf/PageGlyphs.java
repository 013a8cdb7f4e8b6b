package io.github.govreport.extract.internal.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects the glyphs of every page with PDFBox's text stripper, which resolves fonts, encodings
 * and text matrices; its own word and line building is not used (it glues the cells of a table
 * when their gap is narrower than the font's space), the layout is read from positions instead.
 * One instance per document: not thread-safe.
 */
final class PageGlyphs extends PDFTextStripper {

    private final List<List<Glyph>> pages = new ArrayList<>();
    private List<Glyph> current = new ArrayList<>();

    private PageGlyphs() {
    }

    /** The glyphs of each page of {@code document}, in page order; a page without text has none. */
    static List<List<Glyph>> of(PDDocument document) throws IOException {
        PageGlyphs collector = new PageGlyphs();
        collector.getText(document);
        while (collector.pages.size() < document.getNumberOfPages()) {
            collector.pages.add(List.of());
        }
        return collector.pages;
    }

    @Override
    protected void startPage(PDPage page) {
        current = new ArrayList<>();
    }

    @Override
    protected void endPage(PDPage page) {
        // pages without a content stream are skipped by the stripper: they hold no glyph
        while (pages.size() < getCurrentPageNo() - 1) {
            pages.add(List.of());
        }
        pages.add(current);
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        String unicode = text.getUnicode();
        if (unicode == null || unicode.isEmpty()) {
            return;
        }
        float em = text.getFontSizeInPt();
        if (!(em > 0) || em > 200) {
            // a font scaled by its text matrix reports size 1: its glyph height says how large it is
            em = Math.max(text.getHeightDir(), text.getWidthDirAdj());
        }
        current.add(new Glyph(unicode, text.getXDirAdj(), text.getYDirAdj(), text.getWidthDirAdj(), em));
    }
}
