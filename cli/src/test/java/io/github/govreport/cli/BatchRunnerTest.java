package io.github.govreport.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.govreport.core.Document;
import io.github.govreport.extract.ExtractionException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The batch on worker threads, with a fake extraction instead of the extractor. */
class BatchRunnerTest {

    private final List<String> written = Collections.synchronizedList(new ArrayList<>());
    private final List<String> failed = new ArrayList<>();

    @Test
    void documentsAreWrittenInInputOrderWhateverOrderTheWorkersFinishIn() throws IOException {
        List<Input> inputs = files(40);
        BatchRunner runner = new BatchRunner(input -> {
            sleepMillis(ThreadLocalRandom.current().nextInt(5));   // finish out of order
            return TestDocuments.document(id(input));
        }, 4);

        BatchRunner.Result result = runner.run(inputs, recordingWriter(), listener());

        assertThat(written).containsExactlyElementsOf(inputs.stream().map(BatchRunnerTest::id).toList());
        assertThat(result).isEqualTo(new BatchRunner.Result(40, 0, false));
    }

    @Test
    void failuresTakeTheirPlaceInOrderAndTheOtherInputsGoOn() throws IOException {
        List<Input> inputs = new ArrayList<>(files(5));
        inputs.add(2, new Input.Unreadable("missing.txt", "no such file or directory"));
        BatchRunner runner = new BatchRunner(input -> {
            switch (id(input)) {
                case "d1" -> throw new ExtractionException("d1.txt", ExtractionException.Kind.EMPTY, "empty file");
                case "d3" -> throw new IllegalStateException("a bug");
                case "d4" -> throw new OutOfMemoryError("Java heap space");
                default -> {
                    return TestDocuments.document(id(input));
                }
            }
        }, 3);

        BatchRunner.Result result = runner.run(inputs, recordingWriter(), listener());

        assertThat(written).containsExactly("d0", "d2");
        assertThat(failed).containsExactly(
                "d1.txt: empty file",
                "missing.txt: no such file or directory",
                "d3.txt: internal error: a bug",
                "d4.txt: " + Messages.OUT_OF_MEMORY);
        assertThat(result).isEqualTo(new BatchRunner.Result(6, 4, false));
    }

    @Test
    void atMostEightTimesTheJobsAreInFlight() throws IOException {
        AtomicInteger started = new AtomicInteger();
        AtomicInteger mostAhead = new AtomicInteger();
        BatchRunner runner = new BatchRunner(input -> {
            int ahead = started.incrementAndGet() - written.size();
            mostAhead.accumulateAndGet(ahead, Math::max);
            return TestDocuments.document(id(input));
        }, 3);

        runner.run(files(200), recordingWriter(), listener());

        assertThat(written).hasSize(200);
        // In flight: read but not yet written. The window holds 24; the head being written makes one more.
        assertThat(mostAhead.get()).isBetween(1, 25);
    }

    @Test
    void aLongReportAtTheHeadDoesNotStopTheOtherWorkers() throws Exception {
        // The first report takes until seven short ones behind it have been read: with a window of
        // only 2 × jobs the second worker would stop after three, waiting for the first to be written.
        CountDownLatch shortOnesRead = new CountDownLatch(7);
        AtomicBoolean headWaitedInVain = new AtomicBoolean();
        BatchRunner runner = new BatchRunner(input -> {
            if (id(input).equals("d0")) {
                try {
                    headWaitedInVain.set(!shortOnesRead.await(10, TimeUnit.SECONDS));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            } else {
                shortOnesRead.countDown();
            }
            return TestDocuments.document(id(input));
        }, 2);

        runner.run(files(20), recordingWriter(), listener());

        assertThat(headWaitedInVain).isFalse();
        assertThat(written).hasSize(20).startsWith("d0", "d1", "d2");
    }

    @Test
    void clashingIdsAreGivenInInputOrderWhateverOrderTheWorkersFinishIn() throws IOException {
        // d0/report.txt … d7/report.txt: every document is "report"; the third input fails and still takes its id.
        List<Input> inputs = IntStream.range(0, 8).<Input>mapToObj(i -> new Input.File(Path.of("d" + i, "report.txt")))
                .toList();
        BatchRunner runner = new BatchRunner(input -> {
            sleepMillis(ThreadLocalRandom.current().nextInt(5));   // finish out of order
            if (input.label().startsWith("d2")) {
                throw new ExtractionException(input.label(), ExtractionException.Kind.EMPTY, "empty file");
            }
            return TestDocuments.document("report");
        }, 4);

        List<String> told = new ArrayList<>();
        runner.run(inputs, recordingWriter(), new BatchRunner.Listener() {
            @Override
            public void written(Input input, Document document) {
                told.add(input.label() + " " + document.id() + " " + document.facts().get(0).id());
            }

            @Override
            public void failed(BatchRunner.Failure failure) {
                told.add(failure.path() + " failed");
            }
        });

        assertThat(written).containsExactly("report", "report~2", "report~4", "report~5", "report~6", "report~7",
                "report~8");
        assertThat(told).startsWith(Path.of("d0", "report.txt") + " report report#1",
                Path.of("d1", "report.txt") + " report~2 report~2#1",
                Path.of("d2", "report.txt") + " failed",
                Path.of("d3", "report.txt") + " report~4 report~4#1");
    }

    @Test
    void aWriteErrorEndsTheBatch() {
        BatchRunner runner = new BatchRunner(input -> TestDocuments.document(id(input)), 2);
        FactWriter broken = document -> {
            throw new IOException("No space left on device");
        };

        assertThatThrownBy(() -> runner.run(files(3), broken, listener())).hasMessage("No space left on device");
    }

    @Test
    void cancelStopsBetweenTwoDocumentsWhileAnInputIsStillBeingRead() throws Exception {
        CountDownLatch secondStarted = new CountDownLatch(1);
        CountDownLatch firstWritten = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        BatchRunner runner = new BatchRunner(input -> {
            if (id(input).equals("d1")) {
                secondStarted.countDown();
                awaitQuietly(never);   // a parse that hangs
            }
            return TestDocuments.document(id(input));
        }, 1);
        Thread canceller = new Thread(() -> {
            awaitQuietly(secondStarted);
            awaitQuietly(firstWritten);
            runner.cancel();
        });
        canceller.start();

        long start = System.nanoTime();
        BatchRunner.Result result = runner.run(files(5), document -> {
            written.add(document.id());
            firstWritten.countDown();
        }, listener());

        assertThat(result).isEqualTo(new BatchRunner.Result(1, 0, true));
        assertThat(written).containsExactly("d0");
        assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(5));
        canceller.join();
    }

    @Test
    void jobsMustBePositive() {
        assertThatThrownBy(() -> new BatchRunner(input -> null, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private FactWriter recordingWriter() {
        return document -> written.add(document.id());
    }

    private BatchRunner.Listener listener() {
        return new BatchRunner.Listener() {
            @Override
            public void written(Input input, Document document) {
                assertThat(document.id()).isEqualTo(id(input));
            }

            @Override
            public void failed(BatchRunner.Failure failure) {
                failed.add(failure.path() + ": " + failure.reason());
            }
        };
    }

    private static List<Input> files(int n) {
        return IntStream.range(0, n).<Input>mapToObj(i -> new Input.File(Path.of("d" + i + ".txt"))).toList();
    }

    private static String id(Input input) {
        return input.label().replace(".txt", "");
    }

    private static void sleepMillis(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
