package io.github.govreport.corpus;

import io.github.govreport.core.Binding;
import io.github.govreport.core.Kind;
import io.github.govreport.core.Measure;
import io.github.govreport.core.Qualifier;
import io.github.govreport.core.Source;
import java.math.BigDecimal;

/**
 * One line of a gold file: a fact a careful reader finds in a seed, as {@code docs/facts.md}
 * defines it.
 *
 * @param doc         the seed's document id
 * @param file        the gold file it comes from
 * @param line        its line number in that file
 * @param quote       an exact substring of the seed that contains the number
 * @param text        the quantity as written, hedge included
 * @param indicator   the measured thing, or null
 * @param indicatorId the canonical indicator id, or null
 * @param measure     what kind of number
 * @param value       the number, or the lower end of a range
 * @param valueMax    the upper end of a range, or null
 * @param unit        the unit as written with its magnitude, or null
 * @param qualifier   the hedge
 * @param kind        actual, target or unknown
 * @param period      the year, or null
 * @param binding     预期性 / 约束性, or null
 * @param source      text, list or table
 */
public record GoldFact(String doc, String file, int line, String quote, String text, String indicator,
                       String indicatorId, Measure measure, BigDecimal value, BigDecimal valueMax, String unit,
                       Qualifier qualifier, Kind kind, Integer period, Binding binding, Source source) {

    /** Where this line is, for messages: {@code file:line}. */
    public String where() {
        return file + ":" + line;
    }

    /** A short human form: {@code 6%左右 [growth approx target 2024] 地区生产总值}. */
    public String describe() {
        return text + " [" + measure.jsonName() + " " + qualifier.jsonName() + " " + kind.jsonName() + " " + period
                + "] " + (indicator == null ? "-" : indicator);
    }
}
