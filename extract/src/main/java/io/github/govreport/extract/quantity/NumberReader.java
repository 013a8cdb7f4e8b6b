package io.github.govreport.extract.quantity;

import io.github.govreport.core.Qualifier;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the number that starts at a position of a sentence: Arabic (1,100.9), Chinese (三万四千,
 * 三点五, 廿五), mixed (3万4000), and vague amounts (几十, 数百, 上千) as a value with the
 * qualifier {@code over}. Immutable.
 */
final class NumberReader {

    private static final Pattern ARABIC = Pattern.compile("[0-9]{1,3}(?:,[0-9]{3})+(?:\\.[0-9]+)?|[0-9]+(?:\\.[0-9]+)?");
    /**
     * 5万4千6百, 3万4000, 5亿1万4千6百, 5萬4千6百, 1千零20: Arabic digits between magnitude characters
     * (零 where a place is skipped, as in Chinese numerals), read as one number when the number goes on
     * after the first magnitude (else 5万 keeps 万 as the unit's magnitude).
     */
    private static final Pattern MIXED = Pattern.compile(
            "(?:[0-9]+[亿億](?:零(?=[0-9]))?)?(?:[0-9]+[万萬](?:零(?=[0-9]))?)?(?:[0-9]+千(?:零(?=[0-9]))?)?"
            + "(?:[0-9]+百(?:零(?=[0-9]))?)?(?:[0-9]+十)?[0-9]*(?![0-9.])");
    private static final String VAGUE_PREFIXES = "几数上";
    /** Longer digit or numeral runs are codes and account numbers, and would cost superlinear time to parse. */
    static final int MAX_LENGTH = 40;

    /**
     * A number read from a sentence.
     *
     * @param value     its value
     * @param start     UTF-16 index of its first character
     * @param end       UTF-16 index after its last character
     * @param chinese   written in Chinese numerals
     * @param integer   a whole number as written (no decimal point)
     * @param qualifier {@code over} for a vague amount (几十), else null
     * @param valueMax  the upper end of a vague range written as two neighbouring digits (三五 → 3–5), else null
     */
    record Reading(BigDecimal value, int start, int end, boolean chinese, boolean integer, Qualifier qualifier,
                   BigDecimal valueMax) {

        Reading(BigDecimal value, int start, int end, boolean chinese, boolean integer, Qualifier qualifier) {
            this(value, start, end, chinese, integer, qualifier, null);
        }
    }

    /**
     * A compound magnitude with no numeral before it, as an amount, a count of visits or a milestone
     * (千亿元, 千万人次, 万亿大关), and a lone 亿元/万元 as a threshold (亿元以上项目).
     */
    private final Pattern bareMagnitude;

    /** 三五年, 二三十家, 八九亿, 四五千: two neighbouring digits (or 三五) and an optional unit character. */
    private static final Pattern VAGUE_RANGE = Pattern.compile("([一二两三四五六七八九])([二三四五六七八九])([十百千万亿]?)");

    /** @param magnitudeFollowers the words after which a bare compound magnitude is a number (quantity-words.tsv) */
    NumberReader(List<String> magnitudeFollowers) {
        this.bareMagnitude = Pattern.compile("[百千万][万亿](?="
                + String.join("|", magnitudeFollowers.stream().map(Pattern::quote).toList())
                + ")|(?<![百千万])[万亿](?=元以上|元以下)");
    }

    /** The number that starts at {@code i}, or null when none starts there. */
    Reading read(String s, int i) {
        char c = s.charAt(i);
        if (isDigit(c)) {
            return arabic(s, i);
        }
        if (VAGUE_PREFIXES.indexOf(c) >= 0) {
            return vague(s, i);
        }
        // Only 百千万亿 can start a bare magnitude: tried elsewhere, the matcher costs an allocation per character.
        if ("百千万亿".indexOf(c) >= 0 && bareMagnitude.matcher(s).region(i, s.length()).lookingAt()
                && (i == 0 || (!ChineseNumerals.isNumeralChar(s.charAt(i - 1)) && !isDigit(s.charAt(i - 1))))) {
            // 百亿元, 突破千亿大关: 百 and 千 are numerals before the magnitude, 100 and 1000 of it (docs/facts.md).
            if (c == '百' || c == '千') {
                return new Reading(BigDecimal.valueOf(c == '百' ? 100 : 1000), i, i + 1, true, true, null);
            }
            // 增发万亿元国债: a magnitude alone stands for one of itself; it is read as the unit.
            return new Reading(BigDecimal.ONE, i, i, true, true, null);
        }
        // 百分之百, 百分百: the whole, 100 %.
        if (c == '百' && ((i >= 3 && s.startsWith(PercentWordForm.PERCENT, i - 3))
                    || (i >= 2 && s.startsWith(WholePercentForm.WHOLE, i - 2)))
                && (i + 1 == s.length() || !ChineseNumerals.isNumeralChar(s.charAt(i + 1)))) {
            return new Reading(BigDecimal.valueOf(100), i, i + 1, true, true, null);
        }
        if (ChineseNumerals.isNumeralChar(c) && !ChineseNumerals.isMagnitudeChar(c)
                && (i == 0 || !ChineseNumerals.isNumeralChar(s.charAt(i - 1)))) {
            return chinese(s, i);
        }
        return null;
    }

    private static Reading arabic(String s, int i) {
        // Inside a number already read: after a digit, or after the decimal point or separator of one.
        if (i > 0 && (isDigit(s.charAt(i - 1))
                || ((s.charAt(i - 1) == '.' || s.charAt(i - 1) == ',') && i > 1
                    && (isDigit(s.charAt(i - 2)) || s.charAt(i - 2) == '.')))) {
            return null;
        }
        Matcher m = ARABIC.matcher(s).region(i, s.length());
        if (!m.lookingAt()) {
            return null;
        }
        if (m.end() - i > MAX_LENGTH) {
            return null;
        }
        String digits = m.group().replace(",", "");
        BigDecimal value = new BigDecimal(digits);
        boolean integer = !digits.contains(".");
        if (integer) {
            Reading mixed = mixed(s, i);
            if (mixed != null) {
                return mixed;
            }
        }
        return new Reading(value, i, m.end(), false, integer, null);
    }

    private static Reading mixed(String s, int i) {
        Matcher m = MIXED.matcher(s).region(i, s.length());
        if (!m.lookingAt()) {
            return null;
        }
        String text = m.group();
        // Only when digits follow the first magnitude: 3万4000 is a number, 3万 leaves 万 to the unit.
        int firstMagnitude = indexOfMagnitude(text);
        if (firstMagnitude < 0 || firstMagnitude == text.length() - 1 || (!isDigit(text.charAt(firstMagnitude + 1))
                && text.charAt(firstMagnitude + 1) != '零')) {
            return null;
        }
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal pending = BigDecimal.ZERO;
        long lastUnit = 0;
        int digitsStart = 0;
        boolean zero = false;
        for (int k = 0; k <= text.length(); k++) {
            if (k < text.length() && isDigit(text.charAt(k))) {
                continue;
            }
            if (k < text.length() && text.charAt(k) == '零') {
                zero = true;        // 1千零1 is 1001: the digits after 零 are ones, not the spoken 1千1
                digitsStart = k + 1;
                continue;
            }
            BigDecimal digits = k > digitsStart ? new BigDecimal(text.substring(digitsStart, k)) : BigDecimal.ZERO;
            if (k == text.length()) {
                // 3万4000 adds 4000; 5万4 is the spoken 5万4千.
                boolean spoken = k - digitsStart == 1 && lastUnit >= 100 && !zero;
                pending = pending.add(spoken ? digits.multiply(BigDecimal.valueOf(lastUnit / 10)) : digits);
                break;
            }
            long unit = switch (text.charAt(k)) {
                case '亿', '億' -> 100_000_000L;
                case '万', '萬' -> 10_000L;
                case '千' -> 1000L;
                case '百' -> 100L;
                default -> 10L;
            };
            if (unit == 100_000_000L) {
                total = total.add(pending.add(digits)).multiply(BigDecimal.valueOf(unit));
                pending = BigDecimal.ZERO;
            } else if (unit == 10_000L) {
                total = total.add(pending.add(digits).multiply(BigDecimal.valueOf(unit)));
                pending = BigDecimal.ZERO;
            } else {
                pending = pending.add(digits.multiply(BigDecimal.valueOf(unit)));
            }
            lastUnit = unit;
            digitsStart = k + 1;
        }
        return new Reading(total.add(pending), i, m.end(), false, true, null);
    }

    private static int indexOfMagnitude(String text) {
        for (int k = 0; k < text.length(); k++) {
            if (!isDigit(text.charAt(k))) {
                return k;
            }
        }
        return -1;
    }

    /** 几十 / 数百 / 上千: the round number, hedged as over; 几万 / 数亿 leave the magnitude to the unit. */
    private static Reading vague(String s, int i) {
        if (i + 1 >= s.length() || (i > 0 && ChineseNumerals.isNumeralChar(s.charAt(i - 1)))) {
            return null;
        }
        return switch (s.charAt(i + 1)) {
            case '十' -> new Reading(BigDecimal.TEN, i, i + 2, true, true, Qualifier.OVER);
            case '百' -> new Reading(BigDecimal.valueOf(100), i, i + 2, true, true, Qualifier.OVER);
            case '千' -> new Reading(BigDecimal.valueOf(1000), i, i + 2, true, true, Qualifier.OVER);
            case '万', '亿' -> new Reading(BigDecimal.ONE, i, i + 1, true, true, Qualifier.OVER);
            default -> null;
        };
    }

    private static Reading chinese(String s, int i) {
        Reading range = vagueRange(s, i);
        if (range != null) {
            return range;
        }
        int end = i;
        while (end < s.length() && ChineseNumerals.isNumeralChar(s.charAt(end))) {
            end++;
        }
        // 三点五 (三點五): a decimal point followed by digits belongs to the number.
        if (end + 1 < s.length() && (s.charAt(end) == '点' || s.charAt(end) == '點')
                && ChineseNumerals.digit(s.charAt(end + 1)) >= 0) {
            end += 2;
            while (end < s.length() && ChineseNumerals.digit(s.charAt(end)) >= 0) {
                end++;
            }
        }
        // A trailing 万/亿 is the magnitude of the unit (两万亿 → 2 万亿), unless digits follow it, or
        // a 亿 before it makes it the 万 section of the number (四十五亿四千零四万 = 45亿 + 4004万).
        while (end > i + 1 && ChineseNumerals.isMagnitudeChar(s.charAt(end - 1))
                && !(ChineseNumerals.isTenThousand(s.charAt(end - 1)) && containsHundredMillion(s, i, end - 1)
                    && !ChineseNumerals.isMagnitudeChar(s.charAt(end - 2)))) {
            end--;
        }
        String numeral = s.substring(i, end);
        if (numeral.length() > MAX_LENGTH) {
            return null;
        }
        try {
            return new Reading(ChineseNumerals.parse(numeral), i, end, true,
                    !numeral.contains("点") && !numeral.contains("點"), null);
        } catch (IllegalArgumentException notANumeral) {
            // 一百千瓦, 五十千米: a 千 or 百 that cannot continue the numeral starts the unit.
            char last = numeral.charAt(numeral.length() - 1);
            if (numeral.length() > 1 && (last == '千' || last == '百')) {
                try {
                    return new Reading(ChineseNumerals.parse(numeral.substring(0, numeral.length() - 1)), i, end - 1,
                            true, true, null);
                } catch (IllegalArgumentException stillNotANumeral) {
                    return null;
                }
            }
            return null;
        }
    }

    private static Reading vagueRange(String s, int i) {
        Matcher m = VAGUE_RANGE.matcher(s).region(i, s.length());
        if (!m.lookingAt()) {
            return null;
        }
        int low = ChineseNumerals.digit(m.group(1).charAt(0));
        int high = ChineseNumerals.digit(m.group(2).charAt(0));
        boolean neighbours = high == low + 1 || (low == 3 && high == 5);
        int end = m.end();
        if (!neighbours || (end < s.length() && ChineseNumerals.isNumeralChar(s.charAt(end))
                && !ChineseNumerals.isMagnitudeChar(s.charAt(end)))) {
            return null;
        }
        String unit = m.group(3);
        // 八九亿: the magnitude stays with the unit, as for 两万亿.
        long factor = switch (unit) {
            case "十" -> 10;
            case "百" -> 100;
            case "千" -> 1000;
            default -> 1;
        };
        if (unit.equals("万") || unit.equals("亿")) {
            end--;
        }
        return new Reading(BigDecimal.valueOf(low * factor), i, end, true, true, null, BigDecimal.valueOf(high * factor));
    }

    private static boolean containsHundredMillion(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.charAt(k) == '亿' || s.charAt(k) == '億') {
                return true;
            }
        }
        return false;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
