package io.github.govreport.panel;

import org.jspecify.annotations.Nullable;

import io.github.govreport.core.Fact;
import io.github.govreport.core.Qualifier;
import io.github.govreport.core.Quantity;
import io.github.govreport.core.ReportType;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One fact behind a panel observation: which document says it, where, and what number it gives.
 *
 * @param doc        the document id
 * @param part       the part of the document the fact is in, for a file that holds several reports
 *                   (a gazette issue: p1, p2, …), or null
 * @param fact       the fact id ({@code doc#n})
 * @param reportType the kind of report the fact is in, or null when the document does not say
 * @param reportYear the year that report was delivered in, or null
 * @param start      where the fact's text starts in the document's normalised text (code points)
 * @param end        where it ends
 * @param text       the quantity as written, qualifier included
 * @param sentence   the sentence it was found in
 * @param indicator  the indicator as that report writes it, or null
 * @param quantity   the number, its unit and its normalised value
 * @param qualifier  the hedge on the number
 */
public record Provenance(String doc, @Nullable String part, String fact, @Nullable ReportType reportType,
        @Nullable Integer reportYear, int start, int end, String text, String sentence, @Nullable String indicator,
        Quantity quantity, Qualifier qualifier) {

    public Provenance {
        Objects.requireNonNull(doc, "provenance doc must not be null");
        Objects.requireNonNull(fact, "provenance fact must not be null");
        Objects.requireNonNull(text, "provenance text must not be null");
        Objects.requireNonNull(quantity, "provenance quantity must not be null");
        Objects.requireNonNull(qualifier, "provenance qualifier must not be null");
    }

    /** The provenance of {@code fact} in a report (or a part {@code part}) of {@code type} delivered in {@code year}. */
    static Provenance of(Fact fact, @Nullable String part, @Nullable ReportType type, @Nullable Integer year) {
        return new Provenance(fact.doc(), part, fact.id(), type, year, fact.span().start(), fact.span().end(), fact.text(),
                fact.sentence(), fact.indicator(), fact.quantity(), fact.qualifier());
    }

    /** The report the fact is in: the document, or the part of it. */
    public String report() {
        return part == null ? doc : doc + "/" + part;
    }

    /**
     * Whether this source and {@code other} say the same: equal numbers once normalised, or an
     * exact number and a bound it satisfies (30145.79亿元 and 迈上3万亿元).
     */
    boolean agreesWith(Provenance other) {
        if (!Objects.equals(quantity.normalized().unit(), other.quantity.normalized().unit())) {
            return false;
        }
        if (sameNumber(other)) {
            return true;
        }
        return satisfies(this, other) || satisfies(other, this);
    }

    private boolean sameNumber(Provenance other) {
        return quantity.normalized().value().compareTo(other.quantity.normalized().value()) == 0
                && sameEnd(quantity, other.quantity);
    }

    /** Whether {@code exact} is an exact single number inside the bound {@code bound} gives. */
    private static boolean satisfies(Provenance exact, Provenance bound) {
        if (exact.qualifier != Qualifier.EXACT || exact.quantity.isRange() || bound.quantity.isRange()) {
            return false;
        }
        int compared = exact.quantity.normalized().value().compareTo(bound.quantity.normalized().value());
        return switch (bound.qualifier) {
            case AT_LEAST -> compared >= 0;
            case OVER -> compared > 0;
            case AT_MOST -> compared <= 0;
            case UNDER -> compared < 0;
            default -> false;
        };
    }

    private static boolean sameEnd(Quantity a, Quantity b) {
        BigDecimal maxA = Quantities.normalizedMax(a);
        BigDecimal maxB = Quantities.normalizedMax(b);
        if (maxA == null || maxB == null) {
            return maxA == null && maxB == null;
        }
        return maxA.compareTo(maxB) == 0;
    }
}
