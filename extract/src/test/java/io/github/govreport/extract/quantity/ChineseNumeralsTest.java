package io.github.govreport.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseNumeralsTest {

    @ParameterizedTest
    @CsvSource({
        "三, 3", "两, 2", "十, 10", "十五, 15", "二十, 20", "一百零五, 105", "三百五, 350", "一千零一, 1001",
        "三万四千, 34000", "一万三, 13000", "两千三百万, 23000000", "一亿两千万, 120000000", "一万亿, 1000000000000",
        "二〇二四, 2024", "八, 8", "九十九, 99", "十万, 100000"
    })
    void readsNumerals(String numeral, String value) {
        assertThat(ChineseNumerals.parse(numeral).toPlainString()).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource({"百", "千万", "十一十二", "十七十八", "三百二百"})
    void rejectsMalformedNumerals(String numeral) {
        assertThatThrownBy(() -> ChineseNumerals.parse(numeral)).isInstanceOf(IllegalArgumentException.class);
    }
}
