package io.github.govreport.bench;

import io.github.govreport.core.Document;
import io.github.govreport.extract.ReportExtractor;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Extracts seed 001 from text five times in this JVM and prints one line: {@code ok facts peakMB
 * retainedMB}, or {@code oom} when the heap was too small. {@link BenchRunner} runs it in child JVMs
 * with decreasing {@code -Xmx} to find the smallest heap that extraction fits in; the peak is the
 * sum of the heap pools' peak usage (garbage included, so an upper bound of what is needed).
 */
public final class HeapCheck {

    private HeapCheck() {
    }

    public static void main(String[] args) {
        String text = Inputs.seed001Text();
        try {
            ReportExtractor extractor = ReportExtractor.create();
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                pool.resetPeakUsage();
            }
            Document document = null;
            for (int i = 0; i < 5; i++) {
                document = extractor.extract(text, "001");
            }
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            System.gc();
            long retained = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            System.out.printf(java.util.Locale.ROOT, "ok %d %.1f %.1f%n", document.facts().size(), peak / 1048576.0,
                    retained / 1048576.0);
        } catch (OutOfMemoryError e) {
            System.out.println("oom");
        }
    }
}
