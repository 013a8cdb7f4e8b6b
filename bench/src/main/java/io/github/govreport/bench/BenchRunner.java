package io.github.govreport.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the benchmarks and prints the figures of issue 8 against their targets, every ratio from
 * the same run: the text pipeline against HanLP's segmentation of the same text, seed 001 from text
 * to facts, two threads against one, the time per character over 1×, 4× and 16× a report, and the
 * smallest heap that extracting seed 001 fits in.
 *
 * <pre>
 * java -jar bench/target/govreport-bench.jar                 # everything, about 22 minutes on 2 cores
 * java -jar bench/target/govreport-bench.jar --quick         # shorter warm-up and iterations, about 12 minutes
 * java -jar bench/target/govreport-bench.jar --only stages --inputs 001 --prof stack
 * </pre>
 *
 * Options: {@code --quick}; {@code --only stages,threads,scaling,pdf,heap}; {@code --inputs seeds,001,f003.pdf,…}
 * (the inputs of the stage benchmarks); {@code --stages read,quantities,…} (only these stage benchmarks:
 * read, normalise, structure, sentences, quantities, facts, pipelineText, pipelineFile, hanlpBaseline); {@code --prof NAME[:OPTIONS]} (a JMH profiler: stack, gc, jfr …);
 * {@code --json FILE} (JMH's own results as JSON).
 */
public final class BenchRunner {

    private static final List<String> DEFAULT_INPUTS = List.of("seeds", "001", "f003.pdf", "f003.docx");

    private BenchRunner() {
    }

    public static void main(String[] args) throws RunnerException, IOException, InterruptedException {
        boolean quick = false;
        Set<String> only = Set.of("stages", "threads", "scaling", "pdf", "heap");
        List<String> inputs = DEFAULT_INPUTS;
        List<String> profilers = new ArrayList<>();
        Path json = null;
        String stageFilter = "";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--only" -> only = Set.of(args[++i].split(","));
                case "--inputs" -> inputs = List.of(args[++i].split(","));
                case "--prof" -> profilers.add(args[++i]);
                case "--json" -> json = Path.of(args[++i]);
                case "--stages" -> stageFilter = "(" + args[++i].replace(',', '|') + ")$";
                default -> {
                    System.err.println("usage: govreport-bench [--quick] [--only stages,threads,scaling,pdf,heap] "
                            + "[--inputs seeds,001,f003.pdf,...] [--stages read,normalise,...] [--prof NAME[:OPTIONS]] [--json FILE]");
                    System.exit(2);
                }
            }
        }

        Map<String, Double> scores = new LinkedHashMap<>();
        List<RunResult> all = new ArrayList<>();
        if (only.contains("stages")) {
            ChainedOptionsBuilder stages = options(quick, profilers, json, "stages")
                    .include(StageBenchmark.class.getName() + "\\." + stageFilter)
                    .param("input", inputs.toArray(String[]::new));
            collect(new Runner(stages.build()).run(), scores, all);
        }
        if (only.contains("threads")) {
            for (int threads : new int[] {1, 2}) {
                // Three forks: how fast one JVM's compiled code comes out varies from fork to fork,
                // and a ratio of two single forks would show that variance more than the scaling.
                ChainedOptionsBuilder corpus = options(quick, profilers, json, "threads" + threads)
                        .include(CorpusBenchmark.class.getName() + "\\.").threads(threads).forks(quick ? 1 : 3);
                for (RunResult r : new Runner(corpus.build()).run()) {
                    scores.put("corpus/threads=" + threads, r.getPrimaryResult().getScore());
                    all.add(r);
                }
            }
        }
        if (only.contains("scaling")) {
            ChainedOptionsBuilder scaling = options(quick, profilers, json, "scaling")
                    .include(ScalingBenchmark.class.getName() + "\\.");
            collect(new Runner(scaling.build()).run(), scores, all);
        }
        if (only.contains("pdf")) {
            collect(new Runner(options(quick, profilers, json, "pdf")
                    .include(PdfBookBenchmark.class.getName() + "\\.").build()).run(), scores, all);
        }
        String heap = only.contains("heap") ? heap() : null;

        printTimes(all);
        printTargets(scores, inputs);
        if (heap != null) {
            System.out.println(heap);
        }
    }

    /** Every benchmark's mean time with its error. */
    private static void printTimes(List<RunResult> all) {
        System.out.println();
        System.out.printf(Locale.ROOT, "== stage and pipeline times (ms per operation, mean ± 99.9%% error) ==%n");
        for (RunResult r : all) {
            System.out.printf(Locale.ROOT, "%-40s %10.3f ± %.3f %s%n", key(r), r.getPrimaryResult().getScore(),
                    r.getPrimaryResult().getScoreError(), r.getPrimaryResult().getScoreUnit());
        }
        System.out.println();
    }

    /** The figures the performance targets are stated in (docs/performance.md), each with its target. */
    private static void printTargets(Map<String, Double> scores, List<String> inputs) {
        System.out.println("== targets (issue 8, issue 4) ==");
        for (String input : inputs) {
            ratio(scores, "pipeline vs HanLP baseline, " + input + " (baseline time / pipeline time)",
                    "hanlpBaseline/" + input, "pipelineText/" + input, ">= 1.0");
        }
        Double seed001 = scores.get("pipelineText/001");
        if (seed001 != null) {
            System.out.printf(Locale.ROOT, "%-72s %8.1f ms   target < 100 ms%n", "seed 001 text -> facts, warm",
                    seed001);
        }
        Double seed001File = scores.get("pipelineFile/001");
        if (seed001File != null) {
            System.out.printf(Locale.ROOT, "%-72s %8.1f ms   target well under 1 s%n",
                    "seed 001 bytes -> facts (read included), warm (issue 4)", seed001File);
        }
        ratio(scores, "270-page PDF book: layout reader vs Tika's text (layout time / Tika time)",
                "layoutText/threads=1", "tikaText/threads=1", "< 2");
        ratio(scores, "two threads vs one over the corpus (throughput 2 / throughput 1)", "corpus/threads=2",
                "corpus/threads=1", ">= 1.8");
        Double one = scores.get("pipeline/copies=1");
        if (one != null) {
            for (int n : new int[] {4, 16}) {
                Double many = scores.get("pipeline/copies=" + n);
                if (many != null) {
                    System.out.printf(Locale.ROOT, "%-72s %8.2f      target about 1 (linear)%n",
                            "time per character, " + n + "x seed 001 / 1x", many / n / one);
                }
            }
        }
    }

    /**
     * JMH's options for one part. The warm-up is long on purpose: C2 takes 10–15 s of running to
     * compile the pipeline (its many regular expressions make thousands of compilations), and a
     * shorter warm-up measures half-compiled code (docs/performance.md). The thread benchmarks also compile
     * on one thread in their setup ({@link CorpusBenchmark#compile}).
     */
    private static ChainedOptionsBuilder options(boolean quick, List<String> profilers, Path json, String part) {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .forks(1)
                .warmupIterations(quick ? 5 : 8)
                .warmupTime(TimeValue.seconds(2))
                .measurementIterations(quick ? 3 : 5)
                .measurementTime(TimeValue.seconds(quick ? 1 : 2))
                .shouldFailOnError(true)
                // the same collector as the command line, so that the figures are the ones users see
                .jvmArgsAppend("-XX:+UseSerialGC", "-Xms512m", "-Xmx2g");
        for (String profiler : profilers) {
            int colon = profiler.indexOf(':');
            options = colon < 0 ? options.addProfiler(profiler)
                    : options.addProfiler(profiler.substring(0, colon), profiler.substring(colon + 1));
        }
        if (json != null) {
            String name = json.getFileName().toString().replaceFirst("\\.json$", "");
            options = options.resultFormat(ResultFormatType.JSON)
                    .result(json.resolveSibling(name + "-" + part + ".json").toString());
        }
        return options;
    }

    private static void collect(Collection<RunResult> results, Map<String, Double> scores, List<RunResult> all) {
        for (RunResult r : results) {
            scores.put(key(r), r.getPrimaryResult().getScore());
            all.add(r);
        }
    }

    private static String key(RunResult r) {
        String benchmark = r.getParams().getBenchmark();
        String name = benchmark.substring(benchmark.lastIndexOf('.') + 1);
        String input = r.getParams().getParam("input");
        String copies = r.getParams().getParam("copies");
        if (input != null) {
            return name + "/" + input;
        }
        if (copies != null) {
            return name + "/copies=" + copies;
        }
        return name + "/threads=" + r.getParams().getThreads();
    }

    private static void ratio(Map<String, Double> scores, String what, String numerator, String denominator,
                              String target) {
        Double n = scores.get(numerator);
        Double d = scores.get(denominator);
        if (n != null && d != null) {
            System.out.printf(Locale.ROOT, "%-72s %8.2f      target %s%n", what, n / d, target);
        }
    }

    /**
     * Runs {@link HeapCheck} in child JVMs with the serial collector and a shrinking {@code -Xmx}
     * until extraction of seed 001 no longer fits, then once with the default collector at 64 MB.
     */
    private static String heap() throws IOException, InterruptedException {
        StringBuilder report = new StringBuilder();
        Integer smallest = null;
        String at64 = null;
        for (int mb : new int[] {64, 48, 32, 24, 16, 12}) {
            String line = child("-XX:+UseSerialGC", "-Xmx" + mb + "m");
            if (mb == 64) {
                at64 = line;
            }
            if (!line.startsWith("ok")) {
                break;
            }
            smallest = mb;
        }
        String g1 = child("-XX:+UseG1GC", "-Xmx64m");
        report.append(String.format(Locale.ROOT, "%-72s %8s      target < 64 MB%n",
                "smallest -Xmx (serial GC) that extracts seed 001 from text, MB", smallest == null ? "none" : smallest));
        report.append(String.format(Locale.ROOT, "%-72s %s%n", "  at -Xmx64m, serial GC: ok facts peakMB retainedMB",
                at64));
        report.append(String.format(Locale.ROOT, "%-72s %s", "  at -Xmx64m, G1: ok facts peakMB retainedMB", g1));
        return report.toString();
    }

    private static String child(String... jvmArgs) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Arrays.asList(jvmArgs));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(HeapCheck.class.getName());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String last = "no output";
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("ok") || line.equals("oom")) {
                    last = line;
                }
            }
        }
        process.waitFor();
        return last;
    }
}
