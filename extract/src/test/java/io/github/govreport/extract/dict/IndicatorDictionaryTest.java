package io.github.govreport.extract.dict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.govreport.core.Direction;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class IndicatorDictionaryTest {

    private static final IndicatorDictionary BUNDLED = Dictionaries.bundled().indicators();

    @Test
    void theBundledDictionaryHoldsTheStandardIndicatorsOfChinesePlans() {
        assertThat(BUNDLED.size()).isGreaterThanOrEqualTo(80);
        assertThat(BUNDLED.idOf("地区生产总值")).contains("gdp");
        assertThat(BUNDLED.idOf("GDP")).contains("gdp");
        assertThat(BUNDLED.idOf("规上工业增加值")).isEqualTo(BUNDLED.idOf("规模以上工业增加值")).isPresent();
        assertThat(BUNDLED.idOf("城镇调查失业率")).isPresent();
    }

    @Test
    void everyNameOfEveryRowResolvesToItsId() {
        TsvTable table = TsvTable.resource("indicators.tsv", "id", "names");
        for (TsvTable.Row row : table.rows()) {
            for (String name : row.get("names").split("\\|")) {
                assertThat(BUNDLED.idOf(name)).as(row.file() + ":" + row.line() + " " + name).contains(row.get("id"));
            }
        }
    }

    @Test
    void aScopeWordBeforeANameKeepsItsIdAnyOtherWordMakesAnotherIndicator() {
        assertThat(BUNDLED.idOf("全市地区生产总值")).contains("gdp");
        assertThat(BUNDLED.idOf("全体居民人均可支配收入")).isEqualTo(BUNDLED.idOf("居民人均可支配收入"));
        assertThat(BUNDLED.idOf("汽车出口额")).isEmpty();
        assertThat(BUNDLED.idOf(null)).isEmpty();
    }

    @Test
    void ceilingsAreTheIndicatorsWhoseLowerLevelIsBetter() {
        assertThat(BUNDLED.direction("gdp")).contains(Direction.UP);
        assertThat(BUNDLED.direction("urban_new_jobs")).contains(Direction.UP);
        assertThat(BUNDLED.direction("urban_surveyed_unemployment_rate")).contains(Direction.DOWN);
        assertThat(BUNDLED.direction("cpi")).contains(Direction.DOWN);
        assertThat(BUNDLED.direction("energy_consumption_per_gdp")).contains(Direction.DOWN);
        assertThat(BUNDLED.direction("pm25_concentration")).contains(Direction.DOWN);
        assertThat(BUNDLED.direction("no_such_indicator")).isEmpty();
        assertThat(BUNDLED.direction(null)).isEmpty();
    }

    @Test
    void aNameUnderTwoIdsIsRefusedWithItsLine() {
        String tsv = "id\tnames\tunit_family\tmeasures\tdirection\texample\tdescription\n"
                + "gdp\t地区生产总值|GDP\tcurrency\tlevel\tup\t地区生产总值增长6%\tx\n"
                + "gdp_again\tGDP\tcurrency\tlevel\tup\tGDP增长6%\tx\n";
        assertThatThrownBy(() -> new IndicatorDictionary(read(tsv))).isInstanceOf(DictionaryException.class)
                .hasMessageContaining("t.tsv:3").hasMessageContaining("'GDP' already belongs to 'gdp'");
    }

    @Test
    void anUnknownMeasureOrUnitFamilyIsRefused() {
        String header = "id\tnames\tunit_family\tmeasures\tdirection\texample\tdescription\n";
        assertThatThrownBy(() -> new IndicatorDictionary(read(header + "gdp\tGDP\tmoney\tlevel\tup\tGDP增长\tx\n")))
                .hasMessageContaining("unit_family");
        assertThatThrownBy(() -> new IndicatorDictionary(read(header + "gdp\tGDP\tcurrency\tgrowing\tup\tGDP增长\tx\n")))
                .hasMessageContaining("measures");
        assertThatThrownBy(() -> new IndicatorDictionary(read(header + "gdp\tGDP\tcurrency\tlevel\tbetter\tGDP增长\tx\n")))
                .hasMessageContaining("t.tsv:2").hasMessageContaining("direction").hasMessageContaining("up, down");
    }

    private static TsvTable read(String tsv) throws IOException {
        return TsvTable.read("t.tsv", new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)));
    }
}
