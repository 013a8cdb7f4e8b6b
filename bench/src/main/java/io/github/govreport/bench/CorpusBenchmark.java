package io.github.govreport.bench;

import io.github.govreport.extract.ReportExtractor;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput over the whole seed corpus (the five seeds as text, one operation = all five) with one
 * extractor shared by every thread, as the library is meant to be used. {@link BenchRunner} runs it
 * with one thread and with two: the ratio of their throughputs is the parallel speed-up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CorpusBenchmark {

    private final ReportExtractor extractor = ReportExtractor.create();
    private final List<String[]> seeds = Inputs.named("seeds").stream()
            .map(in -> new String[] {new String(in.bytes(), java.nio.charset.StandardCharsets.UTF_8), in.id()})
            .toList();

    @Benchmark
    public void corpus(Blackhole bh) {
        for (String[] seed : seeds) {
            bh.consume(extractor.extract(seed[0], seed[1]));
        }
    }
}
