package io.github.govreport.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;

/**
 * A Tika parser for tests that does what its file tells it, for the failures that no real file
 * causes on demand: a parser missing one of its classes, a parser that never ends. Registered in
 * the test resources (META-INF/services and custom-mimetypes.xml) for files that start with
 * {@link #MAGIC}; no real document does.
 */
public final class ScriptedParser implements Parser {

    static final String MAGIC = "GOVREPORT-SCRIPTED-PARSER ";
    static final String TYPE = "application/x-govreport-scripted";

    /** Parses told to hang wait for this, whatever interrupts them, as PDFBox caught in a loop would. */
    static volatile CountDownLatch hangUntil = new CountDownLatch(0);

    /** A file that makes this parser do {@code command}: {@code linkage-error} or {@code hang}. */
    static byte[] file(String command) {
        return (MAGIC + command).getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
        return Set.of(MediaType.parse(TYPE));
    }

    @Override
    public void parse(InputStream stream, org.xml.sax.ContentHandler handler, Metadata metadata,
                      ParseContext context) throws IOException {
        String command = new String(stream.readAllBytes(), StandardCharsets.US_ASCII).substring(MAGIC.length());
        switch (command) {
            // what a parser whose jar lacks a class throws; Tika passes errors through unwrapped
            case "linkage-error" -> throw new NoClassDefFoundError("org/example/MissingClass");
            case "hang" -> awaitIgnoringInterrupts(hangUntil);
            default -> throw new IllegalArgumentException("unknown command: " + command);
        }
    }

    private static void awaitIgnoringInterrupts(CountDownLatch latch) {
        while (latch.getCount() > 0) {
            try {
                latch.await();
            } catch (InterruptedException ignored) {
                // the parsers we stand in for do not stop when interrupted either
            }
        }
    }
}
