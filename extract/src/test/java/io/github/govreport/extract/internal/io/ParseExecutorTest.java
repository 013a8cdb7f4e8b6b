package io.github.govreport.extract.internal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class ParseExecutorTest {

    @Test
    void stuckParsesNeverHoldMoreThanTheBoundOfThreads() throws Exception {
        ParseExecutor executor = new ParseExecutor(2);
        CountDownLatch never = new CountDownLatch(1);
        List<ParseExecutor.Overrun> overruns = new ArrayList<>();
        int maxThreads = 0;
        for (int i = 0; i < 6; i++) {
            try {
                executor.run(() -> {
                    // a parser caught in a loop that ignores interrupts
                    while (never.getCount() > 0) {
                        try {
                            never.await();
                        } catch (InterruptedException ignored) {
                            // PDFBox and POI do not stop when interrupted either
                        }
                    }
                    return null;
                }, Duration.ofMillis(20));
            } catch (ParseExecutor.TimedOut e) {
                overruns.add(e.overrun());
            }
            maxThreads = Math.max(maxThreads, executor.threads());
        }
        assertThat(overruns).hasSize(6);
        assertThat(executor.abandoned()).isEqualTo(6);
        assertThat(maxThreads).isEqualTo(2);
        assertThat(overruns.subList(0, 2)).containsOnly(ParseExecutor.Overrun.RAN_TOO_LONG);
        // each later one waits a second for a thread that never frees
        assertThat(overruns.subList(2, 6)).containsOnly(ParseExecutor.Overrun.NO_THREAD_FREE);

        never.countDown();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (executor.threads() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(executor.threads()).as("idle parse threads end").isZero();
        assertThat(executor.run(() -> "ok", Duration.ofSeconds(5))).as("and new parses run again").isEqualTo("ok");
    }

    @Test
    void aParsesOwnFailureIsItsCause() {
        ParseExecutor executor = new ParseExecutor(1);
        assertThatThrownBy(() -> executor.run(() -> {
            throw new IOException("broken");
        }, Duration.ofSeconds(5))).isInstanceOf(ExecutionException.class).hasRootCauseMessage("broken");
        assertThat(executor.abandoned()).isZero();
    }
}
