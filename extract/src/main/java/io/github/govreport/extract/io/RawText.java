package io.github.govreport.extract.io;

/**
 * The text of a document as read, before normalisation.
 *
 * @param text      the characters
 * @param mediaType the detected media type, without parameters
 * @param textBased true when {@code text} is the source's own characters (TXT, Markdown), so
 *                  that offsets into it are offsets into the source; false for PDF, DOCX, HTML
 */
public record RawText(String text, String mediaType, boolean textBased) {
}
