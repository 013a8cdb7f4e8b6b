package io.github.govreport.testing;

import io.github.govreport.core.Fact;
import io.github.govreport.core.Quantity;
import io.github.govreport.core.Span;
import java.util.ArrayList;
import java.util.List;

/** The invariants that every fact of a document must hold against the document's text. */
final class FactInvariants {

    private FactInvariants() {
    }

    /**
     * The invariants {@code fact} breaks.
     *
     * @param text       the document's normalised text
     * @param textLength its length in code points, passed in so that a document's facts count it once
     */
    static List<Violation> check(Fact fact, String text, int textLength) {
        String subject = "fact " + fact.id();
        List<Violation> violations = new ArrayList<>();
        Span span = fact.span();
        if (!span.fitsIn(textLength)) {
            violations.add(new Violation(subject, "span within text", "expected the span to end by "
                    + textLength + " (the text's length in code points) but it was " + Violation.show(span)));
        } else {
            String atSpan = span.slice(text);
            if (!atSpan.equals(fact.text())) {
                violations.add(new Violation(subject, "text at span", "expected the text at "
                        + Violation.show(span) + " to be " + Violation.quote(fact.text()) + " (fact.text) but it was "
                        + Violation.quote(atSpan)));
            }
        }
        if (!fact.sentence().contains(fact.text())) {
            violations.add(new Violation(subject, "sentence contains text", "expected sentence "
                    + Violation.quote(fact.sentence()) + " to contain " + Violation.quote(fact.text())));
        }
        // Core's constructors enforce the checks below today; they stay here so that these
        // assertions state the whole contract even if a constructor is relaxed.
        Quantity quantity = fact.quantity();
        if (quantity.valueMax() != null && quantity.valueMax().compareTo(quantity.value()) < 0) {
            violations.add(new Violation(subject, "valueMax >= value", "expected valueMax to be at least "
                    + Decimals.show(quantity.value()) + " but it was " + Decimals.show(quantity.valueMax())));
        }
        if (quantity.normalized() == null || quantity.normalized().value() == null) {
            violations.add(new Violation(subject, "normalized value present",
                    "expected a normalized value but it was null"));
        }
        if (!(fact.confidence() >= 0.0 && fact.confidence() <= 1.0)) {
            violations.add(new Violation(subject, "confidence in [0, 1]",
                    "expected a confidence within [0, 1] but it was " + fact.confidence()));
        }
        return violations;
    }
}
