package io.github.govreport.extract.internal.io;

import io.github.govreport.core.Warning;
import io.github.govreport.extract.ExtractionException;
import io.github.govreport.extract.ExtractionException.Kind;
import io.github.govreport.extract.dict.Dictionaries;
import io.github.govreport.extract.dict.TableWords;
import io.github.govreport.extract.dict.PatternList;
import io.github.govreport.extract.internal.pdf.PdfLayoutReader;
import io.github.govreport.extract.internal.pdf.PdfLayoutReader.PasswordNeeded;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.regex.Pattern;
import org.apache.tika.detect.AutoDetectReader;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads the text of a report with Apache Tika: detects the format from content and file name
 * (content wins: a PDF named .txt is read as PDF), decodes plain text in its detected encoding
 * (UTF-8, UTF-16, GB18030/GBK), and parses PDF, DOCX, DOC and HTML with whichever Tika parser
 * modules are on the class path.
 *
 * <p>Whatever the file holds, the result is text or an {@link ExtractionException} with a
 * one-line reason: empty, binary, encrypted, damaged, a scan without a text layer, or text longer
 * than the character limit (enforced while reading, so a huge text never fills the memory).
 *
 * <p>Tika's parser is built on first use, since it costs most of a second and a file named .txt
 * or .md whose first bytes are plainly text never needs it. Thread-safe.
 */
public final class DocumentReader {

    /** Plain-text types decoded directly, so that offsets stay offsets into the source. */
    private static final Set<String> TEXT_TYPES = Set.of("text/plain", "text/markdown", "text/x-web-markdown");
    /** Formats that are characters, with no signature: bytes that decode to junk are binary data, whatever the name. */
    private static final Set<String> CHARACTER_TYPES = Set.of("text/plain", "text/markdown", "text/x-web-markdown",
            "text/html", "application/xhtml+xml");
    /** Binary data that is no format we know, whatever its name says: one wording for one error. */
    private static final String BINARY_DATA = "not a document: binary data of no known format";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    /** Names for people of the formats we read; other types are named by their media type. */
    private static final Map<String, String> FORMAT_NAMES = Map.of(
            "application/pdf", "PDF",
            DOCX, "DOCX",
            "application/msword", "DOC",
            "text/html", "HTML",
            "application/xhtml+xml", "XHTML",
            "text/plain", "text",
            "text/x-web-markdown", "Markdown",
            "text/markdown", "Markdown");
    /** What a file's extension promises, to warn when the content is something else. */
    private static final Map<String, String> EXTENSION_TYPES = Map.of(
            "pdf", "application/pdf",
            "docx", DOCX,
            "doc", "application/msword",
            "html", "text/html",
            "htm", "text/html",
            "txt", "text/plain",
            "md", "text/x-web-markdown",
            "markdown", "text/x-web-markdown");

    /** Above this share of replacement or control characters, "text" is really binary data. */
    private static final double MAX_GARBAGE_SHARE = 0.02;

    /** The default time limit of one parse: a damaged file can make a parser loop for ever. */
    public static final Duration DEFAULT_PARSE_TIMEOUT = Duration.ofMinutes(2);

    /** The parses of one reader run on at most this many threads, stuck ones included. */
    static final int PARSE_THREADS = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());

    private final int maxChars;
    private final Duration parseTimeout;
    private final List<Pattern> pageNumbers;
    private final TableWords tableWords;
    private final ParseExecutor parses = new ParseExecutor(PARSE_THREADS);
    private volatile AutoDetectParser parser;

    /**
     * @param maxChars the most characters of text a document may have; reading stops and fails
     *                 beyond it
     */
    public DocumentReader(int maxChars) {
        this(maxChars, DEFAULT_PARSE_TIMEOUT);
    }

    /**
     * @param maxChars     the most characters of text a document may have
     * @param parseTimeout how long parsing one PDF, Word or HTML file may take before it fails
     */
    public DocumentReader(int maxChars, Duration parseTimeout) {
        this(maxChars, parseTimeout, Dictionaries.bundled().pageFurniture(), Dictionaries.bundled().tableWords());
    }

    /**
     * @param maxChars      the most characters of text a document may have
     * @param parseTimeout  how long parsing one PDF, Word or HTML file may take before it fails
     * @param pageFurniture the page-number lines of page-furniture.tsv: a PDF table never takes in
     *                      the page number below it
     * @param tableWords    the headers of 科目 code columns (table-patterns.tsv): a PDF table's codes
     *                      are no values, so they never split it into side-by-side halves
     */
    public DocumentReader(int maxChars, Duration parseTimeout, PatternList pageFurniture, TableWords tableWords) {
        if (maxChars <= 0) {
            throw new IllegalArgumentException("maxChars must be positive, was " + maxChars);
        }
        if (parseTimeout.isNegative() || parseTimeout.isZero()) {
            throw new IllegalArgumentException("parseTimeout must be positive, was " + parseTimeout);
        }
        this.maxChars = maxChars;
        this.parseTimeout = parseTimeout;
        this.tableWords = tableWords;
        this.pageNumbers = pageFurniture.entries().stream().filter(e -> "page-number".equals(e.row().require("role")))
                .map(PatternList.Entry::pattern).toList();
    }

    /**
     * Reads {@code bytes}, named {@code name} (used for detection), reported as {@code input}.
     *
     * @throws ExtractionException when the input is empty, binary, encrypted, damaged, too long or
     *                             holds no text
     */
    public RawText read(byte[] bytes, String input, String name) throws ExtractionException {
        return read(bytes, input, name, true);
    }

    /**
     * Reads {@code bytes} as {@link #read(byte[], String, String)} does; {@code fileName} says
     * whether {@code name} is a real file name, worth a {@code misnamed} warning when the content
     * is another format, or only a hint for detection (standard input).
     */
    public RawText read(byte[] bytes, String input, String name, boolean fileName) throws ExtractionException {
        if (bytes.length == 0) {
            throw new ExtractionException(input, Kind.EMPTY, "empty file");
        }
        Metadata metadata = new Metadata();
        // Without the name, a GB18030 text is detected as application/octet-stream and yields nothing.
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        String named = typeOfName(name);
        if (named != null && TEXT_TYPES.contains(named) && FormatSniffer.isPlainText(bytes)) {
            return checked(new RawText(decodeText(bytes, metadata, input), named, true), input, named);
        }
        String type = detect(bytes, metadata, input).getBaseType().toString();
        if (!FormatSniffer.mayBe(type, bytes)) {
            // Only the name said PDF, DOCX or DOC: what the bytes are decides what we say about them.
            type = detect(bytes, new Metadata(), input).getBaseType().toString();
        }
        boolean unknown = type.equals("application/octet-stream");
        List<Warning> warnings = new ArrayList<>();
        if (fileName && named != null && !unknown && !named.equals(type)
                && !(TEXT_TYPES.contains(named) && TEXT_TYPES.contains(type))) {
            warnings.add(Warning.of("misnamed", "the file is " + formatName(type) + " although its name ends in ."
                    + extension(name) + "; it was read as " + formatName(type)));
        }
        RawText raw;
        if (TEXT_TYPES.contains(type) || (unknown && named != null && TEXT_TYPES.contains(named))) {
            // Tika may call a GB18030 text octet-stream; decoding then tells text from junk.
            String textType = unknown ? named : type;
            raw = new RawText(decodeText(bytes, metadata, input), textType, true, warnings);
        } else if (unknown) {
            throw new ExtractionException(input, Kind.NOT_A_DOCUMENT, BINARY_DATA);
        } else if (!parser().getSupportedTypes(new ParseContext()).contains(MediaType.parse(type))) {
            throw unsupported(input, type);
        } else {
            raw = parse(bytes, metadata, input, type, warnings);
        }
        return checked(raw, input, raw.mediaType());
    }

    /** Refuses text that is really binary data or that is blank. */
    private static RawText checked(RawText raw, String input, String type) throws ExtractionException {
        if (looksBinary(raw.text())) {
            // Text or HTML only by its name is binary data like any other; a parsed PDF or DOCX is that format.
            throw new ExtractionException(input, Kind.NOT_A_DOCUMENT, CHARACTER_TYPES.contains(type) ? BINARY_DATA
                    : "not a document: binary data, not " + formatName(type));
        }
        if (raw.text().isBlank()) {
            throw new ExtractionException(input, Kind.NO_TEXT, "no text found: the " + formatName(type)
                    + " file holds only blank characters");
        }
        return raw;
    }

    private MediaType detect(byte[] bytes, Metadata metadata, String input) throws ExtractionException {
        try (TikaInputStream stream = TikaInputStream.get(bytes)) {
            return parser().getDetector().detect(stream, metadata);
        } catch (IOException e) {
            throw new ExtractionException(input, Kind.UNREADABLE, "cannot detect the format: " + rootMessage(e), e);
        }
    }

    /** Decodes text in its detected encoding, stopping at the character limit. */
    private String decodeText(byte[] bytes, Metadata metadata, String input) throws ExtractionException {
        try (AutoDetectReader reader = new AutoDetectReader(new ByteArrayInputStream(bytes), metadata)) {
            String text = readAtMost(reader, maxChars + 1L);
            if (text.length() > maxChars) {
                throw tooLong(input);
            }
            return text;
        } catch (IOException | TikaException e) {
            throw new ExtractionException(input, Kind.DAMAGED, "cannot decode the text: " + rootMessage(e), e);
        }
    }

    private RawText parse(byte[] bytes, Metadata metadata, String input, String type, List<Warning> warnings)
            throws ExtractionException {
        if (type.equals("application/pdf")) {
            return parsePdf(bytes, input, warnings);
        }
        WriteOutContentHandler text = new WriteOutContentHandler(maxChars);
        PageTextCounter pages = new PageTextCounter(text);
        try {
            parseWithin(bytes, pages, metadata, input, type);
        } catch (EncryptedDocumentException e) {
            throw new ExtractionException(input, Kind.ENCRYPTED, "encrypted " + formatName(type)
                    + ": it cannot be read without its password", e);
        } catch (TikaException | SAXException | IOException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                throw tooLong(input);
            }
            throw new ExtractionException(input, Kind.DAMAGED, "damaged or truncated " + formatName(type) + ": "
                    + rootMessage(e), e);
        } catch (RuntimeException | LinkageError e) {
            // A parser bug on a malformed file must not take the whole batch down.
            throw new ExtractionException(input, Kind.PARSER_FAILED, "the " + formatName(type) + " parser failed: "
                    + rootMessage(e), e);
        }
        String result = text.toString();
        int pageCount = Math.max(pages.pageCounts().size(), intOrZero(metadata.get(PagedText.N_PAGES)));
        warnings.addAll(pageWarnings(input, type, result, pages.pagesWithoutText(), pageCount));
        return new RawText(result, type, false, warnings);
    }

    /** A document of images only fails; a few pages of images only are a warning. */
    private static List<Warning> pageWarnings(String input, String type, String text, List<Integer> empty,
                                              int pageCount) throws ExtractionException {
        if (text.isBlank() && pageCount > 0) {
            String pagesHold = pageCount == 1 ? "its one page holds" : "its " + pageCount + " pages hold";
            throw new ExtractionException(input, Kind.NO_TEXT_LAYER, "no text layer: " + pagesHold
                    + " only images (a scanned " + formatName(type)
                    + "?); run OCR on it first, for example with ocrmypdf");
        }
        if (!empty.isEmpty()) {
            return List.of(Warning.of("pages-without-text", PageRanges.describe(empty) + " of " + pageCount
                    + (empty.size() == 1 ? " has" : " have") + " no text layer (scanned images?); their figures "
                    + "are missing unless the file is OCRed first"));
        }
        return List.of();
    }

    /** Reads a PDF by the layout of its glyphs ({@link PdfLayoutReader}), on a parse thread. */
    private RawText parsePdf(byte[] bytes, String input, List<Warning> warnings) throws ExtractionException {
        PdfLayoutReader.Result pdf;
        try {
            // made here, not once: PDFBox is optional, and a reader of text alone never loads it
            PdfLayoutReader reader = new PdfLayoutReader(this::isPageNumber, tableWords::isCodeColumn);
            pdf = within(() -> reader.read(bytes), input, "application/pdf");
        } catch (SAXException | TikaException e) {
            throw new IllegalStateException("PDFBox does not throw " + e.getClass().getSimpleName(), e);
        } catch (PasswordNeeded e) {
            throw new ExtractionException(input, Kind.ENCRYPTED, "encrypted PDF: it cannot be read without its password",
                    e);
        } catch (IOException e) {
            throw new ExtractionException(input, Kind.DAMAGED, "damaged or truncated PDF: " + rootMessage(e), e);
        } catch (RuntimeException | LinkageError e) {
            throw new ExtractionException(input, Kind.PARSER_FAILED, "the PDF parser failed: " + rootMessage(e), e);
        }
        if (pdf.text().length() > maxChars) {
            throw tooLong(input);
        }
        List<Integer> empty = new ArrayList<>();
        for (int p = 0; p < pdf.pageChars().size(); p++) {
            if (pdf.pageChars().get(p) == 0) {
                empty.add(p + 1);
            }
        }
        List<Warning> all = new ArrayList<>(warnings);
        all.addAll(pageWarnings(input, "application/pdf", pdf.text(), empty, pdf.pageChars().size()));
        all.addAll(pdf.warnings());
        return new RawText(pdf.text(), "application/pdf", false, all, pdf.unread());
    }

    /** Parses with Tika, within the parse time ({@link #within}). */
    private void parseWithin(byte[] bytes, ContentHandler pages, Metadata metadata, String input, String type)
            throws IOException, SAXException, TikaException, ExtractionException {
        within(() -> {
            try (InputStream stream = TikaInputStream.get(bytes)) {
                ContentHandler body = type.equals(DOCX)
                        ? new DocxTables(pages, DocxTableSpans.of(bytes), tableWords::isCodeColumn) : pages;
                parser().parse(stream, new BodyContentHandler(body), metadata, new ParseContext());
            }
            return null;
        }, input, type);
    }

    /**
     * Runs {@code parse} on a parse thread and waits at most {@link #parseTimeout}: PDFBox and POI
     * do not answer interrupts, so a parser caught in a loop is cancelled and left to run out on
     * its thread while the caller (and the rest of a batch) goes on with a clear error. The
     * threads are bounded ({@link ParseExecutor}): stuck parses never pile up beyond them.
     */
    private <T> T within(Callable<T> parse, String input, String type)
            throws IOException, SAXException, TikaException, ExtractionException {
        try {
            return parses.run(parse, parseTimeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExtractionException(input, Kind.INTERRUPTED, "interrupted while parsing", e);
        } catch (ParseExecutor.TimedOut e) {
            String limit = parseTimeout.toMillis() % 1000 == 0 ? parseTimeout.toSeconds() + " s"
                    : parseTimeout.toMillis() + " ms";
            throw switch (e.overrun()) {
                case RAN_TOO_LONG -> new ExtractionException(input, Kind.TIMED_OUT, "parsing took longer than "
                        + limit + " (a damaged " + formatName(type) + " can make its parser loop); it was abandoned");
                case NO_THREAD_FREE -> new ExtractionException(input, Kind.PARSERS_BUSY, "not parsed: all "
                        + PARSE_THREADS + " parse threads are held by earlier parses that overran their time");
            };
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            } else if (cause instanceof SAXException sax) {
                throw sax;
            } else if (cause instanceof TikaException tika) {
                throw tika;
            } else if (cause instanceof RuntimeException runtime) {
                throw runtime;
            } else if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    private boolean isPageNumber(String line) {
        String stripped = line.strip();
        return pageNumbers.stream().anyMatch(p -> p.matcher(stripped).matches());
    }

    /** How many parses of this reader overran their time and were cancelled. */
    public int abandonedParses() {
        return parses.abandoned();
    }

    private ExtractionException tooLong(String input) {
        return new ExtractionException(input, Kind.TOO_MUCH_TEXT,
                "text too long: over the limit of " + maxChars + " characters");
    }

    /** A format no parser on the class path reads: one of ours whose parser module is missing, or another. */
    private static ExtractionException unsupported(String input, String type) {
        if (type.equals("application/pdf")) {
            return new ExtractionException(input, Kind.NO_PARSER,
                    "cannot read PDF: no PDF parser on the class path (add tika-parser-pdf-module)");
        }
        if (FORMAT_NAMES.containsKey(type)) {
            return new ExtractionException(input, Kind.NO_PARSER, "cannot read " + formatName(type)
                    + ": no parser for it on the class path (add tika-parser-microsoft-module)");
        }
        return new ExtractionException(input, Kind.UNSUPPORTED_FORMAT,
                "not a report: " + type + " is not a format govreport reads");
    }

    private AutoDetectParser parser() {
        AutoDetectParser local = parser;
        if (local == null) {
            synchronized (this) {
                local = parser;
                if (local == null) {
                    local = new AutoDetectParser();
                    parser = local;
                }
            }
        }
        return local;
    }

    /** True once Tika's parser has been built; plain text alone never builds it. */
    boolean parserBuilt() {
        return parser != null;
    }

    /** The media type a file name promises, or null for an extension we do not know. */
    private static String typeOfName(String name) {
        return EXTENSION_TYPES.get(extension(name));
    }

    private static String extension(String name) {
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        int dot = base.lastIndexOf('.');
        return dot < 0 ? "" : base.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String formatName(String type) {
        return FORMAT_NAMES.getOrDefault(type, type);
    }

    private static boolean looksBinary(String text) {
        if (text.isEmpty()) {
            return false;
        }
        long garbage = text.chars().filter(c -> c == '\uFFFD' || (c < 0x20 && c != '\n' && c != '\r' && c != '\t'
                && c != '\f')).count();
        return garbage > MAX_GARBAGE_SHARE * text.length();
    }

    private static String readAtMost(Reader reader, long limit) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        int n;
        while (text.length() < limit && (n = reader.read(buffer)) != -1) {
            text.append(buffer, 0, n);
        }
        return text.toString();
    }

    private static int intOrZero(String value) {
        try {
            return value == null ? 0 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        // One line, without the trailing full stop that would sit oddly inside our own sentence.
        return message == null || message.isBlank() ? root.getClass().getSimpleName()
                : message.strip().replaceAll("\\s*\\R\\s*", " ").replaceAll("\\.$", "");
    }
}
