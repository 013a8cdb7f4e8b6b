package io.github.govreport.extract.dict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.govreport.core.Direction;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndicatorDictionaryTest {

    private static final IndicatorDictionary BUNDLED = Dictionaries.bundled().indicators();
    private static final IndicatorTrims TRIMS = Dictionaries.bundled().indicatorTrims();

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
            for (String name : row.get("names").split("\\|", -1)) {
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
    void wordsThatSayHowOrWhoseFigureItIsDoNotChangeTheId() {
        assertThat(BUNDLED.idOf("居民消费价格涨幅")).contains("cpi");
        assertThat(BUNDLED.idOf("固定资产投资增速")).contains("fixed_asset_investment");
        assertThat(BUNDLED.idOf("省级一般公共预算收入")).contains("general_public_budget_revenue");
        assertThat(BUNDLED.idOf("年末全国城镇调查失业率")).contains("urban_surveyed_unemployment_rate");
        assertThat(BUNDLED.idOf("设区城市PM2.5平均浓度")).contains("pm25_concentration");
        assertThat(BUNDLED.idOf("地区生产总值总量")).contains("gdp");
        // when (a year, a span, a base year) and a comparison after the subject are not part of the name
        assertThat(BUNDLED.idOf("2020—2022年全区地区生产总值")).contains("gdp");
        assertThat(BUNDLED.idOf("“十四五”期间单位地区生产总值能耗")).contains("energy_consumption_per_gdp");
        assertThat(BUNDLED.idOf("细颗粒物平均浓度较2015年")).contains("pm25_concentration");
        assertThat(BUNDLED.idOf("农村居民收入增速高于全国")).contains("per_capita_disposable_income_rural");
        assertThat(BUNDLED.idOf("一是地区生产总值")).contains("gdp");
        // a listed name wins over the same name with a word stripped, and another word makes another indicator
        assertThat(BUNDLED.idOf("城镇新增就业")).contains("urban_new_jobs");
        assertThat(BUNDLED.idOf("汽车出口额")).isEmpty();
        assertThat(BUNDLED.idOf("涨幅")).isEmpty();
    }

    @Test
    void anAmountNamedAsAShareOfAWholeKeepsTheAmountsId() {
        assertThat(BUNDLED.idOf("服务业增加值占地区生产总值比重")).contains("tertiary_industry_value_added");
        assertThat(BUNDLED.idOf("战略性新兴产业增加值占地区生产总值的")).contains("strategic_emerging_industries_value_added");
        assertThat(BUNDLED.idOf("一般性转移支付占比")).contains("general_transfer_payments");
        // the whole's scope word does not change a ratio's listed name
        assertThat(BUNDLED.idOf("税收收入占全区一般公共预算收入的比重")).contains("tax_revenue_share");
        // the budgeted figure of a revenue is that revenue's
        assertThat(BUNDLED.idOf("区级一般公共预算收入预算")).contains("general_public_budget_revenue");
        // unless the share is itself a listed indicator
        assertThat(BUNDLED.idOf("研发经费支出占地区生产总值比重")).contains("r_and_d_intensity");
        assertThat(BUNDLED.idOf("税收收入占一般公共预算收入的比重")).contains("tax_revenue_share");
    }

    @Test
    void aBareWordTakesItsSubjectFromTheHeadingAboveIt() {
        assertThat(BUNDLED.idOf("支出", List.of("二、2023年预算执行情况", "（四）社会保险基金预算")))
                .contains("social_insurance_fund_expenditure");
        assertThat(BUNDLED.idOf("收入", List.of("（二）政府性基金预算"))).contains("government_fund_budget_revenue");
        assertThat(BUNDLED.idOf("支出预算", List.of("（四）社会保险基金预算"))).contains("social_insurance_fund_expenditure");
        assertThat(BUNDLED.idOf("支出", List.of("一、2023年工作回顾"))).isEmpty();
        // a word that names something by itself is not completed from the heading
        assertThat(BUNDLED.idOf("收入合计", List.of("（一）一般公共预算"))).contains("budget_revenue_total");
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
        assertThatThrownBy(() -> new IndicatorDictionary(read(tsv), TRIMS)).isInstanceOf(DictionaryException.class)
                .hasMessageContaining("t.tsv:3").hasMessageContaining("'GDP' already belongs to 'gdp'");
    }

    @Test
    void anUnknownMeasureOrUnitFamilyIsRefused() {
        String header = "id\tnames\tunit_family\tmeasures\tdirection\texample\tdescription\n";
        assertThatThrownBy(() -> new IndicatorDictionary(read(header + "gdp\tGDP\tmoney\tlevel\tup\tGDP增长\tx\n"), TRIMS))
                .hasMessageContaining("unit_family");
        assertThatThrownBy(() -> new IndicatorDictionary(read(header + "gdp\tGDP\tcurrency\tgrowing\tup\tGDP增长\tx\n"), TRIMS))
                .hasMessageContaining("measures");
        assertThatThrownBy(() -> new IndicatorDictionary(read(header + "gdp\tGDP\tcurrency\tlevel\tbetter\tGDP增长\tx\n"), TRIMS))
                .hasMessageContaining("t.tsv:2").hasMessageContaining("direction").hasMessageContaining("up, down");
    }

    private static TsvTable read(String tsv) throws IOException {
        return TsvTable.read("t.tsv", new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)));
    }
}
