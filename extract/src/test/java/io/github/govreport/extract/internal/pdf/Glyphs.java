package io.github.govreport.extract.internal.pdf;

import java.util.ArrayList;
import java.util.List;

/** Glyphs laid out as a PDF would place them: Han characters one font size wide, digits half. */
final class Glyphs {

    static final float EM = 10f;

    private final List<Glyph> glyphs = new ArrayList<>();

    /** Writes {@code text} starting at {@code x} on baseline {@code y}; returns the right edge. */
    float at(float x, float y, String text) {
        float pen = x;
        for (int i = 0; i < text.length(); i++) {
            float width = width(text.charAt(i));
            glyphs.add(new Glyph(String.valueOf(text.charAt(i)), pen, y, width, EM));
            pen += width;
        }
        return pen;
    }

    /** Writes {@code text} so that it ends at {@code right} (a right-aligned number). */
    void rightAligned(float right, float y, String text) {
        float width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += width(text.charAt(i));
        }
        at(right - width, y, text);
    }

    private static float width(char c) {
        return c < 0x80 ? (c == '.' || c == ',' ? 0.25f : 0.5f) * EM : EM;
    }

    List<Glyph> all() {
        return List.copyOf(glyphs);
    }

    List<TextLine> lines() {
        return LineBuilder.lines(all());
    }
}
