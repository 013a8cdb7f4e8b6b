package io.github.govreport.extract.internal.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Glyphs of one line that follow each other without a gap: a word of Latin text, a number, a run
 * of Han characters, or the whole text of a table cell.
 *
 * @param glyphs its glyphs, left to right (never empty)
 */
record Word(List<Glyph> glyphs) {

    Word {
        glyphs = List.copyOf(glyphs);
        if (glyphs.isEmpty()) {
            throw new IllegalArgumentException("a word has glyphs");
        }
    }

    String text() {
        StringBuilder text = new StringBuilder();
        glyphs.forEach(glyph -> text.append(glyph.text()));
        return text.toString();
    }

    float x0() {
        return glyphs.get(0).x();
    }

    float x1() {
        float x1 = -Float.MAX_VALUE;
        for (Glyph glyph : glyphs) {
            x1 = Math.max(x1, glyph.right());
        }
        return x1;
    }

    /** The largest font size among its glyphs. */
    float em() {
        float em = 0;
        for (Glyph glyph : glyphs) {
            em = Math.max(em, glyph.em());
        }
        return em;
    }

    float center() {
        return (x0() + x1()) / 2;
    }

    /** This word and {@code next} as one (two words of one cell). */
    Word followedBy(Word next) {
        List<Glyph> all = new ArrayList<>(glyphs);
        all.addAll(next.glyphs);
        return new Word(all);
    }

    /**
     * The word cut where a gap between two of its glyphs meets one of the {@code bands} (x0, x1
     * pairs): 1,493,924.601,440,224.60 in a column as wide as its numbers, with the next column's
     * number 1 pt after it, is two numbers.
     */
    List<Word> cutAt(List<float[]> bands) {
        List<Word> parts = new ArrayList<>();
        List<Glyph> part = new ArrayList<>();
        for (Glyph glyph : glyphs) {
            if (!part.isEmpty() && inBand(part.get(part.size() - 1).right(), glyph.x(), bands)) {
                parts.add(new Word(part));
                part = new ArrayList<>();
            }
            part.add(glyph);
        }
        parts.add(new Word(part));
        return parts;
    }

    /** Whether the gap between two glyphs overlaps one of the bands: 类 款 项 over three narrow columns. */
    private static boolean inBand(float gapX0, float gapX1, List<float[]> bands) {
        for (float[] band : bands) {
            if (gapX1 - gapX0 >= MIN_GAP && Math.min(gapX1, band[1]) - Math.max(gapX0, band[0]) > 0) {
                return true;
            }
        }
        return false;
    }

    /** Glyphs closer than this (points) touch: no gap lies between them. */
    private static final float MIN_GAP = 0.3f;

}
