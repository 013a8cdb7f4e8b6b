package io.github.govreport.cli;

import io.github.govreport.core.Document;
import io.github.govreport.extract.ExtractionException;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Extracts a batch of inputs on {@code jobs} worker threads and writes the documents in input
 * order, whatever order the workers finish in.
 *
 * <p>At most {@code 8 × jobs} inputs are in flight: the next input is handed to a worker only
 * when the oldest one has been written, so memory holds a few documents, never the batch. The
 * window is wide because reports differ in length by a factor of ten or more (a gazette issue
 * among county reports): while one worker reads the long one at the head, the others go on with
 * the short ones behind it instead of waiting for it to be written. With {@code 2 × jobs}, two
 * workers over 400 reports of mixed length stood idle a fifth of the time
 * (docs/performance.md). All
 * writing happens on the calling thread, one whole document at a time, so a writer needs no
 * locking and a cancelled run stops between two documents.
 */
final class BatchRunner {

    /** How often the calling thread wakes while it waits for a document, to see a cancel and to tick the progress. */
    private static final long POLL_MILLIS = 100;

    /** Inputs in flight per worker: read, being read or waiting to be written. */
    private static final int IN_FLIGHT_PER_JOB = 8;

    /** Reads one input into a document; shared by the workers, so it must be thread-safe. */
    @FunctionalInterface
    interface Extraction {
        Document extract(Input input) throws ExtractionException;
    }

    /** What the batch tells as it goes; called on the thread that runs the batch. */
    interface Listener {
        /** A document was extracted and written. */
        void written(Input input, Document document);

        /** An input failed; it is not in the output. */
        void failed(Failure failure);

        /** Nothing happened for a while; the document at the head of the queue is still being read. */
        default void waiting() {
        }
    }

    /** An input that yielded no document, and why, in one line. */
    record Failure(Input input, String reason, Throwable cause) {
        String path() {
            return input.label();
        }
    }

    /** How a run ended: inputs finished (written or failed) and whether it was cancelled before the end. */
    record Result(int finished, int failed, boolean cancelled) {
    }

    private final Extraction extraction;
    private final int jobs;
    private volatile boolean cancelled;

    BatchRunner(Extraction extraction, int jobs) {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1, was " + jobs);
        }
        this.extraction = extraction;
        this.jobs = jobs;
    }

    /** Asks a running batch to stop after the document it is writing; safe from any thread (a shutdown hook). */
    void cancel() {
        cancelled = true;
    }

    /**
     * Runs the batch: {@code writer.write} for each document, in input order, under the id that
     * {@link DocumentIds} gives it; {@code start} and {@code finish} are the caller's. An
     * IOException of the writer ends the batch.
     */
    Result run(List<Input> inputs, FactWriter writer, Listener listener) throws IOException {
        ExecutorService workers = Executors.newFixedThreadPool(jobs, new WorkerThreads());
        Deque<Future<Outcome>> window = new ArrayDeque<>();
        Iterator<Input> next = inputs.iterator();
        DocumentIds ids = new DocumentIds();
        int finished = 0;
        int failed = 0;
        try {
            while (!cancelled && (next.hasNext() || !window.isEmpty())) {
                while (window.size() < IN_FLIGHT_PER_JOB * jobs && next.hasNext()) {
                    Input input = next.next();
                    window.add(workers.submit(() -> extract(input)));
                }
                Outcome outcome = awaitHead(window, listener);
                if (outcome == null) {
                    break;   // cancelled while waiting
                }
                window.remove();
                if (outcome.failure == null) {
                    // Ids are given here, in input order, so that they are the same whatever the jobs.
                    Document document = ids.give(outcome.document);
                    writer.write(document);
                    listener.written(outcome.input, document);
                } else {
                    ids.hold(outcome.input);
                    failed++;
                    listener.failed(outcome.failure);
                }
                finished++;
            }
        } finally {
            // Workers still reading are abandoned: interrupted, and daemon threads, so they cannot keep the JVM alive.
            workers.shutdownNow();
        }
        return new Result(finished, failed, cancelled && finished < inputs.size());
    }

    /** The outcome of the oldest input in flight, or null when the batch is cancelled first. */
    private Outcome awaitHead(Deque<Future<Outcome>> window, Listener listener) throws IOException {
        Future<Outcome> head = window.element();
        while (!cancelled) {
            try {
                return head.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                listener.waiting();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            } catch (ExecutionException e) {
                // extract() catches what an input can throw; anything else is a bug in this class.
                throw new IllegalStateException(e.getCause());
            }
        }
        return null;
    }

    /** Runs on a worker: never throws, so that one input's problem costs that input only. */
    private Outcome extract(Input input) {
        if (cancelled) {
            return Outcome.failed(input, "not read: the run was interrupted", null);
        }
        if (input instanceof Input.Unreadable unreadable) {
            return Outcome.failed(input, unreadable.reason(), null);
        }
        try {
            return new Outcome(input, extraction.extract(input), null);
        } catch (ExtractionException e) {
            return Outcome.failed(input, e.reason(), e);
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            // A bug, or a parser whose classes are missing, costs this input only; the others may still be read.
            return Outcome.failed(input, "internal error: " + Messages.describe(e), e);
        } catch (OutOfMemoryError e) {
            // What this input allocated is garbage once we are here, so the next input has the memory again.
            return Outcome.failed(input, Messages.OUT_OF_MEMORY, e);
        }
    }

    /** A document read, or the failure that took its place. */
    private record Outcome(Input input, Document document, Failure failure) {
        static Outcome failed(Input input, String reason, Throwable cause) {
            return new Outcome(input, null, new Failure(input, reason, cause));
        }
    }

    /** Named daemon threads: a parse stuck past the end of the run must not keep the JVM alive. */
    private static final class WorkerThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "govreport-extract-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
