package io.github.govreport.extract.quantity;

import io.github.govreport.core.Dimension;
import io.github.govreport.core.Measure;
import io.github.govreport.core.Qualifier;
import io.github.govreport.core.Quantity;
import io.github.govreport.core.Unit;
import io.github.govreport.extract.Leniency;
import io.github.govreport.extract.dict.CueLexicon;
import io.github.govreport.extract.dict.Dictionaries;
import io.github.govreport.extract.dict.QualifierLexicon;
import io.github.govreport.extract.dict.QuantityWords;
import io.github.govreport.extract.dict.UnitCatalog;
import io.github.govreport.extract.segment.Segmenter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the quantities of one sentence: a number (see {@link NumberReader}), an optional range to
 * a second number, a unit with its magnitude, and the hedges before and after it; and the special
 * forms 百分之五, 三分之一, 八成, 增长1倍, 翻一番, 第二, 2.28：1, 负5%, 零下5℃.
 *
 * <p>What is not a quantity is rejected with a reason: numbers inside the matches of
 * {@code not-quantities.tsv} (names, codes, dates, numbering), and, at the {@link Leniency#FACTS}
 * leniency, integers and Chinese numerals without a unit (mostly names and references) and
 * 一 with a measure word (an article: 一个, 一批). Thread-safe.
 */
public final class QuantityRecognizer {

    /** A number that was read but is not a quantity, and why. */
    public record Rejection(int start, int end, String reason) {
    }

    /** The quantities of a sentence and the numbers rejected in it. */
    public record Result(List<QuantityMention> quantities, List<Rejection> rejections) {
    }

    private static final String RANGE_MARKS = "—–-~～至到";
    private static final String VAGUE_MARKS = "多余";
    private static final String MINUS_SIGNS = "-−";
    private static final Pattern DOUBLING = Pattern.compile("翻了?([一二两三四五]|[0-9])番");
    private static final Unit RATIO = Unit.RATIO;
    private static final Pattern CHINESE_YEAR = Pattern.compile("[〇零一二三四五六七八九]{4}年");
    /** After a quantity and its hedge: it names the target a result is compared with (3.5%左右的年度调控目标). */
    private static final Pattern TARGET_AFTER = Pattern.compile("^的[^，。；,;：]{0,8}目标");
    private static final Unit RANK = new Unit("位", Dimension.RANK, "位", BigDecimal.ONE);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final UnitCatalog units;
    private final QuantityWords words;
    private final QualifierLexicon qualifiers;
    private final CueLexicon<Measure> measureCues;
    private final NotQuantityMask notQuantities;
    private final Segmenter segmenter;
    private final Leniency leniency;
    private final NumberReader numbers = new NumberReader();

    public QuantityRecognizer(Dictionaries dictionaries, Segmenter segmenter, Leniency leniency) {
        this.units = dictionaries.units();
        this.qualifiers = dictionaries.qualifiers();
        this.measureCues = dictionaries.measureCues();
        this.notQuantities = new NotQuantityMask(dictionaries.notQuantities());
        this.words = dictionaries.quantityWords();
        this.segmenter = Objects.requireNonNull(segmenter, "segmenter must not be null");
        this.leniency = Objects.requireNonNull(leniency, "leniency must not be null");
    }

    public List<QuantityMention> recognize(String sentence) {
        return analyze(sentence).quantities();
    }

    public Result analyze(String sentence) {
        NotQuantityMask.OfSentence masks = notQuantities.of(sentence);
        List<QuantityMention> mentions = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        int i = 0;
        while (i < sentence.length()) {
            QuantityMention doubling = doubling(sentence, i);
            if (doubling == null) {
                doubling = firstPlace(sentence, i);
            }
            if (doubling != null) {
                mentions.add(doubling);
                i = doubling.end();
                continue;
            }
            NumberReader.Reading number = numbers.read(sentence, i);
            if (number == null) {
                i++;
                continue;
            }
            String masked = masks.at(number.start(), number.end());
            Outcome outcome = masked != null ? Outcome.rejected(masked) : complete(sentence, number, masks);
            if (outcome.mention() != null) {
                mentions.add(outcome.mention());
                i = Math.max(outcome.mention().end(), number.end());
            } else {
                rejections.add(new Rejection(number.start(), number.end(), outcome.reason()));
                i = Math.max(number.end(), i + 1);
            }
        }
        return new Result(List.copyOf(mentions), List.copyOf(rejections));
    }

    /** A number's fate: a quantity, or the reason it is not one. */
    private record Outcome(QuantityMention mention, String reason) {
        static Outcome of(QuantityMention mention) {
            return new Outcome(mention, null);
        }

        static Outcome rejected(String reason) {
            return new Outcome(null, reason);
        }
    }

    private Outcome complete(String s, NumberReader.Reading number, NotQuantityMask.OfSentence masks) {
        int start = number.start();
        int pos = number.end();
        Qualifier vague = number.qualifier();

        // Ordinals: 第14位 and 全国第二 are ranks; any other 第N names a part or a batch.
        if (start > 0 && s.charAt(start - 1) == '第') {
            BigDecimal ordinal = number.value();
            if (pos < s.length() && ChineseNumerals.isMagnitudeChar(s.charAt(pos))) {
                // 第3万回, 第100万辆: the magnitude belongs to the ordinal.
                ordinal = ordinal.multiply(BigDecimal.valueOf(isTenThousand(s.charAt(pos)) ? 10_000L : 100_000_000L));
                pos++;
            }
            boolean rankUnit = pos < s.length() && (s.charAt(pos) == '位' || s.charAt(pos) == '名');
            if (!rankUnit && leniency == Leniency.FACTS
                    && !words.endsInRankScope(s.substring(Math.max(0, start - 12), start - 1))) {
                return Outcome.rejected("an ordinal (第N) that names a part, batch or session");
            }
            if (!rankUnit && leniency == Leniency.FACTS && pos < s.length()
                    && units.longestAt(s, pos).filter(QuantityRecognizer::isMeasureWord).isPresent()) {
                return Outcome.rejected("an ordinal of a thing (第一家, 第三批), not a rank");
            }
            int end = rankUnit ? pos + 1 : pos;
            return Outcome.of(new QuantityMention(start - 1, end, start - 1, Quantity.of(ordinal, null, RANK),
                    RANK, Qualifier.EXACT));
        }

        // 百万分之五, 千万分之六: a denominator of magnitudes alone (百分之, 千分之, 万分之 below have units).
        BigDecimal magnitudes = magnitudesBefore(s, start);
        if (magnitudes != null) {
            int from = start - 2 - magnitudeRun(s, start - 2);
            return Outcome.of(hedged(s, from, pos, from, number.value().divide(magnitudes, MathContext.DECIMAL64), null,
                    null, vague));
        }
        // 百分之五, 千分之三, 万分之二: the percent, permille or permyriad written in words.
        // 百分之负三点八: a minus after 百分之 (spoken) makes the percent negative.
        int minus = start >= 4 && s.startsWith("百分之负", start - 4) ? 1 : 0;
        String before = start - minus >= 3 ? ChineseNumerals.everyday(s.substring(start - minus - 3, start - minus)) : "";
        for (String prefix : new String[] {"百分之", "千分之", "万分之"}) {
            if (before.equals(prefix) && minus == 1) {
                return Outcome.of(hedged(s, start - 4, pos, start - 4, number.value().negate(), null,
                        units.get("%").orElseThrow(), vague));
            }
            // 仟分之贰, 萬分之肆: the magnitude in its financial or traditional form.
            if (before.equals(prefix)) {
                Unit unit = units.get(prefix.equals("百分之") ? "%" : prefix.equals("千分之") ? "‰" : "‱").orElseThrow();
                return Outcome.of(signed(s, hedged(s, start - 3, pos, start - 3, number.value(), null, unit, vague)));
            }
        }
        // 百分百: the whole, 100 % (as 百分之百).
        if (start >= 2 && s.startsWith("百分百", start - 2)) {
            return Outcome.of(hedged(s, start - 2, pos, start - 2, number.value(), null, units.get("%").orElseThrow(), vague));
        }
        // 三分之一: a fraction, as a decimal (not exact when the denominator is not a power of 2 and 5).
        int over = pos + magnitudeRun(s, pos, s.length());
        if (s.startsWith("分之", over)) {
            NumberReader.Reading numerator = numbers.read(s, over + 2);
            BigDecimal denominator = number.value().multiply(product(s, pos, over));
            if (numerator != null && number.value().signum() != 0) {
                BigDecimal value = numerator.value().divide(denominator, MathContext.DECIMAL64);
                // 四分之一公升, 三分之二公顷: a fraction of a unit of measure.
                Optional<Unit> measured = units.longestAt(s, numerator.end()).filter(QuantityRecognizer::isMeasurement);
                int end = numerator.end() + measured.map(u -> u.surface().length()).orElse(0);
                if (measured.isEmpty() && leniency == Leniency.FACTS) {
                    return Outcome.of(hedged(s, start, end, start, percentOf(value), null, units.get("%").orElseThrow(),
                            vague));
                }
                return Outcome.of(hedged(s, start, end, start, value, null, measured.orElse(null), vague));
            }
        }
        // 八成 → 80%, 七成六 → 76%, 三成半 → 35%, 9.5成 → 95%.
        if (pos < s.length() && s.charAt(pos) == '成' && number.value().compareTo(BigDecimal.TEN) <= 0
                && segmenter.isBoundary(s, start) && (pos + 1 >= s.length() || !isHan(s.charAt(pos + 1))
                    || segmenter.isBoundary(s, pos + 1) || ChineseNumerals.digit(s.charAt(pos + 1)) > 0
                    || s.charAt(pos + 1) == '半')) {
            BigDecimal value = number.value().multiply(BigDecimal.TEN);
            int end = pos + 1;
            if (end < s.length() && s.charAt(end) == '半') {
                value = value.add(BigDecimal.valueOf(5));
                end++;
            } else if (end < s.length() && ChineseNumerals.digit(s.charAt(end)) > 0) {
                value = value.add(BigDecimal.valueOf(ChineseNumerals.digit(s.charAt(end))));
                end++;
            }
            return Outcome.of(hedged(s, start, end, start, value, null, units.get("%").orElseThrow(), vague));
        }

        if (vague == null && pos < s.length() && (VAGUE_MARKS.indexOf(s.charAt(pos)) >= 0
                || ("几幾".indexOf(s.charAt(pos)) >= 0 && number.chinese() && "十百千零拾佰仟".indexOf(s.charAt(pos - 1)) >= 0))) {
            vague = Qualifier.OVER;
            pos++;
        }
        if (!number.chinese() && pos + 1 < s.length() && (s.charAt(pos) == '：' || s.charAt(pos) == ':')
                && s.charAt(pos + 1) == '1' && (pos + 2 == s.length() || (!NumberReader.isDigit(s.charAt(pos + 2))
                && s.charAt(pos + 2) != '.'))) {
            return Outcome.of(hedged(s, start, pos + 2, start, number.value(), null, RATIO, vague));
        }

        // 1/3, 2.5/12.5: a fraction written with a slash (not a date 2024/3/12 nor a code 003/004).
        if (!number.chinese() && pos + 1 < s.length() && s.charAt(pos) == '/' && NumberReader.isDigit(s.charAt(pos + 1))
                && s.charAt(start) != '0' && (start == 0 || s.charAt(start - 1) != '/')) {
            NumberReader.Reading denominator = numbers.read(s, pos + 1);
            if (denominator != null && !denominator.chinese() && denominator.value().signum() != 0
                    && s.charAt(pos + 1) != '0' && (denominator.end() == s.length() || s.charAt(denominator.end()) != '/')
                    && masks.at(denominator.start(), denominator.end()) == null) {
                BigDecimal value = number.value().divide(denominator.value(), MathContext.DECIMAL64);
                return Outcome.of(signed(s, hedged(s, start, denominator.end(), start, value, null, null, vague)));
            }
        }
        if (number.chinese() && pos - start == 1 && FINANCIAL_DIGITS.indexOf(s.charAt(start)) >= 0
                && !segmenter.isBoundary(s, pos)) {
            return Outcome.rejected("a financial numeral alone is a character of a word (拾起, 伍仁); amounts in "
                    + "financial numerals are written out in full (壹拾万圆)");
        }
        int at = pos;
        // 3 km, 9 m: SI style puts a space between the number and a unit symbol.
        Optional<Unit> symbol = !number.chinese() && at + 1 < s.length() && s.charAt(at) == ' '
                ? units.longestAt(s, at + 1).filter(u -> u.surface().chars().allMatch(c -> c < 128 && Character.isLetter(c))
                        && (at + 1 + u.surface().length() == s.length()
                            || !isAsciiLetterOrDigit(s.charAt(at + 1 + u.surface().length()))))
                : Optional.empty();
        // 两个亿, 几个亿: speech puts 个 before 亿.
        Optional<Unit> spoken = s.startsWith("个亿", at) ? unitAt(s, at + 1) : Optional.empty();
        Optional<Unit> unit = symbol.isPresent() ? symbol : spoken.isPresent() ? spoken : unitAt(s, pos);
        int unitEnd = pos + unit.map(u -> u.surface().length()).orElse(0) + (symbol.isPresent() || spoken.isPresent() ? 1 : 0);
        // 3万多元, 300余万户: 多/余 between the magnitude and the unit.
        if (vague == null && unit.isPresent() && unit.get().dimension() == Dimension.MAGNITUDE && unitEnd < s.length()
                && VAGUE_MARKS.indexOf(s.charAt(unitEnd)) >= 0) {
            Optional<Unit> rest = unitAt(s, unitEnd + 1)
                    .flatMap(u -> units.get(unit.get().surface() + u.surface()));
            if (rest.isPresent()) {
                int end = unitEnd + 1 + rest.get().surface().length() - unit.get().surface().length();
                return Outcome.of(signed(s, hedged(s, start, end, start, number.value(), null, rest.get(),
                        Qualifier.OVER)));
            }
        }
        if (number.valueMax() != null) {
            // 三五年, 八九亿韩元: a vague range written as two neighbouring digits.
            if (unit.isEmpty() && leniency == Leniency.FACTS) {
                return Outcome.rejected("a vague range without a unit");
            }
            return Outcome.of(hedged(s, start, unitEnd, start, number.value(), number.valueMax(), unit.orElse(null),
                    Qualifier.APPROX));
        }

        // A range: 5%—6%, 5-6个百分点, 2—3万; the unit of the second number carries back to the first.
        // 1万(含)-5万元: (含) says the first end is included; 20 - 100个: a space on each side of the mark.
        int mark = unitEnd + (s.startsWith("(含)", unitEnd) || s.startsWith("（含）", unitEnd) ? 3 : 0);
        boolean spaced = mark + 1 < s.length() && s.charAt(mark) == ' ' && RANGE_MARKS.indexOf(s.charAt(mark + 1)) >= 0;
        mark += spaced ? 1 : 0;
        if (vague == null && mark < s.length() && RANGE_MARKS.indexOf(s.charAt(mark)) >= 0) {
            int second = mark + 1;
            // 5%——6%, 1万元--5万元: the mark doubled.
            if (second < s.length() && (s.charAt(second) == '—' || (s.charAt(mark) == '-' && s.charAt(second) == '-'))) {
                second++;
            }
            if (spaced && second < s.length() && s.charAt(second) == ' ') {
                second++;
            }
            NumberReader.Reading upper = second < s.length() ? numbers.read(s, second) : null;
            BigDecimal low = number.value();
            // 两到三千, 五到六百: a lone digit takes the hundreds or thousands of the upper end.
            if (upper != null && number.chinese() && upper.chinese() && unit.isEmpty() && pos - start == 1
                    && upper.end() - upper.start() == 2 && "百千佰仟".indexOf(s.charAt(upper.end() - 1)) >= 0) {
                low = low.multiply(BigDecimal.valueOf("百佰".indexOf(s.charAt(upper.end() - 1)) >= 0 ? 100 : 1000));
            }
            if (upper != null && upper.chinese() == number.chinese() && masks.at(upper.start(), upper.end()) == null
                    && upper.value().compareTo(low) > 0) {
                Optional<Unit> upperUnit = unitAt(s, upper.end());
                // The first number may repeat the magnitude alone: 两千万到三千万元.
                boolean sameUnit = upperUnit.isPresent() && (unit.isEmpty()
                        || unit.get().surface().equals(upperUnit.get().surface())
                        || (unit.get().dimension() == Dimension.MAGNITUDE
                            && upperUnit.get().surface().startsWith(unit.get().surface())));
                if (sameUnit) {
                    int end = upper.end() + upperUnit.get().surface().length();
                    end += isYuan(upperUnit.get()) ? renminbiAt(s, end) : 0;
                    return Outcome.of(hedged(s, start, end, start, low, upper.value(), upperUnit.get(), null));
                }
                // 一千到一千五百: a range of plain numbers (counted as numbers only, like any number without a unit).
                if (upperUnit.isEmpty() && unit.isEmpty() && leniency == Leniency.NUMBERS) {
                    return Outcome.of(hedged(s, start, upper.end(), start, low, upper.value(), null, null));
                }
            }
        }

        if (unit.isEmpty()) {
            if (leniency == Leniency.FACTS && (number.integer() || number.chinese())) {
                return Outcome.rejected(number.chinese() ? "a Chinese numeral without a unit"
                        : "an integer without a unit (a name, code or reference)");
            }
            if (number.chinese() && !isWord(s, start, pos)) {
                return Outcome.rejected("a numeral character inside a word (一切, 大陆, 队伍)");
            }
            return Outcome.of(signed(s, hedged(s, start, pos, start, number.value(), null, null, vague)));
        }
        Unit found = unit.get();
        if (leniency == Leniency.FACTS && found.dimension() == Dimension.DURATION
                && CHINESE_YEAR.matcher(s).region(start, unitEnd).matches()) {
            return Outcome.rejected("a year in Chinese numerals, read digit by digit (二〇三五年远景目标)");
        }
        if (number.chinese() && leniency == Leniency.FACTS && isArticle(number, found)) {
            return Outcome.rejected("一 with a measure word is an article (一个, 一批), not a count");
        }
        if (leniency == Leniency.FACTS && namesASet(s, start, unitEnd, number, found)) {
            return Outcome.rejected("a small count in Chinese numerals before a noun names a set or a slogan "
                    + "(四个重点问题, 五篇大文章, 十年禁渔); counts that measure are written in digits (GB/T 15835)");
        }
        if (leniency == Leniency.FACTS && found.dimension() == Dimension.COUNT && countsTheListBefore(s, start, number)
                && namesCategories(s, unitEnd)) {
            return Outcome.rejected("the count of the fields just named (数字内容、工业设计、区块链、信息技术应用创新4个产业)");
        }
        if (number.qualifier() != null && found.dimension() == Dimension.DURATION) {
            return Outcome.rejected("a vague span of time (几十年)");
        }
        // 增长1倍 is +100%: a multiple after a growth verb is a growth rate.
        if (found.dimension() == Dimension.MULTIPLE && afterGrowthVerb(s, start)) {
            // 增长1倍多: more than double, as 多 after a number says.
            boolean more = unitEnd < s.length() && s.charAt(unitEnd) == '多';
            return Outcome.of(hedged(s, start, more ? unitEnd + 1 : unitEnd, start, number.value().multiply(HUNDRED),
                    null, units.get("%").orElseThrow(), more && vague == null ? Qualifier.OVER : vague)
                    .withMeasure(Measure.GROWTH));
        }
        // 一吨半, 两米半: a half after the unit.
        BigDecimal value = number.value();
        if (unitEnd < s.length() && s.charAt(unitEnd) == '半' && number.integer()
                && found.dimension() != Dimension.PERCENT) {
            value = value.add(new BigDecimal("0.5"));
            unitEnd++;
        }
        if (found.dimension() == Dimension.CURRENCY && unitEnd < s.length() && (s.charAt(unitEnd) == '整'
                || (s.charAt(unitEnd) == '正' && (unitEnd + 1 == s.length() || !isHan(s.charAt(unitEnd + 1)))))) {
            unitEnd++;      // 壹拾万圆整, 壹拾壹元正: 整 (or 正; no fraction of a yuan) closes an amount
        }
        if (isYuan(found)) {
            unitEnd += renminbiAt(s, unitEnd);
            // 人民币50亿元, 港币2960元, 新台币 177.1 亿元: the currency named before an amount in 元.
            int name = start;
            while (name > 0 && s.charAt(name - 1) == ' ') {
                name--;
            }
            for (int k = Math.min(name, 3); k >= 2; k--) {
                String word = s.substring(name - k, name);
                Optional<Unit> currency = RENMINBI.contains(word) ? Optional.of(found) : units.get(word)
                        .filter(u -> u.dimension() == Dimension.CURRENCY).flatMap(u -> units.get(
                                found.surface().substring(0, found.surface().length() - 1) + u.surface()));
                if (currency.isPresent() && segmenter.isBoundary(s, name - k)) {
                    return Outcome.of(hedged(s, name - k, unitEnd, start, value, null, currency.get(), vague));
                }
            }
        }
        return Outcome.of(signed(s, hedged(s, start, unitEnd, start, value, null, found, vague)));
    }

    private static final String MAGNITUDE_CHARS = "十百千万亿拾佰仟萬億";
    private static final String FINANCIAL_DIGITS = "壹贰貳叁參肆伍陆陸柒捌玖拾佰仟";
    private static final List<String> RENMINBI = List.of("人民币", "人民幣");

    /** An amount in 元 or 圆, with or without a magnitude (元, 万元, 亿圆). */
    private static boolean isYuan(Unit unit) {
        return unit.dimension() == Dimension.CURRENCY && (unit.surface().endsWith("元") || unit.surface().endsWith("圆"))
                && "CNY".equals(unit.baseUnit());
    }

    /** The length of 人民币 at {@code at} (10亿元人民币: the currency named after the amount), or 0. */
    private static int renminbiAt(String s, int at) {
        return RENMINBI.stream().filter(r -> s.startsWith(r, at)).mapToInt(String::length).findFirst().orElse(0);
    }

    /** A unit of measure that a fraction may be of: 四分之一公升, 三分之二公顷. */
    private static boolean isMeasurement(Unit unit) {
        return switch (unit.dimension()) {
            case LENGTH, AREA, VOLUME, MASS, ENERGY, POWER -> true;
            default -> false;
        };
    }

    private static boolean isTenThousand(char c) {
        return c == '万' || c == '萬';
    }

    /** How many magnitude characters (十百千万亿) end at {@code end}. */
    private static int magnitudeRun(String s, int end) {
        int k = end;
        while (k > 0 && MAGNITUDE_CHARS.indexOf(s.charAt(k - 1)) >= 0) {
            k--;
        }
        return end - k;
    }

    /** How many magnitude characters start at {@code from}, before {@code to}. */
    private static int magnitudeRun(String s, int from, int to) {
        int k = from;
        while (k < to && MAGNITUDE_CHARS.indexOf(s.charAt(k)) >= 0 && "十拾".indexOf(s.charAt(k)) < 0) {
            k++;
        }
        return k - from;
    }

    /**
     * A fraction of a whole as a share in % (docs/facts.md): 三分之二 → 66.67, exact where the
     * fraction terminates (一万分之三 → 0.03), else to two places.
     */
    private static BigDecimal percentOf(BigDecimal fraction) {
        BigDecimal percent = fraction.multiply(HUNDRED).stripTrailingZeros();
        if (percent.scale() > 4) {
            percent = percent.setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        }
        return percent.scale() < 0 ? percent.setScale(0) : percent;
    }

    /** The product of the magnitude characters in [from, to): 百万 → 1000000; 1 when empty. */
    private static BigDecimal product(String s, int from, int to) {
        BigDecimal product = BigDecimal.ONE;
        for (int k = from; k < to; k++) {
            long factor = switch (ChineseNumerals.everyday(String.valueOf(s.charAt(k))).charAt(0)) {
                case '十' -> 10L;
                case '百' -> 100L;
                case '千' -> 1000L;
                case '万' -> 10_000L;
                default -> 100_000_000L;
            };
            product = product.multiply(BigDecimal.valueOf(factor));
        }
        return product;
    }

    /**
     * The denominator of 百万分之 or 千万分之 right before {@code start}: two or more magnitude characters
     * and 分之, with no numeral before them; null otherwise (百分之, 千分之, 万分之 have units).
     */
    private static BigDecimal magnitudesBefore(String s, int start) {
        if (start < 4 || !s.startsWith("分之", start - 2)) {
            return null;
        }
        int run = magnitudeRun(s, start - 2);
        int from = start - 2 - run;
        if (run < 2 || (from > 0 && (ChineseNumerals.isNumeralChar(s.charAt(from - 1))
                || NumberReader.isDigit(s.charAt(from - 1))))) {
            return null;
        }
        return product(s, from, start - 2);
    }

    /**
     * True when a count of at most ten in Chinese numerals stands before a noun, as in 四个重点问题,
     * 三项重点任务, 五篇大文章, 十年禁渔, 二次腾飞. GB/T 15835 writes counts that measure in Arabic
     * digits (新增12个平台) and keeps Chinese numerals for fixed phrases and slogans, which is how
     * reports use them. A run of years (连续三年居全市第一) still measures, and a count that ends its
     * clause (新增两家，) is not before a noun.
     */
    private static boolean namesASet(String s, int start, int unitEnd, NumberReader.Reading number, Unit unit) {
        if (!number.chinese() || number.qualifier() != null || number.valueMax() != null || !isMeasureWord(unit)
                || unit.factor().compareTo(BigDecimal.ONE) > 0 || number.value().compareTo(BigDecimal.TEN) > 0) {
            return false;
        }
        boolean beforeNoun = unitEnd < s.length() && isHan(s.charAt(unitEnd));
        boolean run = s.startsWith("连续", start - 2) || s.startsWith("连", start - 1);
        return beforeNoun && !run;
    }

    /**
     * True when the words right before a count are a list of exactly that many items joined by 、
     * (and a last 和/及): the count only restates the list, as in 人工智能、智慧能源、元宇宙3个领域.
     */
    private static boolean countsTheListBefore(String s, int start, NumberReader.Reading number) {
        if (number.valueMax() != null || number.value().scale() > 0 || number.value().compareTo(BigDecimal.valueOf(2)) < 0
                || number.value().compareTo(BigDecimal.valueOf(30)) > 0) {
            return false;
        }
        int from = start;
        while (from > 0 && start - from < LIST_WINDOW && "，。；：！？,;:\n".indexOf(s.charAt(from - 1)) < 0) {
            from--;
        }
        String before = s.substring(from, start);
        int items = before.split("[、和及]", -1).length;
        return before.indexOf('、') >= 0 && items == number.value().intValue();
    }

    private static final int LIST_WINDOW = 120;

    /** Whether the noun after a count names fields or groups (the category nouns of quantity-words.tsv). */
    private boolean namesCategories(String s, int from) {
        int to = Math.min(s.length(), from + 12);
        String after = s.substring(from, to);
        int stop = after.length();
        for (int k = 0; k < after.length(); k++) {
            if ("，。；：、,;:".indexOf(after.charAt(k)) >= 0) {
                stop = k;
                break;
            }
        }
        String noun = after.substring(0, stop);
        return words.namesCategories(noun);
    }

    /** True when [start, end) stands as a word of its own, not as the start or end of a longer word. */
    private boolean isWord(String s, int start, int end) {
        return segmenter.isBoundary(s, start) && segmenter.isBoundary(s, end);
    }

    /** 居全国首位, 位居全省首位: first place in words is rank 1. */
    private QuantityMention firstPlace(String s, int i) {
        if (!s.startsWith("首位", i) || !words.endsInRankScope(s.substring(Math.max(0, i - 12), i))) {
            return null;
        }
        return new QuantityMention(i, i + 2, i, Quantity.of(BigDecimal.ONE, null, RANK), RANK, Qualifier.EXACT);
    }

    /** 翻一番 → +100%, 翻两番 → +300%: doubling n times is growth of 2ⁿ − 1. */
    private QuantityMention doubling(String s, int i) {
        if (s.charAt(i) != '翻') {
            return null;
        }
        Matcher m = DOUBLING.matcher(s).region(i, s.length());
        if (!m.lookingAt()) {
            return null;
        }
        String times = m.group(1);
        int n = Character.isDigit(times.charAt(0)) ? Integer.parseInt(times) : ChineseNumerals.digit(times.charAt(0));
        BigDecimal growth = BigDecimal.valueOf(2).pow(n).subtract(BigDecimal.ONE).multiply(HUNDRED);
        Unit percent = units.get("%").orElseThrow();
        return new QuantityMention(i, m.end(), i, Quantity.of(growth, null, percent), percent, Qualifier.EXACT,
                Measure.GROWTH);
    }

    /**
     * The unit at {@code pos}. A one-character measure word must end a word: 场 in 100场景 or 台 in
     * 3台阶 is the start of another word, and the number then has no unit.
     */
    private Optional<Unit> unitAt(String s, int pos) {
        Optional<Unit> unit = units.longestAt(s, pos);
        if (unit.isPresent() && unit.get().surface().length() == 1 && isMeasureWord(unit.get())) {
            int end = pos + 1;
            if (end < s.length() && isHan(s.charAt(end)) && !segmenter.isBoundary(s, end)) {
                return Optional.empty();
            }
        }
        return unit;
    }

    private static boolean isMeasureWord(Unit unit) {
        return unit.dimension() == Dimension.COUNT || unit.dimension() == Dimension.DURATION;
    }

    /** 一个, 一批 are articles: a Chinese numeral with a measure word counts from 2 up, or with a magnitude (一万个). */
    private static boolean isArticle(NumberReader.Reading number, Unit unit) {
        return isMeasureWord(unit) && number.value().compareTo(BigDecimal.valueOf(2)) < 0
                && unit.factor().compareTo(BigDecimal.ONE) <= 0;
    }

    /** True when a growth cue (增长, 提高 …), possibly with 了, ends right before {@code start}. */
    private boolean afterGrowthVerb(String s, int start) {
        int hedgeStart = start - qualifiers.endingAt(s, start).map(q -> q.surface().length()).orElse(0);
        int end = hedgeStart > 0 && s.charAt(hedgeStart - 1) == '了' ? hedgeStart - 1 : hedgeStart;
        return measureCues.nearestBefore(s, Math.max(0, end - 4), end, c -> c.value() == Measure.GROWTH)
                .filter(m -> m.start() + m.cue().word().length() == end).isPresent();
    }

    /** A minus sign, 负 or 零下 right before the quantity makes it negative (负5%, 零下5℃, -3%). */
    private static QuantityMention signed(String s, QuantityMention mention) {
        int start = mention.start();
        int prefix = 0;
        if (s.startsWith("零下", start - 2)) {
            prefix = 2;
        } else if (s.startsWith("负的", start - 2) && isMinusWord(s, start - 2)) {
            prefix = 2;     // 负的百分之六十: -60 %
        } else if (start > 0 && (("负負".indexOf(s.charAt(start - 1)) >= 0 && isMinusWord(s, start - 1))
                || (MINUS_SIGNS.indexOf(s.charAt(start - 1)) >= 0 && (start == 1 || !isAsciiLetterOrDigit(s.charAt(start - 2)))))) {
            prefix = 1;
        }
        if (prefix == 0 || mention.start() != mention.numberStart()) {
            return mention;
        }
        Quantity q = mention.quantity();
        Quantity negative = mention.unit() == null ? Quantity.unitless(q.value().negate(), null)
                : Quantity.of(q.value().negate(), null, mention.unit());
        return new QuantityMention(start - prefix, mention.end(), start - prefix, negative, mention.unit(),
                mention.qualifier(), mention.measure());
    }

    /** 负 is a minus sign after 为/是/至/到 or a non-Chinese character (增速为负5%), not inside a word (减负65亿元). */
    private static boolean isMinusWord(String s, int at) {
        return at == 0 || !isHan(s.charAt(at - 1)) || "为為是至到".indexOf(s.charAt(at - 1)) >= 0;
    }

    /** Adds the hedges written before and after [start, end). */
    private QuantityMention hedged(String s, int start, int end, int numberStart, BigDecimal value, BigDecimal valueMax,
                                   Unit unit, Qualifier vague) {
        Quantity quantity = unit == null ? Quantity.unitless(value, valueMax) : Quantity.of(value, valueMax, unit);
        Qualifier qualifier = vague;
        int from = start;
        int to = end;
        // A hedge is a word of its own: 约 in 签约 or 节约, 近 in 附近, is part of another word.
        Optional<QualifierLexicon.Entry> before = qualifiers.endingAt(s, start)
                .filter(q -> segmenter.isBoundary(s, start - q.surface().length()));
        // 超过了80, 至少有10个, 最多为5: 了, 有, 是 or 为 may stand between the hedge and the number;
        // 超  100家: so may the spaces of a justified PDF line.
        int verb = before.isEmpty() && start > 0 && "了有是为".indexOf(s.charAt(start - 1)) >= 0 ? 1
                : before.isEmpty() ? spacesBefore(s, start) : 0;
        if (verb > 0) {
            int gap = verb;
            before = qualifiers.endingAt(s, start - gap)
                    .filter(q -> segmenter.isBoundary(s, start - gap - q.surface().length()));
        }
        // 50万元（含）以上: (含) says the bound is included.
        int included = s.startsWith("（含）", end) || s.startsWith("(含)", end) ? 3 : 0;
        Optional<QualifierLexicon.Entry> after = qualifiers.startingAt(s, end + included)
                .filter(q -> segmenter.isBoundary(s, end + included + q.surface().length()));
        if (after.isPresent()) {
            to = end + included + after.get().surface().length();
        }
        // 低于3.5%左右的调控目标: a comparison with a target, not a hedge on it.
        if (before.isPresent() && leniency == Leniency.FACTS && isComparison(before.get().surface())
                && namesATarget(s, to)) {
            before = Optional.empty();
        }
        if (before.isPresent()) {
            from = start - verb - before.get().surface().length();
            qualifier = before.get().qualifier();
        }
        if (after.isPresent() && qualifier == null) {
            qualifier = after.get().qualifier();
        }
        return new QuantityMention(from, to, numberStart, quantity, unit, qualifier == null ? Qualifier.EXACT : qualifier);
    }

    /**
     * Whether the quantity ending at {@code end} (its hedge included) is followed by words that make
     * it the target a result is compared with: 3.5%左右的年度调控目标, 6%的预期目标.
     */
    public static boolean namesATarget(String s, int end) {
        return TARGET_AFTER.matcher(s).region(end, s.length()).lookingAt();
    }

    /** 高于, 低于, 多于: a plain comparison (not 不低于, which bounds the number it stands before). */
    private static boolean isComparison(String hedge) {
        return hedge.length() == 2 && hedge.endsWith("于");
    }

    /** How many spaces (at most three) stand right before {@code at}. */
    private static int spacesBefore(String s, int at) {
        int k = at;
        while (k > 0 && at - k < 3 && (s.charAt(k - 1) == ' ' || s.charAt(k - 1) == '\u3000')) {
            k--;
        }
        return at - k;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
