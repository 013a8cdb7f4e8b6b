package io.github.govreport.extract.internal.io;

import io.github.govreport.core.Span;
import io.github.govreport.core.Warning;
import java.util.List;

/**
 * The text of a document as read, before normalisation.
 *
 * @param text      the characters
 * @param mediaType the detected media type, without parameters
 * @param textBased true when {@code text} is the source's own characters (TXT, Markdown), so
 *                  that offsets into it are offsets into the source; false for PDF, DOCX, HTML
 * @param warnings  what was odd about the file while reading it (pages without text, a file
 *                  named as another format)
 * @param unread    code point ranges of {@code text} whose numbers are not facts: a PDF table
 *                  whose cells could not be told apart (its text is kept, its numbers may run
 *                  across cells)
 */
public record RawText(String text, String mediaType, boolean textBased, List<Warning> warnings, List<Span> unread) {

    public RawText {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        unread = unread == null ? List.of() : List.copyOf(unread);
    }

    /** Text read with everything in it readable. */
    public RawText(String text, String mediaType, boolean textBased, List<Warning> warnings) {
        this(text, mediaType, textBased, warnings, List.of());
    }

    /** Text read without anything odd about it. */
    public RawText(String text, String mediaType, boolean textBased) {
        this(text, mediaType, textBased, List.of());
    }
}
