package io.github.govreport.extract.io;

import io.github.govreport.extract.ExtractionException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Set;
import org.apache.tika.detect.AutoDetectReader;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads the text of a report with Apache Tika: detects the format from content and file name,
 * decodes plain text in its detected encoding (UTF-8, UTF-16, GB18030/GBK), and parses PDF,
 * DOCX, DOC and HTML with whichever Tika parser modules are on the class path.
 *
 * <p>Tika's parser is built on first use, since it costs most of a second and plain text input
 * never needs it. Thread-safe.
 */
public final class DocumentReader {

    /** Plain-text types decoded directly, so that offsets stay offsets into the source. */
    private static final Set<String> TEXT_TYPES = Set.of("text/plain", "text/markdown", "text/x-web-markdown");

    /** Above this share of replacement or control characters, "text" is really binary data. */
    private static final double MAX_GARBAGE_SHARE = 0.02;

    private volatile AutoDetectParser parser;

    /**
     * Reads {@code bytes}, named {@code name} (used for detection), reported as {@code input}.
     *
     * @throws ExtractionException when the input is empty, binary, encrypted, unparseable or holds no text
     */
    public RawText read(byte[] bytes, String input, String name) throws ExtractionException {
        if (bytes.length == 0) {
            throw new ExtractionException(input, "empty file");
        }
        Metadata metadata = new Metadata();
        // Without the name, a GB18030 text is detected as application/octet-stream and yields nothing.
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        MediaType type = detect(bytes, metadata, input);
        String baseType = type.getBaseType().toString();

        RawText raw;
        if (TEXT_TYPES.contains(baseType) || isTextFileName(name) && baseType.equals("application/octet-stream")) {
            raw = new RawText(decodeText(bytes, metadata, input), TEXT_TYPES.contains(baseType) ? baseType
                    : "text/plain", true);
        } else if (baseType.equals("application/octet-stream")) {
            throw new ExtractionException(input, "not a document (binary data of unknown type)");
        } else {
            raw = new RawText(parse(bytes, metadata, input, baseType), baseType, false);
        }
        if (looksBinary(raw.text())) {
            throw new ExtractionException(input, "not a text document (binary content, detected " + baseType + ")");
        }
        if (raw.text().isBlank()) {
            throw new ExtractionException(input, "no text found (detected " + baseType + "; "
                    + (raw.textBased() ? "the file holds only blank characters"
                    : "a scanned document needs OCR first, or no parser for this format is on the class path")
                    + ")");
        }
        return raw;
    }

    private MediaType detect(byte[] bytes, Metadata metadata, String input) throws ExtractionException {
        try (TikaInputStream stream = TikaInputStream.get(bytes)) {
            return parser().getDetector().detect(stream, metadata);
        } catch (IOException e) {
            throw new ExtractionException(input, "cannot detect the format: " + e.getMessage(), e);
        }
    }

    private static String decodeText(byte[] bytes, Metadata metadata, String input) throws ExtractionException {
        try (AutoDetectReader reader = new AutoDetectReader(new ByteArrayInputStream(bytes), metadata)) {
            return readAll(reader);
        } catch (IOException | TikaException e) {
            throw new ExtractionException(input, "cannot decode the text: " + e.getMessage(), e);
        }
    }

    private String parse(byte[] bytes, Metadata metadata, String input, String type) throws ExtractionException {
        BodyContentHandler handler = new BodyContentHandler(-1);
        try (InputStream stream = TikaInputStream.get(bytes)) {
            parser().parse(stream, handler, metadata, new ParseContext());
            return handler.toString();
        } catch (EncryptedDocumentException e) {
            throw new ExtractionException(input, "the document is encrypted (" + type + ")", e);
        } catch (WriteLimitReachedException e) {
            throw new ExtractionException(input, "the document's text is too long", e);
        } catch (TikaException | SAXException | IOException e) {
            throw new ExtractionException(input, "cannot parse " + type + ": " + rootMessage(e), e);
        } catch (RuntimeException | LinkageError e) {
            // A parser bug on a malformed file must not take the whole batch down.
            throw new ExtractionException(input, "the " + type + " parser failed: " + rootMessage(e), e);
        }
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

    private static boolean isTextFileName(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".txt") || lower.endsWith(".md") || lower.endsWith(".markdown");
    }

    private static boolean looksBinary(String text) {
        if (text.isEmpty()) {
            return false;
        }
        long garbage = text.chars().filter(c -> c == '\uFFFD' || c < 0x20 && c != '\n' && c != '\r' && c != '\t'
                && c != '\f').count();
        return garbage > MAX_GARBAGE_SHARE * text.length();
    }

    private static String readAll(Reader reader) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        int n;
        while ((n = reader.read(buffer)) != -1) {
            text.append(buffer, 0, n);
        }
        return text.toString();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message;
    }
}
