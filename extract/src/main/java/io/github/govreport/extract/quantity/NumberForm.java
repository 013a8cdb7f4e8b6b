package io.github.govreport.extract.quantity;

import java.util.Optional;

/**
 * One way a report writes a quantity around a number it has read (三分之一, 八成, 5%—6%, 人民币50亿元),
 * or one rule that says such a number is no quantity. {@link QuantityForms#NUMBER_FORMS} tries them in
 * order, and the first that answers decides.
 */
interface NumberForm {

    /** The quantity this form makes of {@code number}, or why it is none; empty when the form does not apply. */
    Optional<Outcome> complete(ReadNumber number);
}
