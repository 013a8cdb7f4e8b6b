package io.github.govreport.bench;

import io.github.govreport.extract.ReportExtractor;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The whole text pipeline over 1, 4 and 16 copies of seed 001 (joined by a blank line): the time
 * per character should not grow with the length (no quadratic path in normalisation, offset mapping
 * or section search).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScalingBenchmark {

    @Param({"1", "4", "16"})
    public int copies;

    private final ReportExtractor extractor = ReportExtractor.create();
    private String text;

    @Setup(Level.Trial)
    public void prepare() {
        text = copies(Inputs.seed001Text(), copies);
    }

    static String copies(String report, int n) {
        StringBuilder all = new StringBuilder(report.length() * n + 2 * n);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                all.append("\n\n");
            }
            all.append(report);
        }
        return all.toString();
    }

    @Benchmark
    public void pipeline(Blackhole bh) {
        bh.consume(extractor.extract(text, "copies"));
    }
}
