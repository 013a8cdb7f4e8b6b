package io.github.govreport.extract.quantity;

import io.github.govreport.extract.internal.text.CharClasses;
import io.github.govreport.core.Dimension;
import io.github.govreport.core.Unit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules by which a number read in a sentence is no quantity, each with the reason written in the
 * output. Most apply only at the facts leniency, where a number must be able to be a fact; the
 * others ({@code factsOnly} false) at every leniency. {@link QuantityForms} places them among the
 * forms, since where a rule stands decides which numbers it sees.
 */
final class RejectionRules {

    /** The financial (大写) digits, which are also characters of everyday words (拾起, 伍仁). */
    private static final String FINANCIAL_DIGITS = "壹贰貳叁參肆伍陆陸柒捌玖拾佰仟";
    private static final Pattern CHINESE_YEAR_PATTERN = Pattern.compile("[〇零一二三四五六七八九]{4}年");
    /** What ends the clause a list of fields is looked for in. */
    private static final String LIST_CLAUSE_ENDS = "，。；：！？,;:\n";
    /** What ends the noun after a count: a clause end or the next item of a list. */
    private static final String NOUN_ENDS = "，。；：、,;:";
    private static final String LIST_SEPARATORS = "[、和及]";
    /** How far back from a count the list it may restate is looked for. */
    private static final int LIST_WINDOW = 120;
    /** How many characters after a count the category noun is looked for in. */
    private static final int NOUN_WINDOW = 12;

    static final RejectionRule ORDINAL_NAMES_A_PART = new RejectionRule("ordinal names a part",
            "an ordinal (第N) that names a part, batch or session", true,
            RejectionRules::ordinalNamesAPart);

    static final RejectionRule ORDINAL_OF_A_THING = new RejectionRule("ordinal of a thing",
            "an ordinal of a thing (第一家, 第三批), not a rank", true,
            RejectionRules::ordinalOfAThing);

    static final RejectionRule FINANCIAL_NUMERAL_ALONE = new RejectionRule("financial numeral alone",
            "a financial numeral alone is a character of a word (拾起, 伍仁); amounts in "
                    + "financial numerals are written out in full (壹拾万圆)", false,
            n -> n.chinese() && n.markedEnd() - n.start() == 1
                    && FINANCIAL_DIGITS.indexOf(n.sentence().charAt(n.start())) >= 0
                    && !n.context().isBoundary(n.sentence(), n.markedEnd()));

    static final RejectionRule VAGUE_RANGE_WITHOUT_UNIT = new RejectionRule("vague range without unit",
            "a vague range without a unit", true,
            n -> n.number().valueMax() != null && n.unit().isEmpty());

    static final RejectionRule CHINESE_NUMERAL_WITHOUT_UNIT = new RejectionRule("Chinese numeral without unit",
            "a Chinese numeral without a unit", true,
            n -> n.unit().isEmpty() && n.chinese());

    static final RejectionRule INTEGER_WITHOUT_UNIT = new RejectionRule("integer without unit",
            "an integer without a unit (a name, code or reference)", true,
            n -> n.unit().isEmpty() && n.number().integer());

    static final RejectionRule NUMERAL_INSIDE_A_WORD = new RejectionRule("numeral inside a word",
            "a numeral character inside a word (一切, 大陆, 队伍)", false,
            n -> n.unit().isEmpty() && n.chinese() && !n.context().isWord(n.sentence(), n.start(), n.markedEnd()));

    static final RejectionRule CHINESE_YEAR = new RejectionRule("year in Chinese numerals",
            "a year in Chinese numerals, read digit by digit (二〇三五年远景目标)", true,
            n -> n.unitIs(Dimension.DURATION)
                    && CHINESE_YEAR_PATTERN.matcher(n.sentence()).region(n.start(), n.unitEnd()).matches());

    static final RejectionRule ARTICLE = new RejectionRule("article",
            "一 with a measure word is an article (一个, 一批), not a count", true,
            n -> n.chinese() && n.unit().isPresent() && isArticle(n, n.unit().get()));

    static final RejectionRule NAMES_A_SET = new RejectionRule("count names a set",
            "a small count in Chinese numerals before a noun names a set or a slogan "
                    + "(四个重点问题, 五篇大文章, 十年禁渔); counts that measure are written in digits (GB/T 15835)", true,
            n -> n.unit().isPresent() && namesASet(n, n.unit().get()));

    static final RejectionRule RESTATES_THE_LIST = new RejectionRule("count restates the list",
            "the count of the fields just named (数字内容、工业设计、区块链、信息技术应用创新4个产业)", true,
            n -> n.unitIs(Dimension.COUNT) && countsTheListBefore(n) && namesCategories(n));

    static final RejectionRule VAGUE_SPAN_OF_TIME = new RejectionRule("vague span of time",
            "a vague span of time (几十年)", false,
            n -> n.number().qualifier() != null && n.unitIs(Dimension.DURATION));

    private RejectionRules() {
    }

    /** The step that rejects a number by the first of {@code rules} that applies. */
    static Step reject(RejectionRule... rules) {
        return new Step(List.of(rules));
    }

    /** A place in the list of forms where rules are tried, in order. */
    record Step(List<RejectionRule> rules) implements NumberForm {

        @Override
        public Optional<Outcome> complete(ReadNumber number) {
            for (int r = 0; r < rules.size(); r++) {
                if (rules.get(r).rejects(number)) {
                    return Optional.of(Outcome.rejected(rules.get(r).reason()));
                }
            }
            return Optional.empty();
        }
    }

    /** 第三次会议, 第二批: an ordinal without a rank word nor a rank scope before it. */
    private static boolean ordinalNamesAPart(ReadNumber n) {
        Optional<OrdinalForm.Ordinal> ordinal = OrdinalForm.Ordinal.read(n);
        return ordinal.isPresent() && ordinal.get().rankWord() == 0 && !afterRankScope(n);
    }

    /** 第一家, 第三批: an ordinal without a rank word, before a measure word. */
    private static boolean ordinalOfAThing(ReadNumber n) {
        Optional<OrdinalForm.Ordinal> ordinal = OrdinalForm.Ordinal.read(n);
        if (ordinal.isEmpty() || ordinal.get().rankWord() != 0 || ordinal.get().end() >= n.sentence().length()) {
            return false;
        }
        return n.context().units().longestAt(n.sentence(), ordinal.get().end())
                .filter(UnitKinds::isMeasureWord).isPresent();
    }

    /** Whether a rank scope (全国, 居…) ends right before the 第 (quantity-words.tsv). */
    private static boolean afterRankScope(ReadNumber n) {
        int start = n.start();
        return n.context().words().endsInRankScope(
                n.sentence().substring(Math.max(0, start - FirstPlaceForm.SCOPE_REACH), start - 1));
    }

    /** 一个, 一批 are articles: a Chinese numeral with a measure word counts from 2 up, or with a magnitude (一万个). */
    private static boolean isArticle(ReadNumber n, Unit unit) {
        return UnitKinds.isMeasureWord(unit) && n.value().compareTo(BigDecimal.valueOf(2)) < 0
                && unit.factor().compareTo(BigDecimal.ONE) <= 0;
    }

    /**
     * True when a count of at most ten in Chinese numerals stands before a noun, as in 四个重点问题,
     * 三项重点任务, 五篇大文章, 十年禁渔, 二次腾飞. GB/T 15835 writes counts that measure in Arabic
     * digits (新增12个平台) and keeps Chinese numerals for fixed phrases and slogans, which is how
     * reports use them. A run of years (连续三年居全市第一; the run words are in quantity-words.tsv)
     * still measures, and a count that ends its
     * clause (新增两家，) is not before a noun.
     */
    private static boolean namesASet(ReadNumber n, Unit unit) {
        NumberReader.Reading number = n.number();
        if (!number.chinese() || number.qualifier() != null || number.valueMax() != null
                || !UnitKinds.isMeasureWord(unit) || unit.factor().compareTo(BigDecimal.ONE) > 0
                || number.value().compareTo(BigDecimal.TEN) > 0) {
            return false;
        }
        String s = n.sentence();
        int start = n.start();
        boolean beforeNoun = n.unitEnd() < s.length() && CharClasses.isHan(s.charAt(n.unitEnd()));
        boolean run = n.context().words().endsInRunWord(s, start);
        return beforeNoun && !run;
    }

    /**
     * True when the words right before a count are a list of exactly that many items joined by 、
     * (and a last 和/及): the count only restates the list, as in 人工智能、智慧能源、元宇宙3个领域.
     */
    private static boolean countsTheListBefore(ReadNumber n) {
        NumberReader.Reading number = n.number();
        if (number.valueMax() != null || number.value().scale() > 0
                || number.value().compareTo(BigDecimal.valueOf(2)) < 0
                || number.value().compareTo(BigDecimal.valueOf(30)) > 0) {
            return false;
        }
        String s = n.sentence();
        int start = n.start();
        int from = start;
        while (from > 0 && start - from < LIST_WINDOW && LIST_CLAUSE_ENDS.indexOf(s.charAt(from - 1)) < 0) {
            from--;
        }
        String before = s.substring(from, start);
        int items = before.split(LIST_SEPARATORS, -1).length;
        return before.indexOf('、') >= 0 && items == number.value().intValue();
    }

    /** Whether the noun after a count names fields or groups (the category nouns of quantity-words.tsv). */
    private static boolean namesCategories(ReadNumber n) {
        String s = n.sentence();
        int from = n.unitEnd();
        String after = s.substring(from, Math.min(s.length(), from + NOUN_WINDOW));
        int stop = after.length();
        for (int k = 0; k < after.length(); k++) {
            if (NOUN_ENDS.indexOf(after.charAt(k)) >= 0) {
                stop = k;
                break;
            }
        }
        return n.context().words().namesCategories(after.substring(0, stop));
    }
}
