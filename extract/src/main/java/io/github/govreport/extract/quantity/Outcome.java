package io.github.govreport.extract.quantity;

/**
 * What became of a number read in a sentence: a quantity, or the reason it is not one (the reason
 * is written in the output, so its text is part of the behaviour).
 *
 * @param mention the quantity, or null when rejected
 * @param reason  why the number is not a quantity, or null when it is one
 */
record Outcome(QuantityMention mention, String reason) {

    static Outcome of(QuantityMention mention) {
        return new Outcome(mention, null);
    }

    static Outcome rejected(String reason) {
        return new Outcome(null, reason);
    }
}
