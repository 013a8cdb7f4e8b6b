package io.github.govreport.extract.internal.text;

/** Joining the lines of one table cell's text, in every format's tables. */
public final class CellText {

    private CellText() {
    }

    /**
     * Appends {@code more} to a cell: Chinese text runs on (a wrapped label, a header of two
     * lines), Latin words and numbers keep a space between them.
     */
    public static void append(StringBuilder cell, String more) {
        if (!cell.isEmpty() && !more.isEmpty() && CharClasses.isAsciiLetterOrDigit(cell.charAt(cell.length() - 1))
                && CharClasses.isAsciiLetterOrDigit(more.charAt(0))) {
            cell.append(' ');
        }
        cell.append(more);
    }

}
