package io.github.govreport.testing;

import io.github.govreport.core.Span;
import java.util.List;

/**
 * One broken invariant: what broke it, which invariant, and the expected and actual values.
 *
 * @param subject   what broke it: {@code fact 000#7}, {@code section s3}
 * @param invariant the invariant's name, as documented on the assertion
 * @param detail    expected and actual values
 */
record Violation(String subject, String invariant, String detail) {

    /** A failure over a large document lists this many violations, then counts the rest. */
    private static final int MAX_LISTED = 50;
    private static final int MAX_QUOTED_CODE_POINTS = 120;

    String describe() {
        return subject + " breaks \"" + invariant + "\": " + detail;
    }

    /** The failure message: the heading, then one violation per line. */
    static String report(String heading, List<Violation> violations) {
        StringBuilder message = new StringBuilder(heading).append(' ')
                .append(violations.size() == 1 ? "1 invariant failed:" : violations.size() + " invariants failed:");
        violations.stream().limit(MAX_LISTED).forEach(v -> message.append("\n  ").append(v.describe()));
        if (violations.size() > MAX_LISTED) {
            message.append("\n  … and ").append(violations.size() - MAX_LISTED).append(" more");
        }
        return message.toString();
    }

    /** A text in quotes, shortened so that a long sentence does not drown the message. */
    static String quote(String text) {
        if (text == null) {
            return "null";
        }
        if (text.codePointCount(0, text.length()) <= MAX_QUOTED_CODE_POINTS) {
            return "\"" + text + "\"";
        }
        return "\"" + text.substring(0, text.offsetByCodePoints(0, MAX_QUOTED_CODE_POINTS)) + "…\"";
    }

    /** A span as the half-open range it is. */
    static String show(Span span) {
        return "[" + span.start() + ", " + span.end() + ")";
    }
}
