package io.github.govreport.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govreport.core.json.ModelJson;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Nullability is stated in the types: the packages are null-marked, and what may be absent says so. */
class NullabilityTest {

    @Test
    void theModelPackagesAreNullMarked() {
        assertThat(Fact.class.getPackage().isAnnotationPresent(NullMarked.class)).isTrue();
        assertThat(ModelJson.class.getPackage().isAnnotationPresent(NullMarked.class))
                .isTrue();
    }

    @Test
    void exactlyTheComponentsTheDocsCallOptionalAreNullable() {
        assertThat(nullable(Fact.class)).containsExactly("indicator", "indicatorId", "code", "period", "binding",
                "sourceSpan");
        assertThat(nullable(Quantity.class)).containsExactly("valueMax", "unit");
        assertThat(nullable(Quantity.Amount.class)).containsExactly("unit");
        assertThat(nullable(Metadata.class)).containsExactly("title", "region", "level", "year", "type", "issuer",
                "date", "number", "regionCode");
        assertThat(nullable(Document.class)).containsExactly("source", "mediaType");
        assertThat(nullable(Section.class)).containsExactly("label");
        assertThat(nullable(Table.class)).containsExactly("title");
        assertThat(nullable(Warning.class)).containsExactly("span");
        assertThat(nullable(Footnote.class)).containsExactly("marker");
        assertThat(nullable(Span.class)).isEmpty();
        assertThat(nullable(Part.class)).isEmpty();
    }

    private static List<String> nullable(Class<?> record) {
        return Arrays.stream(record.getRecordComponents())
                .filter(c -> c.getAnnotatedType().isAnnotationPresent(Nullable.class))
                .map(RecordComponent::getName).toList();
    }
}
