package io.github.govreport.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.govreport.core.Document;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random and adversarial text never throws, and the cost grows linearly with the input: generous
 * bounds here, the figures in the benchmarks.
 */
class AdversarialInputTest {

    private static final ReportExtractor EXTRACTOR = ReportExtractor.create();

    @Test
    void longDigitRunsNestedParenthesesAndMixedScriptsDoNotThrow() {
        String digits = "增长" + "9".repeat(100_000) + "%，新增" + "1".repeat(50) + "家。";
        String parentheses = "(".repeat(10_000) + "增长6%" + ")".repeat(10_000);
        String mixed = "ＧＤＰ增长６．１％，𠀀新增5G基站10万个、T3B航站楼、Ⅲ期；负 -- 1,2,3,,4..5 百分之 分之 成 倍 翻番 第第第 ：：1";
        Random random = new Random(42);
        StringBuilder noise = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            noise.appendCodePoint(random.nextInt(4) == 0 ? 0x4E00 + random.nextInt(0x5000)
                    : random.nextInt(3) == 0 ? '0' + random.nextInt(10) : 0x20 + random.nextInt(0x3000));
        }
        for (String text : new String[] {digits, parentheses, mixed, noise.toString()}) {
            assertThatCode(() -> {
                Document document = EXTRACTOR.extract(text, "adversarial");
                document.facts().forEach(f -> assertThat(f.span().slice(document.text())).isEqualTo(f.text()));
            }).doesNotThrowAnyException();
        }
        assertThat(EXTRACTOR.extract(parentheses, "p").facts()).extracting(f -> f.text()).containsExactly("6%");
    }

    @Test
    void aFiveMegabyteLineCostsLinearTime() {
        String unit = "地区生产总值增长6%左右规上工业增加值增长7%新开工改造城镇老旧小区4186万平方米“33618”体系2024年";
        String oneMb = unit.repeat(1_000_000 / unit.length());
        String fourMb = oneMb.repeat(4);
        EXTRACTOR.extract(oneMb.substring(0, 100_000), "warm-up");

        long small = time(oneMb);
        long large = time(fourMb + oneMb);   // five times the text
        System.out.printf("1 MB line: %d ms; 5 MB line: %d ms (ratio %.1f)%n", small, large, (double) large / small);
        assertThat(large).as("a 5 MB line, in ms").isLessThan(60_000);
        assertThat(large).as("5× the text should cost about 5× the time, not 25×").isLessThan(12 * small + 2_000);
    }

    private static long time(String text) {
        long start = System.nanoTime();
        Document document = EXTRACTOR.extract(text, "long");
        assertThat(document.facts()).isNotEmpty();
        return (System.nanoTime() - start) / 1_000_000;
    }
}
