package io.github.govreport.extract.quantity;

import java.util.Optional;

/**
 * A quantity written without a number the {@link NumberReader} reads (翻一番, 首位): tried at every
 * position of a sentence before a number is read there.
 */
interface WordForm {

    /** The quantity written at {@code at}, or empty. */
    Optional<QuantityMention> at(String sentence, int at);
}
