package io.github.govreport.corpus;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks gold facts against the seed texts: every quote is found in its document as often as
 * it is used and lies in the lines its part covers, and the fact's text, value and unit appear
 * in the quote. Each problem is one line naming the gold file and line.
 */
final class GoldValidator {

    /** Units that the text does not spell out: a ratio a:1, a rank 第N, a table's unit column. */
    private static final Set<String> IMPLIED_UNITS = Set.of("ratio", "位");

    private final Function<String, String> documentText;

    GoldValidator(Function<String, String> documentText) {
        this.documentText = documentText;
    }

    List<String> validate(Gold gold) {
        List<String> problems = new ArrayList<>();
        gold.byDocument().forEach((doc, parts) -> {
            String text = documentText.apply(doc);
            if (text == null) {
                problems.add(parts.get(0).file() + ": no seed document '" + doc + "'");
                return;
            }
            GoldPositions positions = GoldPositions.locate(text, parts);
            problems.addAll(positions.problems());
            for (GoldPart part : parts) {
                for (GoldFact fact : part.facts()) {
                    Integer line = positions.lineOf(fact);
                    if (line != null && !part.covers(line)) {
                        problems.add(fact.where() + ": quote is on line " + line + ", outside " + part.ranges());
                    }
                    checkContent(fact, problems);
                }
            }
        });
        return problems;
    }

    private static void checkContent(GoldFact fact, List<String> problems) {
        // Whitespace is compared away: a PDF page break may split a quantity across lines (1100公⏎⏎里).
        String quote = fold(fact.quote().replace("**", "")).replaceAll("\\s+", "");
        String text = fold(fact.text()).replaceAll("\\s+", "");
        if (!quote.contains(text)) {
            problems.add(fact.where() + ": text '" + fact.text() + "' is not in the quote '" + fact.quote() + "'");
        }
        boolean converted = text.contains("倍") || text.contains("成") || text.contains("番")
                || text.contains("百分之") || text.chars().noneMatch(Character::isDigit);
        if (!converted) {
            String digits = text.replace(",", "");
            for (BigDecimal value : new BigDecimal[] {fact.value(), fact.valueMax()}) {
                if (value != null && !digits.contains(plain(value))) {
                    problems.add(fact.where() + ": value " + plain(value) + " is not written in text '" + fact.text() + "'");
                }
            }
        }
        String unit = fact.unit() == null ? null : fold(fact.unit());
        boolean impliedUnit = unit == null || IMPLIED_UNITS.contains(unit) || (converted && unit.equals("%"))
                || fact.source() == io.github.govreport.core.Source.TABLE;
        // A unit given by the context (人/亿元 for a death rate) must at least have its parts in the quote;
        // a hedge may stand inside a unit (4万多个: 万个).
        if (!impliedUnit && !text.contains(unit) && !writtenInOrder(unit, text)
                && !java.util.Arrays.stream(unit.split("/")).allMatch(quote::contains)) {
            problems.add(fact.where() + ": unit '" + fact.unit() + "' is written neither in text '" + fact.text()
                    + "' nor in the quote");
        }
    }

    /** Whether the characters of {@code unit} occur in {@code text} in order, with others between them. */
    private static boolean writtenInOrder(String unit, String text) {
        int at = 0;
        for (int k = 0; k < unit.length() && at >= 0; k++) {
            at = text.indexOf(unit.charAt(k), at);
            at = at < 0 ? -1 : at + 1;
        }
        return at >= 0;
    }

    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC);
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** Counts how often each quote is used, for the occurrence check. */
    static Map<String, Integer> uses(List<GoldPart> parts) {
        Map<String, Integer> uses = new HashMap<>();
        parts.forEach(p -> p.facts().forEach(f -> uses.merge(f.quote(), 1, Integer::sum)));
        return uses;
    }
}
