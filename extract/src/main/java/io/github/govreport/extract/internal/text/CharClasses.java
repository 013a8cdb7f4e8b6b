package io.github.govreport.extract.internal.text;

/**
 * The classes of characters that more than one stage tests, defined once: Han and CJK
 * characters, the marks that open a list item, and the punctuation at which each stage ends a
 * clause. The clause sets differ on purpose, and each name says what its stage reads: a kind cue
 * holds across a colon, a name does not; 、 joins a list that shares its verb and ends no clause.
 */
public final class CharClasses {

    /** The marks that open a list item at the start of a line: - • ● · ▪ ■ ◆ ○ ★. */
    public static final String BULLETS = "-•●·▪■◆○★";
    /** What makes a sentence's line an item of a list: a bullet, or a dash (—— 新增就业…). */
    public static final String LIST_ITEM_MARKS = BULLETS + "—";
    /**
     * What opens a line that layout repair never joins to the line above: a bullet, a dash, a
     * reference mark (※) or a box (◎, □), which start notes and check-list items.
     */
    public static final String LINE_OPENERS = BULLETS + "※—◎□";

    /** Where a kind cue's reach ends: commas, semicolons and the full stop; a colon only introduces what the cue announces. */
    public static final String KIND_CLAUSE_ENDS = "，；。,;";
    /** Where a multi-year word's reach ends: the kind's clause ends and colons. */
    public static final String PERIOD_CLAUSE_ENDS = KIND_CLAUSE_ENDS + "：:";
    /** Where a measure cue's reach ends: the period's clause ends and the full-width ！？. */
    public static final String MEASURE_CLAUSE_ENDS = PERIOD_CLAUSE_ENDS + "！？";
    /** Where an indicator's name ends: the measure's clause ends, the half-width !? and line and cell breaks. */
    public static final String NAME_CLAUSE_ENDS = MEASURE_CLAUSE_ENDS + "!?\n\t";
    /** Marks that prose has and a short heading does not: the measure's clause ends, 、 and the half-width !?. */
    public static final String HEADING_EXCLUDED_MARKS = MEASURE_CLAUSE_ENDS + "、!?";
    /**
     * Marks that prose has and a space-aligned table row does not: commas, semicolons, the full
     * stop and the full-width colon. The half-width colon is not one (a cell may hold 1:1.2).
     */
    public static final String ROW_EXCLUDED_MARKS = KIND_CLAUSE_ENDS + "：";

    private CharClasses() {
    }

    /** A Han character (汉字), by Unicode script; a lone surrogate is none. */
    public static boolean isHan(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** A Han character, CJK punctuation (U+3000–U+303F) or a full-width form (U+FF01–U+FF5E). */
    public static boolean isCjk(int c) {
        return isHan(c) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF5E);
    }

    /** 0 to 9 of ASCII; a full-width ０ is not one. */
    public static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** A Latin letter or digit of ASCII: where a line break between two of them was a space. */
    public static boolean isAsciiLetterOrDigit(int c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    /** A space as words and cells are separated by: ASCII or ideographic (U+3000). */
    public static boolean isSpace(int c) {
        return c == ' ' || c == '\u3000';
    }
}
