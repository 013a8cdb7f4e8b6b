package io.github.govreport.extract.dict;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TableWordsCodeColumnTest {

    private static final TableWords WORDS = Dictionaries.bundled().tableWords();

    @ParameterizedTest
    @ValueSource(strings = {"科目编码", "功能科目代码", "经济分类科目编码类", "项目支出功能分类科目编码款", "类", "款", "项"})
    void headersOfCodeColumns(String header) {
        assertThat(WORDS.isCodeColumn(header)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"项目", "科目名称", "功能科目名称", "预算数", "类别", "款项", "2024年预算数"})
    void headersOfOtherColumns(String header) {
        assertThat(WORDS.isCodeColumn(header)).isFalse();
    }
}
