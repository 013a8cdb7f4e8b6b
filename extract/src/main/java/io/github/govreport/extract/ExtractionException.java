package io.github.govreport.extract;

import java.util.Objects;

/**
 * A report that cannot be read at all: missing, empty, too large, not a document, damaged or
 * truncated, encrypted, a scan without a text layer, text over the character limit, or a format
 * with no parser on the class path. The message is one line for a person: it names the input and
 * the reason, and never needs a stack trace to be understood.
 *
 * <p>{@link #kind()} says the same for a program, so that a caller can act on it without parsing
 * the message: skip a scan and queue it for OCR ({@link Kind#NO_TEXT_LAYER}), add a parser module
 * ({@link Kind#NO_PARSER}), retry later ({@link Kind#PARSERS_BUSY}), or report a damaged file.
 */
public class ExtractionException extends Exception {

    /** Why an input could not be read. Each failure has exactly one kind. */
    public enum Kind {
        /** The file does not exist. */
        NOT_FOUND,
        /** Reading the bytes failed: an I/O error, a file without read permission, a stream that broke. */
        UNREADABLE,
        /** More bytes than {@link ReportExtractor.Builder#maxInputBytes(long)} allows; refused before parsing. */
        TOO_LARGE,
        /** A file or stream of zero bytes. */
        EMPTY,
        /** A directory, or binary data of no format we know, whatever its name says. */
        NOT_A_DOCUMENT,
        /** A format we recognise but do not read: an image, an archive, a spreadsheet. */
        UNSUPPORTED_FORMAT,
        /** A PDF or Word file whose Tika parser module is not on the class path (the message names it). */
        NO_PARSER,
        /** A document that needs a password to be opened. */
        ENCRYPTED,
        /**
         * A damaged or truncated file (its parser gave up on it; Tika reports a parser's exceptions
         * so), or text in no encoding that can be detected.
         */
        DAMAGED,
        /**
         * The parser broke in a way Tika does not report as a parse error: a class missing from a
         * parser's jar (a {@link LinkageError}) or a bug.
         */
        PARSER_FAILED,
        /** The text holds only blank characters. */
        NO_TEXT,
        /** A PDF or Word file whose pages are only images (a scan): it needs OCR first. */
        NO_TEXT_LAYER,
        /** More characters of text than {@link ReportExtractor.Builder#maxChars(int)} allows. */
        TOO_MUCH_TEXT,
        /**
         * Parsing took longer than {@link ReportExtractor.Builder#parseTimeout(java.time.Duration)}
         * and was abandoned.
         */
        TIMED_OUT,
        /**
         * Not parsed at all: every parse thread is held by an earlier parse that overran its time.
         * The file itself may be fine; it may be read once those parses end.
         */
        PARSERS_BUSY,
        /** The calling thread was interrupted while it waited for the parse. */
        INTERRUPTED
    }

    private static final long serialVersionUID = 2L;

    private final String input;
    private final Kind kind;
    private final String reason;

    public ExtractionException(String input, Kind kind, String reason) {
        this(input, kind, reason, null);
    }

    public ExtractionException(String input, Kind kind, String reason, Throwable cause) {
        super(input + ": " + reason, cause);
        this.input = input;
        this.kind = Objects.requireNonNull(kind, "kind must not be null");
        this.reason = reason;
    }

    /** The path or name of the input as the caller gave it. */
    public String input() {
        return input;
    }

    /** Why it could not be read, as a value for a program to act on. */
    public Kind kind() {
        return kind;
    }

    /** Why it could not be read, in words for a person, without the input's name. */
    public String reason() {
        return reason;
    }
}
