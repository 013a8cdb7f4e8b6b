package io.github.govreport.cli;

import io.github.govreport.core.Document;
import io.github.govreport.extract.ExtractionException;
import io.github.govreport.extract.ReportExtractor;
import java.io.InputStream;

/**
 * Reads one input into a document, or says in one line why it could not, with the same reasons as
 * {@code extract}: a failed input costs that input only, whatever went wrong.
 */
final class InputReader {

    /** What reading one input gave. */
    sealed interface Outcome {
        /** The input was read. */
        record Read(Document document) implements Outcome {
        }

        /** The input gave no document: {@code reason} is the one-line message; {@code cause} is for --debug. */
        record Failed(String reason, Throwable cause) implements Outcome {
        }
    }

    private final ReportExtractor extractor;
    private final InputStream stdin;

    InputReader(ReportExtractor extractor, InputStream stdin) {
        this.extractor = extractor;
        this.stdin = stdin;
    }

    Outcome read(Input input) {
        try {
            if (input instanceof Input.Unreadable unreadable) {
                return new Outcome.Failed(unreadable.reason(), null);
            }
            if (input instanceof Input.File file) {
                return new Outcome.Read(extractor.extract(file.path()));
            }
            return new Outcome.Read(extractor.extract(stdin, ExtractCommand.STDIN_NAME));
        } catch (ExtractionException e) {
            return new Outcome.Failed(e.reason(), e);
        } catch (RuntimeException | LinkageError e) {
            // A bug, or a parser whose classes are missing, costs this input only; the others may still be read.
            return new Outcome.Failed("internal error: " + Messages.describe(e), e);
        } catch (OutOfMemoryError e) {
            // What this input allocated is garbage once we are here, so the next input has the memory again.
            return new Outcome.Failed(Messages.OUT_OF_MEMORY, e);
        }
    }
}
