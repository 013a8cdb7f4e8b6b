package io.github.govreport.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govreport.core.Document;
import io.github.govreport.core.Fact;
import io.github.govreport.core.Table;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same facts come out of every format of a report as out of its text version: the format
 * fixtures of seeds 000 and 003 are compared by (value, unit, qualifier, text) multiset. A
 * difference is allowed only when {@code format-differences.tsv} lists it with its reason; the
 * test fails on a new difference and on a listed one that no longer occurs, so the list stays
 * true. The GB18030 version must give identical facts, the PDF version at least 97% of the text
 * version's facts, tables included (its tables are read from the page layout). The match rates
 * are printed for the build log.
 */
class FormatEquivalenceTest {

    private static final String REFERENCE = "txt";
    private static final double MIN_PDF_SHARE = 0.97;
    private static final String DIFFERENCES = "format-differences.tsv";

    /** One fact as compared across formats: value (or range), unit, qualifier, surface text. */
    private static String key(Fact fact) {
        var q = fact.quantity();
        String value = q.value().toPlainString() + (q.valueMax() == null ? "" : "~" + q.valueMax().toPlainString());
        return String.join("\t", value, q.unit() == null ? "" : q.unit(), fact.qualifier().jsonName(),
                fact.text());
    }

    @Test
    void everyFormatGivesTheFactsOfTheTextVersionApartFromTheListedDifferences() throws IOException {
        Map<String, Integer> observed = new HashMap<>();   // "fixture\tformat\t±\tkey" → count
        for (String fixture : FormatFixtures.FIXTURES) {
            Document text = FormatFixtures.document(fixture, REFERENCE);
            for (String format : FormatFixtures.FORMATS.subList(1, FormatFixtures.FORMATS.size())) {
                List<String> reference = text.facts().stream().map(FormatEquivalenceTest::key).sorted().toList();
                List<String> facts = FormatFixtures.document(fixture, format).facts().stream()
                        .map(FormatEquivalenceTest::key).sorted().toList();
                List<String> missing = minus(reference, facts);
                List<String> extra = minus(facts, reference);
                int found = reference.size() - missing.size();
                double share = (double) found / reference.size();
                System.out.printf("format equivalence %s.%s: %d of %d %s facts found (%.1f%%), %d missing, %d extra%n",
                        fixture, format, found, reference.size(), REFERENCE, 100 * share, missing.size(), extra.size());
                missing.forEach(k -> System.out.printf("  - %s%n", k.replace('\t', ' ')));
                extra.forEach(k -> System.out.printf("  + %s%n", k.replace('\t', ' ')));
                if (format.equals("gb18030.txt")) {
                    assertThat(facts).as("GB18030 facts of %s", fixture).isEqualTo(reference);
                }
                if (format.equals("pdf")) {
                    assertThat(share).as("share of the %s facts of %s found in its PDF, tables included", REFERENCE,
                            fixture).isGreaterThanOrEqualTo(MIN_PDF_SHARE);
                }
                missing.forEach(k -> observed.merge(String.join("\t", fixture, format, "-", k), 1, Integer::sum));
                extra.forEach(k -> observed.merge(String.join("\t", fixture, format, "+", k), 1, Integer::sum));
            }
        }
        Map<String, Integer> listed = listedDifferences();
        List<String> unlisted = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        observed.forEach((k, n) -> repeat(unlisted, k, n - listed.getOrDefault(k, 0)));
        listed.forEach((k, n) -> repeat(stale, k, n - observed.getOrDefault(k, 0)));
        assertThat(unlisted).as("differences not listed in %s (fixture, format, -missing/+extra, value, unit,"
                + " qualifier, text): fix them or list them with a reason", DIFFERENCES).isEmpty();
        assertThat(stale).as("differences listed in %s that no longer occur: remove them", DIFFERENCES).isEmpty();
    }

    @ParameterizedTest(name = "f003.{0}")
    @ValueSource(strings = {"gb18030.txt", "html", "docx", "doc"})
    void theTablesOfEveryFormatWithTablesAreThoseOfTheTextVersion(String format) {
        List<Table> reference = FormatFixtures.document("f003", REFERENCE).tables();
        assertThat(reference).extracting(t -> t.rows().size()).containsExactly(24, 27);
        List<Table> tables = FormatFixtures.document("f003", format).tables();
        assertThat(tables).extracting(FormatEquivalenceTest::shape).containsExactlyElementsOf(
                reference.stream().map(FormatEquivalenceTest::shape).toList());
        assertThat(tables).extracting(t -> t.rows().get(0)).containsExactly(
                List.of("序号", "指标类别", "指标名称", "单位", "指标属性", "2023年计划目标", "2023年完成情况"),
                List.of("序号", "指标类别", "指标名称", "单位", "指标属性", "2023年完成情况", "2024年预期目标"));
        for (int i = 0; i < tables.size(); i++) {
            assertThat(tables.get(i).rows()).as("cells of table %d", i + 1).isEqualTo(reference.get(i).rows());
        }
    }

    /**
     * The PDF's tables are read from its layout, cell by cell as the text version has them: the
     * first table goes on across a page (a row broken between the pages is joined), the second
     * across two. One cell differs: the last line of the second table's last label stands alone
     * on the page after the table, followed by prose, where nothing tells it from the prose.
     */
    @Test
    void pdfTablesAreThoseOfTheTextVersion() {
        List<Table> reference = FormatFixtures.document("f003", REFERENCE).tables();
        List<Table> tables = FormatFixtures.document("f003", "pdf").tables();
        assertThat(tables).extracting(FormatEquivalenceTest::shape).containsExactlyElementsOf(
                reference.stream().map(FormatEquivalenceTest::shape).toList());
        assertThat(tables.get(0).rows()).isEqualTo(reference.get(0).rows());
        List<List<String>> second = tables.get(1).rows();
        List<List<String>> expected = reference.get(1).rows();
        assertThat(second.subList(0, second.size() - 1)).isEqualTo(expected.subList(0, expected.size() - 1));
        assertThat(second.get(second.size() - 1).get(2)).isEqualTo("亿元GDP安");
        assertThat(expected.get(expected.size() - 1).get(2)).isEqualTo("亿元GDP安全事故死亡率");
    }

    @Test
    void reportsWithoutTablesGetNone() {
        for (String format : FormatFixtures.FORMATS) {
            assertThat(FormatFixtures.document("f000", format).tables()).as("f000.%s", format).isEmpty();
        }
    }

    /** Caption, header rows, and the number of cells of each row. */
    private static String shape(Table table) {
        return table.title() + " h" + table.headerRows() + " " + table.rows().stream().map(List::size).toList();
    }

    /** {@code a} less {@code b}, as multisets. */
    private static List<String> minus(List<String> a, List<String> b) {
        Map<String, Integer> left = new HashMap<>();
        b.forEach(k -> left.merge(k, 1, Integer::sum));
        List<String> out = new ArrayList<>();
        for (String k : a) {
            if (left.getOrDefault(k, 0) > 0) {
                left.merge(k, -1, Integer::sum);
            } else {
                out.add(k);
            }
        }
        return out;
    }

    private static void repeat(List<String> out, String line, int times) {
        for (int i = 0; i < times; i++) {
            out.add(line);
        }
    }

    /** The listed differences: fixture, format, change, value, unit, qualifier, text, reason; # starts a comment. */
    private static Map<String, Integer> listedDifferences() throws IOException {
        Map<String, Integer> listed = new HashMap<>();
        try (InputStream in = FormatEquivalenceTest.class.getResourceAsStream(DIFFERENCES)) {
            assertThat(in).as(DIFFERENCES + " on the test class path").isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String header = null;
            int number = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header == null) {
                    header = line;
                    assertThat(header).isEqualTo("fixture\tformat\tchange\tvalue\tunit\tqualifier\ttext\treason");
                    continue;
                }
                String[] fields = line.split("\t", -1);
                assertThat(fields).as("%s line %d: 8 fields", DIFFERENCES, number).hasSize(8);
                assertThat(fields[7]).as("%s line %d: the reason", DIFFERENCES, number).isNotBlank();
                assertThat(fields[1]).as("%s line %d: GB18030 must give identical facts", DIFFERENCES, number)
                        .isNotEqualTo("gb18030.txt");
                listed.merge(String.join("\t", List.of(fields).subList(0, 7)), 1, Integer::sum);
            }
        }
        return listed;
    }
}
