package io.github.govreport.extract.internal.fact;

import io.github.govreport.core.Dimension;
import io.github.govreport.core.Qualifier;
import io.github.govreport.extract.dict.IndicatorDictionary;
import io.github.govreport.extract.dict.IndicatorTrims;
import io.github.govreport.extract.internal.text.CharClasses;
import io.github.govreport.extract.quantity.QuantityMention;
import io.github.govreport.extract.segment.Segmenter;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what a number measures, as the report names it. Chinese reports put the indicator in
 * front of its number, in the same clause: 全市规上工业增加值同比增长6.6% → 规上工业增加值. Four
 * forms are read:
 * <ol>
 *   <li>a list shared out by 分别: 规上工业增加值、固定资产投资、社会消费品零售总额分别增长6.6%、4.3%、8.6%
 *       pairs the n-th name with the n-th number (a short name takes the words it shares with
 *       the last: 汽车、餐饮消费 → 汽车消费);</li>
 *   <li>a count whose noun follows it: 新增12个国家级科创平台, 248个共建重大项目 → the noun;</li>
 *   <li>the words between the clause start (or the previous number) and the number, without
 *       the trim words of indicator-trims.tsv;</li>
 *   <li>nothing left there (达到30145.79亿元、增长6.1%): the subject carries over from the
 *       previous number of the sentence.</li>
 * </ol>
 * Thread-safe.
 */
public final class IndicatorResolver {

    /** Punctuation that ends a clause; 、 only separates the items of a list. */
    private static final String CLAUSE_ENDS = CharClasses.NAME_CLAUSE_ENDS;
    /** An indicator is a name, not a paragraph: longer text before a number is cut to its end. */
    private static final int MAX_LENGTH = 30;
    /** What joins the names of a list: 规上工业增加值、固定资产投资和社会消费品零售总额. */
    private static final Pattern LIST_ITEMS = Pattern.compile("[、和及与]");
    /** Only the series comma, where 和 belongs to a name (社会保障和就业支出). */
    private static final Pattern SERIES_COMMA = Pattern.compile("、");
    /** How far back a clause, and a 分别 list, is searched. */
    private static final int WINDOW = 200;
    /**
     * A period at the start says when, not what: 2023年, 到2027年, 上半年, 每年, 未来五年, 五年; and
     * a list item's label where, not what: 9．研究与试验发展经费投入强度, （3）.
     */
    private static final Pattern LEADING_YEAR = Pattern.compile("^(?:(?:到|至)?(?:19|20)[0-9]{2}年(?:度|底|末)?|上半年|前三季度"
            + "|每年|年均|(?:未来|今后)?[0-9一二两三四五六七八九十]{1,2}年(?:来|间|内)?(?![级度代])"
            + "|[0-9]{1,2}[.．、](?![0-9])|[（(][0-9一二三四五六七八九十]{1,2}[)）])");
    /**
     * 连续三年居全市第一: the run of years says how long, not what; 由2015年的2.2万亿元增加到…: the
     * start of a change says from when.
     */
    private static final Pattern TRAILING_RUN = Pattern.compile("(?:(?:连续|已连续)[0-9一二两三四五六七八九十]+(?:年|个月|个季度)"
            + "|[由从](?:(?:19|20)[0-9]{2}年(?:末|底)?)?的?)$");

    private final IndicatorTrims trims;
    private final Segmenter segmenter;
    private final IndicatorDictionary indicatorNames;

    public IndicatorResolver(IndicatorTrims trims, Segmenter segmenter, IndicatorDictionary indicatorNames) {
        this.trims = trims;
        this.segmenter = segmenter;
        this.indicatorNames = indicatorNames;
    }

    /**
     * The indicator of {@code mentions.get(index)} in {@code sentence}, or null when the report
     * names none.
     *
     * @param previous the indicator of the number before it in the sentence, or null
     */
    public String resolve(String sentence, List<QuantityMention> mentions, int index, String previous) {
        QuantityMention mention = mentions.get(index);
        int clause = Clauses.start(sentence, mention.start(), WINDOW, CLAUSE_ENDS);

        String listed = fromList(sentence, mentions, index, clause);
        if (listed != null) {
            return listed;
        }
        int from = clause;
        if (index > 0 && mentions.get(index - 1).end() > from) {
            from = mentions.get(index - 1).end();
        }
        String before = clean(sentence.substring(from, mention.start()));
        // 新开工亿元以上项目52个: a threshold names the thing after it.
        if (isThreshold(sentence, mention)) {
            String noun = nounAfter(sentence, mention.end());
            if (noun != null) {
                return noun;
            }
        }
        // A count with its noun after it counts that noun: 启动35个城乡公益性殡葬服务设施建设.
        int next = index + 1 < mentions.size() ? mentions.get(index + 1).start() : sentence.length();
        String after = countsANoun(mention) ? subjectOfStatus(sentence, mention.end(), next)
                : null;
        after = after != null ? after : countsANoun(mention) ? nounAfter(sentence, mention.end())
                : isTenths(sentence, mention) ? nounAfter(sentence, skipOf(sentence, mention.end())) : null;
        if (after != null) {
            return after;
        }
        // （扣除留抵退税因素后增长9.3%）: a remark in brackets is about the subject before it.
        if (PARENTHESIS_OPEN.matcher(sentence.substring(from, mention.start())).lookingAt() && previous != null) {
            return previous;
        }
        // 增长6.3%，高于全省0.7个百分点: a gap to another figure is the subject's, named before; so is a
        // figure counted another way (7104亿元，按自然口径计算下降2.5%).
        if (previous != null && (trims.isGap(before) || trims.isCalibre(before))) {
            return previous;
        }
        // …达到1080亿元，占地区生产总值比重9.8%: the share is the previous subject's.
        boolean ofTheLast = sentence.startsWith("的", from);   // 20万元以上的占比: a share of a subset, not of the subject
        if (before.startsWith("占") && before.length() > 1 && previous != null && !ofTheLast) {
            return previous + before;
        }
        // 完成任务总量的90%, 占全市的60%: a part of the clause's subject, named before.
        if (before.endsWith("的") && previous != null) {
            return previous;
        }
        // 总量稳居全国城市第二位: a rank's scope and verb name nothing, and an aspect word alone is
        // an aspect of the subject before it (总量, 增速, 规模连续15年).
        String named = mention.unit() != null && mention.unit().dimension() == Dimension.RANK
                ? trims.beforeRankVerb(before) : before;
        if (named.isEmpty() && !before.isEmpty()) {
            return previous;
        }
        if (trims.isAspect(named)) {
            return previous != null ? previous + named : named;
        }
        before = named;
        // One character left (位 of 位居全省) names nothing; 比上年预算数 is the base of a comparison.
        boolean names = before.length() > 1 && !isVerbOnly(before) && !before.startsWith("比") && !before.startsWith("较");
        if (names) {
            return partOfNew(sentence, clause, before, previous);
        }
        return previous;
    }

    /** The word that makes a total a flow of new things: 新增政府债务限额. */
    private static final String NEW = "新增";

    /**
     * 新增政府债务限额1120亿元，其中一般债务限额150亿元: the parts of a total after 其中 are of what
     * the total is, new ones too, where the dictionary knows the part with 新增 (新增一般债务限额).
     */
    private String partOfNew(String s, int clause, String name, String previous) {
        // 、 does not end a clause, so both parts of 其中一般债务限额…、专项债务限额… are in the 其中 clause
        if (!s.startsWith("其中", clause) || previous == null || !previous.contains(NEW) || name.startsWith(NEW)) {
            return name;
        }
        return indicatorNames.idOf(NEW + name).isPresent() ? NEW + name : name;
    }

    /** 分别: the name at the number's place in the list before 分别, when the counts agree. */
    private String fromList(String s, List<QuantityMention> mentions, int index, int clause) {
        int inClause = s.substring(clause, mentions.get(index).start()).lastIndexOf("分别");
        if (inClause < 0) {
            return null;
        }
        int shared = clause + inClause;
        // The numbers shared out: those after 分别 in its clause (a neighbourhood of this one).
        int first = index;
        while (first > 0 && mentions.get(first - 1).start() > shared) {
            first--;
        }
        int last = index;
        while (last + 1 < mentions.size() && Clauses.start(s, mentions.get(last + 1).start(), WINDOW, CLAUSE_ENDS) <= shared
                && mentions.get(last + 1).start() - shared < WINDOW) {
            last++;
        }
        int count = last - first + 1;
        String listed = s.substring(clause, shared);
        if (clean(listed).isEmpty()) {
            // 分别达到51230元、24866元，分别增长4.6%、7.1%: a second 分别 shares out the first list again.
            int before = s.substring(Math.max(0, clause - WINDOW), Math.max(0, clause - 1)).lastIndexOf("分别");
            if (before >= 0) {
                int earlier = Math.max(0, clause - WINDOW) + before;
                listed = s.substring(Clauses.start(s, earlier, WINDOW, CLAUSE_ENDS), earlier);
            }
        }
        String[] names = LIST_ITEMS.split(listed);
        if (names.length != count && SERIES_COMMA.split(listed).length == count) {
            // 教育、科学技术、社会保障和就业、卫生健康支出: 和 inside an item's name does not part items
            names = SERIES_COMMA.split(listed);
        }
        // 城乡居民人均可支配收入分别达到35280元、17960元: 城乡 is 城镇 then 农村; 三次产业增加值分别
        // 增长…: 第一, 第二, 第三产业.
        String whole = clean(listed);
        if (names.length == 1) {
            for (Map.Entry<String, List<String>> collective : COLLECTIVES.entrySet()) {
                List<String> parts = collective.getValue();
                if (count == parts.size() && whole.startsWith(collective.getKey())
                        && whole.length() > collective.getKey().length()) {
                    return parts.get(index - first) + whole.substring(collective.getKey().length());
                }
            }
        }
        // 接待游客612万人次，实现旅游综合收入58.7亿元，分别增长18.4%、21.6%: the clauses before name
        // the subjects, one each, in order.
        if (whole.isEmpty() && first >= count) {
            String subject = subjectOfClause(s, mentions, first - count + (index - first), count, first);
            if (subject != null) {
                return subject;
            }
        }
        if (names.length < 2 || names.length != count) {
            return null;
        }
        String name = clean(names[index - first]);
        String lastRaw = names[names.length - 1];
        String lastName = clean(lastRaw);
        if (index - first < names.length - 1 && name.length() <= SHORT_ITEM && lastName.length() > name.length()) {
            // 材料、装备制造等产业产值: all that follows 等 is shared.
            boolean etc = lastRaw.indexOf('等') >= 0 && isEtc(lastRaw, lastRaw.lastIndexOf('等'));
            name = name + (etc ? lastName : sharedHead(name, lastName));
        } else if (index - first < names.length - 1 && indicatorNames.idOf(name).isEmpty()) {
            // 城镇居民和农村居民人均可支配收入: a longer item shares the head only where that makes a known name.
            name = name + knownSharedHead(name, lastName);
        }
        if (index > first) {
            name = sharedLead(clean(names[0]), name);
        }
        return name.isEmpty() ? null : name;
    }

    /** Names that stand for their parts, in the order reports list them (docs/facts.md). */
    private static final Map<String, List<String>> COLLECTIVES = Map.of(
            "城乡", List.of("城镇", "农村"),
            "三次产业", List.of("第一产业", "第二产业", "第三产业"));
    private static final Pattern PARENTHESIS_OPEN = Pattern.compile("[\\s,，]*[（(]");

    /**
     * The indicator of the {@code at}-th mention when the {@code count} mentions before
     * {@code first} stand one in each clause, each with its own subject; else null.
     */
    private String subjectOfClause(String s, List<QuantityMention> mentions, int at, int count, int first) {
        for (int k = first - count; k < first; k++) {
            int clause = Clauses.start(s, mentions.get(k).start(), WINDOW, CLAUSE_ENDS);
            boolean alone = k == first - count || mentions.get(k - 1).end() <= clause;
            if (!alone) {
                return null;
            }
        }
        int clause = Clauses.start(s, mentions.get(at).start(), WINDOW, CLAUSE_ENDS);
        String subject = clean(s.substring(clause, mentions.get(at).start()));
        return subject.length() > 1 && !isVerbOnly(subject) ? subject : null;
    }

    /** A list item this short names only what sets it apart: 汽车 in 汽车、餐饮消费. */
    private static final int SHORT_ITEM = 3;

    /**
     * The words the items of a list share, written once on the last item: in 汽车、餐饮消费 the
     * last item is 餐饮 + 消费 and 汽车 means 汽车消费. A shared part that makes a known indicator
     * wins (城镇和农村居民人均可支配收入 → 城镇居民人均可支配收入).
     */
    private String sharedHead(String item, String last) {
        List<Segmenter.Word> words = segmenter.words(last);
        for (Segmenter.Word word : words) {
            if (word.start() >= item.length() && word.start() > 0
                    && indicatorNames.idOf(item + last.substring(word.start())).isPresent()) {
                return last.substring(word.start());
            }
        }
        // A modifier and a head (餐饮 + 消费, 基础设施 + 投资): the head is shared. With more words
        // the share is unsure (住宿餐饮消费, 生物医药产业产值), and the short name stays as written.
        return words.size() == 2 ? last.substring(words.get(1).start()) : "";
    }

    /** The words at the end of {@code last} that make {@code item} a known indicator, or nothing. */
    private String knownSharedHead(String item, String last) {
        for (Segmenter.Word word : segmenter.words(last)) {
            if (word.start() > 0 && indicatorNames.idOf(item + last.substring(word.start())).isPresent()) {
                return last.substring(word.start());
            }
        }
        return "";
    }

    /**
     * The words a later item shares with the first, written once before it: in 单位地区生产总值能耗和
     * 二氧化碳排放 the second item is 单位地区生产总值二氧化碳排放. Only where the shared words make
     * a known indicator; otherwise the item stays as written.
     */
    private String sharedLead(String firstItem, String item) {
        if (item.isEmpty() || indicatorNames.idOf(item).isPresent()) {
            return item;
        }
        for (int k = firstItem.length() - 1; k > 0; k--) {
            String lead = firstItem.substring(0, k);
            if (indicatorNames.idOf(lead + item).isPresent()) {
                return lead + item;
            }
        }
        return item;
    }

    /** 近八成政务服务事项, 八成以上的村: a share in tenths is said of the noun after it. */
    static boolean isTenths(String s, QuantityMention mention) {
        String surface = s.substring(mention.numberStart(), mention.end());
        return surface.contains("成") || (surface.contains("分之") && !surface.startsWith("百分之")
                && mention.unit() != null && "%".equals(mention.unit().surface()));
    }

    private static int skipOf(String s, int at) {
        return at < s.length() && s.charAt(at) == '的' ? at + 1 : at;
    }

    private static boolean countsANoun(QuantityMention mention) {
        return mention.unit() != null && NOUN_FOLLOWS.contains(mention.unit().dimension());
    }

    private static final Set<Dimension> NOUN_FOLLOWS =
            EnumSet.of(Dimension.COUNT, Dimension.MAGNITUDE, Dimension.AREA, Dimension.LENGTH);

    /**
     * A count's noun followed by a status verb (9家企业上榜中国民营企业500强, 6个项目被纳入…清单):
     * what is counted is the noun that did it, 上榜中国民营企业500强企业. Null when no status verb
     * follows the noun in the clause, or when the clause goes on to a number of its own (248个项目
     * 完成年度投资4138.4亿元 counts projects, and the amount is another fact).
     */
    private String subjectOfStatus(String s, int from, int nextNumber) {
        int end = from;
        // Bounded: a clause longer than a name and its verb is not this form, and the scan stays linear.
        while (end < s.length() && end - from <= 2 * MAX_LENGTH && CLAUSE_ENDS.indexOf(s.charAt(end)) < 0
                && s.charAt(end) != '、') {
            end++;
        }
        if (nextNumber < end || end - from > 2 * MAX_LENGTH) {
            return null;
        }
        String rest = s.substring(from, end);
        for (int k = 1; k < rest.length(); k++) {
            for (String verb : trims.statusVerbs()) {
                // A word of its own: 获 in 获批 or 通过 in 通过率 is another word.
                if (rest.startsWith(verb, k) && segmenter.isBoundary(s, from + k)
                        && segmenter.isBoundary(s, from + k + verb.length())) {
                    String noun = trims.trim(rest.substring(0, k));
                    // The year of a list (2023年重大项目清单) is the fact's period, not part of its name.
                    String standing = YEAR.matcher(rest.substring(k)).replaceAll("");
                    // 2个案例入选…典型案例: the standing already names the noun.
                    String indicator = standing.endsWith(noun) ? standing : standing + noun;
                    return noun.isEmpty() || standing.isEmpty() || indicator.length() > MAX_LENGTH ? null : indicator;
                }
            }
        }
        return null;
    }

    private static final Pattern YEAR = Pattern.compile("(?:19|20)[0-9]{2}年(?:度)?");

    /** The noun phrase right after a count (12个国家级科创平台), up to the clause end or the next number. */
    private String nounAfter(String s, int from) {
        // 2个“保交楼”项目, 108条“食味烟火、人间清欢”后街小巷: a name in quotation marks, then its noun.
        if (from < s.length() && s.charAt(from) == '“') {
            int close = s.indexOf('”', from + 1);
            if (close < 0 || close - from > MAX_LENGTH) {
                return null;
            }
            String named = s.substring(from, close + 1);
            String noun = close + 1 < s.length() && CharClasses.isHan(s.charAt(close + 1)) ? nounAfter(s, close + 1) : null;
            return noun == null ? named : named + noun;
        }
        if (from >= s.length() || !CharClasses.isHan(s.charAt(from))) {
            return null;
        }
        int end = from;
        while (end < s.length() && end - from < MAX_LENGTH && CLAUSE_ENDS.indexOf(s.charAt(end)) < 0
                && s.charAt(end) != '、' && !Character.isDigit(s.charAt(end))) {
            end++;
        }
        String phrase = s.substring(from, end);
        String noun = trims.trim(phrase);
        // 783.58亿元同比增长…, 10家以上: words after the number that say how, not what.
        return noun.isEmpty() || !phrase.startsWith(noun.substring(0, Math.min(2, noun.length()))) ? null : noun;
    }

    /** The words before a number without trims, a leading year or list commas, cut to {@link #MAX_LENGTH}. */
    private String clean(String phrase) {
        String s = trims.afterReportingVerb(phrase);
        int comma = s.lastIndexOf('、');
        if (comma >= 0 && comma < s.length() - 1) {
            s = s.substring(comma + 1);
        }
        // 时尚文化城主体工程等项目6个: the examples before 等 are not what is counted, the kind after it is.
        int examples = s.lastIndexOf('等');
        if (examples >= 0 && examples < s.length() - 1 && isEtc(s, examples)) {
            s = s.substring(examples + 1);
        }
        if (s.length() > MAX_LENGTH) {
            s = s.substring(s.length() - MAX_LENGTH);
        }
        // One matcher of each, reset for each round: the loop runs for every number of a report.
        Matcher leadingYear = LEADING_YEAR.matcher(s);
        Matcher trailingRun = TRAILING_RUN.matcher(s);
        String previous;
        do {
            previous = s;
            s = leadingYear.reset(trims.trim(s)).replaceFirst("");
            s = trailingRun.reset(s).replaceFirst("");
        } while (!s.equals(previous));
        return s;
    }

    /** 等 as "and so on", not inside a word (高等教育, 平等, 等级, 等于: the etc-word rows of indicator-trims.tsv). */
    private boolean isEtc(String s, int at) {
        return !trims.isInsideEtcWord(s, at);
    }

    /**
     * 亿元以上项目52个, 3岁以下婴幼儿: an amount hedged after it, right before a noun, is a
     * threshold inside that noun's name, not an amount of its own subject (docs/facts.md). Not a
     * rate: 保持30%以上高增长 describes the growth it names.
     */
    static boolean isThreshold(String s, QuantityMention mention) {
        // The bound is the hedge after the number (qualifiers.tsv): 以上, 以下, 及以上 …
        boolean hedgedAfter = mention.start() == mention.numberStart()
                && (mention.qualifier() == Qualifier.AT_LEAST || mention.qualifier() == Qualifier.AT_MOST);
        boolean rate = mention.unit() == null || mention.unit().dimension() == Dimension.PERCENT
                || mention.unit().dimension() == Dimension.PERCENTAGE_POINT;
        return hedgedAfter && !rate && mention.end() < s.length() && CharClasses.isHan(s.charAt(mention.end()))
                && s.charAt(mention.end()) != '的';
    }

    /** Whether the words before the number at {@code start} compare with another figure (高于全国). */
    boolean isGap(String sentence, int start) {
        int clause = Clauses.start(sentence, start, WINDOW, CLAUSE_ENDS);
        return trims.isGap(clean(sentence.substring(clause, start)));
    }

    /** 新增, 新建, 完成: a verb alone before a count names no thing; the noun after the count does. */
    private boolean isVerbOnly(String words) {
        return trims.isCountVerb(words);
    }
}
