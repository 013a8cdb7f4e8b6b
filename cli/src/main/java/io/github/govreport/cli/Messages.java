package io.github.govreport.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Turns exceptions into the one-line reasons printed on standard error. */
final class Messages {

    /** The reason given when reading one input ran out of memory. */
    static final String OUT_OF_MEMORY = "out of memory while reading it; give Java more (java -Xmx2g) "
            + "or lower --max-size and --max-chars";

    private Messages() {
    }

    /**
     * The reason of a file-system error without the path, which the caller prints already (the
     * JDK's messages for these exceptions are often the bare path).
     */
    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof FileSystemLoopException) {
            return "symbolic link loop";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return describe((Throwable) e);
    }

    /** The exception's message on one line, or its type when it has none. */
    static String describe(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        // A multi-line message would break the one-line-per-problem contract of stderr.
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
