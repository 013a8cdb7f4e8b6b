package io.github.govreport.bench;

import com.hankcs.hanlp.HanLP;
import io.github.govreport.corpus.Corpus;
import io.github.govreport.corpus.Seed;
import io.github.govreport.extract.ReportExtractor;
import io.github.govreport.extract.dict.Dictionaries;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The text pipeline and HanLP's segmentation of the same lines, run in turn in one JVM (seed 001,
 * then the five seeds), so that background load on a shared machine hits both sides of each ratio
 * alike; prints the medians and minima of the rounds. A companion to {@link StageBenchmark} for
 * A/B comparisons on a busy machine, not a replacement: JMH remains the reference on a quiet one.
 *
 * <p>{@code java -XX:+UseSerialGC -Xms512m -Xmx2g -cp bench/target/govreport-bench.jar
 * io.github.govreport.bench.Interleaved [rounds]} (default 20 rounds after 8 warm-up rounds).
 */
public final class Interleaved {

    private Interleaved() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        List<String> texts = new ArrayList<>();
        String seed001 = null;
        for (Seed seed : Corpus.seeds()) {
            texts.add(seed.text());
            if (seed.id().startsWith("001_")) {
                seed001 = seed.text();
            }
        }
        ReportExtractor extractor = ReportExtractor.builder().dictionaries(Dictionaries.bundled()).build();
        List<String> all = texts;
        List<String> one = List.of(seed001);
        List<List<String>> allLines = all.stream().map(Interleaved::lines).toList();
        List<List<String>> oneLines = one.stream().map(Interleaved::lines).toList();
        long sink = 0;
        for (int i = 0; i < 8; i++) {
            sink += pipeline(extractor, all) + hanlp(allLines);
        }
        double[][] times = new double[4][rounds];   // pipeline 001, HanLP 001, pipeline seeds, HanLP seeds
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            sink += pipeline(extractor, one);
            long t1 = System.nanoTime();
            sink += hanlp(oneLines);
            long t2 = System.nanoTime();
            sink += pipeline(extractor, all);
            long t3 = System.nanoTime();
            sink += hanlp(allLines);
            long t4 = System.nanoTime();
            times[0][r] = (t1 - t0) / 1e6;
            times[1][r] = (t2 - t1) / 1e6;
            times[2][r] = (t3 - t2) / 1e6;
            times[3][r] = (t4 - t3) / 1e6;
        }
        print("001", times[0], times[1]);
        print("seeds", times[2], times[3]);
        if (sink == 42) {
            System.out.println();   // keeps the work observable
        }
    }

    private static long pipeline(ReportExtractor extractor, List<String> texts) {
        long facts = 0;
        for (String text : texts) {
            facts += extractor.extract(text, "bench").facts().size();
        }
        return facts;
    }

    private static List<String> lines(String text) {
        return text.lines().filter(l -> !l.isBlank()).toList();
    }

    /** As {@link StageBenchmark#hanlpBaseline}: {@code HanLP.segment} on every non-blank line, split beforehand. */
    private static long hanlp(List<List<String>> documents) {
        long terms = 0;
        for (List<String> lines : documents) {
            for (String line : lines) {
                terms += HanLP.segment(line).size();
            }
        }
        return terms;
    }

    private static void print(String input, double[] pipeline, double[] hanlp) {
        System.out.printf("%s: pipeline median %.1f min %.1f ms | HanLP median %.1f min %.1f ms | "
                        + "baseline/pipeline of medians %.2f, of minima %.2f%n", input, median(pipeline),
                min(pipeline), median(hanlp), min(hanlp), median(hanlp) / median(pipeline), min(hanlp) / min(pipeline));
    }

    private static double median(double[] x) {
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double min(double[] x) {
        return Arrays.stream(x).min().orElseThrow();
    }
}
