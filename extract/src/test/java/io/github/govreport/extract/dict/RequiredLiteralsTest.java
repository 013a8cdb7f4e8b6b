package io.github.govreport.extract.dict;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RequiredLiteralsTest {

    @ParameterizedTest(name = "{0} → \"{1}\"")
    @CsvSource(delimiter = '\t', value = {
        "(?<![0-9一二三])[0-9一二三]++号线\t号线",
        "第[0-9]+期\t第期",
        "〔[0-9]{4}〕\t〔〕",
        "[0-9]{4}年度?\t年",
        "“[^“”，。]{1,16}”\t“”",
        "PM_?\\{?(?:2\\.5|10)\\}?\tPM",
        "(?i)\\bNo\\.\\s?[0-9]+\t''",
        "百强|[0-9]++强\t''",
        "^[ 　]*[0-9]+[.．、 　](?![0-9])\t''",
        "(?<=\\p{IsHan})[1-9]\\.0\t0",
    })
    void readsOnlyTheCharactersEveryMatchMustContain(String regex, String required) {
        assertThat(RequiredLiterals.of(regex)).isEqualTo(required.equals("''") ? "" : required);
    }

    @Test
    void everyNotQuantityPatternMayMatchItsOwnExample() {
        for (PatternList.Entry entry : Dictionaries.bundled().notQuantities().entries()) {
            assertThat(entry.mayMatch(entry.row().get("example")))
                    .as("%s:%d %s needs %s", entry.row().file(), entry.row().line(), entry.pattern(), entry.required())
                    .isTrue();
        }
    }
}
