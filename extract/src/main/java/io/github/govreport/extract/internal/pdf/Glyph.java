package io.github.govreport.extract.internal.pdf;

/**
 * One character as a PDF page places it, in points, with y growing down the page.
 *
 * @param text  the character (a ligature may give more than one)
 * @param x     left edge
 * @param y     baseline
 * @param width advance width
 * @param em    font size: the width of a Han character, the unit every gap is measured in
 */
record Glyph(String text, float x, float y, float width, float em) {

    float right() {
        return x + width;
    }

    boolean isSpace() {
        return text.isBlank();
    }
}
