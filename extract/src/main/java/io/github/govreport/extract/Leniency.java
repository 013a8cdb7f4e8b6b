package io.github.govreport.extract;

/**
 * How much of a text counts as a quantity. {@link #FACTS} is what {@link ReportExtractor} uses
 * unless {@link ReportExtractor.Builder#leniency(Leniency)} says otherwise; {@link QuantityFinder}
 * takes either.
 */
public enum Leniency {
    /**
     * Only what can be a fact: integers and Chinese numerals without a unit (18, 2024, 三) are
     * mostly names and references and are left out, as is 一 with a measure word (an article:
     * 一个, 一批).
     */
    FACTS,
    /** Every number that is not a name, date or code, with or without a unit, as number-extraction libraries do. */
    NUMBERS
}
