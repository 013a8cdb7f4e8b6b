package io.github.govreport.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldTest {

    private static final Map<String, String> SEEDS = new HashMap<>();

    static {
        Corpus.seeds().forEach(seed -> SEEDS.put(seed.id(), seed.text()));
    }

    @TempDir
    Path dir;

    @Test
    void theBundledGoldIsValid() {
        Gold gold = Gold.bundled();
        assertThat(gold.parts()).isNotEmpty();
        assertThat(gold.validate(SEEDS::get)).as("gold problems").isEmpty();
        System.out.println("gold facts per document:");
        gold.byDocument().forEach((doc, parts) -> System.out.printf("  %s %d%n", doc,
                parts.stream().mapToInt(p -> p.facts().size()).sum()));
    }

    @Test
    void everyGoldFileIsListedInTheIndex() throws IOException {
        Path goldDir = Path.of("src/main/resources/io/github/govreport/corpus/gold");
        try (var files = Files.list(goldDir)) {
            List<String> onDisk = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".gold.jsonl"))
                    .sorted().toList();
            assertThat(Gold.bundled().parts()).extracting(GoldPart::file).containsExactlyInAnyOrderElementsOf(onDisk);
        }
    }

    private static final String LINE = "{\"doc\":\"d\",\"quote\":\"地区生产总值增长6%左右\",\"text\":\"6%左右\","
            + "\"indicator\":\"地区生产总值\",\"indicatorId\":null,\"measure\":\"growth\",\"value\":6,\"valueMax\":null,"
            + "\"unit\":\"%\",\"qualifier\":\"approx\",\"kind\":\"target\",\"period\":2024,\"binding\":null,\"source\":\"text\"}";

    @Test
    void readsGoldFromADirectoryWithPartsAndRanges() throws IOException {
        Files.writeString(dir.resolve("d.gold.jsonl"), LINE + "\n");
        Files.writeString(dir.resolve("e.part.gold.jsonl"), LINE.replace("\"d\"", "\"e\"") + "\n");
        Files.writeString(dir.resolve("e.part.ranges.txt"), "# covered\n2-3\n");
        Gold gold = Gold.load(dir);
        assertThat(gold.parts()).extracting(GoldPart::doc).containsExactly("d", "e");
        assertThat(gold.parts().get(0).coversWholeDocument()).isTrue();
        assertThat(gold.parts().get(1).covers(2)).isTrue();
        assertThat(gold.parts().get(1).covers(4)).isFalse();
    }

    @Test
    void malformedLinesFailWithFileAndLine() throws IOException {
        Files.writeString(dir.resolve("d.gold.jsonl"), LINE + "\n" + LINE.replace("\"growth\"", "\"rise\"") + "\n");
        assertThatThrownBy(() -> Gold.load(dir)).hasMessageContaining("d.gold.jsonl:2: unknown Measure 'rise'");
        Files.writeString(dir.resolve("d.gold.jsonl"), LINE.replace(",\"binding\":null", "") + "\n");
        assertThatThrownBy(() -> Gold.load(dir)).hasMessageContaining("d.gold.jsonl:1: keys differ")
                .hasMessageContaining("missing [binding]");
        Files.writeString(dir.resolve("d.gold.jsonl"), LINE.replace("\"doc\":\"d\"", "\"doc\":\"x\"") + "\n");
        assertThatThrownBy(() -> Gold.load(dir)).hasMessageContaining("differs from the file's document 'd'");
        Files.delete(dir.resolve("d.gold.jsonl"));
        Files.writeString(dir.resolve("d.part.gold.jsonl"), LINE + "\n");
        assertThatThrownBy(() -> Gold.load(dir)).hasMessageContaining("needs d.part.ranges.txt beside it");
    }

    @Test
    void validationFindsMissingQuotesWrongValuesAndUnitsAndQuotesOutsideTheirRanges() throws IOException {
        String text = "标题\n地区生产总值增长6%左右。\n新增企业10家。\n";
        Files.writeString(dir.resolve("d.gold.jsonl"), String.join("\n",
                LINE,
                LINE,                                                   // used twice, written once
                LINE.replace("\"value\":6", "\"value\":7"),              // value not in text
                LINE.replace("\"unit\":\"%\"", "\"unit\":\"亿元\""),      // unit not in text
                LINE.replace("地区生产总值增长6%左右", "国内生产总值增长6%左右")) + "\n");
        Files.writeString(dir.resolve("e.part.gold.jsonl"), LINE.replace("\"d\"", "\"e\"") + "\n");
        Files.writeString(dir.resolve("e.part.ranges.txt"), "3-3\n");
        List<String> problems = Gold.load(dir).validate(Map.of("d", text, "e", text)::get);
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("d.gold.jsonl:2: quote").contains("used 4 times but found 1"))
                .anySatisfy(p -> assertThat(p).contains("d.gold.jsonl:3: value 7 is not written"))
                .anySatisfy(p -> assertThat(p).contains("d.gold.jsonl:4: unit '亿元' is written neither"))
                .anySatisfy(p -> assertThat(p).contains("d.gold.jsonl:5: quote '国内生产总值增长6%左右' is used 1 times but found 0"))
                .anySatisfy(p -> assertThat(p).contains("e.part.gold.jsonl:1: quote is on line 2, outside [3-3]"));
    }
}
