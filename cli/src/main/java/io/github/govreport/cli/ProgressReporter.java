package io.github.govreport.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Progress of a batch on standard error: files done of the total, facts found, failures, rate
 * and time left.
 *
 * <p>{@link Style#BAR} redraws one line with a carriage return, for a terminal; {@link Style#LINES}
 * prints a line every few seconds and one at the end, for a log file; {@link Style#SLOW_RUN_LINES}
 * does the same for runs that outlast one interval and prints nothing for a quick one (the
 * default when standard error is not a terminal, so that a script's quick run says nothing but
 * its problems); {@link Style#NONE} prints no progress. In every
 * style, {@link #println} prints a message (a failed input) on a line of its own, above the bar.
 * Time comes from the clock given, so tests can drive it.
 */
final class ProgressReporter {

    enum Style { BAR, LINES, SLOW_RUN_LINES, NONE }

    static final long LINE_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(5);
    /** Redrawing a terminal line more often than this only costs time. */
    static final long BAR_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(200);
    private static final int BAR_WIDTH = 20;

    private final Style style;
    private final PrintWriter err;
    private final LongSupplier nanoClock;

    private int total;
    private int done;
    private int failed;
    private long facts;
    private long startNanos;
    private long lastShownNanos;
    private boolean linePrinted;
    /** The length of the bar on screen, so that a shorter redraw or a message can blank it out. */
    private int barLength;

    ProgressReporter(Style style, PrintWriter err, LongSupplier nanoClock) {
        this.style = style;
        this.err = err;
        this.nanoClock = nanoClock;
    }

    void start(int totalInputs) {
        total = totalInputs;
        startNanos = nanoClock.getAsLong();
        lastShownNanos = startNanos;
        if (style == Style.BAR) {
            drawBar();
        }
    }

    void written(int factsFound) {
        done++;
        facts += factsFound;
        tick();
    }

    void failed() {
        done++;
        failed++;
        tick();
    }

    /** Shows the progress if it is due; called after each input and while waiting for one. */
    void tick() {
        long now = nanoClock.getAsLong();
        if (style == Style.BAR && now - lastShownNanos >= BAR_INTERVAL_NANOS) {
            lastShownNanos = now;
            drawBar();
        } else if (printsLines() && now - lastShownNanos >= LINE_INTERVAL_NANOS) {
            lastShownNanos = now;
            err.println("govreport: " + status(now));
            err.flush();
            linePrinted = true;
        }
    }

    /** A message on a line of its own; the bar is drawn again below it. */
    void println(String message) {
        if (style == Style.BAR) {
            eraseBar();
            err.println(message);
            drawBar();
        } else {
            err.println(message);
        }
    }

    /** The last state, in place of the bar; nothing in style NONE, nor after a quick run in SLOW_RUN_LINES. */
    void finish() {
        long now = nanoClock.getAsLong();
        if (style == Style.BAR) {
            eraseBar();
        }
        if (style == Style.BAR || style == Style.LINES || (style == Style.SLOW_RUN_LINES && linePrinted)) {
            err.println("govreport: " + status(now));
        }
        err.flush();
    }

    private boolean printsLines() {
        return style == Style.LINES || style == Style.SLOW_RUN_LINES;
    }

    /** Erases the bar, when a run is interrupted: the message that follows should start on a clean line. */
    void clear() {
        if (style == Style.BAR) {
            eraseBar();
            err.flush();
        }
    }

    /** {@code 412/1000 files, 2130 facts, 2 failed, 25.3 files/s, 23 s left}; "done in" once all are done. */
    String status(long now) {
        double seconds = (now - startNanos) / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        StringBuilder line = new StringBuilder()
                .append(done).append('/').append(total).append(" files, ")
                .append(facts).append(facts == 1 ? " fact, " : " facts, ")
                .append(failed).append(" failed, ")
                .append(String.format(Locale.ROOT, "%.1f files/s", rate));
        if (done == total) {
            line.append(", done in ").append(duration(seconds));
        } else if (rate > 0) {
            line.append(", ").append(duration((total - done) / rate)).append(" left");
        }
        return line.toString();
    }

    /** {@code 0.4 s}, {@code 23 s}, {@code 4 min 05 s}, {@code 1 h 02 min}. */
    static String duration(double seconds) {
        if (seconds < 10) {
            return String.format(Locale.ROOT, "%.1f s", seconds);
        }
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", s / 3600, s / 60 % 60);
    }

    private void drawBar() {
        int filled = total == 0 ? BAR_WIDTH : (int) ((long) BAR_WIDTH * done / total);
        String bar = "[" + "#".repeat(filled) + " ".repeat(BAR_WIDTH - filled) + "] " + status(nanoClock.getAsLong());
        // Pad with spaces over what a longer previous bar left on the line.
        err.print("\r" + bar + " ".repeat(Math.max(0, barLength - bar.length())));
        err.flush();
        barLength = bar.length();
    }

    private void eraseBar() {
        if (barLength > 0) {
            err.print("\r" + " ".repeat(barLength) + "\r");
            barLength = 0;
        }
    }
}
