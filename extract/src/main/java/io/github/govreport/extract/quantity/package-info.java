/**
 * The quantity layer: the numbers of a sentence with their units, ranges and hedges
 * ({@link io.github.govreport.extract.quantity.QuantityRecognizer}), and the reasons the numbers
 * that are no quantity are rejected.
 *
 * <p>How it reads a sentence: at each position it first tries the forms written without a number
 * (翻一番, 首位); else {@code NumberReader} reads a number there, {@code NotQuantityMask} rejects it
 * when a pattern of {@code not-quantities.tsv} covers it, and otherwise the forms of
 * {@code QuantityForms.NUMBER_FORMS} are tried in order: the first that answers makes the
 * quantity, or rejects the number by a named {@code RejectionRule} whose reason is written in the
 * output. The order is behaviour: a form sees only the numbers no form before it took.
 *
 * <p>How to add a form of quantity:
 * <ol>
 *   <li>Write one class implementing {@code NumberForm} (or {@code WordForm} for a form without a
 *       number): given the {@code ReadNumber} (the number, its 多/余 mark and its unit, the
 *       sentence and the dictionaries), it returns the quantity ({@code Outcome.of}, with the
 *       hedges through {@code ReadNumber.hedged}), or empty when the form does not apply. Words
 *       that may grow (a new rank word, a new name of a currency) go in {@code quantity-words.tsv}
 *       or {@code units.tsv} with an example, not in the class.</li>
 *   <li>Put it in the list of {@code QuantityForms} where it belongs: before the forms and rules
 *       that would otherwise take its numbers.</li>
 *   <li>Add one row to {@code extract/src/test/resources/io/github/govreport/extract/quantity-spec.tsv}:
 *       the sentence and the quantities it must yield ({@code text|value|valueMax|unit|qualifier}),
 *       and a row where the form must not apply. {@code QuantitySpecTest} runs it, and the seed
 *       clauses of {@code quantity-spec-seeds.tsv} show whether the form changed anything else.</li>
 * </ol>
 */
package io.github.govreport.extract.quantity;
