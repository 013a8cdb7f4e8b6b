package io.github.govreport.extract.segment;

import java.util.List;

/**
 * Cuts Chinese text into words. The extractor asks it only where word boundaries decide
 * something (is 场 in 100场景 a measure word?), so that segmentation stays off the hot path.
 * Implementations are thread-safe.
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

    /** True when a word ends at {@code index} of {@code text} (the text's ends are boundaries). */
    default boolean isBoundary(String text, int index) {
        if (index <= 0 || index >= text.length()) {
            return true;
        }
        for (Word word : words(text)) {
            if (word.end() == index) {
                return true;
            }
            if (word.end() > index) {
                return false;
            }
        }
        return true;
    }
}
