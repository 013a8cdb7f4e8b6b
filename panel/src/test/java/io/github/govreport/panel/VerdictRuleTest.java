package io.github.govreport.panel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govreport.core.Direction;
import io.github.govreport.core.Measure;
import io.github.govreport.core.Qualifier;
import io.github.govreport.extract.dict.TsvTable;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class VerdictRuleTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("spec")
    void theVerdictOfEachDecidedCase(String example, TsvTable.Row row) {
        VerdictRule.Judgement judgement = VerdictRule.judge(Direction.fromJson(row.require("direction")),
                Measure.fromJson(row.require("measure")), new BigDecimal(row.require("value")),
                row.get("valueMax").isEmpty() ? null : new BigDecimal(row.get("valueMax")),
                row.get("unit").isEmpty() ? null : row.get("unit"), Qualifier.fromJson(row.require("qualifier")),
                new BigDecimal(row.require("actual")));
        assertThat(judgement.verdict().jsonName()).as(example).isEqualTo(row.require("verdict"));
        assertThat(judgement.gap()).as(example).isEqualByComparingTo(row.require("gap"));
    }

    static Stream<Arguments> spec() throws IOException {
        try (InputStream in = VerdictRuleTest.class.getResourceAsStream("verdict-spec.tsv")) {
            List<TsvTable.Row> rows = TsvTable.read("verdict-spec.tsv", in, "direction", "measure", "value", "valueMax",
                    "unit", "qualifier", "actual", "verdict", "gap", "example").rows();
            assertThat(rows).hasSizeGreaterThanOrEqualTo(15);
            return rows.stream().map(r -> Arguments.of(r.get("example"), r));
        }
    }
}
