package io.github.govreport.cli;

import io.github.govreport.core.Document;
import java.io.IOException;

/**
 * Writes the extracted documents in one output format.
 *
 * <p>Called as {@code start}, {@code write} once per document, {@code finish}. Each document is
 * rendered completely before its first byte is written, so a document that fails to render leaves
 * nothing behind; each {@code write} ends with a flush, so a reader downstream sees whole
 * documents as they are done. The underlying stream is never closed: it belongs to the caller.
 */
interface FactWriter {

    default void start() throws IOException {
    }

    void write(Document document) throws IOException;

    default void finish() throws IOException {
    }
}
