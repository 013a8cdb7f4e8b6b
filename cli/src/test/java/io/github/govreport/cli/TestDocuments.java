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
    /** A budget table's row, its 科目 code in the columns 类, 款 and 项. */
    static final String BUDGET_TEXT = "2025年部门收入预算总表 单位：元\n类\t款\t项\t科目名称\t收入预算合计\n"
            + "208\t05\t02\t事业单位离退休\t538,440\n";

    private TestDocuments() {
    }

    static Document document(String id) {
        Fact area = new Fact(id, id + "#1", "新开工改造城镇老旧小区", null, null, Measure.INCREASE,
                new Quantity(new BigDecimal("4186"), null, "万平方米",
                        new Quantity.Amount(new BigDecimal("41860000"), "m²")),
                Qualifier.EXACT, Kind.TARGET, 2024, Binding.EXPECTED, "4186万平方米", TEXT,
                new Span(11, 19), new Span(11, 19), List.of("二、2024年主要任务", "（一）民生实事"), Source.LIST, 0.97);
        Fact range = new Fact(id, id + "#2", null, null, null, Measure.GROWTH,
                new Quantity(new BigDecimal("5"), new BigDecimal("6"), "%",
                        new Quantity.Amount(new BigDecimal("5"), "%")),
                Qualifier.EXACT, Kind.UNKNOWN, null, null, "5%—6%", TEXT,
                new Span(29, 34), null, List.of(), Source.TEXT, 0.5);
        return new Document(id, id + ".txt", "text/plain", Metadata.EMPTY, TEXT,
                List.of(), List.of(), List.of(area, range), List.of());
    }

    /** A document of one budget table cell, whose fact has the code of its row. */
    static Document budget(String id) {
        int at = BUDGET_TEXT.indexOf("538,440");
        Fact cell = Fact.builder().doc(id).id(id + "#1").indicator("事业单位离退休").code("2080502")
                .measure(Measure.LEVEL).quantity(new Quantity(new BigDecimal("538440"), null, "元",
                        new Quantity.Amount(new BigDecimal("538440"), "CNY")))
                .qualifier(Qualifier.EXACT).kind(Kind.TARGET).period(2025).text("538,440")
                .sentence("208 | 05 | 02 | 事业单位离退休 | 538,440").span(new Span(at, at + 7))
                .source(Source.TABLE).confidence(0.9).build();
        return new Document(id, id + ".txt", "text/plain", Metadata.EMPTY, BUDGET_TEXT,
                List.of(), List.of(), List.of(cell), List.of());
    }
}
