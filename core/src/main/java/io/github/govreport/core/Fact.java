package io.github.govreport.core;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Objects;

/**
 * One number in a report together with what it measures: the unit of extraction.
 *
 * <p>Field meanings are those of the fact guideline ({@code docs/facts.md}); the JSON form is the
 * {@code facts/2} line of {@code docs/output.md}, written and read by
 * {@link io.github.govreport.core.json.ModelJson}.
 *
 * @param doc         the document id
 * @param id          unique within the document: {@code doc#n}
 * @param indicator   the measured thing as written (地区生产总值), or null when the report gives none
 * @param indicatorId the canonical indicator id (gdp), or null
 * @param code        the 科目 code of the budget or 决算 table row the fact is read from, as printed (2010601;
 *                    the 类, 款 and 项 cells joined), or null for a fact of no such row; ASCII digits only
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
        @Nullable String code,
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
        if (code != null && !isDigits(code)) {
            throw new IllegalArgumentException("fact code must be null or ASCII digits, was '" + code + "'");
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

    /** A builder with no field set; {@link Builder#build()} checks the fields as the constructor does. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this fact's fields: how a fact is copied with some fields changed. */
    public Builder toBuilder() {
        return new Builder().doc(doc).id(id).indicator(indicator).indicatorId(indicatorId).code(code)
                .measure(measure).quantity(quantity).qualifier(qualifier).kind(kind).period(period).binding(binding)
                .text(text).sentence(sentence).span(span).sourceSpan(sourceSpan).section(section).source(source)
                .confidence(confidence);
    }

    /** This fact of another kind. */
    public Fact withKind(Kind kind) {
        return toBuilder().kind(kind).build();
    }

    /** This fact for another period (null: none). */
    public Fact withPeriod(@Nullable Integer period) {
        return toBuilder().period(period).build();
    }

    /** This fact with another indicator and indicator id (either may be null). */
    public Fact withIndicator(@Nullable String indicator, @Nullable String indicatorId) {
        return toBuilder().indicator(indicator).indicatorId(indicatorId).build();
    }

    /**
     * The fields of a {@link Fact} by name rather than by position, so that a fact with eighteen
     * fields can be made or copied without counting arguments. Not thread-safe; the fact it builds is
     * checked by the record's constructor.
     */
    public static final class Builder {

        private String doc;
        private String id;
        private @Nullable String indicator;
        private @Nullable String indicatorId;
        private @Nullable String code;
        private Measure measure;
        private Quantity quantity;
        private Qualifier qualifier;
        private Kind kind;
        private @Nullable Integer period;
        private @Nullable Binding binding;
        private String text;
        private String sentence;
        private Span span;
        private @Nullable Span sourceSpan;
        private List<String> section = List.of();
        private Source source;
        private double confidence;

        private Builder() {
        }

        public Builder doc(String doc) {
            this.doc = doc;
            return this;
        }

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder indicator(@Nullable String indicator) {
            this.indicator = indicator;
            return this;
        }

        public Builder indicatorId(@Nullable String indicatorId) {
            this.indicatorId = indicatorId;
            return this;
        }

        public Builder code(@Nullable String code) {
            this.code = code;
            return this;
        }

        public Builder measure(Measure measure) {
            this.measure = measure;
            return this;
        }

        public Builder quantity(Quantity quantity) {
            this.quantity = quantity;
            return this;
        }

        public Builder qualifier(Qualifier qualifier) {
            this.qualifier = qualifier;
            return this;
        }

        public Builder kind(Kind kind) {
            this.kind = kind;
            return this;
        }

        public Builder period(@Nullable Integer period) {
            this.period = period;
            return this;
        }

        public Builder binding(@Nullable Binding binding) {
            this.binding = binding;
            return this;
        }

        public Builder text(String text) {
            this.text = text;
            return this;
        }

        public Builder sentence(String sentence) {
            this.sentence = sentence;
            return this;
        }

        public Builder span(Span span) {
            this.span = span;
            return this;
        }

        public Builder sourceSpan(@Nullable Span sourceSpan) {
            this.sourceSpan = sourceSpan;
            return this;
        }

        public Builder section(List<String> section) {
            this.section = section;
            return this;
        }

        public Builder source(Source source) {
            this.source = source;
            return this;
        }

        public Builder confidence(double confidence) {
            this.confidence = confidence;
            return this;
        }

        /** The fact, checked as the record's constructor checks it. */
        public Fact build() {
            return new Fact(doc, id, indicator, indicatorId, code, measure, quantity, qualifier, kind, period, binding,
                    text, sentence, span, sourceSpan, section, source, confidence);
        }
    }

    /** A 科目 code as printed: 201, 20106, 2010601, never blank, never with a space or a full-width digit. */
    private static boolean isDigits(String code) {
        return !code.isEmpty() && code.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("fact " + field + " must not be blank");
        }
    }
}
