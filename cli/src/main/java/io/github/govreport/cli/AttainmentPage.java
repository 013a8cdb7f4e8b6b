package io.github.govreport.cli;

import io.github.govreport.panel.Attainment;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code track --format html}: one self-contained page, per region a table of targets against
 * results and a small chart per indicator over the years (targets hollow, results filled). Built
 * without script: every text from a report is escaped, and the page may load nothing.
 */
final class AttainmentPage {

    private static final int WIDTH = 320;
    private static final int HEIGHT = 120;
    private static final int PAD = 24;

    private AttainmentPage() {
    }

    static void write(List<Attainment> rows, OutputStream out) throws IOException {
        StringBuilder page = new StringBuilder(4096);
        page.append("<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("style-src 'unsafe-inline'\"><title>Targets and results</title><style>")
                .append("body{font:14px sans-serif;margin:2em}table{border-collapse:collapse;margin:1em 0}")
                .append("td,th{border:1px solid #ccc;padding:2px 6px;text-align:left}")
                .append(".met{background:#d8f0d8}.near{background:#fff3c4}.missed{background:#f6d0d0}")
                .append(".no_result{color:#777}.charts{display:flex;flex-wrap:wrap;gap:1em}")
                .append("figure{margin:0}figcaption{font-size:12px}</style></head><body>\n")
                .append("<h1>Targets and results</h1>\n");
        if (rows.isEmpty()) {
            page.append("<p>No target with an indicator id and a region was found.</p>\n");
        }
        for (Map.Entry<String, List<Attainment>> region : byRegion(rows).entrySet()) {
            region(page, region.getValue());
        }
        page.append("</body></html>\n");
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(page.toString());
        writer.flush();
    }

    private static Map<String, List<Attainment>> byRegion(List<Attainment> rows) {
        Map<String, List<Attainment>> regions = new LinkedHashMap<>();
        for (Attainment row : rows) {
            regions.computeIfAbsent(row.regionCode() != null ? row.regionCode() : row.region(),
                    k -> new ArrayList<>()).add(row);
        }
        return regions;
    }

    private static void region(StringBuilder page, List<Attainment> rows) {
        Attainment first = rows.get(0);
        page.append("<h2>").append(escape(first.region()));
        if (first.regionCode() != null) {
            page.append(" <small>").append(escape(first.regionCode())).append("</small>");
        }
        page.append("</h2>\n<table><tr><th>indicator</th><th>measure</th><th>year</th><th>target</th>")
                .append("<th>result</th><th>gap</th><th>verdict</th></tr>\n");
        for (Attainment row : rows) {
            page.append("<tr class=\"").append(row.verdict().jsonName()).append("\"><td>")
                    .append(escape(row.indicator())).append(" <small>").append(escape(row.indicatorId()))
                    .append("</small></td><td>").append(row.measure().jsonName()).append("</td><td>")
                    .append(row.year()).append("</td><td title=\"").append(escape(row.target().doc())).append("\">")
                    .append(escape(row.target().text())).append("</td><td");
            if (row.actual() != null) {
                page.append(" title=\"").append(escape(row.actual().doc())).append("\">")
                        .append(escape(row.actual().text()));
            } else {
                page.append(">");
            }
            page.append("</td><td>").append(row.gap() == null ? "" : row.gap().toPlainString()).append("</td><td>")
                    .append(row.verdict().jsonName()).append("</td></tr>\n");
        }
        page.append("</table>\n<div class=\"charts\">\n");
        Map<String, List<Attainment>> series = new LinkedHashMap<>();
        rows.forEach(r -> series.computeIfAbsent(r.indicatorId() + " " + r.measure().jsonName(),
                k -> new ArrayList<>()).add(r));
        series.values().forEach(s -> chart(page, s));
        page.append("</div>\n");
    }

    /** Targets (hollow) and results (filled) of one indicator and measure over the years. */
    private static void chart(StringBuilder page, List<Attainment> rows) {
        List<Attainment> sorted = rows.stream().sorted((a, b) -> Integer.compare(a.year(), b.year())).toList();
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (Attainment row : sorted) {
            for (BigDecimal value : values(row)) {
                min = Math.min(min, value.doubleValue());
                max = Math.max(max, value.doubleValue());
            }
        }
        if (max == min) {
            max = min + 1;
        }
        int firstYear = sorted.get(0).year();
        int span = Math.max(1, sorted.get(sorted.size() - 1).year() - firstYear);
        page.append("<figure><svg width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" role=\"img\"><rect width=\"100%\" height=\"100%\" fill=\"#fafafa\"/>");
        for (Attainment row : sorted) {
            double x = PAD + (WIDTH - 2.0 * PAD) * (row.year() - firstYear) / span;
            point(page, x, y(row.target().value(), min, max), false, "target " + row.target().text());
            if (row.actual() != null) {
                point(page, x, y(actualValue(row), min, max), true, "result " + row.actual().text());
            }
            page.append("<text x=\"").append(fmt(x)).append("\" y=\"").append(HEIGHT - 4)
                    .append("\" font-size=\"10\" text-anchor=\"middle\">").append(row.year()).append("</text>");
        }
        page.append("</svg><figcaption>").append(escape(sorted.get(0).indicator())).append(" (")
                .append(sorted.get(0).measure().jsonName()).append(")</figcaption></figure>\n");
    }

    private static List<BigDecimal> values(Attainment row) {
        return row.actual() == null ? List.of(row.target().value()) : List.of(row.target().value(), actualValue(row));
    }

    /** The result in the target's measure: a decline of 0.3% plotted against a growth target is −0.3. */
    private static BigDecimal actualValue(Attainment row) {
        BigDecimal value = row.actual().value();
        return row.actual().measure() == row.measure() ? value : value.negate();
    }

    private static double y(BigDecimal value, double min, double max) {
        return HEIGHT - PAD - (HEIGHT - 2.0 * PAD) * (value.doubleValue() - min) / (max - min);
    }

    private static void point(StringBuilder page, double x, double y, boolean filled, String title) {
        page.append("<circle cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y)).append("\" r=\"4\" ")
                .append(filled ? "fill=\"#2a6\"" : "fill=\"none\" stroke=\"#236\" stroke-width=\"2\"")
                .append("><title>").append(escape(title)).append("</title></circle>");
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
