package io.github.govreport.extract.internal.fact;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govreport.extract.Leniency;
import io.github.govreport.extract.dict.Dictionaries;
import io.github.govreport.extract.dict.TsvTable;
import io.github.govreport.extract.quantity.QuantityMention;
import io.github.govreport.extract.quantity.QuantityRecognizer;
import io.github.govreport.extract.segment.HanLpSegmenter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndicatorResolverTest {

    private static final Dictionaries DICTIONARIES = Dictionaries.bundled();
    private static final QuantityRecognizer QUANTITIES = new QuantityRecognizer(DICTIONARIES, new HanLpSegmenter(),
            Leniency.FACTS);
    private static final IndicatorResolver RESOLVER = new IndicatorResolver(DICTIONARIES.indicatorTrims(),
            new HanLpSegmenter(), DICTIONARIES.indicators());

    /** The indicator of each quantity of the sentence, in order. */
    private static List<String> indicators(String sentence) {
        List<QuantityMention> mentions = QUANTITIES.recognize(sentence);
        List<String> out = new ArrayList<>();
        String previous = null;
        for (int i = 0; i < mentions.size(); i++) {
            previous = RESOLVER.resolve(sentence, mentions, i, previous);
            out.add(previous);
        }
        return out;
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "全市规上工业增加值同比增长6.6%|规上工业增加值",
        "2023年地区生产总值达到30145.79亿元|地区生产总值",
        "城镇调查失业率控制在5.5%左右|城镇调查失业率",
        "全社会研发投入强度预计达到2.45%|全社会研发投入强度",
        "新增12个国家级科创平台|国家级科创平台",
        "启动35个城乡公益性殡葬服务设施建设|城乡公益性殡葬服务设施建设",
        "加快建设50万平方米夜经济集聚区|夜经济集聚区",
        "碳市场累计成交4753万吨|碳市场成交",
        "综合科技创新指数连续三年居全市第一|综合科技创新指数",
        "建设“渝馨家园”100家以上|渝馨家园",
        "开工时尚文化城主体工程、望龙门缆车复建等项目6个|项目",
        "高等教育毛入学率达到60%|高等教育毛入学率",
        "截至2023年底，全市共有A级旅游景区86家|A级旅游景区",
        "柏林楼等14个历史文化遗址完成保护修缮|历史文化遗址保护修缮",
        "9家企业上榜中国民营企业500强|上榜中国民营企业500强企业",
        "中国电子西部创新基地等6个项目被纳入共建成渝地区双城经济圈2023年重大项目清单|纳入共建成渝地区双城经济圈重大项目清单项目",
        "3个区县成功创建国家食品安全示范城市|创建国家食品安全示范城市区县",
        "14个节点公共空间建成开放|节点公共空间建成开放",
        "“五好园区”创建考核排名全省第一|“五好园区”创建考核",
        "汽车产量升至全国第二|汽车产量",
        "推动恒大云邸等2个“保交楼”项目交付|“保交楼”项目交付",
        "构筑108条“食味烟火、人间清欢”后街小巷|“食味烟火、人间清欢”后街小巷",
        "2个案例入选全国首批职业教育产教融合典型案例|入选全国首批职业教育产教融合典型案例",
        "“十四五”规划纲要提出全市五年城镇新增就业300万人以上|城镇新增就业",
        "到2027年每年新增就业60万人以上|新增就业",
    })
    void theWordsBeforeTheNumberWithoutTrimsNameIt(String sentence, String indicator) {
        assertThat(indicators(sentence)).first().isEqualTo(indicator);
    }

    @Test
    void fenbiePairsTheNamesOfAListWithItsNumbersInOrder() {
        assertThat(indicators("规上工业增加值、固定资产投资、社会消费品零售总额分别增长6.6%、4.3%、8.6%"))
                .containsExactly("规上工业增加值", "固定资产投资", "社会消费品零售总额");
    }

    @Test
    void aShortNameOfAFenbieListTakesTheWordsItSharesWithTheLast() {
        assertThat(indicators("汽车、餐饮消费分别增长8.5%、20.6%")).containsExactly("汽车消费", "餐饮消费");
        assertThat(indicators("工业、基础设施投资分别增长13.3%、7%")).containsExactly("工业投资", "基础设施投资");
        assertThat(indicators("汽车、住宿餐饮消费分别增长8.5%、20.6%")).containsExactly("汽车", "住宿餐饮消费");
        assertThat(indicators("材料、装备制造等产业产值分别增长31.1%、7.4%")).containsExactly("材料产业产值", "产业产值");
        assertThat(indicators("城镇和农村居民人均可支配收入分别增长4.6%、7.1%"))
                .containsExactly("城镇居民人均可支配收入", "农村居民人均可支配收入");
    }

    @Test
    void aListWhoseLengthDoesNotMatchTheNumbersIsNotPaired() {
        assertThat(indicators("汽车、摩托车、餐饮消费分别增长8.5%、20.6%")).doesNotContain("汽车", "摩托车");
    }

    @Test
    void theSubjectCarriesOverToTheNextNumberOfTheClause() {
        assertThat(indicators("地区生产总值迈上3万亿元新台阶、达到30145.79亿元、增长6.1%"))
                .containsExactly("地区生产总值", "地区生产总值", "地区生产总值");
        assertThat(indicators("保交楼项目新交付15.7万套、完成任务总量的90%"))
                .containsExactly("保交楼项目新交付", "保交楼项目新交付");
    }

    @Test
    void aShareAfterAnAmountIsTheShareOfItsSubject() {
        assertThat(indicators("数字经济核心产业增加值达到1080亿元，占地区生产总值比重提高到9.8%"))
                .containsExactly("数字经济核心产业增加值", "数字经济核心产业增加值占地区生产总值比重");
        assertThat(indicators("村集体经营性收入20万元以上的占比100%")).last().isEqualTo("占比");
    }

    @Test
    void aNumberWithNothingBeforeItAndNoSubjectHasNoIndicator() {
        assertThat(indicators("增长6%")).containsExactly((String) null);
    }

    @Test
    void everyTrimWordsExampleShowsItWhereItIsStripped() {
        TsvTable table = TsvTable.resource("indicator-trims.tsv", "word", "position", "example");
        for (TsvTable.Row row : table.rows()) {
            String word = row.get("word");
            String example = row.get("example");
            switch (row.get("position")) {
                case "start", "verb" -> assertThat(example).as(row.file() + ":" + row.line()).startsWith(word);
                case "end" -> assertThat(example).as(row.file() + ":" + row.line()).endsWith(word);
                default -> assertThat(example).as(row.file() + ":" + row.line()).contains(word);
            }
            if (row.get("position").equals("etc-word")) {
                assertThat(DICTIONARIES.indicatorTrims().isInsideEtcWord(example, example.indexOf(word) + word.indexOf('等')))
                        .as(row.file() + ":" + row.line()).isTrue();
                continue;
            }
            if (row.get("position").equals("rank-verb")) {
                assertThat(DICTIONARIES.indicatorTrims().beforeRankVerb(example)).as(row.file() + ":" + row.line())
                        .isEqualTo(example.substring(0, example.indexOf(word)));
                continue;
            }
            if (row.get("position").equals("aspect")) {
                assertThat(DICTIONARIES.indicatorTrims().isAspect(word)).as(row.file() + ":" + row.line()).isTrue();
                assertThat(indicators("工业总产值4.36万亿元，" + example)).as(row.file() + ":" + row.line())
                        .last().isEqualTo("工业总产值" + word);
                continue;
            }
            if (row.get("position").equals("calibre")) {
                assertThat(DICTIONARIES.indicatorTrims().isCalibre(word)).as(row.file() + ":" + row.line()).isTrue();
                assertThat(indicators(example)).as(row.file() + ":" + row.line()).last()
                        .isEqualTo(indicators(example).get(0));
                continue;
            }
            if (row.get("position").equals("gap")) {
                assertThat(indicators("地区生产总值增长6.3%，" + example)).as(row.file() + ":" + row.line())
                        .containsExactly("地区生产总值", "地区生产总值");
                continue;
            }
            if (row.get("position").equals("after")) {
                assertThat(DICTIONARIES.indicatorTrims().afterReportingVerb(example)).as(row.file() + ":" + row.line())
                        .doesNotContain(word).isNotEmpty();
                continue;
            }
            if (row.get("position").equals("status")) {
                assertThat(indicators(example)).as(row.file() + ":" + row.line()).first().asString().startsWith(word);
                continue;
            }
            if (row.get("position").equals("own-level")) {
                assertThat(DICTIONARIES.indicatorTrims().isOwnLevel(example)).as(row.file() + ":" + row.line()).isTrue();
                assertThat(DICTIONARIES.indicatorTrims().isOwnLevel(example.substring(word.length())))
                        .as(row.file() + ":" + row.line()).isFalse();
            }
            if (row.get("position").equals("scope") || row.get("position").equals("place")
                    || row.get("position").equals("own-level")) {
                // read only for the id: the name without the word is listed, and the whole keeps its id
                assertThat(DICTIONARIES.indicatorTrims().nameForms(example)).as(row.file() + ":" + row.line())
                        .contains(example.substring(word.length()));
                assertThat(DICTIONARIES.indicators().idOf(example)).as(row.file() + ":" + row.line())
                        .isEqualTo(DICTIONARIES.indicators().idOf(example.substring(word.length()))).isPresent();
                continue;
            }
            String trimmed = DICTIONARIES.indicatorTrims().trim(example);
            switch (row.get("position")) {
                case "verb" -> assertThat(DICTIONARIES.indicatorTrims().isCountVerb(word)).as(row.file() + ":" + row.line()).isTrue();
                case "start" -> assertThat(trimmed).as(row.file() + ":" + row.line()).doesNotStartWith(word);
                case "end" -> assertThat(trimmed).as(row.file() + ":" + row.line()).doesNotEndWith(word);
                default -> assertThat(trimmed).as(row.file() + ":" + row.line()).doesNotContain(word);
            }
        }
    }
}
