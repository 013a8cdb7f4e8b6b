package io.github.govreport.testing;

import static io.github.govreport.testing.ModelAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.govreport.core.Document;
import io.github.govreport.core.Fact;
import io.github.govreport.core.Kind;
import io.github.govreport.core.Section;
import io.github.govreport.core.Span;
import io.github.govreport.core.Warning;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class DocumentAssertTest {

    private final Document valid = Fixtures.validDocument();

    @Test
    void passesOnAValidDocument() {
        assertThat(valid).hasFactCount(3).hasFactsAtLeast(3)
                .hasFactMatching(f -> f.kind() == Kind.ACTUAL, "an actual")
                .hasNoWarnings().factsAreConsistent().sectionsAreConsistent();
    }

    @Test
    void bothAssertionEntryPointsCanBeImportedTogether() {
        assertThat(valid.facts()).hasSize(3);
        assertThat(valid.facts().get(0)).hasText("6.1%");
    }

    @Test
    void countsFailListingTheFacts() {
        assertFails(() -> assertThat(valid).hasFactCount(2),
                "Expecting document d to have 2 facts but it had 3:", "d#3 \"4186万平方米\" 新开工改造城镇老旧小区 increase 4186 万平方米");
        assertFails(() -> assertThat(valid).hasFactsAtLeast(4), "to have at least 4 facts but it had 3");
        assertFails(() -> assertThat(Fixtures.document(List.of(), List.of())).hasFactsAtLeast(1), "it had 0: (none)");
    }

    @Test
    void hasFactMatchingFailsWithTheDescription() {
        assertFails(() -> assertThat(valid).hasFactMatching(f -> f.period() == null, "a fact without period"),
                "Expecting document d to have a fact matching a fact without period but none of its 3 facts did");
    }

    @Test
    void hasNoWarningsFailsListingThem() {
        Document warned = new Document("d", "d.txt", "text/plain", null, Fixtures.TEXT, List.of(), List.of(),
                List.of(), List.of(Warning.of("no-facts", "no quantity found")));
        assertFails(() -> assertThat(warned).hasNoWarnings(), "had 1:", "no-facts: no quantity found");
    }

    @Test
    void factsAreConsistentFailsOnFactsOutOfOrder() {
        Fact first = Fixtures.growthActual();
        Fact second = Fixtures.growthTarget();
        Document shuffled = Fixtures.document(List.of(second, first), List.of());
        assertFails(() -> assertThat(shuffled).factsAreConsistent(),
                "fact d#1 breaks \"facts in span order\": expected its span " + show(first.span())
                        + " to come after " + show(second.span()) + " of the preceding fact d#2");
    }

    @Test
    void factsAreConsistentAppliesTheFactInvariantsToEveryFact() {
        Fact area = Fixtures.areaTarget();
        Span shifted = Fixtures.spanOf("改造城镇老旧小区"); // as long as 4186万平方米
        Document broken = Fixtures.document(List.of(Fixtures.growthActual(), Fixtures.moved(area, shifted,
                area.sentence())), List.of());
        assertFails(() -> assertThat(broken).factsAreConsistent(),
                "Expecting the facts of document d to be consistent, but 1 invariant failed:",
                "fact d#3 breaks \"text at span\": expected the text at " + show(shifted)
                        + " to be \"4186万平方米\" (fact.text) but it was \"改造城镇老旧小区\"");
    }

    @Test
    void sectionsAreConsistentFailsOnOverlappingSiblingsAndRepeatedIds() {
        List<Section> valid = Fixtures.sections();
        Section first = valid.get(0);
        Section overlapping = new Section("s1", 1, null, "重叠", new Span(first.span().end() - 1, first.span().end() + 1),
                List.of());
        Document broken = Fixtures.document(List.of(), List.of(first, overlapping));
        assertFails(() -> assertThat(broken).sectionsAreConsistent(),
                "2 invariants failed:",
                "section s1 breaks \"section ids unique\"",
                "section s1 breaks \"siblings in order\": expected its span " + show(overlapping.span())
                        + " to start at or after the end of " + show(first.span()) + " of its preceding sibling s1");
    }

    private static String show(Span span) {
        return "[" + span.start() + ", " + span.end() + ")";
    }

    private static void assertFails(ThrowingCallable assertion, String... messageParts) {
        var thrown = assertThatThrownBy(assertion).isInstanceOf(AssertionError.class);
        for (String part : messageParts) {
            thrown.hasMessageContaining(part);
        }
    }
}
