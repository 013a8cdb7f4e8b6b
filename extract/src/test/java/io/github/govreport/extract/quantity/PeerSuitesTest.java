package io.github.govreport.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.govreport.extract.KnownFailures;
import io.github.govreport.core.Qualifier;
import io.github.govreport.extract.Leniency;
import io.github.govreport.extract.QuantityFinder;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Runs the number and unit test suites of five other projects (peer-suites/README.md) through
 * the quantity layer at the {@code numbers} leniency, prints the pass rate per suite and model,
 * and holds the failures to a committed list that may only shrink: a new failure fails the build,
 * and so does a listed failure that now passes (take it off the list). Cases that contradict this
 * library's design are listed in not-applicable.tsv with the reason.
 *
 * <p>Rewrite the list after an improvement with {@code -Dgovreport.updateKnownFailures=true}.
 */
class PeerSuitesTest {

    private static final List<String> SUITES = List.of("recognizers-zh.jsonl", "duckling-zh.jsonl",
            "xiaomi-duckling-zh.jsonl", "cn2an.jsonl", "jionlp-money.jsonl");
    private static final Path KNOWN_FAILURES = Path.of("src/test/resources/peer-suites/known-failures.txt");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(?:\\.[0-9]+)?");
    private static final QuantityFinder FINDER = QuantityFinder.create(Leniency.NUMBERS);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** RT's one-sided ranges: (500,) [500,) (,100) (,100]. */
    private static final Pattern ONE_SIDED = Pattern.compile("[(\\[](-?[0-9.]+),[)\\]]|[(\\[],(-?[0-9.]+)[)\\]]");
    /** Duckling's base units: this library's base unit and the factor from it. */
    private static final Map<String, String[]> DUCKLING_UNITS = Map.of(
            "Gram", new String[] {"kg", "1000"}, "Litre", new String[] {"m³", "1000"},
            "Millilitre", new String[] {"m³", "1000000"}, "Metre", new String[] {"m", "1"},
            "Kilometre", new String[] {"m", "0.001"}, "Centimetre", new String[] {"m", "100"},
            // MiNLP names its units in Chinese (一千米 → 1 千米).
            "千米", new String[] {"m", "0.001"}, "米", new String[] {"m", "1"});

    @Test
    void peerSuitesPassExceptTheKnownFailures() throws IOException {
        List<NotApplicable> notApplicable = notApplicable();
        Map<NotApplicable, Integer> covered = new LinkedHashMap<>();
        notApplicable.forEach(rule -> covered.put(rule, 0));
        Map<String, int[]> rates = new TreeMap<>();
        Set<String> failures = new TreeSet<>();
        for (String suite : SUITES) {
            for (JsonNode c : cases(suite)) {
                String id = c.get("suite").asText() + "/" + c.get("id").asText();
                String model = c.get("suite").asText() + " " + c.get("model").asText();
                Optional<NotApplicable> rule = notApplicable.stream().filter(r -> r.covers(c)).findFirst();
                if (rule.isPresent()) {
                    covered.merge(rule.get(), 1, Integer::sum);
                    continue;
                }
                boolean passed = passes(c);
                int[] rate = rates.computeIfAbsent(model, m -> new int[2]);
                rate[0] += passed ? 1 : 0;
                rate[1]++;
                if (!passed) {
                    failures.add(id);
                }
            }
        }
        printRates(rates);
        printNotApplicable(covered);

        assertThat(covered).as("not-applicable.tsv: a rule's covers column must be the number of cases it takes "
                + "out (the first rule that matches a case takes it)").allSatisfy((r, n) -> assertThat(n)
                .as("%s %s %s", r.category(), r.scope(), r.pattern()).isEqualTo(r.covers()));
        KnownFailures.check(KNOWN_FAILURES, failures, id -> id);
    }

    /**
     * A rule of not-applicable.tsv: the cases of a scope (suite/id, suite/model, suite or *) whose
     * input the pattern finds (all of them when the pattern is empty) contradict this library's
     * design, for the reason given; {@code covers} says how many cases that is.
     */
    record NotApplicable(String category, String scope, Pattern pattern, int covers, String reason) {

        boolean covers(JsonNode c) {
            String suite = c.get("suite").asText();
            boolean inScope = scope.equals("*") || scope.equals(suite) || scope.equals(suite + "/" + c.get("model").asText())
                    || scope.equals(suite + "/" + c.get("id").asText());
            if (pattern != null && pattern.pattern().startsWith("task:")) {
                // cn2an says in its task which rejections hold only in its strict mode.
                return inScope && c.path("task").asText().contains(pattern.pattern().substring("task:".length()));
            }
            return inScope && (pattern == null || pattern.matcher(c.get("input").asText()).find());
        }
    }

    /** Whether the quantity layer does what the peer case expects, in the case's own terms. */
    static boolean passes(JsonNode c) {
        String input = c.get("input").asText();
        List<QuantityFinder.Found> found = FINDER.find(input);
        JsonNode expected = c.get("expected");
        if (expected.isEmpty()) {
            return found.isEmpty();
        }
        String match = c.path("match").asText("");
        if (c.get("model").asText().equals("transform")) {
            return numbersIn(fractionsAsDecimals(expected.get(0).get("output").asText()))
                    .equals(numbersOfTransform(input, found));
        }
        if (c.get("model").asText().equals("NumeralSplit")) {
            List<BigDecimal> values = found.stream().map(f -> f.quantity().value()).toList();
            List<BigDecimal> wanted = new ArrayList<>();
            expected.forEach(e -> wanted.add(new BigDecimal(e.get("value").asText())));
            return equalValues(values, wanted);
        }
        boolean wholeInput = match.startsWith("full-input") || c.get("model").asText().equals("cn2an")
                || c.get("model").asText().equals("parse_money");
        if (wholeInput) {
            return found.size() == 1 && found.get(0).text().strip().equals(input.strip())
                    && valueMatches(expected.get(0), found.get(0));
        }
        // Extraction from running text: every expected item is found, with its text and value. A
        // quantity carries its unit and hedge (一只, 约10公里), so it meets an expectation that it
        // contains: a number model expects 一 in 一只.
        for (JsonNode e : expected) {
            String text = fold(e.path("text").asText(""));
            boolean hit = found.stream().anyMatch(f -> fold(f.text()).contains(text)
                    && (!e.has("value") || valueMatches(e, f)));
            if (!hit) {
                return false;
            }
        }
        return true;
    }

    /** The expected value equals the value as written, or the value in the base unit. */
    private static boolean valueMatches(JsonNode expected, QuantityFinder.Found found) {
        if (expected.has("valueMin") && expected.has("valueMax")) {
            BigDecimal max = found.quantity().valueMax();
            return max != null && equalValues(List.of(found.quantity().normalized().value(),
                    max.multiply(found.quantity().normalized().value()).divide(found.quantity().value(),
                            MathContext.DECIMAL64)),
                    List.of(new BigDecimal(expected.get("valueMin").asText()), new BigDecimal(expected.get("valueMax").asText())));
        }
        String value = expected.path("value").asText("");
        if (value.isEmpty()) {
            return true;
        }
        Matcher oneSided = ONE_SIDED.matcher(value);
        if (oneSided.matches()) {
            // (500,) is a bound: 500 hedged as over or at least. Whether the end is open is not compared:
            // RT reads 以上 as open, the law reads it as closed (刑法第九十九条), and so does docs/facts.md.
            boolean lower = oneSided.group(1) != null;
            BigDecimal bound = new BigDecimal(lower ? oneSided.group(1) : oneSided.group(2));
            Set<Qualifier> hedges = lower ? Set.of(Qualifier.OVER, Qualifier.AT_LEAST) : Set.of(Qualifier.UNDER, Qualifier.AT_MOST);
            return found.quantity().valueMax() == null && hedges.contains(found.qualifier())
                    && (same(found.quantity().value(), bound) || same(found.quantity().normalized().value(), bound));
        }
        if (value.startsWith("(") || value.startsWith("[")) {
            List<BigDecimal> ends = new ArrayList<>();
            Matcher m = NUMBER.matcher(value);
            while (m.find()) {
                ends.add(new BigDecimal(m.group()));
            }
            return ends.size() == 2 && found.quantity().valueMax() != null
                    && equalValues(List.of(found.quantity().value(), found.quantity().valueMax()), ends);
        }
        BigDecimal wanted;
        try {
            wanted = new BigDecimal(value.endsWith("%") ? value.substring(0, value.length() - 1) : value);
        } catch (NumberFormatException e) {
            return false;
        }
        // A fraction model writes 百分之六十 as 0.6 (千分之六百 as 0.6, which is 60% normalised), and a
        // percent model writes 百万分之五 as 0.0005%.
        boolean fractionOfPercent = ("%".equals(found.quantity().unit())
                && same(found.quantity().value().movePointLeft(2), wanted))
                || ("%".equals(found.quantity().normalized().unit())
                && same(found.quantity().normalized().value().movePointLeft(2), wanted))
                || (found.quantity().unit() == null && value.endsWith("%")
                && same(found.quantity().value().movePointRight(2), wanted));
        // Duckling gives a quantity in its own base unit (3斤 → Gram 1500), this library in its own (1.5 kg).
        String[] base = DUCKLING_UNITS.get(expected.path("unit").asText(""));
        boolean inDucklingBase = base != null && base[0].equals(found.quantity().normalized().unit())
                && same(found.quantity().normalized().value().multiply(new BigDecimal(base[1])), wanted);
        // A value in scientific notation (2.02107211321364E+23) is a double: equal to its 15 significant digits.
        boolean roundedDouble = value.contains("E") && found.quantity().value().signum() != 0
                && same(found.quantity().value().round(new MathContext(15)), wanted.round(new MathContext(15)));
        return same(found.quantity().value(), wanted) || same(found.quantity().normalized().value(), wanted)
                || fractionOfPercent || inDucklingBase || roundedDouble;
    }

    /** cn2an writes 二分之一 as 1/2; this library reads it as 0.5. */
    private static String fractionsAsDecimals(String output) {
        Matcher m = Pattern.compile("([0-9]+)/([0-9]+)").matcher(output);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, new BigDecimal(m.group(1)).divide(new BigDecimal(m.group(2)),
                    MathContext.DECIMAL64).toPlainString());
        }
        return m.appendTail(out).toString();
    }

    private static List<BigDecimal> numbersOfTransform(String input, List<QuantityFinder.Found> found) {
        List<BigDecimal> numbers = new ArrayList<>(numbersIn(input));
        // cn2an multiplies a magnitude out (2.5亿 → 250000000); a unit of measure stays (39℃).
        found.forEach(f -> numbers.add(f.quantity().normalized().unit() == null ? f.quantity().normalized().value()
                : f.quantity().value()));
        return numbers.stream().distinct().sorted().toList();
    }

    private static List<BigDecimal> numbersIn(String text) {
        List<BigDecimal> numbers = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            numbers.add(new BigDecimal(m.group()).stripTrailingZeros());
        }
        return numbers.stream().map(n -> n.scale() < 0 ? n.setScale(0) : n).distinct().sorted().toList();
    }

    private static boolean equalValues(List<BigDecimal> a, List<BigDecimal> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!same(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a.subtract(b).abs().compareTo(new BigDecimal("0.000001")) <= 0;
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
    }

    private static List<JsonNode> cases(String suite) throws IOException {
        try (InputStream in = PeerSuitesTest.class.getResourceAsStream("/peer-suites/" + suite)) {
            List<JsonNode> cases = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
                if (!line.isBlank()) {
                    cases.add(JSON.readTree(line));
                }
            }
            return cases;
        }
    }

    /** The rules of not-applicable.tsv, in order. */
    private static List<NotApplicable> notApplicable() throws IOException {
        try (InputStream in = PeerSuitesTest.class.getResourceAsStream("/peer-suites/not-applicable.tsv")) {
            List<NotApplicable> rules = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("category\t")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != 5 || cells[0].isBlank() || cells[1].isBlank() || cells[4].isBlank()) {
                    throw new IllegalStateException(
                            "not-applicable.tsv: expected 'category TAB scope TAB pattern TAB covers TAB reason': " + line);
                }
                rules.add(new NotApplicable(cells[0], cells[1], cells[2].isEmpty() ? null : Pattern.compile(cells[2]),
                        Integer.parseInt(cells[3]), cells[4]));
            }
            return rules;
        }
    }

    private static void printNotApplicable(Map<NotApplicable, Integer> covered) {
        Map<String, Integer> byCategory = new TreeMap<>();
        covered.forEach((rule, n) -> byCategory.merge(rule.category(), n, Integer::sum));
        StringBuilder table = new StringBuilder("Peer cases not applicable, by category:\n");
        byCategory.forEach((category, n) -> table.append(String.format(Locale.ROOT, "  %-40s %4d%n", category, n)));
        table.append(String.format(Locale.ROOT, "  %-40s %4d%n", "(all)",
                byCategory.values().stream().mapToInt(Integer::intValue).sum()));
        System.out.print(table);
    }

    private static void printRates(Map<String, int[]> rates) {
        StringBuilder table = new StringBuilder("Peer suites (applicable cases passed):\n");
        Map<String, int[]> bySuite = new TreeMap<>();
        rates.forEach((model, r) -> {
            table.append(String.format(Locale.ROOT, "  %-40s %4d / %4d  %5.1f%%%n", model, r[0], r[1], 100.0 * r[0] / r[1]));
            int[] s = bySuite.computeIfAbsent(model.substring(0, model.indexOf(' ')), k -> new int[2]);
            s[0] += r[0];
            s[1] += r[1];
        });
        bySuite.forEach((suite, r) -> table.append(String.format(Locale.ROOT, "  %-40s %4d / %4d  %5.1f%%%n",
                suite + " (all)", r[0], r[1], 100.0 * r[0] / r[1])));
        System.out.print(table);
    }
}
