package io.github.govreport.corpus;

import io.github.govreport.core.Fact;
import java.util.List;
import java.util.Optional;

/**
 * Finds the fact a hand-written row means: the row names a quote of the report's raw text and the
 * quantity inside it, and the fact is the one whose place in the source covers that quantity.
 */
final class QuoteLocator {

    private QuoteLocator() {
    }

    /** The code-point offset of {@code text} inside the first occurrence of {@code quote}, or -1. */
    static int offset(String raw, String quote, String text) {
        int at = raw.indexOf(quote);
        if (at < 0) {
            return -1;
        }
        int inQuote = Math.max(0, quote.indexOf(text));
        return raw.codePointCount(0, at + inQuote);
    }

    /** The fact whose source span overlaps {@code [start, start + length)}, nearest start first. */
    static Optional<Fact> factAt(List<Fact> facts, int start, int length) {
        int end = start + Math.max(1, length);
        return facts.stream()
                .filter(f -> f.sourceSpan() != null && f.sourceSpan().start() < end && start < f.sourceSpan().end())
                .min(java.util.Comparator.comparingInt(f -> Math.abs(f.sourceSpan().start() - start)));
    }
}
