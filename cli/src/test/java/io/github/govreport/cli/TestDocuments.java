package io.github.govreport.cli;

import io.github.govreport.core.Binding;
import io.github.govreport.core.Document;
import io.github.govreport.core.Fact;
import io.github.govreport.core.Kind;
import io.github.govreport.core.Measure;
import io.github.govreport.core.Metadata;
import io.github.govreport.core.Qualifier;
import io.github.govreport.core.Quantity;
import io.github.govreport.core.Source;
import io.github.govreport.core.Span;
import java.math.BigDecimal;
import java.util.List;

/** A small document built by hand, so that writer tests do not depend on what the extractor finds. */
final class TestDocuments {

    static final String TEXT = "新开工改造城镇老旧小区4186万平方米，\"重点\"项目增长5%—6%。";

    private TestDocuments() {
    }

    static Document document(String id) {
        Fact area = new Fact(id, id + "#1", "新开工改造城镇老旧小区", null, Measure.INCREASE,
                new Quantity(new BigDecimal("4186"), null, "万平方米",
                        new Quantity.Amount(new BigDecimal("41860000"), "m²")),
                Qualifier.EXACT, Kind.TARGET, 2024, Binding.EXPECTED, "4186万平方米", TEXT,
                new Span(11, 19), new Span(11, 19), List.of("二、2024年主要任务", "（一）民生实事"), Source.LIST, 0.97);
        Fact range = new Fact(id, id + "#2", null, null, Measure.GROWTH,
                new Quantity(new BigDecimal("5"), new BigDecimal("6"), "%",
                        new Quantity.Amount(new BigDecimal("5"), "%")),
                Qualifier.EXACT, Kind.UNKNOWN, null, null, "5%—6%", TEXT,
                new Span(29, 34), null, List.of(), Source.TEXT, 0.5);
        return new Document(id, id + ".txt", "text/plain", Metadata.EMPTY, TEXT,
                List.of(), List.of(), List.of(area, range), List.of());
    }
}
