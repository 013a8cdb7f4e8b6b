package io.github.govreport.core.json;

/** A JSON text that is not a valid {@code facts/2} line or {@code document/3} object; the message says why. */
public class JsonFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public JsonFormatException(String message) {
        super(message);
    }

    public JsonFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
