package io.github.govreport.extract.quantity;

import java.math.BigDecimal;

/**
 * Reads numbers written in Chinese characters: 三 → 3, 十五 → 15, 一百零五 → 105, 三万四千 → 34000,
 * 一亿两千万 → 120000000, 二〇二四 → 2024 (digit by digit), 廿五 → 25, 三点五 → 3.5, and the spoken
 * short form 一万三 → 13000.
 */
public final class ChineseNumerals {

    /** Every character that can be part of a Chinese numeral. */
    public static final String CHARACTERS = "零〇一二两三四五六七八九十百千万亿廿卅卌壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億倆兩";

    /** A half, after 成 (三成半, 35 %) or after a unit (一吨半, 1.5 吨). */
    static final char HALF = '半';

    /** Financial (大写) and traditional forms, read as their everyday equivalents. */
    private static final String FORMAL = "壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬億倆兩點";
    private static final String EVERYDAY = "一二二三三四五六六七八九十百千万亿两两点";

    private ChineseNumerals() {
    }

    public static boolean isNumeralChar(char c) {
        return CHARACTERS.indexOf(c) >= 0;
    }

    /** True for 万 and 亿 in any of their forms: the magnitudes that may also stand before a unit. */
    public static boolean isMagnitudeChar(char c) {
        return c == '万' || c == '亿' || c == '萬' || c == '億';
    }

    /** True for 万 in its simplified and traditional forms. */
    static boolean isTenThousand(char c) {
        return c == '万' || c == '萬';
    }

    /** The numeral with financial and traditional characters replaced by everyday ones (壹佰 → 一百). */
    static String everyday(String numeral) {
        StringBuilder out = new StringBuilder(numeral.length());
        for (int i = 0; i < numeral.length(); i++) {
            char c = numeral.charAt(i);
            int formal = FORMAL.indexOf(c);
            out.append(formal >= 0 ? EVERYDAY.charAt(formal) : c);
        }
        return out.toString();
    }

    /**
     * The value of {@code numeral}, which must consist of numeral characters only.
     *
     * @throws IllegalArgumentException when it is empty or is not a well-formed numeral
     */
    public static BigDecimal parse(String numeral) {
        if (numeral.isEmpty()) {
            throw new IllegalArgumentException("empty numeral");
        }
        numeral = everyday(numeral);
        int point = numeral.indexOf('点');
        if (point >= 0) {
            // 三点五 → 3.5: the digits after 点 are read one by one.
            String fraction = numeral.substring(point + 1);
            if (point == 0 || fraction.isEmpty() || !fraction.chars().allMatch(c -> digit((char) c) >= 0)) {
                throw new IllegalArgumentException("'" + numeral + "': 点 needs digits on both sides");
            }
            return new BigDecimal(parse(numeral.substring(0, point)).toPlainString() + "." + digits(fraction));
        }
        numeral = numeral.replace("廿", "二十").replace("卅", "三十").replace("卌", "四十");
        if (numeral.chars().allMatch(c -> digit((char) c) >= 0) && numeral.length() > 1) {
            // 二〇二四, 一九九八 are read digit by digit; two digits alone (三五年, 二三十) are a vague range.
            if (numeral.length() < 3 && numeral.indexOf('〇') < 0 && numeral.indexOf('零') < 0) {
                throw new IllegalArgumentException("'" + numeral + "': two digits side by side are a range, not a number");
            }
            return positional(numeral);
        }
        BigDecimal total = BigDecimal.ZERO;
        long section = 0;
        long number = 0;
        long lastUnit = 0;
        boolean sawZero = false;
        for (int i = 0; i < numeral.length(); i++) {
            char c = numeral.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                if (d == 0) {
                    sawZero = true;
                } else if (number != 0) {
                    throw new IllegalArgumentException("'" + numeral + "': two digits side by side (十二三, 十四五)");
                }
                number = d;
                continue;
            }
            long unit = smallUnit(c);
            if (unit > 0) {
                if (lastUnit > 0 && lastUnit < 10_000L && unit >= lastUnit) {
                    // 十一十二, 十七十八: 十 after 十 starts a second number, not a part of this one.
                    throw new IllegalArgumentException("'" + numeral + "': " + c + " after a smaller or equal unit");
                }
                if (number == 0 && !(c == '十')) {
                    throw new IllegalArgumentException("'" + numeral + "': " + c + " needs a digit before it");
                }
                section += (number == 0 ? 1 : number) * unit;
                number = 0;
                lastUnit = unit;
                sawZero = false;
            } else if (c == '万') {
                total = total.add(BigDecimal.valueOf((section + number) * 10_000L));
                section = 0;
                number = 0;
                lastUnit = 10_000L;
                sawZero = false;
            } else if (c == '亿') {
                total = total.add(BigDecimal.valueOf(section + number)).multiply(BigDecimal.valueOf(100_000_000L));
                section = 0;
                number = 0;
                lastUnit = 100_000_000L;
                sawZero = false;
            } else {
                throw new IllegalArgumentException("'" + numeral + "': " + c + " is not a numeral character");
            }
        }
        // 一万三 means 13000 and 三百五 means 350: a last bare digit counts one step below the last unit.
        if (number > 0 && lastUnit >= 100 && !sawZero) {
            number *= lastUnit / 10;
        }
        return total.add(BigDecimal.valueOf(section + number));
    }

    private static BigDecimal positional(String digits) {
        return new BigDecimal(digits(digits));
    }

    private static String digits(String numeral) {
        StringBuilder arabic = new StringBuilder();
        numeral.chars().forEach(c -> arabic.append(digit((char) c)));
        return arabic.toString();
    }

    static int digit(char c) {
        int formal = FORMAL.indexOf(c);
        if (formal >= 0) {
            c = EVERYDAY.charAt(formal);
        }
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }

    private static long smallUnit(char c) {
        return switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            default -> 0;
        };
    }
}
