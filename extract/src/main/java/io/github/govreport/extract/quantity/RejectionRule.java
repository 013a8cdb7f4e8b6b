package io.github.govreport.extract.quantity;

import java.util.function.Predicate;

/**
 * A reason a number read in a sentence is no quantity (or, at the facts leniency, no fact), and the
 * test that finds it. The reason is written in the output.
 *
 * @param name      what the rule is, for the reader of {@link RejectionRules}
 * @param reason    why such a number is not a quantity
 * @param factsOnly whether it applies only at the facts leniency
 * @param applies   whether the number is such a number
 */
record RejectionRule(String name, String reason, boolean factsOnly, Predicate<ReadNumber> applies) {

    /** True when the rule rejects {@code number} at the recognizer's leniency. */
    boolean rejects(ReadNumber number) {
        return (!factsOnly || number.context().facts()) && applies.test(number);
    }
}
