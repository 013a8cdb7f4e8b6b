package io.github.govreport.panel;

import org.jspecify.annotations.Nullable;

import io.github.govreport.core.Measure;
import io.github.govreport.core.Qualifier;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A target and the result a later report gives for it: one row of {@code attainment/1}
 * (docs/panel.md).
 *
 * @param region      the region as the reports name it
 * @param regionCode  its GB/T 2260 code, or null
 * @param indicatorId the canonical indicator id
 * @param indicator   the indicator as the target's report writes it
 * @param measure     the target's measure (growth, level, decline, …)
 * @param coverage    the whole region's target, or the government's own level's
 * @param year        the year the target is for
 * @param target      the target
 * @param actual      the result, or null when no report in the input states it
 * @param gap         actual − target in the target's unit (percentage points for a % target), or null
 * @param verdict     met, near, missed, or no_result
 */
public record Attainment(String region, @Nullable String regionCode, String indicatorId, String indicator,
        Measure measure, Coverage coverage, int year, Side target, @Nullable Side actual, @Nullable BigDecimal gap,
        Verdict verdict) {

    public Attainment {
        Objects.requireNonNull(region, "attainment region must not be null");
        Objects.requireNonNull(indicatorId, "attainment indicatorId must not be null");
        Objects.requireNonNull(measure, "attainment measure must not be null");
        Objects.requireNonNull(coverage, "attainment coverage must not be null");
        Objects.requireNonNull(target, "attainment target must not be null");
        Objects.requireNonNull(verdict, "attainment verdict must not be null");
        if ((actual == null) != (verdict == Verdict.NO_RESULT)) {
            throw new IllegalArgumentException("an attainment has a result exactly when its verdict is not no_result");
        }
    }

    /**
     * A target or a result as one report gives it.
     *
     * @param value     the number as written, or the lower end of a range
     * @param valueMax  the upper end of a range, or null
     * @param unit      the unit as written, or null
     * @param measure   the measure of the number (a result given as 下降0.3% against a 涨幅 target is decline)
     * @param qualifier the hedge
     * @param doc       the document it is in
     * @param fact      the fact id
     * @param text      the quantity as written
     * @param sentence  the sentence it was found in
     */
    public record Side(BigDecimal value, @Nullable BigDecimal valueMax, @Nullable String unit, Measure measure,
            Qualifier qualifier, String doc, String fact, String text, String sentence) {

        public Side {
            Objects.requireNonNull(value, "value must not be null");
            Objects.requireNonNull(measure, "measure must not be null");
            Objects.requireNonNull(qualifier, "qualifier must not be null");
            Objects.requireNonNull(doc, "doc must not be null");
        }

        static Side of(Observation observation) {
            Provenance source = observation.sources().get(0);
            return new Side(observation.quantity().value(), observation.quantity().valueMax(),
                    observation.quantity().unit(), observation.measure(), observation.qualifier(), source.doc(),
                    source.fact(), source.text(), source.sentence());
        }
    }
}
