package io.github.govreport.panel;

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
public record Provenance(String doc, String fact, ReportType reportType, Integer reportYear, int start, int end,
        String text, String sentence, String indicator, Quantity quantity, Qualifier qualifier) {

    public Provenance {
        Objects.requireNonNull(doc, "provenance doc must not be null");
        Objects.requireNonNull(fact, "provenance fact must not be null");
        Objects.requireNonNull(text, "provenance text must not be null");
        Objects.requireNonNull(quantity, "provenance quantity must not be null");
        Objects.requireNonNull(qualifier, "provenance qualifier must not be null");
    }

    /** The provenance of {@code fact} in a report of {@code type} delivered in {@code year}. */
    static Provenance of(Fact fact, ReportType type, Integer year) {
        return new Provenance(fact.doc(), fact.id(), type, year, fact.span().start(), fact.span().end(), fact.text(),
                fact.sentence(), fact.indicator(), fact.quantity(), fact.qualifier());
    }

    /** Whether this source gives the same number as {@code other}: equal normalised values, ends and units. */
    boolean agreesWith(Provenance other) {
        Quantity a = quantity;
        Quantity b = other.quantity;
        return a.normalized().value().compareTo(b.normalized().value()) == 0
                && Objects.equals(a.normalized().unit(), b.normalized().unit())
                && sameEnd(a, b);
    }

    private static boolean sameEnd(Quantity a, Quantity b) {
        BigDecimal maxA = Quantities.normalizedMax(a);
        BigDecimal maxB = Quantities.normalizedMax(b);
        return maxA == null || maxB == null ? maxA == maxB : maxA.compareTo(maxB) == 0;
    }
}
