package io.github.govreport.extract.internal.normalize;

/**
 * Converts UTF-16 indices of one text into code-point offsets, the offsets of the model. Texts
 * without supplementary characters (nearly all reports) need no table.
 */
public final class CodePointIndex {

    private final int[] codePointAt;

    private CodePointIndex(int[] codePointAt) {
        this.codePointAt = codePointAt;
    }

    public static CodePointIndex of(String text) {
        if (text.codePointCount(0, text.length()) == text.length()) {
            return new CodePointIndex(null);
        }
        int[] table = new int[text.length() + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i++) {
            table[i] = cp;
            if (!Character.isLowSurrogate(text.charAt(i)) || i == 0 || !Character.isHighSurrogate(text.charAt(i - 1))) {
                cp++;
            } else {
                table[i] = cp - 1;
            }
        }
        table[text.length()] = cp;
        return new CodePointIndex(table);
    }

    /** The code-point offset of UTF-16 index {@code charIndex}. */
    public int codePoint(int charIndex) {
        return codePointAt == null ? charIndex : codePointAt[charIndex];
    }
}
