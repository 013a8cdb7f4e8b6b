package io.github.govreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C in the middle of a batch: a child JVM is stopped with SIGTERM, which runs the shutdown
 * hooks as SIGINT does, once it has written its first document; it exits with 143 (SIGINT: 130).
 */
class InterruptTest {

    private static final int INPUTS = 30;

    @TempDir
    private Path dir;

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void anInterruptedRunLeavesNoFileAndSaysSo() throws Exception {
        Path reports = largeReports();
        Path output = dir.resolve("facts.jsonl");

        ChildJvm child = ChildJvm.start(dir, List.of(), "extract", "-j", "1", "-o", output.toString(),
                reports.toString());
        awaitFirstDocumentIn(dir, child);
        child.process().destroy();

        assertThat(child.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
        // The JVM's status after a signal, 128 + 15, as --help lists it.
        assertThat(child.process().exitValue()).isEqualTo(ExitCodes.TERMINATED);
        assertThat(child.stderr()).containsPattern("govreport: interrupted after \\d+ of " + INPUTS + " inputs; "
                + Pattern.quote(output.toAbsolutePath() + " not written"));
        assertThat(output).doesNotExist();
        assertThat(filesIn(dir)).noneMatch(file -> file.getFileName().toString().endsWith(".tmp"));
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void anInterruptedSqliteRunHoldsOnlyWholeDocuments() throws Exception {
        Path reports = largeReports();
        Path db = dir.resolve("facts.db");
        ChildJvm child = ChildJvm.start(dir, List.of(), "extract", "-j", "1", "--format", "sqlite",
                "-o", db.toString(), reports.toString());
        awaitFirstCommit(db, child);
        child.process().destroy();

        assertThat(child.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.process().exitValue()).isEqualTo(ExitCodes.TERMINATED);
        assertThat(child.stderr()).containsPattern("govreport: interrupted after \\d+ of " + INPUTS
                + " inputs; \\d+ documents committed to ");
        try (Connection connection = SqliteWriterTest.connect(db)) {
            long documents = SqliteWriterTest.count(connection, "SELECT count(*) FROM documents");
            assertThat(documents).isBetween(1L, INPUTS - 1L);
            // Each document's facts column says how many it has; a half-written one would have fewer rows.
            assertThat(SqliteWriterTest.count(connection, "SELECT count(*) FROM documents d WHERE d.facts <> "
                    + "(SELECT count(*) FROM facts f WHERE f.doc = d.doc)")).isZero();
            assertThat(SqliteWriterTest.count(connection, "SELECT count(*) FROM facts")).isPositive();
        }
    }

    @Test
    void theHookCancelsWaitsForTheCleanUpAndReports() throws Exception {
        StringWriter err = new StringWriter();
        AtomicBoolean cancelled = new AtomicBoolean();
        CountDownLatch cancelSeen = new CountDownLatch(1);
        InterruptGuard guard = new InterruptGuard(() -> {
            cancelled.set(true);
            cancelSeen.countDown();
        }, () -> "interrupted after 3 of 10 inputs; out.jsonl not written", new PrintWriter(err));
        Thread run = new Thread(() -> {
            try {
                cancelSeen.await();
                err.write("cleaning up\n");   // the run cleans up before the hook reports
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            guard.cleanedUp();
        });
        run.start();

        guard.interrupted();

        run.join();
        assertThat(cancelled).isTrue();
        assertThat(err.toString()).isEqualTo(
                "cleaning up\ngovreport: interrupted after 3 of 10 inputs; out.jsonl not written\n");
    }

    @Test
    void theHookSaysNothingOnceTheRunHasEnded() {
        StringWriter err = new StringWriter();
        AtomicBoolean cancelled = new AtomicBoolean();
        InterruptGuard guard = new InterruptGuard(() -> cancelled.set(true), () -> "interrupted", new PrintWriter(err));
        guard.cleanedUp();

        guard.interrupted();

        assertThat(cancelled).isFalse();
        assertThat(err.toString()).isEmpty();
    }

    /** Copies of the longest seed, each a quarter of a second or more to read: the run lasts long enough to be stopped. */
    private Path largeReports() throws IOException {
        Path reports = Files.createDirectory(dir.resolve("reports"));
        Path seed = BatchExtractTest.SEEDS.resolve("001_5ae12cae80745738.txt");
        for (int i = 0; i < INPUTS; i++) {
            Files.copy(seed, reports.resolve(String.format("r%02d.txt", i)));
        }
        return reports;
    }

    private static void awaitFirstDocumentIn(Path dir, ChildJvm child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && child.process().isAlive()) {
            for (Path file : filesIn(dir)) {
                if (file.getFileName().toString().endsWith(".tmp") && Files.size(file) > 0) {
                    return;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no document written: " + child.stderr());
    }

    private static void awaitFirstCommit(Path db, ChildJvm child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && child.process().isAlive()) {
            if (Files.exists(db)) {
                try (Connection connection = SqliteWriterTest.connect(db)) {
                    if (SqliteWriterTest.count(connection, "SELECT count(*) FROM documents") > 0) {
                        return;
                    }
                } catch (java.sql.SQLException e) {
                    // the tables are not there yet
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no document committed: " + child.stderr());
    }

    private static List<Path> filesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.toList();
        }
    }
}
