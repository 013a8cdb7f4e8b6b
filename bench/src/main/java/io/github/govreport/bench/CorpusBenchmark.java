package io.github.govreport.bench;

import io.github.govreport.extract.ReportExtractor;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput over the whole seed corpus (the five seeds as text, one operation = all five) with one
 * extractor shared by every thread, as the library is meant to be used. {@link BenchRunner} runs it
 * with one thread and with two: the ratio of their throughputs is the parallel speed-up.
 *
 * <p>Before JMH's warm-up, the setup runs the corpus on one thread for {@link #COMPILE_SECONDS}
 * seconds, for both thread counts alike. With two benchmark threads on two cores the JIT's
 * compiler threads get little of the machine, and the two-thread throughput was still climbing
 * after 30 s of warm-up (16 → 25 ops/s over the measured iterations): the ratio then measured
 * how far compilation had got, not how the extractor scales.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CorpusBenchmark {

    private final ReportExtractor extractor = ReportExtractor.create();
    private final List<String[]> seeds = Inputs.named("seeds").stream()
            .map(in -> new String[] {new String(in.bytes(), java.nio.charset.StandardCharsets.UTF_8), in.id()})
            .toList();

    /** How long the setup runs the corpus on one thread so that the JIT has compiled the pipeline. */
    static final int COMPILE_SECONDS = 20;

    @Setup(Level.Trial)
    public void compile() {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(COMPILE_SECONDS);
        while (System.nanoTime() < end) {
            for (String[] seed : seeds) {
                extractor.extract(seed[0], seed[1]);
            }
        }
    }

    @Benchmark
    public void corpus(Blackhole bh) {
        for (String[] seed : seeds) {
            bh.consume(extractor.extract(seed[0], seed[1]));
        }
    }
}
