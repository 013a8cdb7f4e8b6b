package io.github.govreport.corpus;

import io.github.govreport.core.Document;
import io.github.govreport.extract.ExtractionException;
import io.github.govreport.extract.ReportExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The format fixtures of the test-fixtures module (seeds 000 and 003 as TXT, GB18030 TXT, HTML,
 * DOCX, DOC and PDF, made once with LibreOffice by {@code test-fixtures/src/fixtures/generate.py}),
 * read and extracted once per test run: PDF and Office parsing costs seconds, and several tests
 * look at the same documents.
 */
final class FormatFixtures {

    static final String DIRECTORY = "/io/github/govreport/testing/fixtures/";
    static final List<String> FIXTURES = List.of("f000", "f003");
    /** The reference format first. */
    static final List<String> FORMATS = List.of("txt", "gb18030.txt", "html", "docx", "doc", "pdf");

    private static final ReportExtractor EXTRACTOR = ReportExtractor.create();
    private static final Map<String, Document> DOCUMENTS = new ConcurrentHashMap<>();

    private FormatFixtures() {
    }

    static String fileName(String fixture, String format) {
        return fixture + "." + format;
    }

    /** The fixture file's bytes. */
    static byte[] bytes(String fixture, String format) {
        String path = DIRECTORY + fileName(fixture, format);
        try (InputStream in = FormatFixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is not on the test class path (test-fixtures module)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture extracted (once per run). */
    static Document document(String fixture, String format) {
        return DOCUMENTS.computeIfAbsent(fileName(fixture, format), name -> {
            try (InputStream in = FormatFixtures.class.getResourceAsStream(DIRECTORY + name)) {
                if (in == null) {
                    throw new IllegalStateException(DIRECTORY + name + " is not on the test class path");
                }
                return EXTRACTOR.extract(in, name);
            } catch (IOException | ExtractionException e) {
                throw new IllegalStateException("cannot extract " + name + ": " + e.getMessage(), e);
            }
        });
    }
}
