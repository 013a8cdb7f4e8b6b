package io.github.govreport.extract.internal.fact;

/**
 * Where the clause holding a position starts. Each stage cuts clauses at the marks that end what
 * it reads (a kind cue holds across a colon, an indicator does not), and looks back a bounded
 * window, so that an endless "sentence" (a flattened table) costs linear time.
 */
final class Clauses {

    private Clauses() {
    }

    /** After the last of {@code marks} before {@code at}, or {@code at - window} when none is nearer. */
    static int start(String s, int at, int window, String marks) {
        int floor = Math.max(0, at - window);
        for (int k = at - 1; k >= floor; k--) {
            if (marks.indexOf(s.charAt(k)) >= 0) {
                return k + 1;
            }
        }
        return floor;
    }
}
