package io.github.govreport.extract;

/**
 * A report that cannot be read at all: missing, empty, too large, not a document, damaged or
 * truncated, encrypted, a scan without a text layer, text over the character limit, or a format
 * with no parser on the class path. The message is one line for a person: it names the input and
 * the reason, and never needs a stack trace to be understood.
 */
public class ExtractionException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String input;
    private final String reason;

    public ExtractionException(String input, String reason) {
        this(input, reason, null);
    }

    public ExtractionException(String input, String reason, Throwable cause) {
        super(input + ": " + reason, cause);
        this.input = input;
        this.reason = reason;
    }

    /** The path or name of the input as the caller gave it. */
    public String input() {
        return input;
    }

    /** Why it could not be read, without the input's name. */
    public String reason() {
        return reason;
    }
}
