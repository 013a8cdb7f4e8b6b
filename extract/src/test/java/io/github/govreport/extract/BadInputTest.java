package io.github.govreport.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.govreport.core.Document;
import io.github.govreport.core.Fact;
import io.github.govreport.core.Warning;
import io.github.govreport.extract.ExtractionException.Kind;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every kind of bad input ends in one line naming the file and the reason, or in a document with a
 * typed warning: never a hang, an out-of-memory error or a stack trace. The files are made here,
 * from good files built with PDFBox and POI. Each failure also has its {@link Kind}, one test at
 * least for each kind but {@link Kind#NO_PARSER} (the test class path has every parser; the
 * consumer project in src/it has none for PDF) and the {@link Kind#DAMAGED} of a text whose
 * encoding cannot be detected (no input found that reaches it).
 */
class BadInputTest {

    private static final ReportExtractor EXTRACTOR = ReportExtractor.create();
    private static final String REPORT = "一、2023年工作回顾\n地区生产总值增长6.1%，新增上市企业10家。\n";

    @TempDir
    Path dir;

    @Test
    void anEmptyFileIsRefused() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.pdf"));

        assertThatThrownBy(() -> EXTRACTOR.extract(empty)).isInstanceOf(ExtractionException.class)
                .hasMessage(empty + ": empty file").extracting(BadInputTest::kind).isEqualTo(Kind.EMPTY);
    }

    @Test
    void aMissingFileIsNotFound() {
        Path missing = dir.resolve("missing.pdf");

        assertThatThrownBy(() -> EXTRACTOR.extract(missing)).hasMessage(missing + ": no such file")
                .extracting(BadInputTest::kind).isEqualTo(Kind.NOT_FOUND);
    }

    @Test
    void aDirectoryIsNotADocument() {
        assertThatThrownBy(() -> EXTRACTOR.extract(dir)).hasMessage(dir + ": is a directory, not a document")
                .extracting(BadInputTest::kind).isEqualTo(Kind.NOT_A_DOCUMENT);
    }

    @Test
    void aStreamThatBreaksIsUnreadable() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                throw new IOException("connection reset");
            }
        };

        assertThatThrownBy(() -> EXTRACTOR.extract(broken, "remote.pdf"))
                .hasMessage("remote.pdf: cannot read: connection reset")
                .extracting(BadInputTest::kind).isEqualTo(Kind.UNREADABLE);
    }

    @Test
    void aParseThatTakesTooLongIsAbandonedWithAClearError() throws IOException, ExtractionException {
        // A real parse of a 40-page PDF takes far longer than a millisecond: it stands in for a parser
        // caught in a loop on a damaged file.
        String[] pages = new String[40];
        Arrays.fill(pages, TestFiles.PDF_LINE);
        Path slow = write("slow.pdf", TestFiles.pdf(pages));
        ReportExtractor impatient = ReportExtractor.builder().parseTimeout(Duration.ofMillis(1)).build();

        assertThatThrownBy(() -> impatient.extract(slow)).isInstanceOf(ExtractionException.class)
                .hasMessage(slow + ": parsing took longer than 1 ms (a damaged PDF can make its parser loop); "
                        + "it was abandoned").extracting(BadInputTest::kind).isEqualTo(Kind.TIMED_OUT);
        assertThat(impatient.abandonedParses()).isEqualTo(1);
        assertThat(EXTRACTOR.extract(slow).text()).contains("6.1%");
    }

    @Test
    void aTruncatedPdfIsDamaged() throws IOException {
        byte[] pdf = TestFiles.pdf(TestFiles.PDF_LINE, TestFiles.PDF_LINE, TestFiles.PDF_LINE);
        Path truncated = write("truncated.pdf", Arrays.copyOf(pdf, pdf.length / 2));

        assertThatThrownBy(() -> EXTRACTOR.extract(truncated))
                .hasMessageStartingWith(truncated + ": damaged or truncated PDF: ")
                .hasMessageNotContaining("\n").extracting(BadInputTest::kind).isEqualTo(Kind.DAMAGED);
    }

    @Test
    void aPdfHeaderFollowedByJunkIsDamaged() throws IOException {
        byte[] junk = new byte[4096];
        new Random(1).nextBytes(junk);
        byte[] bytes = concat("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), junk);
        Path corrupt = write("corrupt.pdf", bytes);

        assertThatThrownBy(() -> EXTRACTOR.extract(corrupt))
                .hasMessageStartingWith(corrupt + ": damaged or truncated PDF: ")
                .extracting(BadInputTest::kind).isEqualTo(Kind.DAMAGED);
    }

    @Test
    void aPasswordProtectedPdfIsEncrypted() throws IOException {
        Path locked = write("locked.pdf", TestFiles.encrypted(TestFiles.pdf(TestFiles.PDF_LINE), "secret"));

        assertThatThrownBy(() -> EXTRACTOR.extract(locked))
                .hasMessage(locked + ": encrypted PDF: it cannot be read without its password")
                .extracting(BadInputTest::kind).isEqualTo(Kind.ENCRYPTED);
    }

    @Test
    void aPdfWithOnlyAnOwnerPasswordOpensAndIsRead() throws Exception {
        Path restricted = write("restricted.pdf", TestFiles.encrypted(TestFiles.pdf(TestFiles.PDF_LINE), ""));

        Document document = EXTRACTOR.extract(restricted);

        assertThat(document.text()).contains("6.1%");
        assertThat(document.facts()).extracting(Fact::text).contains("6.1%");
    }

    @Test
    void aScannedPdfHasNoTextLayerAndNeedsOcr() throws IOException {
        Path scan = write("scan.pdf", TestFiles.pdf(null, null));

        assertThatThrownBy(() -> EXTRACTOR.extract(scan)).hasMessage(scan + ": no text layer: its 2 pages hold only "
                + "images (a scanned PDF?); run OCR on it first, for example with ocrmypdf")
                .extracting(BadInputTest::kind).isEqualTo(Kind.NO_TEXT_LAYER);
    }

    @Test
    void aTextOfOnlyBlanksHasNoText() throws IOException {
        Path blank = Files.writeString(dir.resolve("blank.txt"), " \n\u3000\n");

        assertThatThrownBy(() -> EXTRACTOR.extract(blank))
                .hasMessage(blank + ": no text found: the text file holds only blank characters")
                .extracting(BadInputTest::kind).isEqualTo(Kind.NO_TEXT);
    }

    @Test
    void scannedPagesAmongTextPagesAreAWarning() throws Exception {
        Path mixed = write("mixed.pdf", TestFiles.pdf(TestFiles.PDF_LINE, null, null, TestFiles.PDF_LINE, null));

        Document document = EXTRACTOR.extract(mixed);

        assertThat(document.facts()).isNotEmpty();
        assertThat(document.warnings()).first().isEqualTo(Warning.of("pages-without-text", "pages 2–3, 5 of 5 "
                + "have no text layer (scanned images?); their figures are missing unless the file is OCRed first"));
    }

    @Test
    void aPdfNamedTxtIsReadAsPdfWithAWarning() throws Exception {
        Path misnamed = write("report.txt", TestFiles.pdf(TestFiles.PDF_LINE));

        Document document = EXTRACTOR.extract(misnamed);

        assertThat(document.mediaType()).isEqualTo("application/pdf");
        assertThat(document.facts()).extracting(Fact::text).contains("6.1%");
        assertThat(document.warnings()).first().isEqualTo(Warning.of("misnamed",
                "the file is PDF although its name ends in .txt; it was read as PDF"));
    }

    @Test
    void aStreamsNameIsOnlyAHintSoAPdfOnStandardInputIsNotMisnamed() throws Exception {
        Document document = EXTRACTOR.extract(new ByteArrayInputStream(TestFiles.pdf(TestFiles.PDF_LINE)), "stdin.txt");

        assertThat(document.mediaType()).isEqualTo("application/pdf");
        assertThat(document.warnings()).extracting(Warning::code).doesNotContain("misnamed");
    }

    @Test
    void aDocxNamedPdfIsReadAsDocx() throws Exception {
        Path misnamed = write("report.pdf", TestFiles.docx("一、2023年工作回顾", "地区生产总值增长6.1%。"));

        Document document = EXTRACTOR.extract(misnamed);

        assertThat(document.mediaType()).isEqualTo(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(document.facts()).extracting(Fact::text).containsExactly("6.1%");
        assertThat(document.warnings()).extracting(Warning::code).contains("misnamed");
    }

    @Test
    void aTruncatedDocxIsDamaged() throws IOException {
        byte[] docx = TestFiles.docx("地区生产总值增长6.1%。");
        Path truncated = write("truncated.docx", Arrays.copyOf(docx, docx.length / 2));

        assertThatThrownBy(() -> EXTRACTOR.extract(truncated))
                .hasMessageStartingWith(truncated + ": damaged or truncated DOCX: ")
                .extracting(BadInputTest::kind).isEqualTo(Kind.DAMAGED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"junk.bin", "junk.pdf", "junk.docx", "junk.doc", "junk.html", "junk.txt", "junk.md"})
    void binaryJunkIsNotADocumentWhateverItsNameSays(String name) throws IOException {
        // The bytes decide what is said: no %PDF- header, zip or OLE2 signature, and no text.
        byte[] junk = new byte[8192];
        new Random(3).nextBytes(junk);
        Path file = write(name, junk);

        assertThatThrownBy(() -> EXTRACTOR.extract(file))
                .hasMessage(file + ": not a document: binary data of no known format")
                .extracting(BadInputTest::kind).isEqualTo(Kind.NOT_A_DOCUMENT);
    }

    @Test
    void binaryJunkOnStandardInputIsNotADocumentEither() {
        byte[] junk = new byte[8192];
        new Random(3).nextBytes(junk);

        assertThatThrownBy(() -> EXTRACTOR.extract(new ByteArrayInputStream(junk), "stdin.txt"))
                .hasMessage("stdin.txt: not a document: binary data of no known format")
                .extracting(BadInputTest::kind).isEqualTo(Kind.NOT_A_DOCUMENT);
    }

    @Test
    void aDocWithItsSignatureButNothingElseIsDamaged() throws IOException {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        byte[] junk = new byte[4096];
        new Random(4).nextBytes(junk);
        Path truncated = write("truncated.doc", concat(ole2, junk));

        assertThatThrownBy(() -> EXTRACTOR.extract(truncated))
                .hasMessageStartingWith(truncated + ": damaged or truncated DOC: ")
                .hasMessageNotContaining("\n").extracting(BadInputTest::kind).isEqualTo(Kind.DAMAGED);
    }

    @Test
    void anImageIsAFormatWeDoNotRead() throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", png);
        Path image = write("report.png", png.toByteArray());

        assertThatThrownBy(() -> EXTRACTOR.extract(image))
                .hasMessage(image + ": not a report: image/png is not a format govreport reads")
                .extracting(BadInputTest::kind).isEqualTo(Kind.UNSUPPORTED_FORMAT);
    }

    @Test
    void aParserMissingOneOfItsClassesFailsThatFileOnly() throws Exception {
        Path file = write("scripted.bin", ScriptedParser.file("linkage-error"));

        assertThatThrownBy(() -> EXTRACTOR.extract(file))
                .hasMessage(file + ": the " + ScriptedParser.TYPE + " parser failed: org/example/MissingClass")
                .extracting(BadInputTest::kind).isEqualTo(Kind.PARSER_FAILED);
        assertThat(EXTRACTOR.extract(write("good.pdf", TestFiles.pdf(TestFiles.PDF_LINE))).text()).contains("6.1%");
    }

    @Test
    void whenEveryParseThreadIsHeldByAStuckParseTheNextFileIsNotParsed() throws IOException {
        ReportExtractor impatient = ReportExtractor.builder().parseTimeout(Duration.ofMillis(50)).build();
        Path stuck = write("stuck.bin", ScriptedParser.file("hang"));
        List<Kind> kinds = new ArrayList<>();
        Throwable last = null;
        ScriptedParser.hangUntil = new CountDownLatch(1);
        try {
            // each stuck parse keeps its thread; once all are held, a parse waits a second and gives up
            while ((kinds.isEmpty() || kinds.get(kinds.size() - 1) == Kind.TIMED_OUT) && kinds.size() < 100) {
                last = catchThrowable(() -> impatient.extract(stuck));
                kinds.add(kind(last));
            }
        } finally {
            ScriptedParser.hangUntil.countDown();
        }
        assertThat(kinds).last().isEqualTo(Kind.PARSERS_BUSY);
        assertThat(kinds.subList(0, kinds.size() - 1)).isNotEmpty().containsOnly(Kind.TIMED_OUT);
        assertThat(last).hasMessage(stuck + ": not parsed: all " + (kinds.size() - 1) + " parse threads are held "
                + "by earlier parses that overran their time");
    }

    @Test
    void aCallerInterruptedWhileWaitingForTheParseGetsInterrupted() throws IOException {
        byte[] pdf = TestFiles.pdf(TestFiles.PDF_LINE);
        Thread.currentThread().interrupt();
        try {
            // a stream, not a file: reading a file through its channel would fail on the interrupt first
            assertThatThrownBy(() -> EXTRACTOR.extract(new ByteArrayInputStream(pdf), "report.pdf"))
                    .hasMessage("report.pdf: interrupted while parsing")
                    .extracting(BadInputTest::kind).isEqualTo(Kind.INTERRUPTED);
            assertThat(Thread.currentThread().isInterrupted()).as("the interrupt is kept for the caller").isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws IOException {
        Path huge = dir.resolve("huge.pdf");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(200L * 1024 * 1024); // sparse: no 200 MB are written
        }

        assertThatThrownBy(() -> EXTRACTOR.extract(huge))
                .hasMessage(huge + ": too large: 200 MB, over the limit of 100 MB")
                .extracting(BadInputTest::kind).isEqualTo(Kind.TOO_LARGE);
    }

    @Test
    void aStreamOverTheSizeLimitIsRefusedAfterReadingOneByteMore() {
        ReportExtractor small = ReportExtractor.builder().maxInputBytes(1000).build();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }
        };

        assertThatThrownBy(() -> small.extract(endless, "endless.txt"))
                .hasMessage("endless.txt: too large: over the limit of 1000 bytes")
                .extracting(BadInputTest::kind).isEqualTo(Kind.TOO_LARGE);
    }

    @Test
    void textOverTheCharacterLimitIsRefused() throws IOException {
        ReportExtractor small = ReportExtractor.builder().maxChars(100).build();
        Path text = Files.writeString(dir.resolve("long.txt"), REPORT.repeat(10));
        Path pdf = write("long.pdf", TestFiles.pdf(TestFiles.PDF_LINE.repeat(4), TestFiles.PDF_LINE.repeat(4)));

        assertThatThrownBy(() -> small.extract(text))
                .hasMessage(text + ": text too long: over the limit of 100 characters")
                .extracting(BadInputTest::kind).isEqualTo(Kind.TOO_MUCH_TEXT);
        assertThatThrownBy(() -> small.extract(pdf))
                .hasMessage(pdf + ": text too long: over the limit of 100 characters")
                .extracting(BadInputTest::kind).isEqualTo(Kind.TOO_MUCH_TEXT);
        assertThatThrownBy(() -> small.extract(new ByteArrayInputStream(REPORT.repeat(10).getBytes(
                StandardCharsets.UTF_8)), "stdin.txt")).hasMessage("stdin.txt: text too long: over the limit of "
                + "100 characters");
    }

    @Test
    void limitsAreCheckedAtTheDoor() {
        assertThatThrownBy(() -> ReportExtractor.builder().maxChars(0)).hasMessageContaining("maxChars");
        assertThatThrownBy(() -> ReportExtractor.builder().maxInputBytes(-1)).hasMessageContaining("maxInputBytes");
        assertThat(ReportExtractor.DEFAULT_MAX_INPUT_BYTES).isEqualTo(100L * 1024 * 1024);
        assertThat(ReportExtractor.DEFAULT_MAX_CHARS).isEqualTo(10_000_000);
    }

    /** The kind of a failure that must be an {@link ExtractionException}. */
    private static Kind kind(Throwable thrown) {
        assertThat(thrown).isInstanceOf(ExtractionException.class);
        return ((ExtractionException) thrown).kind();
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
