package io.github.govreport.extract.dict;

/**
 * Which characters a stretch of text may contain: ASCII exactly (128 bits), every other character
 * in a 1024-bit hashed set (a Bloom filter with one hash). Built once per stretch, it answers "may it
 * contain 号?" or "may it contain a letter?" in constant time. False answers are certain, true
 * answers may be wrong (two characters share a bit), so it can only rule patterns out. Lets the
 * not-quantity patterns be filtered per stretch without scanning it once per character a pattern
 * needs; ASCII is exact because classes such as [A-Za-z] would set too many hashed bits.
 */
public final class CharPresence {

    private static final int WORDS = 18;    // 2 × 64 ASCII bits, then 16 × 64 = 1024 hashed bits

    private final long[] bits;

    private CharPresence(long[] bits) {
        this.bits = bits;
    }

    /** The characters of [from, to) of {@code text}. */
    public static CharPresence of(CharSequence text, int from, int to) {
        long[] bits = new long[WORDS];
        for (int i = from; i < to; i++) {
            int bit = bit(text.charAt(i));
            bits[bit >>> 6] |= 1L << bit;
        }
        return new CharPresence(bits);
    }

    /** The bits of {@code chars}, for {@link #mayContainAll} and {@link #mayContainAny}. */
    static long[] bitsOf(CharSequence chars) {
        long[] bits = new long[WORDS];
        for (int i = 0; i < chars.length(); i++) {
            int bit = bit(chars.charAt(i));
            bits[bit >>> 6] |= 1L << bit;
        }
        return bits;
    }

    /** False when one of the characters of {@code wanted} ({@link #bitsOf}) is certainly absent. */
    boolean mayContainAll(long[] wanted) {
        for (int w = 0; w < WORDS; w++) {
            if ((bits[w] & wanted[w]) != wanted[w]) {
                return false;
            }
        }
        return true;
    }

    /** False when every character of {@code wanted} ({@link #bitsOf}) is certainly absent. */
    boolean mayContainAny(long[] wanted) {
        for (int w = 0; w < WORDS; w++) {
            if ((bits[w] & wanted[w]) != 0) {
                return true;
            }
        }
        return false;
    }

    /** An ASCII character is its own bit; others: Fibonacci hashing, the top 10 bits of c × golden ratio. */
    private static int bit(char c) {
        return c < 128 ? c : 128 + ((c * 0x9E3779B1) >>> 22);
    }
}
