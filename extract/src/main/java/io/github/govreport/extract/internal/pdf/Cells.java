package io.github.govreport.extract.internal.pdf;

/** Joining the pieces of one cell's text. */
final class Cells {

    private Cells() {
    }

    /**
     * Appends {@code more} to a cell: Chinese text runs on (a wrapped label, a header of two
     * lines), Latin words and numbers keep a space between them.
     */
    static void append(StringBuilder cell, String more) {
        if (!cell.isEmpty() && !more.isEmpty() && isLatin(cell.charAt(cell.length() - 1)) && isLatin(more.charAt(0))) {
            cell.append(' ');
        }
        cell.append(more);
    }

    private static boolean isLatin(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }
}
