package io.github.govreport.extract.internal.io;

import java.nio.charset.StandardCharsets;

/**
 * Looks at the first bytes of a file for what its name cannot tell.
 *
 * <p>Whether a file named as text really is plain text, so that the common case (a .txt or .md
 * report) is decoded without building Tika's parser and detector, which cost most of a second.
 * Anything that might be another format — a magic number, a tag, control bytes — is left to Tika's
 * detection, so a PDF or DOCX named .txt is still read as such.
 *
 * <p>Whether a file named .pdf, .docx or .doc carries that format's signature at all, since Tika
 * trusts the name when the content matches nothing it knows.
 */
final class FormatSniffer {

    /** How far into the file to look: enough for the magic numbers and a fair sample of text. */
    private static final int SAMPLE = 8192;
    /** A PDF may have junk before its header, as long as the header is within the first 1 KB. */
    private static final int PDF_HEADER_WINDOW = 1024;
    /** DOCX is a zip file: a local file header first. */
    private static final int[] ZIP_SIGNATURE = {'P', 'K', 0x03, 0x04};
    /** DOC is an OLE2 compound file. */
    private static final int[] OLE2_SIGNATURE = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};

    private FormatSniffer() {
    }

    /** True when {@code bytes} can only be plain text (or binary junk that decoding will reveal). */
    static boolean isPlainText(byte[] bytes) {
        if (startsWith(bytes, 0, 0xEF, 0xBB, 0xBF) || startsWith(bytes, 0, 0xFE, 0xFF)
                || startsWith(bytes, 0, 0xFF, 0xFE)) {
            // A byte-order mark: text in UTF-8 or UTF-16, whatever follows.
            return true;
        }
        int length = Math.min(bytes.length, SAMPLE);
        if (contains(bytes, Math.min(bytes.length, PDF_HEADER_WINDOW), "%PDF-")) {
            return false;
        }
        int first = firstNonBlank(bytes, length);
        if ((first < length && bytes[first] == '<') || (first < length && bytes[first] == '{')) {
            // HTML, XML or RTF named as text: Tika tells them apart.
            return false;
        }
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xFF;
            // Control bytes other than tab, line breaks, form feed and escape: a binary format
            // (zip, OLE2, images) or text in UTF-16 without a mark; either way, Tika decides.
            if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) || b == 0x7F) {
                return false;
            }
        }
        return true;
    }

    /**
     * False when {@code type} is PDF, DOCX or DOC and {@code bytes} lack that format's signature:
     * then only the file name said so (random bytes named .pdf), and the content must decide. A
     * damaged file of the format keeps its signature, so it is still read, and fails, as that format.
     */
    static boolean mayBe(String type, byte[] bytes) {
        return switch (type) {
            case "application/pdf" -> contains(bytes, Math.min(bytes.length, PDF_HEADER_WINDOW), "%PDF-");
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" ->
                    startsWith(bytes, 0, ZIP_SIGNATURE);
            case "application/msword" -> startsWith(bytes, 0, OLE2_SIGNATURE);
            default -> true;
        };
    }

    private static int firstNonBlank(byte[] bytes, int length) {
        int i = 0;
        while (i < length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\n' || bytes[i] == '\r')) {
            i++;
        }
        return i;
    }

    private static boolean startsWith(byte[] bytes, int offset, int... prefix) {
        if (bytes.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[offset + i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(byte[] bytes, int length, String ascii) {
        byte[] needle = ascii.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + needle.length <= length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
