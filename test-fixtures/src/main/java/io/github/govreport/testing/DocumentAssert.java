package io.github.govreport.testing;

import io.github.govreport.core.Document;
import io.github.govreport.core.Fact;
import io.github.govreport.core.Section;
import io.github.govreport.core.Span;
import io.github.govreport.core.Warning;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractObjectAssert;

/** Assertions on an extracted {@link Document}. Every failure names the document by its id. */
public class DocumentAssert extends AbstractObjectAssert<DocumentAssert, Document> {

    /** Document order: by start, then by end. */
    private static final Comparator<Span> SPAN_ORDER = Comparator.comparingInt(Span::start).thenComparingInt(Span::end);
    /** A failure lists this many facts of the document, then counts the rest. */
    private static final int MAX_LISTED_FACTS = 20;

    public DocumentAssert(Document actual) {
        super(actual, DocumentAssert.class);
    }

    public DocumentAssert hasFactCount(int expected) {
        isNotNull();
        int count = actual.facts().size();
        if (count != expected) {
            failWithActualExpectedAndMessage(count, expected, "Expecting document %s to have %s facts but it had %s:%s",
                    actual.id(), expected, count, listing(actual.facts()));
        }
        return myself;
    }

    public DocumentAssert hasFactsAtLeast(int minimum) {
        isNotNull();
        int count = actual.facts().size();
        if (count < minimum) {
            failWithMessage("Expecting document %s to have at least %s facts but it had %s:%s",
                    actual.id(), minimum, count, listing(actual.facts()));
        }
        return myself;
    }

    /** Some fact satisfies {@code condition}; {@code description} says what it looks for, for the message. */
    public DocumentAssert hasFactMatching(Predicate<Fact> condition, String description) {
        Objects.requireNonNull(condition, "condition must not be null");
        isNotNull();
        if (actual.facts().stream().noneMatch(condition)) {
            failWithMessage("Expecting document %s to have a fact matching %s but none of its %s facts did:%s",
                    actual.id(), description, actual.facts().size(), listing(actual.facts()));
        }
        return myself;
    }

    public DocumentAssert hasNoWarnings() {
        isNotNull();
        if (!actual.warnings().isEmpty()) {
            failWithMessage("Expecting document %s to have no warnings but it had %s:%s", actual.id(),
                    actual.warnings().size(), actual.warnings().stream()
                            .map(DocumentAssert::describe).collect(Collectors.joining()));
        }
        return myself;
    }

    /**
     * Every fact holds the invariants of {@link FactAssert#isConsistentWith(String)} against the
     * document's text, and the facts as a list hold these, named the same way in a failure:
     * {@code fact ids unique}, {@code fact.doc equals document id}, {@code facts in span order}
     * (by start, then end).
     */
    public DocumentAssert factsAreConsistent() {
        isNotNull();
        String text = actual.text();
        int length = text.codePointCount(0, text.length());
        List<Violation> violations = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Fact previous = null;
        for (Fact fact : actual.facts()) {
            String subject = "fact " + fact.id();
            if (!ids.add(fact.id())) {
                violations.add(new Violation(subject, "fact ids unique", "expected a new id but it occurred before"));
            }
            if (!fact.doc().equals(actual.id())) {
                violations.add(new Violation(subject, "fact.doc equals document id", "expected "
                        + Violation.quote(actual.id()) + " but it was " + Violation.quote(fact.doc())));
            }
            if (previous != null && SPAN_ORDER.compare(previous.span(), fact.span()) > 0) {
                violations.add(new Violation(subject, "facts in span order", "expected its span "
                        + Violation.show(fact.span()) + " to come after " + Violation.show(previous.span())
                        + " of the preceding fact " + previous.id()));
            }
            violations.addAll(FactInvariants.check(fact, text, length));
            previous = fact;
        }
        failOn(violations, "facts");
        return myself;
    }

    /**
     * The section tree holds these invariants, named the same way in a failure:
     * {@code section within text}, {@code section ids unique}, {@code children nested} (a child's
     * span lies within its parent's and its level is deeper), {@code siblings in order} (a
     * section starts where its preceding sibling has ended, or later).
     */
    public DocumentAssert sectionsAreConsistent() {
        isNotNull();
        String text = actual.text();
        List<Violation> violations = new ArrayList<>();
        checkSections(actual.sections(), null, text.codePointCount(0, text.length()), new HashSet<>(), violations);
        failOn(violations, "sections");
        return myself;
    }

    private static void checkSections(List<Section> siblings, Section parent, int textLength, Set<String> ids,
                                      List<Violation> violations) {
        Section previous = null;
        for (Section section : siblings) {
            String subject = "section " + section.id();
            Span span = section.span();
            if (!span.fitsIn(textLength)) {
                violations.add(new Violation(subject, "section within text", "expected the span to end by "
                        + textLength + " (the text's length in code points) but it was " + Violation.show(span)));
            }
            if (!ids.add(section.id())) {
                violations.add(new Violation(subject, "section ids unique", "expected a new id but it occurred before"));
            }
            if (parent != null && !parent.span().contains(span)) {
                violations.add(new Violation(subject, "children nested", "expected its span " + Violation.show(span)
                        + " within " + Violation.show(parent.span()) + " of its parent " + parent.id()));
            }
            if (parent != null && section.level() <= parent.level()) {
                violations.add(new Violation(subject, "children nested", "expected a level deeper than "
                        + parent.level() + " of its parent " + parent.id() + " but it was " + section.level()));
            }
            if (previous != null && span.start() < previous.span().end()) {
                violations.add(new Violation(subject, "siblings in order", "expected its span " + Violation.show(span)
                        + " to start at or after the end of " + Violation.show(previous.span())
                        + " of its preceding sibling " + previous.id()));
            }
            checkSections(section.children(), section, textLength, ids, violations);
            previous = section;
        }
    }

    private void failOn(List<Violation> violations, String what) {
        if (!violations.isEmpty()) {
            failWithMessage("%s", Violation.report(
                    "Expecting the " + what + " of document " + actual.id() + " to be consistent, but", violations));
        }
    }

    private static String listing(List<Fact> facts) {
        if (facts.isEmpty()) {
            return " (none)";
        }
        String listed = facts.stream().limit(MAX_LISTED_FACTS).map(DocumentAssert::describe).collect(Collectors.joining());
        return facts.size() > MAX_LISTED_FACTS ? listed + "\n  … and " + (facts.size() - MAX_LISTED_FACTS) + " more" : listed;
    }

    private static String describe(Fact fact) {
        return "\n  " + fact.id() + " " + Violation.quote(fact.text()) + " " + fact.indicator() + " "
                + fact.measure().jsonName() + " " + Decimals.show(fact.quantity().value())
                + (fact.quantity().isRange() ? "–" + Decimals.show(fact.quantity().valueMax()) : "")
                + " " + fact.quantity().unit();
    }

    private static String describe(Warning warning) {
        return "\n  " + warning.code() + ": " + warning.message()
                + (warning.span() == null ? "" : " at " + Violation.show(warning.span()));
    }
}
