package io.github.govreport.extract.segment;

import java.util.List;

/**
 * Cuts Chinese text into words. The extractor asks it only where word boundaries decide
 * something (is 场 in 100场景 a measure word?), so that segmentation stays off the hot path, and
 * for the words of the role model's features.
 *
 * <p>{@link HanLpSegmenter} is the default; another one is given with
 * {@code ReportExtractor.builder().segmenter(…)} or {@code QuantityFinder.create(…, segmenter)}.
 * Implementations must be thread-safe (one extractor serves many threads) and must cover the text
 * without gaps. Natures are HanLP's part-of-speech tags; the extractor reads only the verbs
 * ({@code v}, {@code vi}, {@code vn}), so a segmenter without tags may give {@code ""}.
 */
public interface Segmenter {

    /**
     * A word of the text.
     *
     * @param start  UTF-16 index of its first character
     * @param end    UTF-16 index after its last character
     * @param nature the part of speech, as the segmenter names it (m for numerals, q for measure words, n …)
     */
    record Word(int start, int end, String nature) {
    }

    /** The words of {@code text}, in order, covering it without gaps. */
    List<Word> words(String text);

    /** Characters on each side of an index that decide whether a word ends there. */
    int BOUNDARY_CONTEXT = 8;

    /**
     * Full-width marks no Chinese word holds, and that stand alone (not …… or ——, which pair up;
     * not the ASCII marks, which numbers hold: 1,234 and 9:30): a word
     * always ends before and after them, so a question next to one needs no segmentation.
     */
    String WORD_SEPARATORS = "，。、；：？！“”‘’（）《》〈〉【】「」『』";

    /**
     * True when a word ends at {@code index} of {@code text} (the text's ends are boundaries). Only
     * the characters around {@code index} are segmented: words are short, and this keeps the cost
     * of a question independent of the length of the text.
     */
    default boolean isBoundary(String text, int index) {
        if (index <= 0 || index >= text.length() || WORD_SEPARATORS.indexOf(text.charAt(index - 1)) >= 0
                || WORD_SEPARATORS.indexOf(text.charAt(index)) >= 0) {
            return true;
        }
        int from = Math.max(0, index - BOUNDARY_CONTEXT);
        String window = text.substring(from, Math.min(text.length(), index + BOUNDARY_CONTEXT));
        for (Word word : words(window)) {
            if (word.end() + from == index) {
                return true;
            }
            if (word.end() + from > index) {
                return false;
            }
        }
        return true;
    }
}
