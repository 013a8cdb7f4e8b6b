package io.github.govreport.extract.quantity;

import static io.github.govreport.extract.quantity.RejectionRules.ARTICLE;
import static io.github.govreport.extract.quantity.RejectionRules.CHINESE_NUMERAL_WITHOUT_UNIT;
import static io.github.govreport.extract.quantity.RejectionRules.CHINESE_YEAR;
import static io.github.govreport.extract.quantity.RejectionRules.FINANCIAL_NUMERAL_ALONE;
import static io.github.govreport.extract.quantity.RejectionRules.INTEGER_WITHOUT_UNIT;
import static io.github.govreport.extract.quantity.RejectionRules.NAMES_A_SET;
import static io.github.govreport.extract.quantity.RejectionRules.NUMERAL_INSIDE_A_WORD;
import static io.github.govreport.extract.quantity.RejectionRules.ORDINAL_NAMES_A_PART;
import static io.github.govreport.extract.quantity.RejectionRules.ORDINAL_OF_A_THING;
import static io.github.govreport.extract.quantity.RejectionRules.RESTATES_THE_LIST;
import static io.github.govreport.extract.quantity.RejectionRules.VAGUE_RANGE_WITHOUT_UNIT;
import static io.github.govreport.extract.quantity.RejectionRules.VAGUE_SPAN_OF_TIME;
import static io.github.govreport.extract.quantity.RejectionRules.reject;

import java.util.List;

/**
 * The forms of quantity the recognizer knows, in the order they are tried: the first that answers
 * decides, so the order is behaviour. A form written around the number (第二, 百分之五, 三分之一)
 * comes before the 多/余 mark and the unit are read; the rules that reject a number stand where
 * the numbers they judge have been narrowed down (the unitless rules after the forms that need no
 * unit, the rules on counts once the unit is known). See the package documentation for how to add
 * a form.
 */
final class QuantityForms {

    private QuantityForms() {
    }

    /** Quantities written without a number the number reader reads, tried at every position first. */
    static List<WordForm> wordForms(RecognizerContext context) {
        return List.of(
                new DoublingForm(context),          // 翻一番, 翻两番
                new FirstPlaceForm(context));       // 居全国首位
    }

    /** What becomes of a number read, tried in this order. */
    static final List<NumberForm> NUMBER_FORMS = List.of(
            reject(ORDINAL_NAMES_A_PART, ORDINAL_OF_A_THING),
            new OrdinalForm(),                      // 第二, 第14位
            new MagnitudeFractionForm(),            // 百万分之五
            new PercentWordForm(),                  // 百分之五, 千分之三, 百分之负三
            new WholePercentForm(),                 // 百分百
            new FractionForm(),                     // 三分之一
            new TenthsForm(),                       // 八成, 七成六
            // from here on, the forms see the number with its 多/余 mark (300多, 十几)
            new RatioForm(),                        // 2.28：1
            new SlashFractionForm(),                // 1/3
            reject(FINANCIAL_NUMERAL_ALONE),
            // from here on, the forms see the unit after the number and its mark
            new VagueMagnitudeForm(),               // 3万多元, 300余万户
            reject(VAGUE_RANGE_WITHOUT_UNIT),
            new VagueRangeForm(),                   // 三五年, 八九亿
            new RangeForm(),                        // 5%—6%, 2—3万
            reject(CHINESE_NUMERAL_WITHOUT_UNIT, INTEGER_WITHOUT_UNIT, NUMERAL_INSIDE_A_WORD),
            new UnitlessForm(),                     // 0.019
            reject(CHINESE_YEAR, ARTICLE, NAMES_A_SET, RESTATES_THE_LIST, VAGUE_SPAN_OF_TIME),
            new GrowthMultipleForm(),               // 增长1倍
            new CurrencyNameForm(),                 // 人民币50亿元, 港币2960元
            new UnitForm());                        // 3.5万吨, 一吨半: every number left has a unit
}
