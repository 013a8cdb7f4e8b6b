package io.github.govreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The progress lines and bar, driven by a fake clock. */
class ProgressReporterTest {

    private long now = TimeUnit.SECONDS.toNanos(1000);   // any origin: only differences count
    private final StringWriter err = new StringWriter();

    @Test
    void linesComeEveryFiveSecondsWithRateAndTimeLeftAndOneAtTheEnd() {
        ProgressReporter progress = reporter(ProgressReporter.Style.LINES);
        progress.start(10);
        advance(2);
        progress.written(3);
        assertThat(err.toString()).isEmpty();

        advance(3);   // 5 s since the start
        progress.written(4);
        advance(1);
        progress.failed();
        advance(4);   // 10 s: 3 of 10 done, 0.3 files/s, 7 files left take 23.3 s
        progress.tick();
        for (int i = 0; i < 7; i++) {
            progress.written(1);
        }
        advance(1);
        progress.finish();

        assertThat(err.toString().lines()).containsExactly(
                "govreport: 2/10 files, 7 facts, 0 failed, 0.4 files/s, 20 s left",
                "govreport: 3/10 files, 7 facts, 1 failed, 0.3 files/s, 23 s left",
                "govreport: 10/10 files, 14 facts, 1 failed, 0.9 files/s, done in 11 s");
    }

    @Test
    void slowRunLinesSayNothingAboutAQuickRun() {
        ProgressReporter progress = reporter(ProgressReporter.Style.SLOW_RUN_LINES);
        progress.start(2);
        advance(1);
        progress.written(1);
        progress.written(1);
        progress.finish();

        assertThat(err.toString()).isEmpty();
    }

    @Test
    void slowRunLinesAreLinesOnceTheRunOutlastsOneInterval() {
        ProgressReporter progress = reporter(ProgressReporter.Style.SLOW_RUN_LINES);
        progress.start(2);
        advance(6);
        progress.written(1);
        advance(1);
        progress.written(1);
        progress.finish();

        assertThat(err.toString().lines()).containsExactly(
                "govreport: 1/2 files, 1 fact, 0 failed, 0.2 files/s, 6.0 s left",
                "govreport: 2/2 files, 2 facts, 0 failed, 0.3 files/s, done in 7.0 s");
    }

    @Test
    void barIsRedrawnInPlaceAndMessagesGoAboveIt() {
        ProgressReporter progress = reporter(ProgressReporter.Style.BAR);
        progress.start(4);
        advance(1);
        progress.written(5);
        progress.println("govreport: a.pdf: encrypted PDF");
        progress.finish();

        String text = err.toString();
        String empty = "[                    ] 0/4 files, 0 facts, 0 failed, 0.0 files/s";
        String quarter = "[#####               ] 1/4 files, 5 facts, 0 failed, 1.0 files/s, 3.0 s left";
        assertThat(text).isEqualTo("\r" + empty
                + "\r" + quarter
                + "\r" + " ".repeat(quarter.length()) + "\r" + "govreport: a.pdf: encrypted PDF\n"
                + "\r" + quarter
                + "\r" + " ".repeat(quarter.length()) + "\r"
                + "govreport: 1/4 files, 5 facts, 0 failed, 1.0 files/s, 3.0 s left\n");
    }

    @Test
    void barIsNotRedrawnMoreOftenThanFiveTimesASecond() {
        ProgressReporter progress = reporter(ProgressReporter.Style.BAR);
        progress.start(100);
        for (int i = 0; i < 50; i++) {
            progress.written(1);   // no time passes
        }
        advance(1);
        progress.tick();

        assertThat(err.toString().chars().filter(c -> c == '\r')).hasSize(2);
        assertThat(err.toString()).endsWith("] 50/100 files, 50 facts, 0 failed, 50.0 files/s, 1.0 s left");
    }

    @Test
    void noneShowsOnlyTheMessages() {
        ProgressReporter progress = reporter(ProgressReporter.Style.NONE);
        progress.start(3);
        advance(60);
        progress.failed();
        progress.println("govreport: x.txt: empty");
        progress.finish();

        assertThat(err.toString()).isEqualTo("govreport: x.txt: empty\n");
    }

    @Test
    void durationsReadAsPeopleSayThem() {
        assertThat(ProgressReporter.duration(0.42)).isEqualTo("0.4 s");
        assertThat(ProgressReporter.duration(23.4)).isEqualTo("23 s");
        assertThat(ProgressReporter.duration(245)).isEqualTo("4 min 05 s");
        assertThat(ProgressReporter.duration(3725)).isEqualTo("1 h 02 min");
    }

    private ProgressReporter reporter(ProgressReporter.Style style) {
        return new ProgressReporter(style, new PrintWriter(err), () -> now);
    }

    private void advance(int seconds) {
        now += TimeUnit.SECONDS.toNanos(seconds);
    }
}
