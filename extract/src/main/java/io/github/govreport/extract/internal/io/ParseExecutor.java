package io.github.govreport.extract.internal.io;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that PDF, Word and HTML parses run on, for one reader: at most {@code threads} at
 * once, stuck ones included. PDFBox and POI do not answer interrupts, so a parse that overruns its
 * time is cancelled (interrupted, or taken from the queue if it had not started) and counted; if
 * its parser is caught in a loop it keeps its thread until it ends, and later parses wait for a
 * free thread instead of starting ever more. Idle threads end after a second, so a reader that is
 * no longer used leaves no thread behind. Thread-safe.
 */
final class ParseExecutor {

    /** How long a parse may wait for a free thread at least, whatever its own time limit. */
    private static final Duration START = Duration.ofSeconds(1);
    /** How long an idle parse thread waits for work before it ends. */
    private static final Duration IDLE = Duration.ofSeconds(1);

    private final ThreadPoolExecutor pool;
    private final AtomicInteger abandoned = new AtomicInteger();

    /** What came of one parse that did not finish in time. */
    enum Overrun {
        /** It ran for the whole time and was cancelled. */
        RAN_TOO_LONG,
        /** It never started: every thread was taken, by parses stuck before it. */
        NO_THREAD_FREE
    }

    /** Thrown when a parse did not end within its time. */
    static final class TimedOut extends Exception {
        private final Overrun overrun;

        TimedOut(Overrun overrun) {
            super(overrun.name());
            this.overrun = overrun;
        }

        Overrun overrun() {
            return overrun;
        }
    }

    ParseExecutor(int threads) {
        if (threads <= 0) {
            throw new IllegalArgumentException("parse threads must be positive, was " + threads);
        }
        AtomicInteger number = new AtomicInteger();
        ThreadFactory factory = task -> {
            Thread thread = new Thread(task, "govreport-parse-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        pool = new ThreadPoolExecutor(threads, threads, IDLE.toMillis(), TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), factory);
        pool.allowCoreThreadTimeOut(true);
    }

    /**
     * Runs {@code parse} on a parse thread and waits at most {@code timeout} from its start; a
     * parse that no thread takes up within {@code timeout} (at least {@link #START}) is not started.
     *
     * @throws TimedOut            when it did not end in time, or did not start; it is cancelled
     * @throws ExecutionException  when it failed; the cause is its exception
     * @throws InterruptedException when the caller was interrupted; the parse is cancelled
     */
    <T> T run(Callable<T> parse, Duration timeout) throws TimedOut, ExecutionException, InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        Future<T> future = pool.submit(() -> {
            started.countDown();
            return parse.call();
        });
        try {
            long wait = Math.max(timeout.toMillis(), START.toMillis());
            if (!started.await(wait, TimeUnit.MILLISECONDS)) {
                future.cancel(true);
                abandoned.incrementAndGet();
                throw new TimedOut(Overrun.NO_THREAD_FREE);
            }
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            abandoned.incrementAndGet();
            throw new TimedOut(Overrun.RAN_TOO_LONG);
        } catch (InterruptedException e) {
            future.cancel(true);
            throw e;
        }
    }

    /** How many parses overran their time since this executor was made. */
    int abandoned() {
        return abandoned.get();
    }

    /** How many parse threads are alive now, busy or idle. */
    int threads() {
        return pool.getPoolSize();
    }
}
