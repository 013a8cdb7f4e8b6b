package io.github.govreport.cli;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * What Ctrl-C (or a kill) does to a running batch: a shutdown hook cancels the batch, waits for
 * the run to clean up after itself (the temporary file deleted, the database closed between two
 * documents) and then says what was done. Installed for the length of one run.
 */
final class InterruptGuard implements AutoCloseable {

    /** How long the hook waits for the run to stop; a document being written finishes first. */
    private static final long CLEAN_UP_SECONDS = 30;

    private final Runnable cancel;
    private final Supplier<String> report;
    private final PrintWriter err;
    private final CountDownLatch cleanedUp = new CountDownLatch(1);
    private final Thread hook;

    /**
     * @param cancel  asks the run to stop (from the hook's thread)
     * @param report  the message to print once the run has cleaned up, e.g. "interrupted after 3 of 10 inputs; …"
     */
    InterruptGuard(Runnable cancel, Supplier<String> report, PrintWriter err) {
        this.cancel = cancel;
        this.report = report;
        this.err = err;
        this.hook = new Thread(this::interrupted, "govreport-interrupt");
    }

    /** Installs the hook. */
    InterruptGuard install() {
        Runtime.getRuntime().addShutdownHook(hook);
        return this;
    }

    /** The run has stopped and cleaned up, interrupted or not. Called by the run's thread. */
    void cleanedUp() {
        cleanedUp.countDown();
    }

    /** What the hook runs; called directly by tests. Does nothing once the run has cleaned up. */
    void interrupted() {
        if (cleanedUp.getCount() == 0) {
            return;   // the run ended by itself; the JVM is just exiting
        }
        cancel.run();
        try {
            if (!cleanedUp.await(CLEAN_UP_SECONDS, TimeUnit.SECONDS)) {
                err.println("govreport: interrupted; the run did not stop within " + CLEAN_UP_SECONDS + " s");
                err.flush();
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        err.println("govreport: " + report.get());
        err.flush();
    }

    /** Removes the hook, unless the JVM is already shutting down (then the hook is running or has run). */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // shutdown in progress: the hook stays
        }
    }
}
