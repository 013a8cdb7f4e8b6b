package io.github.govreport.extract.dict;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govreport.extract.SpecTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequiredLiteralsTest {

    @ParameterizedTest(name = "{0} → \"{1}\"")
    @CsvSource(delimiter = '\t', value = {
        "(?<![0-9一二三])[0-9一二三]++号线\t号线",
        "第[0-9]+期\t第期",
        "〔[0-9]{4}〕\t〔〕",
        "[0-9]{4}年度?\t年",
        "“[^“”，。]{1,16}”\t“”",
        "PM_?\\{?(?:2\\.5|10)\\}?\tPM(2.5|10)",          // a group that must occur: one of its branches
        "(?i)\\bNo\\.\\s?[0-9]+\t.",                  // N/n and O/o are classes, not shown
        "(?i)(?x)No\t''",
        "百强|[0-9]++强\t百强|强",
        "^[ 　]*[0-9]+[.．、 　](?![0-9])\t''",
        "(?<=\\p{IsHan})[1-9]\\.0\t.0",
        "\\[[0-9]*\\]|\\[\\s*\\]\t[]|[]",
        "a\\u0030b\t''",
        "[]a]b\t''",
        "^(?<label>[一二三]+、)\\s*(?<title>.+)$\t、",       // a group of one branch: as if not grouped
        "^(?<title>[^，。]{2,24}(?:回顾|方面的?工作))$\t(回顾|方面工作)",
        "(?:十四五|“十四五”)规划\t规划(十四五|“十四五”)",
        "(?:全国|全省)?第[0-9]+\t第",                        // an optional group needs nothing
        "(?:\\s+|年)x\tx",                                   // a branch that needs nothing: the group needs nothing
        "(?:[0-9]+|年)x\tx(|年)",                              // a digit (a class, not shown) or 年
        "(?<=增长)[0-9]+(?=%)\t''",                          // look-arounds consume nothing a match holds
    })
    void readsOnlyTheCharactersEveryMatchMustContain(String regex, String required) {
        assertThat(RequiredLiterals.of(regex).describe()).isEqualTo(required.equals("''") ? "" : required);
    }

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @CsvSource(delimiter = '\t', value = {
        "[0-9]{4}年\t今年增长\tfalse",          // 年 but no digit
        "[0-9]{4}年\t2024年\ttrue",
        "[A-Za-z]++[0-9]+\t5G基站\ttrue",       // a letter and a digit are there (in the other order): only a filter
        "[A-Za-z]++[0-9]+\t五个基站\tfalse",
        "[①-⑳]\t②稳增长\ttrue",
        "[①-⑳]\t稳增长\tfalse",
        "一带一路|三农\t三个农村\ttrue",         // 三 and 农 are both there
        "一带一路|三农\t一个村\tfalse",
        "(?i)\\bNo\\.\\s?[0-9]+\tno.3\ttrue",          // either case under (?i)
        "(?i)\\bNo\\.\\s?[0-9]+\t第3期\tfalse",
        "^[^，。]{2,24}(?:回顾|执行情况)$\t2023年工作回顾\ttrue",
        "^[^，。]{2,24}(?:回顾|执行情况)$\t2023年执行情况\ttrue",
        "^[^，。]{2,24}(?:回顾|执行情况)$\t2023年主要目标\tfalse",
        "^(?<label>[一二三]+、)\\s*(?<title>.+)$\t二、主要任务\ttrue",
        "^(?<label>[一二三]+、)\\s*(?<title>.+)$\t（二）主要任务\tfalse",
    })
    void aTextWithoutWhatEveryMatchNeedsCannotMatch(String regex, String text, boolean may) {
        RequiredLiterals literals = RequiredLiterals.of(regex);
        assertThat(literals.mayMatch(text, 0, text.length())).isEqualTo(may);
        if (may) {
            // hashed presence may say yes where the scan says no, never the reverse
            assertThat(literals.mayMatch(CharPresence.of(text, 0, text.length()))).isTrue();
        }
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '\t', value = {
        "一带一路|三农|两会\t推动两会精神和一带一路落实三农",
        "“[^“”]{1,16}”|第[0-9]+期\t第3期“两个确立”与“33618”",
        "[0-9]{1,2}[:：][0-9]{2}\t9:30开会，18：00结束",
        "(?<![0-9])[0-9]++号\t8号文，渝府发3号，2024号",
        "\\[[0-9]*\\]|\\[\\s*\\]\t形成了[1]和[ ]",
        "(?<![一二三四五六七八九十])[一二三四五六七八九十]++是\t一是扩大内需，二是十二是",
        "^[ 　]*[0-9]+[.．、 　](?![0-9])\t1. 稳增长 2. 促改革",
        "[0-9]{4}年度?\t2023年、2024年度和12345年",
    })
    void tryingOnlyTheCharactersAMatchBeginsWithFindsTheSameMatches(String regex, String text) {
        RequiredLiterals literals = RequiredLiterals.of(regex);
        assertThat(literals.knowsStarts()).isTrue();
        Matcher plain = Pattern.compile(regex).matcher(text);
        StringBuilder expected = new StringBuilder();
        while (plain.find()) {
            expected.append(plain.start()).append('-').append(plain.end()).append(' ');
        }
        // as QuantityRecognizer.mask does: lookingAt at each candidate, in order
        Matcher m = Pattern.compile(regex).matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        StringBuilder found = new StringBuilder();
        int at = 0;
        while (at < text.length()) {
            at = literals.nextStart(text, at, text.length());
            if (at >= text.length()) {
                break;
            }
            m.region(at, text.length());
            if (m.lookingAt()) {
                found.append(m.start()).append('-').append(m.end()).append(' ');
                at = Math.max(m.end(), at + 1);
            } else {
                at++;
            }
        }
        assertThat(found.toString()).isEqualTo(expected.toString()).isNotEmpty();
    }

    /** The patterns of not-quantities.tsv, headings.tsv and page-furniture.tsv. */
    private static List<PatternList.Entry> bundledPatterns() {
        Dictionaries bundled = Dictionaries.bundled();
        List<PatternList.Entry> entries = new ArrayList<>(bundled.notQuantities().entries());
        entries.addAll(bundled.headingPatterns().entries());
        entries.addAll(bundled.pageFurniture().entries());
        return entries;
    }

    @Test
    void everyBundledPatternMayMatchItsOwnExample() {
        List<PatternList.Entry> entries = bundledPatterns();
        for (PatternList.Entry entry : entries) {
            String example = entry.row().get("example");
            Matcher m = entry.pattern().matcher(example);
            assertThat(m.find()).isTrue();
            assertThat(entry.mayMatch(example))
                    .as("%s:%d %s needs %s", entry.row().file(), entry.row().line(), entry.pattern(), entry.required())
                    .isTrue();
            assertThat(entry.mayMatch(example, m.start(), m.end())).as("%s within its match", entry.pattern()).isTrue();
            assertThat(entry.mayMatch(CharPresence.of(example, m.start(), m.end()))).as("%s hashed", entry.pattern())
                    .isTrue();
            assertThat(entry.nextStart(example, 0, example.length())).as("%s begins", entry.pattern())
                    .isLessThanOrEqualTo(m.start());
        }
    }

    /**
     * The filter may only ever say "cannot match" truly: every bundled pattern against every
     * sentence and line of the spec files (about 2,000 texts), where the pattern matches, the filter
     * lets it through.
     */
    @Test
    void noBundledPatternIsFilteredOutOfTextItMatches() {
        List<PatternList.Entry> entries = bundledPatterns();
        List<String> texts = SpecTexts.all();
        int matched = 0;
        for (PatternList.Entry entry : entries) {
            for (String text : texts) {
                Matcher m = entry.pattern().matcher(text);
                while (m.find()) {
                    matched++;
                    assertThat(entry.mayMatch(text)).as("%s in %s", entry.pattern(), text).isTrue();
                    assertThat(entry.mayMatch(text, m.start(), m.end())).as("%s in %s", entry.pattern(), text).isTrue();
                    assertThat(entry.mayMatch(CharPresence.of(text, m.start(), m.end())))
                            .as("%s hashed in %s", entry.pattern(), text).isTrue();
                }
            }
        }
        assertThat(matched).as("matches checked").isGreaterThan(100);
    }
}
