package io.github.govreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govreport.core.Fact;
import io.github.govreport.core.Span;
import io.github.govreport.core.json.ModelJson;
import io.github.govreport.corpus.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalAndDiffCommandTest {

    @TempDir
    Path dir;

    private Path extractSeeds() throws IOException {
        Path seeds = Corpus.exportTo(dir.resolve("seeds"));
        Path predictions = dir.resolve("run.jsonl");
        Cli.Result extract = Cli.run("extract", "-o", predictions.toString(), seeds.toString());
        assertThat(extract.exitCode()).as(extract.toString()).isZero();
        return predictions;
    }

    @Test
    void evalScoresARunAgainstTheBundledGoldAndListsErrors() throws IOException {
        Path predictions = extractSeeds();
        Cli.Result result = Cli.run("eval", "--errors", predictions.toString());
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("scope").contains("all                      quantity")
                .containsPattern("(?m)^(missed|wrong|spurious) ");
    }

    @Test
    void evalReadsGoldAndDocumentsFromDirectories() throws IOException {
        Path gold = Files.createDirectories(dir.resolve("gold"));
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("r.txt"), "二、2024年主要任务\n地区生产总值增长6%左右。\n");
        Files.writeString(gold.resolve("r.gold.jsonl"), "{\"doc\":\"r\",\"quote\":\"地区生产总值增长6%左右\","
                + "\"text\":\"6%左右\",\"indicator\":\"地区生产总值\",\"indicatorId\":null,\"measure\":\"growth\","
                + "\"value\":6,\"valueMax\":null,\"unit\":\"%\",\"qualifier\":\"approx\",\"kind\":\"target\","
                + "\"period\":2024,\"binding\":null,\"source\":\"text\"}\n");
        Path predictions = dir.resolve("r.jsonl");
        assertThat(Cli.run("extract", "-o", predictions.toString(), docs.resolve("r.txt").toString()).exitCode()).isZero();

        Cli.Result result = Cli.run("eval", "--gold", gold.toString(), "--docs", docs.toString(), predictions.toString());
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.outLines()).anySatisfy(line -> assertThat(line).matches(
                "r\\s+quantity\\s+1\\s+1\\s+1\\s+1\\.000\\s+1\\.000\\s+1\\.000"));
    }

    @Test
    void evalReportsUnreadableInputsInOneLine() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.jsonl"), "{\"schema\":\"facts/2\"}\n");
        Cli.Result result = Cli.run("eval", bad.toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).singleElement().asString().startsWith("govreport: " + bad + ":1: ");
        assertThat(Cli.run("eval").exitCode()).isEqualTo(2);
    }

    @Test
    void evalSaysSoWhenNoPredictedDocumentIsInTheGold() throws IOException {
        Path docs = Files.createDirectories(dir.resolve("other"));
        Files.writeString(docs.resolve("elsewhere.txt"), "地区生产总值增长6%左右。\n");
        Path predictions = dir.resolve("elsewhere.jsonl");
        assertThat(Cli.run("extract", "-o", predictions.toString(), docs.toString()).exitCode()).isZero();

        Cli.Result result = Cli.run("eval", predictions.toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).singleElement().asString()
                .contains("none of its documents is in the gold").contains("000_3348ee11c8af0d59");
    }

    @Test
    void diffShowsAppearedDisappearedAndChangedFacts() throws IOException {
        Path a = extractSeeds();
        List<String> lines = Files.readAllLines(a);
        Path b = dir.resolve("b.jsonl");
        // b drops the first fact, changes the qualifier of the 6%左右 target, and keeps the rest.
        Files.write(b, lines.subList(1, lines.size()).stream()
                .map(l -> l.contains("\"text\":\"6%左右\"") ? l.replace("\"qualifier\":\"approx\"", "\"qualifier\":\"exact\"") : l)
                .toList());
        Cli.Result result = Cli.run("diff", a.toString(), b.toString());
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("- 000_3348ee11c8af0d59 30145.79亿元")
                .contains("~ 000_3348ee11c8af0d59 6%左右  qualifier: approx → exact")
                .containsPattern("0 appeared, 1 disappeared, [1-9][0-9]* changed, [0-9]+ unchanged");
        assertThat(Cli.run("diff", a.toString(), b.toString(), b.toString()).exitCode()).isEqualTo(2);
    }

    @Test
    void diffOfTheSameFactsAtOtherOffsetsShowsNoDifference() throws IOException {
        Path a = extractSeeds();
        List<Fact> facts = PredictionsReader.read(a);
        Path b = write("b.jsonl", facts.stream().map(f -> shifted(f, 37)).toList());

        Cli.Result result = Cli.run("diff", a.toString(), b.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.outLines()).containsExactly(
                "0 appeared, 0 disappeared, 0 changed, " + facts.size() + " unchanged");
    }

    @Test
    void diffShowsAFactWithOneFieldChangedAsChangedWithThatField() throws IOException {
        Path a = extractSeeds();
        List<Fact> facts = PredictionsReader.read(a);
        // The first 30145.79亿元 (the 2023 GDP) moves 5 code points on and becomes a fact of 2022.
        Fact gdp = facts.stream().filter(f -> f.text().equals("30145.79亿元")).findFirst().orElseThrow();
        @SuppressWarnings("ReferenceEquality") // that one fact, not any other equal to it
        List<Fact> changed = facts.stream().map(f -> f == gdp ? withPeriod(shifted(f, 5), 2022) : f).toList();
        Path b = write("b.jsonl", changed);

        Cli.Result result = Cli.run("diff", a.toString(), b.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.outLines()).containsExactly(
                "~ " + gdp.doc() + " 30145.79亿元  period: 2023 → 2022  «" + gdp.sentence() + "»",
                "0 appeared, 0 disappeared, 1 changed, " + (facts.size() - 1) + " unchanged");
    }

    @Test
    void diffOfAFacts1RunAndAFacts2RunShowsTheCodesOfTheTableFacts() throws IOException {
        Fact cell = TestDocuments.budget("b").facts().get(0);
        Path facts2 = write("new.jsonl", List.of(cell));
        // the line as a version before facts/2 wrote it: no code key
        String facts1 = ModelJson.factLine(cell).replace("\"schema\":\"facts/2\"", "\"schema\":\"facts/1\"")
                .replace("\"code\":\"2080502\",", "");
        Path old = Files.writeString(dir.resolve("old.jsonl"), facts1 + "\n");

        Cli.Result result = Cli.run("diff", old.toString(), facts2.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.outLines()).containsExactly(
                "~ b 538,440  code: null → 2080502  «" + cell.sentence() + "»",
                "0 appeared, 0 disappeared, 1 changed, 0 unchanged");
    }

    private Path write(String name, List<Fact> facts) throws IOException {
        return Files.write(dir.resolve(name), facts.stream().map(ModelJson::factLine).toList());
    }

    private static Fact shifted(Fact f, int by) {
        Span sourceSpan = f.sourceSpan() == null ? null
                : new Span(f.sourceSpan().start() + by, f.sourceSpan().end() + by);
        return f.toBuilder().span(new Span(f.span().start() + by, f.span().end() + by)).sourceSpan(sourceSpan).build();
    }

    private static Fact withPeriod(Fact f, Integer period) {
        return f.withPeriod(period);
    }
}
