package io.github.govreport.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.govreport.core.Document;
import io.github.govreport.core.Kind;
import io.github.govreport.corpus.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review page in a real browser: headless Chromium driven over the DevTools protocol. Skipped,
 * saying how to install it, where there is no Chromium.
 */
class ReviewPageBrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path TARGET = Path.of("target");

    @TempDir
    static Path dir;
    private static HeadlessChromium browser;

    @BeforeAll
    static void startBrowser() throws IOException, InterruptedException {
        Optional<Path> chromium = HeadlessChromium.find();
        if (chromium.isPresent()) {
            browser = HeadlessChromium.start(chromium.get(), Files.createDirectory(dir.resolve("profile")));
            browser.viewport(1400, 1000);
        }
    }

    /** Each test, not the class, is skipped: so the report counts and names them, with the install command. */
    @BeforeEach
    void needsTheBrowser() {
        assumeTrue(browser != null, HeadlessChromium.MISSING);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void everyFactIsOneMarkAndFactsThatShareTextNestOrSplit() throws Exception {
        open(ReviewDocuments.documents(), "overlaps.html");

        assertThat(count("mark[data-fact]")).isEqualTo(ReviewDocuments.factCount());
        // Each fact's marks hold exactly its text: the code-point offsets were read right past 𠀀𠀁.
        assertThat(browser.evaluate("""
                (() => {
                  const facts = JSON.parse(document.getElementById('review-data').textContent)
                      .documents.flatMap(d => d.facts);
                  return facts.flatMap((fact, n) => {
                    const marks = document.querySelectorAll(`mark[data-fact="${n}"], mark[data-fact-part="${n}"]`);
                    const text = [...marks].map(m => m.textContent).join('');
                    return text === fact.text ? [] : [n + ': ' + text + ' is not ' + fact.text];
                  });
                })()""")).isEmpty();
        // #2 lies in #1 and #3 on the same span as #2: nested; #4 crosses the end of #1: one more part.
        assertThat(bool("document.querySelector('mark[data-fact=\"1\"]').parentElement.dataset.fact === '0'"))
                .isTrue();
        assertThat(bool("document.querySelector('mark[data-fact=\"2\"]').parentElement.dataset.fact === '1'"))
                .isTrue();
        assertThat(count("mark[data-fact-part]")).isEqualTo(1);
        assertThat(count("mark[data-fact-part=\"3\"]")).isEqualTo(1);
        assertThat(count("figure.chart")).as("gdp growth in two documents").isEqualTo(1);
        browser.evaluate("document.querySelector('mark[data-fact=\"3\"]').click()");
        browser.evaluate("document.getElementById('doc-0').scrollIntoView()");
        browser.screenshot(TARGET.resolve("review-overlaps-screenshot.png"));
        assertThat(browser.evaluate("document.querySelector('#details .field-text').textContent").asText())
                .isEqualTo("左右，<script>");
        assertNoErrors();
    }

    @Test
    void markupInReportsShowsAsTextAndNeverRuns() throws Exception {
        open(ReviewDocuments.documents(), "markup.html");

        assertThat(browser.dialogs()).isEmpty();
        assertThat(count("script")).isEqualTo(2);
        assertThat(count("img")).isZero();
        assertThat(browser.evaluate("document.querySelector('#doc-0 .doc-text').textContent").asText())
                .isEqualTo(ReviewDocuments.FIRST_TEXT);
        assertThat(browser.evaluate("document.getElementById('failure-list').textContent").asText())
                .isEqualTo("<b>bold</b>.txt: <i>reason</i>");
        assertThat(count("#failure-list b, #failure-list i")).isZero();
        browser.evaluate("document.querySelector('#facts tbody tr[data-row=\"5\"]').click()");
        assertThat(browser.evaluate("document.querySelector('#details .field-indicator').textContent").asText())
                .isEqualTo(ReviewDocuments.HOSTILE_INDICATOR);
        assertThat(browser.evaluate("document.querySelector('#details .field-section').textContent").asText())
                .isEqualTo("二、<b>2024年</b>主要任务");
        assertNoErrors();
    }

    @Test
    void theTableFiltersSortsAndLeadsToTheText() throws Exception {
        List<Document> documents = ReviewDocuments.documents();
        open(documents, "table.html");
        long targets = documents.stream().flatMap(d -> d.facts().stream()).filter(f -> f.kind() == Kind.TARGET).count();

        assertThat(visibleRowsAfter("filter-kind", "target")).isEqualTo(targets);
        assertThat(visibleRowsAfter("filter-kind", "")).isEqualTo(ReviewDocuments.factCount());
        assertThat(visibleRowsAfter("filter-indicator", "GDP")).isEqualTo(3);
        assertThat(visibleRowsAfter("filter-doc", "1")).isEqualTo(1);
        assertThat(count("mark[data-fact].dim")).as("the facts filtered out are dimmed in the text").isEqualTo(6);
        visibleRowsAfter("filter-doc", "");
        visibleRowsAfter("filter-indicator", "");

        browser.evaluate("document.querySelectorAll('#facts th button')[4].click()");
        assertThat(column(4)).containsExactly("1", "6", "6", "6", "6.1", "7", "4186");
        browser.evaluate("document.querySelectorAll('#facts th button')[4].click()");
        assertThat(column(4)).containsExactly("4186", "7", "6.1", "6", "6", "6", "1");

        browser.evaluate("document.querySelector('#facts tbody tr[data-row=\"6\"]').click()");
        assertThat(count("mark.selected")).isEqualTo(1);
        assertThat(browser.evaluate("document.querySelector('mark.selected').textContent").asText()).isEqualTo("6.1%");
        assertThat(bool("""
                (() => { const r = document.querySelector('mark.selected').getBoundingClientRect();
                         return r.top >= 0 && r.bottom <= innerHeight; })()""")).as("scrolled into view").isTrue();
        assertNoErrors();
    }

    @Test
    void theSeedsPageIsSmallFastAndComplete() throws Exception {
        Path seeds = Corpus.exportTo(dir.resolve("seeds"));
        Path page = TARGET.resolve("review-seeds.html");

        Cli.Result result = Cli.run("report", "-o", page.toString(), seeds.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(Files.size(page)).as("bytes").isLessThan(4L * 1024 * 1024);
        JsonNode payload = ReviewPageTest.payload(Files.readString(page, StandardCharsets.UTF_8));
        List<JsonNode> facts = new ArrayList<>();
        payload.get("documents").forEach(document -> document.get("facts").forEach(facts::add));
        assertThat(payload.get("documents")).hasSize(5);
        assertThat(facts).hasSizeGreaterThan(500);

        browser.navigate(page.toAbsolutePath().toUri());
        assertThat(bool("document.documentElement.dataset.ready === 'true'")).isTrue();
        int renderMs = browser.evaluate("Number(document.documentElement.dataset.renderMs)").asInt();
        System.out.printf("review page of the seeds: %d bytes, %d facts, built in the browser in %d ms%n",
                Files.size(page), facts.size(), renderMs);
        assertThat(renderMs).as("milliseconds to build the page").isLessThan(3000);
        assertThat(count("mark[data-fact]")).isEqualTo(facts.size());
        long gdp = facts.stream().filter(f -> f.get("indicator").asText("").contains("地区生产总值")
                || f.get("indicatorId").asText("").toLowerCase(Locale.ROOT).contains("地区生产总值")).count();
        assertThat(gdp).isPositive();
        assertThat(visibleRowsAfter("filter-indicator", "地区生产总值")).isEqualTo(gdp);
        assertThat(count("figure.chart:not([hidden])")).isPositive();

        // The picture for people: a GDP fact chosen in the table, then the top of the page.
        browser.evaluate("document.querySelector('#facts tbody tr:not([hidden])').click()");
        browser.evaluate("window.scrollTo(0, 0)");
        browser.screenshot(TARGET.resolve("review-screenshot.png"));
        visibleRowsAfter("filter-indicator", "");
        browser.evaluate("document.querySelector('#facts tbody tr[data-row=\"40\"]').click()");
        browser.screenshot(TARGET.resolve("review-screenshot-text.png"));
        assertThat(Files.size(TARGET.resolve("review-screenshot.png"))).isGreaterThan(10_000);
        assertNoErrors();
    }

    private static void open(List<Document> documents, String name) throws IOException, InterruptedException {
        Path page = dir.resolve(name);
        Files.writeString(page, ReviewPageTest.page(documents,
                List.of(new ReviewPage.Failure("<b>bold</b>.txt", "<i>reason</i>"))), StandardCharsets.UTF_8);
        browser.navigate(page.toUri());
        assertThat(bool("document.documentElement.dataset.ready === 'true'")).as("the page's script ran").isTrue();
    }

    /** Sets a filter as a person would (an input event) and counts the rows left. */
    private static long visibleRowsAfter(String filter, String value) throws IOException, InterruptedException {
        browser.evaluate("(() => { const field = document.getElementById(" + JSON.writeValueAsString(filter) + ");"
                + " field.value = " + JSON.writeValueAsString(value) + ";"
                + " field.dispatchEvent(new Event('input', { bubbles: true })); })()");
        return count("#facts tbody tr:not([hidden])");
    }

    private static List<String> column(int index) throws IOException, InterruptedException {
        JsonNode cells = browser.evaluate("[...document.querySelectorAll('#facts tbody tr')]"
                + ".map(row => row.cells[" + index + "].textContent)");
        List<String> texts = new ArrayList<>();
        cells.forEach(cell -> texts.add(cell.asText()));
        return texts;
    }

    private static long count(String selector) throws IOException, InterruptedException {
        return browser.evaluate("document.querySelectorAll(" + JSON.writeValueAsString(selector) + ").length").asLong();
    }

    private static boolean bool(String expression) throws IOException, InterruptedException {
        return browser.evaluate(expression).asBoolean();
    }

    private static void assertNoErrors() {
        assertThat(browser.errors()).as("errors in the page").isEmpty();
        assertThat(browser.dialogs()).as("dialogs the page opened").isEmpty();
    }
}
