package io.github.govreport.core;

import org.jspecify.annotations.Nullable;

import java.util.Objects;

/**
 * A footnote: the place of its marker in the running text and its own text, usually at the end
 * of the document.
 *
 * @param id     unique within the document: n1, n2, …
 * @param label  the label as written before the footnote text ([1], ①, or the bracket the
 *               extraction left when the superscript number was lost), or null
 * @param marker where the marker was in the normalised text; empty when the marker was removed
 *               from the text (a lost superscript such as {@code [⏎]}), or null when no marker
 *               was found for this footnote
 * @param text   the footnote text in the normalised text, without its label
 */
public record Footnote(String id, String label, @Nullable Span marker, Span text) {

    public Footnote {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("footnote id must not be blank");
        }
        Objects.requireNonNull(text, "footnote text span must not be null");
    }
}
