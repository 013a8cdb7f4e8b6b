package io.github.govreport.extract.internal.pdf;

/**
 * A straight line a page draws: a table's ruling. Coordinates in points, as glyphs have them
 * (y growing down the page).
 *
 * @param at   where it stands: y of a horizontal ruling, x of a vertical one
 * @param from where it starts along its length
 * @param to   where it ends ({@code from <= to})
 */
record Ruling(float at, float from, float to) {

    /** Whether it runs through {@code position} along its length, give or take {@code slack}. */
    boolean covers(float position, float slack) {
        return position >= from - slack && position <= to + slack;
    }

    float length() {
        return to - from;
    }
}
