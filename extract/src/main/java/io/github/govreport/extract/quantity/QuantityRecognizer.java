package io.github.govreport.extract.quantity;

import io.github.govreport.core.Dimension;
import io.github.govreport.core.Qualifier;
import io.github.govreport.core.Quantity;
import io.github.govreport.core.Unit;
import io.github.govreport.extract.dict.Dictionaries;
import io.github.govreport.extract.dict.PatternList;
import io.github.govreport.extract.dict.QualifierLexicon;
import io.github.govreport.extract.dict.UnitCatalog;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the quantities of one sentence: a number (Arabic or Chinese), an optional range to a
 * second number, a unit with its magnitude, and the hedges before and after it.
 *
 * <p>What is not a quantity: numbers inside the matches of {@code not-quantities.tsv} (names,
 * codes, dates, numbering), Arabic integers without a unit (mostly names and references), and
 * Chinese numerals without a unit (一体化, 三农). Thread-safe.
 */
public final class QuantityRecognizer {

    private static final Pattern ARABIC = Pattern.compile("[0-9]{1,3}(?:,[0-9]{3})+(?:\\.[0-9]+)?|[0-9]+(?:\\.[0-9]+)?");
    private static final String RANGE_MARKS = "—–-~～至到";
    private static final String VAGUE_MARKS = "多余";
    private static final String RANK_CONTEXT = "全国|全省|全市|全区|排名|排在|位居|居|升至|列";
    private static final Pattern RANK_BEFORE = Pattern.compile("(?:" + RANK_CONTEXT + ")第?$");
    private static final Unit RATIO = new Unit("ratio", Dimension.RATIO, "ratio", BigDecimal.ONE);
    private static final Unit RANK = new Unit("位", Dimension.RANK, "位", BigDecimal.ONE);
    private static final Unit PERCENT = new Unit("%", Dimension.PERCENT, "%", BigDecimal.ONE);

    private final UnitCatalog units;
    private final QualifierLexicon qualifiers;
    private final List<PatternList.Entry> notQuantities;

    public QuantityRecognizer(Dictionaries dictionaries) {
        this.units = dictionaries.units();
        this.qualifiers = dictionaries.qualifiers();
        this.notQuantities = dictionaries.notQuantities().entries();
    }

    /** A number read at a position: its value and where it ends. */
    private record Number(BigDecimal value, int start, int end, boolean chinese, boolean integer) {
    }

    public List<QuantityMention> recognize(String sentence) {
        boolean[] masked = mask(sentence);
        List<QuantityMention> mentions = new ArrayList<>();
        int i = 0;
        while (i < sentence.length()) {
            Number number = numberAt(sentence, i);
            if (number == null) {
                i++;
                continue;
            }
            QuantityMention mention = masked(masked, number.start(), number.end()) ? null
                    : complete(sentence, number, masked);
            if (mention != null) {
                mentions.add(mention);
                i = mention.end();
            } else {
                i = number.end();
            }
        }
        return mentions;
    }

    /** Reads the number that starts at {@code i}, or null when none starts there. */
    private static Number numberAt(String s, int i) {
        char c = s.charAt(i);
        if (c >= '0' && c <= '9') {
            if (i > 0 && (isDigit(s.charAt(i - 1)) || s.charAt(i - 1) == '.')) {
                return null;
            }
            Matcher m = ARABIC.matcher(s).region(i, s.length());
            if (!m.lookingAt()) {
                return null;
            }
            String digits = m.group().replace(",", "");
            return new Number(new BigDecimal(digits), i, m.end(), false, !digits.contains("."));
        }
        if (ChineseNumerals.isNumeralChar(c) && c != '万' && c != '亿'
                && (i == 0 || !ChineseNumerals.isNumeralChar(s.charAt(i - 1)))) {
            int end = i;
            while (end < s.length() && ChineseNumerals.isNumeralChar(s.charAt(end))) {
                end++;
            }
            // A trailing 万/亿 is the magnitude of the unit (两万亿 → 2 万亿), unless digits follow it.
            while (end > i + 1 && (s.charAt(end - 1) == '万' || s.charAt(end - 1) == '亿')) {
                end--;
            }
            try {
                return new Number(ChineseNumerals.parse(s.substring(i, end)), i, end, true, true);
            } catch (IllegalArgumentException notANumeral) {
                return null;
            }
        }
        return null;
    }

    private QuantityMention complete(String s, Number number, boolean[] masked) {
        int start = number.start();
        int pos = number.end();
        Qualifier qualifier = null;

        // Ordinals: 第14位 and 全国第二 are ranks; any other 第N names a part or a batch.
        if (start > 0 && s.charAt(start - 1) == '第') {
            boolean rankUnit = pos < s.length() && (s.charAt(pos) == '位' || s.charAt(pos) == '名');
            if (!rankUnit && !RANK_BEFORE.matcher(s.substring(Math.max(0, start - 4), start)).find()) {
                return null;
            }
            int end = rankUnit ? pos + 1 : pos;
            return new QuantityMention(start - 1, end, start - 1, Quantity.of(number.value(), null, RANK), RANK,
                    Qualifier.EXACT);
        }
        boolean wordPercent = start >= 3 && s.startsWith("百分之", start - 3);
        if (wordPercent) {
            return hedged(s, start - 3, pos, number.value(), null, PERCENT, null);
        }

        if (pos < s.length() && VAGUE_MARKS.indexOf(s.charAt(pos)) >= 0) {
            qualifier = Qualifier.OVER;
            pos++;
        }
        if (!number.chinese() && pos + 1 < s.length() && (s.charAt(pos) == '：' || s.charAt(pos) == ':')
                && s.charAt(pos + 1) == '1' && (pos + 2 == s.length() || !isDigit(s.charAt(pos + 2))
                && s.charAt(pos + 2) != '.')) {
            return hedged(s, start, pos + 2, number.value(), null, RATIO, qualifier);
        }

        Optional<Unit> unit = units.longestAt(s, pos);
        int unitEnd = pos + unit.map(u -> u.surface().length()).orElse(0);

        // A range: 5%—6%, 5-6个百分点, 2—3万; the unit of the second number carries back to the first.
        if (qualifier == null && unitEnd < s.length() && RANGE_MARKS.indexOf(s.charAt(unitEnd)) >= 0) {
            int second = unitEnd + 1;
            if (second < s.length() && s.charAt(second) == '—') {
                second++;
            }
            Number upper = second < s.length() ? numberAt(s, second) : null;
            if (upper != null && upper.chinese() == number.chinese() && !masked(masked, upper.start(), upper.end())
                    && upper.value().compareTo(number.value()) > 0) {
                Optional<Unit> upperUnit = units.longestAt(s, upper.end());
                boolean sameUnit = upperUnit.isPresent()
                        && (unit.isEmpty() || unit.get().surface().equals(upperUnit.get().surface()));
                if (sameUnit) {
                    int end = upper.end() + upperUnit.get().surface().length();
                    return hedged(s, start, end, number.value(), upper.value(), upperUnit.get(), null);
                }
            }
        }

        if (unit.isEmpty()) {
            // Decimals without a unit are measurements (0.019); integers and Chinese numerals name things.
            if (number.integer()) {
                return null;
            }
            return hedged(s, start, pos, number.value(), null, null, qualifier);
        }
        if (number.chinese() && !plausibleChineseQuantity(number, unit.get())) {
            return null;
        }
        return hedged(s, start, unitEnd, number.value(), null, unit.get(), qualifier);
    }

    /**
     * 一个, 一批, 两年 are mostly articles and set phrases; a Chinese numeral counts as a quantity
     * from 2 up, or with a physical unit (一亿元).
     */
    private static boolean plausibleChineseQuantity(Number number, Unit unit) {
        boolean countLike = unit.dimension() == Dimension.COUNT || unit.dimension() == Dimension.DURATION;
        return !countLike || number.value().compareTo(BigDecimal.valueOf(2)) >= 0 || unit.factor().compareTo(BigDecimal.ONE) > 0;
    }

    /** Adds the hedges written before and after [start, end). */
    private QuantityMention hedged(String s, int start, int end, BigDecimal value, BigDecimal valueMax, Unit unit,
                                   Qualifier vague) {
        Quantity quantity = unit == null ? Quantity.unitless(value, valueMax) : Quantity.of(value, valueMax, unit);
        Qualifier qualifier = vague;
        int from = start;
        int to = end;
        Optional<QualifierLexicon.Entry> before = qualifiers.endingAt(s, start);
        if (before.isPresent()) {
            from = start - before.get().surface().length();
            qualifier = before.get().qualifier();
        }
        Optional<QualifierLexicon.Entry> after = qualifiers.startingAt(s, end);
        if (after.isPresent()) {
            to = end + after.get().surface().length();
            if (qualifier == null) {
                qualifier = after.get().qualifier();
            }
        }
        return new QuantityMention(from, to, start, quantity, unit, qualifier == null ? Qualifier.EXACT : qualifier);
    }

    private boolean[] mask(String sentence) {
        boolean[] masked = new boolean[sentence.length()];
        for (PatternList.Entry entry : notQuantities) {
            Matcher m = entry.pattern().matcher(sentence);
            while (m.find()) {
                for (int k = m.start(); k < m.end(); k++) {
                    masked[k] = true;
                }
            }
        }
        return masked;
    }

    private static boolean masked(boolean[] masked, int from, int to) {
        for (int k = from; k < to; k++) {
            if (masked[k]) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
