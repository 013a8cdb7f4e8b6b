package io.github.govreport.core;

import org.jspecify.annotations.Nullable;

/**
 * Something odd about a document that did not stop its extraction.
 *
 * @param code    a stable, machine-readable code such as {@code no-text} or {@code no-facts}
 * @param message what happened, for a person
 * @param span    where in the normalised text, or null when it concerns the whole document
 */
public record Warning(String code, String message, @Nullable Span span) {

    public Warning {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("warning code must not be blank");
        }
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("warning message must not be blank");
        }
    }

    public static Warning of(String code, String message) {
        return new Warning(code, message, null);
    }
}
