package io.github.govreport.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govreport.core.Document;
import io.github.govreport.core.Fact;
import io.github.govreport.core.Kind;
import io.github.govreport.core.Measure;
import io.github.govreport.core.Qualifier;
import io.github.govreport.core.Source;
import io.github.govreport.extract.ReportExtractor;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScorerTest {

    private static final String TEXT = String.join("\n",
            "二、2024年主要任务",
            "地区生产总值增长6%左右，规上工业增加值增长6%。",
            "新增上市企业10家。",
            "另有企业10家。",
            "");

    private static String gold(String quote, String text, String indicator, String measure, String value,
                               String unit, String qualifier) {
        return "{\"doc\":\"d\",\"quote\":\"" + quote + "\",\"text\":\"" + text + "\",\"indicator\":\"" + indicator
                + "\",\"indicatorId\":null,\"measure\":\"" + measure + "\",\"value\":" + value + ",\"valueMax\":null,"
                + "\"unit\":\"" + unit + "\",\"qualifier\":\"" + qualifier + "\",\"kind\":\"target\",\"period\":2024,"
                + "\"binding\":null,\"source\":\"text\"}";
    }

    @TempDir
    Path dir;

    private Evaluation evaluate(String... goldLines) throws IOException {
        Files.writeString(dir.resolve("d.gold.jsonl"), String.join("\n", goldLines) + "\n");
        Gold gold = Gold.load(dir);
        assertThat(gold.validate(Map.of("d", TEXT)::get)).isEmpty();
        Document document = ReportExtractor.create().extract(TEXT, "d");
        return new Scorer(gold, Map.of("d", TEXT)::get).evaluate(document.facts());
    }

    @Test
    void matchesOneToOneByValueAndUnitThenScoresTheFactFields() throws IOException {
        Evaluation evaluation = evaluate(
                gold("地区生产总值增长6%左右", "6%左右", "地区生产总值", "growth", "6", "%", "approx"),
                gold("规上工业增加值增长6%", "6%", "规上工业增加值", "growth", "6", "%", "exact"),
                gold("新增上市企业10家", "10家", "上市企业", "increase", "10", "家", "exact"));
        Scores scores = evaluation.scores();
        // The extractor finds 4 quantities; 3 match the gold at the quantity level, the 4th (另有企业10家) is spurious.
        assertThat(scores.get("d", Level.QUANTITY)).isEqualTo(new Counts(3, 4, 3));
        // Nearest pairing: each 6% goes to its own gold line, so the qualifiers agree.
        assertThat(scores.get("d", Level.QUALIFIER).matched()).isEqualTo(3);
        assertThat(scores.get("d", Level.MEASURE).matched()).isEqualTo(3);
        // Indicators agree when one contains the other: 新增上市企业 contains the gold's 上市企业.
        assertThat(scores.get("d", Level.INDICATOR).matched()).isEqualTo(3);
        assertThat(scores.get("d", Level.FACT).matched()).isEqualTo(3);
        assertThat(evaluation.spurious()).extracting(Fact::sentence).containsExactly("另有企业10家。");
        assertThat(evaluation.missed()).isEmpty();
        assertThat(evaluation.errors()).contains("spurious d 10家");
        assertThat(scores.get(Scores.ALL, Level.QUANTITY).precision()).isEqualTo(0.75);
        assertThat(scores.table()).contains("all").contains("quantity");
    }

    @Test
    void fullyRightIsTheShareOfPredictionsRightInEveryFieldAndFieldAccuracyIsOnMatchedNumbers() throws IOException {
        // The second line's measure is deliberately wrong (level for an increase), so one matched number is not fully right.
        Evaluation evaluation = evaluate(
                gold("地区生产总值增长6%左右", "6%左右", "地区生产总值", "growth", "6", "%", "approx"),
                gold("规上工业增加值增长6%", "6%", "规上工业增加值", "growth", "6", "%", "exact"),
                gold("新增上市企业10家", "10家", "上市企业", "level", "10", "家", "exact"));
        Scores scores = evaluation.scores();
        // 4 predictions, 3 numbers matched, 2 right in every field; the 4th prediction is no gold fact.
        assertThat(scores.fullyRight("d")).isEqualTo(0.5);
        assertThat(scores.accuracy("d", Level.MEASURE)).isEqualTo(2.0 / 3);
        assertThat(scores.accuracy("d", Level.KIND)).isEqualTo(1.0);
        assertThat(scores.notAFact(Scores.ALL)).isEqualTo(0.25);
        assertThat(scores.summary()).contains("fully").contains("not-fact")
                .containsPattern("\\nd +3 +4 +0\\.500 +0\\.667");
    }

    @Test
    void equalNormalisedValuesMatch() throws IOException {
        String text = "二、2024年主要任务\n工业总产值突破百亿元。\n";
        // The gold writes the amount as one 百亿元; the extractor reads 100 亿元: the same amount.
        Files.writeString(dir.resolve("d.gold.jsonl"), "{\"doc\":\"d\",\"quote\":\"工业总产值突破**百亿元**\",\"text\":"
                + "\"突破百亿元\",\"indicator\":\"工业总产值\",\"indicatorId\":null,\"measure\":\"level\",\"value\":1,"
                + "\"valueMax\":null,\"unit\":\"百亿元\",\"qualifier\":\"over\",\"kind\":\"target\",\"period\":2024,"
                + "\"binding\":null,\"source\":\"text\"}\n");
        Document document = ReportExtractor.create().extract(text, "d");
        assertThat(document.facts()).singleElement().satisfies(f -> assertThat(f.quantity().unit()).isEqualTo("亿元"));
        Evaluation evaluation = new Scorer(Gold.load(dir), Map.of("d", text)::get).evaluate(document.facts());
        assertThat(evaluation.scores().get("d", Level.QUANTITY)).isEqualTo(new Counts(1, 1, 1));
    }

    @Test
    void partialGoldScoresOnlyInsideItsLines() throws IOException {
        Files.writeString(dir.resolve("d.part.gold.jsonl"),
                gold("新增上市企业10家", "10家", "上市企业", "increase", "10", "家", "exact") + "\n");
        Files.writeString(dir.resolve("d.part.ranges.txt"), "3-3\n");
        Gold gold = Gold.load(dir);
        Document document = ReportExtractor.create().extract(TEXT, "d");
        Evaluation evaluation = new Scorer(gold, Map.of("d", TEXT)::get).evaluate(document.facts());
        assertThat(evaluation.scores().get("d", Level.QUANTITY)).isEqualTo(new Counts(1, 1, 1));
        assertThat(evaluation.spurious()).isEmpty();
    }

    @Test
    void indicatorsAgreeByIdOrContainment() {
        assertThat(Scorer.indicatorsAgree(goldFact("汽车消费", null), fact("汽车", null))).isTrue();
        assertThat(Scorer.indicatorsAgree(goldFact("地区生产总值", "gdp"), fact("GDP", "gdp"))).isTrue();
        assertThat(Scorer.indicatorsAgree(goldFact("地区生产总值", "gdp"), fact("地区生产总值", "grp"))).isFalse();
        assertThat(Scorer.indicatorsAgree(goldFact(null, null), fact(null, null))).isTrue();
        assertThat(Scorer.indicatorsAgree(goldFact("汽车", null), fact(null, null))).isFalse();
    }

    private static GoldFact goldFact(String indicator, String id) {
        return new GoldFact("d", "f", 1, "q", "t", indicator, id, Measure.LEVEL,
                BigDecimal.ONE, null, null, Qualifier.EXACT,
                Kind.ACTUAL, null, null, Source.TEXT);
    }

    private static Fact fact(String indicator, String id) {
        Fact f = ReportExtractor.create().extract("增长6%。", "d").facts().get(0);
        return f.withIndicator(indicator, id);
    }

    @Test
    void aRunWithoutPredictionsHasZeroRecallAndNoPrecisionPenalty() throws IOException {
        Files.writeString(dir.resolve("d.gold.jsonl"),
                gold("新增上市企业10家", "10家", "上市企业", "increase", "10", "家", "exact") + "\n");
        Evaluation evaluation = new Scorer(Gold.load(dir), Map.of("d", TEXT)::get).evaluate(List.of());
        Counts counts = evaluation.scores().get("d", Level.QUANTITY);
        assertThat(counts.recall()).isZero();
        assertThat(counts.precision()).isZero();
        assertThat(evaluation.missed()).hasSize(1);
    }
}
