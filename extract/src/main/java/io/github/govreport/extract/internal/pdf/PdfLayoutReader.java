package io.github.govreport.extract.internal.pdf;

import io.github.govreport.core.Span;
import io.github.govreport.core.Warning;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads the text of a PDF from the positions of its glyphs: lines and words by their gaps
 * ({@link LineBuilder}), tables by the alignment of their columns ({@link TableFinder}) written
 * as tab-separated rows that the table recogniser reads as cells, prose as lines. A number never
 * spans two cells: where a gap separates two runs of glyphs, the text holds a space or a tab.
 * Thread-safe (each call opens its own document).
 */
public final class PdfLayoutReader {

    /** A page number alone on its line: 1 to 4 digits. */
    private static final Pattern BARE_FOLIO = Pattern.compile("[0-9]{1,4}");
    /** How far (in font sizes, baseline to baseline) a page number stands apart from the text. */
    private static final float FOLIO_GAP = 2.0f;

    private final Predicate<String> pageNumber;
    private final Predicate<String> codeColumn;

    /**
     * The text of a PDF as read.
     *
     * @param text      the pages' text, pages separated by a blank line
     * @param pageChars the visible characters of each page (0 for a page of images only)
     * @param warnings  what could not be read with confidence, naming the page
     * @param unread    the code point ranges of tables whose cells could not be told apart: their
     *                  numbers are not facts
     */
    public record Result(String text, List<Integer> pageChars, List<Warning> warnings, List<Span> unread) {

        public Result {
            pageChars = List.copyOf(pageChars);
            warnings = List.copyOf(warnings);
            unread = List.copyOf(unread);
        }
    }

    /** The PDF is encrypted with a password it does not come with (PDFBox's type stays inside this package). */
    public static final class PasswordNeeded extends IOException {

        private static final long serialVersionUID = 1L;

        PasswordNeeded(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }

    /**
     * @param pageNumber whether a line is a page number (— 12 —, 第3页): a table never takes it in
     * @param codeColumn whether a column header names a column of 科目 codes: its numbers are no values
     */
    public PdfLayoutReader(Predicate<String> pageNumber, Predicate<String> codeColumn) {
        this.pageNumber = pageNumber;
        this.codeColumn = codeColumn;
    }

    /**
     * Reads {@code bytes} as a PDF.
     *
     * @throws PasswordNeeded when it needs a password
     * @throws IOException when it is damaged
     */
    public Result read(byte[] bytes) throws IOException {
        try (PDDocument document = load(bytes)) {
            List<List<Glyph>> pages = PageGlyphs.of(document);
            List<Integer> pageChars = new ArrayList<>();
            List<List<Block>> blocks = new ArrayList<>();
            for (int p = 0; p < pages.size(); p++) {
                List<Glyph> glyphs = pages.get(p);
                pageChars.add((int) glyphs.stream().filter(g -> !g.isSpace()).count());
                List<RuledGrid> ruled = glyphs.isEmpty() ? List.of()
                        : RuledGrid.of(PageRulings.of(document.getPage(p)));
                blocks.add(Block.of(withoutBareFolio(TwoColumns.inReadingOrder(glyphs)), ruled, pageNumber));
            }
            blocks = CaptionCarrier.carry(TableJoiner.join(blocks));
            StringBuilder text = new StringBuilder();
            List<Warning> warnings = new ArrayList<>();
            List<Span> unread = new ArrayList<>();
            for (int p = 0; p < blocks.size(); p++) {
                if (!text.isEmpty()) {
                    text.append('\n');
                }
                PageWriter.write(blocks.get(p), p + 1, codeColumn, text, warnings, unread);
            }
            return new Result(text.toString(), pageChars, warnings, unread);
        }
    }

    /**
     * The page's lines without a bare page number (17) at its foot or head, set apart from the
     * text by more than {@link #FOLIO_GAP} font sizes: a reader never reads it on with the line
     * above (增加4016.19 / 17 is no 4016.1917).
     */
    static List<TextLine> withoutBareFolio(List<TextLine> lines) {
        List<TextLine> out = new ArrayList<>(lines);
        int n = out.size();
        if (n >= 2 && isBareFolio(out.get(n - 1)) && out.get(n - 1).y() - out.get(n - 2).y() > FOLIO_GAP * out.get(n - 2).em()) {
            out.remove(n - 1);
        }
        if (out.size() >= 2 && isBareFolio(out.get(0)) && out.get(1).y() - out.get(0).y() > FOLIO_GAP * out.get(1).em()) {
            out.remove(0);
        }
        return out;
    }

    private static boolean isBareFolio(TextLine line) {
        return BARE_FOLIO.matcher(line.text()).matches();
    }

    private static PDDocument load(byte[] bytes) throws IOException {
        try {
            return Loader.loadPDF(bytes);
        } catch (InvalidPasswordException e) {
            throw new PasswordNeeded(e);
        }
    }
}
