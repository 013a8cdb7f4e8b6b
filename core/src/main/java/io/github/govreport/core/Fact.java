package io.github.govreport.core;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Objects;

/**
 * One number in a report together with what it measures: the unit of extraction.
 *
 * <p>Field meanings are those of the fact guideline ({@code docs/facts.md}); the JSON form is the
 * {@code facts/1} line of {@code docs/output.md}, written and read by
 * {@link io.github.govreport.core.json.ModelJson}.
 *
 * @param doc         the document id
 * @param id          unique within the document: {@code doc#n}
 * @param indicator   the measured thing as written (地区生产总值), or null when the report gives none
 * @param indicatorId the canonical indicator id (gdp), or null
 * @param measure     what kind of number this is
 * @param quantity    the number, its unit and its normalised value
 * @param qualifier   the hedge on the number
 * @param kind        achieved or planned
 * @param period      the year the number is about, or null
 * @param binding     预期性 / 约束性 where the report says so, or null
 * @param text        the quantity as written in the normalised text, qualifier included
 * @param sentence    the sentence the quantity was found in
 * @param span        where {@code text} is in the document's normalised text
 * @param sourceSpan  where it is in the original characters, or null where the source is not text (PDF, DOCX)
 * @param section     the heading path above the sentence, outermost first
 * @param source      which part of the layout the fact comes from
 * @param confidence  how sure the extractor is, from 0 to 1
 */
public record Fact(
        String doc,
        String id,
        @Nullable String indicator,
        @Nullable String indicatorId,
        Measure measure,
        Quantity quantity,
        Qualifier qualifier,
        Kind kind,
        @Nullable Integer period,
        @Nullable Binding binding,
        String text,
        String sentence,
        Span span,
        @Nullable Span sourceSpan,
        List<String> section,
        Source source,
        double confidence) {

    /** Years outside this range are not a plausible period of a government report. */
    public static final int EARLIEST_PERIOD = 1949;
    public static final int LATEST_PERIOD = 2100;

    public Fact {
        requireText(doc, "doc");
        requireText(id, "id");
        Objects.requireNonNull(measure, "fact measure must not be null");
        Objects.requireNonNull(quantity, "fact quantity must not be null");
        Objects.requireNonNull(qualifier, "fact qualifier must not be null");
        Objects.requireNonNull(kind, "fact kind must not be null");
        requireText(text, "text");
        Objects.requireNonNull(sentence, "fact sentence must not be null");
        Objects.requireNonNull(span, "fact span must not be null");
        Objects.requireNonNull(source, "fact source must not be null");
        if (indicator != null && indicator.isBlank()) {
            throw new IllegalArgumentException("fact indicator must be null or non-blank");
        }
        if (period != null && (period < EARLIEST_PERIOD || period > LATEST_PERIOD)) {
            throw new IllegalArgumentException("fact period " + period + " is not a plausible year ("
                    + EARLIEST_PERIOD + "–" + LATEST_PERIOD + ")");
        }
        if (span.length() != text.codePointCount(0, text.length())) {
            throw new IllegalArgumentException("fact span " + span + " has " + span.length()
                    + " code points but text '" + text + "' has " + text.codePointCount(0, text.length()));
        }
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("fact confidence must be within [0, 1], was " + confidence);
        }
        section = section == null ? List.of() : List.copyOf(section);
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("fact " + field + " must not be blank");
        }
    }
}
