package io.github.govreport.extract.dict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Words that stand at the edge of the words before a number without being part of what it
 * measures: at the start 全市, 其中, 今年; at the end 分别, 同比, 达到, 增长. Stripping them from
 * 全市规上工业增加值同比增长 leaves the indicator, 规上工业增加值; and verbs that alone before a
 * count name nothing, so that the noun after the count is the indicator (indicator-trims.tsv).
 */
public final class IndicatorTrims {

    private final List<String> leading;
    private final List<String> trailing;
    private final Set<String> countVerbs;
    private final List<String> inside;
    private final List<String> statusVerbs;
    private final List<String> reportingVerbs;
    private final Set<String> aspects;
    /** The aspect words, longest first, for stripping them from the end of a name. */
    private final List<String> aspectsLongestFirst;
    private final List<String> etcWords;
    private final List<String> rankVerbs;
    private final List<String> gapWords;
    private final List<String> calibres;
    private final List<String> scopes;
    private final List<String> ownLevels;
    private final List<String> places;

    /**
     * A year or span the figure is of, before its name (2020—2022年全区地区生产总值, “十四五”期间单位
     * 地区生产总值能耗): it says when, not what.
     */
    private static final Pattern LEADING_PERIOD = Pattern.compile(
            "^(?:(?:19|20)[0-9]{2}(?:[—–-](?:19|20)[0-9]{2})?年(?:以来)?|“?[十][一二三四五六七八九]五”?(?:期间|时期|以来))");
    /** 一般公共预算收入预算, 支出预算: the budgeted figure of a revenue or an expenditure is that revenue's or expenditure's. */
    private static final Pattern BUDGETED = Pattern.compile("(收入|支出)预算(?:数)?$");
    /** The base year of a change, after the name (细颗粒物平均浓度较2015年): it says since when, not what. */
    private static final Pattern TRAILING_BASE =
            Pattern.compile("(?:较|比)(?:19|20)[0-9]{2}年(?:末|底)?$");

    /** The kinds of row, in the order the file's header comment explains them. */
    private static final List<String> POSITIONS =
            List.of("start", "end", "verb", "inside", "status", "after", "aspect", "etc-word", "rank-verb",
                    "gap", "calibre", "scope", "own-level", "place");

    IndicatorTrims(TsvTable table) {
        for (TsvTable.Row row : table.rows()) {
            String position = row.require("position");
            if (!POSITIONS.contains(position)) {
                throw row.error("column 'position' must be one of " + String.join(", ", POSITIONS) + ", was '"
                        + position + "'");
            }
            row.require("word");
        }
        this.leading = words(table, "start");
        // How a figure is counted also ends the name before it: 一般公共预算收入同口径增长 → 一般公共预算收入.
        this.trailing = Stream.concat(words(table, "end").stream(), words(table, "calibre").stream())
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        this.countVerbs = Set.copyOf(words(table, "verb"));
        this.inside = words(table, "inside");
        this.statusVerbs = words(table, "status");
        this.reportingVerbs = words(table, "after");
        this.aspectsLongestFirst = words(table, "aspect");
        this.aspects = Set.copyOf(aspectsLongestFirst);
        this.etcWords = words(table, "etc-word");
        this.rankVerbs = words(table, "rank-verb");
        this.gapWords = words(table, "gap");
        this.calibres = words(table, "calibre");
        this.scopes = words(table, "scope");
        this.ownLevels = words(table, "own-level");
        this.places = words(table, "place");
        for (TsvTable.Row row : table.rows()) {
            if (row.get("position").equals("etc-word") && row.get("word").indexOf('等') < 0) {
                throw row.error("an etc-word must contain 等, was '" + row.get("word") + "'");
            }
        }
    }

    /** True when the 等 at {@code at} is part of a word such as 高等, 平等 or 等级, not "and so on". */
    public boolean isInsideEtcWord(String s, int at) {
        for (String word : etcWords) {
            int offset = word.indexOf('等');
            int from = at - offset;
            if (from >= 0 && s.startsWith(word, from)) {
                return true;
            }
        }
        return false;
    }

    /** {@code phrase} up to its first rank verb (居, 位居, 排名 …): 总量稳居全国城市 → 总量. */
    public String beforeRankVerb(String phrase) {
        int cut = phrase.length();
        for (String verb : rankVerbs) {
            int at = phrase.indexOf(verb);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        return phrase.substring(0, cut);
    }

    /**
     * True when {@code phrase}, the words before a number, compares the subject with another figure
     * (高于全国, 增速低于全省平均水平, 快于城镇居民): the number is the gap, and the subject is named
     * before. Only an aspect word (增速, 涨幅) may stand before the comparison word.
     */
    public boolean isGap(String phrase) {
        for (String word : gapWords) {
            int at = phrase.indexOf(word);
            if (at == 0 || (at > 0 && aspects.contains(phrase.substring(0, at)))) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code phrase} says only how the number is counted (按自然口径计算, 扣除…因素后). */
    public boolean isCalibre(String phrase) {
        return calibres.contains(phrase);
    }

    /** True when {@code words} is an aspect of the subject before it (总量, 规模, 增速): 总量居全国第二. */
    public boolean isAspect(String words) {
        return aspects.contains(words);
    }

    /**
     * {@code phrase} from after the last reporting verb in it (提出, 明确): what a plan or meeting
     * set out is named after the verb (规划纲要提出全市五年城镇新增就业 → 全市五年城镇新增就业).
     */
    public String afterReportingVerb(String phrase) {
        int cut = -1;
        for (String verb : reportingVerbs) {
            int at = phrase.lastIndexOf(verb);
            if (at >= 0 && at + verb.length() > cut && at + verb.length() < phrase.length()) {
                cut = at + verb.length();
            }
        }
        return cut < 0 ? phrase : phrase.substring(cut);
    }

    /**
     * The status verbs (入选, 上榜, 获评 …) that start somewhere in {@code text}, longest first: after
     * a count's noun they make the noun their subject.
     */
    public List<String> statusVerbs() {
        return statusVerbs;
    }

    /** True when {@code words} is a verb that, alone before a count, names no thing (新增12个国家级科创平台). */
    public boolean isCountVerb(String words) {
        return countVerbs.contains(words);
    }

    private static List<String> words(TsvTable table, String position) {
        // Longest first, so that 比上年 goes before 上年 could be tried.
        return table.rows().stream().filter(r -> r.get("position").equals(position)).map(r -> r.get("word"))
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /**
     * Shorter forms of an indicator as written under which the indicator dictionary may list it,
     * longest first: without the words before it that say whose figure it is or where it is
     * measured (scope, place: 全市, 省级, 设区城市), and without the words after it that say how it
     * changed or which aspect of it is meant (end, aspect: 增长, 涨幅, 总量). The dictionary's names
     * leave these words out (indicators.tsv, naming conventions 1 and 5).
     */
    public List<String> nameForms(String indicator) {
        List<String> forms = new ArrayList<>();
        String s = indicator.strip();
        forms.add(s);
        s = cutAtGap(s);
        boolean changed = true;
        while (changed && !s.isEmpty()) {
            String before = s;
            s = LEADING_PERIOD.matcher(s).replaceFirst("");
            s = TRAILING_BASE.matcher(s).replaceFirst("");
            s = stripFirst(s, scopes, true);
            s = stripFirst(s, ownLevels, true);
            s = stripFirst(s, places, true);
            s = stripFirst(s, leading, true);
            s = stripFirst(s, trailing, false);
            s = stripFirst(s, aspectsLongestFirst, false);
            s = BUDGETED.matcher(s).replaceFirst("$1");
            changed = !s.equals(before);
            if (changed && !s.isEmpty()) {
                forms.add(s);
            }
        }
        return List.copyOf(forms);
    }

    /**
     * Whether {@code indicator} names the government's own level of a figure rather than the
     * whole region's (市本级一般公共预算收入, 省级政府性基金预算支出; not 全市…): a word of
     * position own-level at its start, after a year or span.
     */
    public boolean isOwnLevel(String indicator) {
        if (indicator == null) {
            return false;
        }
        String s = LEADING_PERIOD.matcher(indicator.strip()).replaceFirst("");
        return ownLevels.stream().anyMatch(s::startsWith);
    }

    /** The subject of a comparison, before its gap word: 农村居民收入增速高于全国 → 农村居民收入增速. */
    private String cutAtGap(String s) {
        for (String word : gapWords) {
            int at = s.indexOf(word);
            if (at > 0) {
                return s.substring(0, at);
            }
        }
        return s;
    }

    private static String stripFirst(String s, List<String> words, boolean atStart) {
        for (String word : words) {
            if (s.length() > word.length() && (atStart ? s.startsWith(word) : s.endsWith(word))) {
                return atStart ? s.substring(word.length()) : s.substring(0, s.length() - word.length());
            }
        }
        return s;
    }

    /** {@code phrase} without the trim words at its start and end (repeatedly), and without edge punctuation. */
    public String trim(String phrase) {
        String s = phrase.strip();
        for (String word : inside) {
            s = s.replace(word, "");
        }
        boolean changed = true;
        while (changed && !s.isEmpty()) {
            changed = false;
            String before = s;
            s = stripEdgePunctuation(s);
            s = LEADING_PERIOD.matcher(s).replaceFirst("");
            for (String word : leading) {
                if (s.startsWith(word)) {
                    s = s.substring(word.length());
                    break;
                }
            }
            // 建设“渝馨家园”: the verb that introduces a quoted name is not part of it (建成区 is a word).
            for (String verb : countVerbs) {
                if (s.startsWith(verb) && s.length() > verb.length() && s.charAt(verb.length()) == '“') {
                    s = s.substring(verb.length());
                    break;
                }
            }
            for (String word : trailing) {
                if (s.endsWith(word)) {
                    s = s.substring(0, s.length() - word.length());
                    break;
                }
            }
            s = s.strip();
            changed = !s.equals(before);
        }
        return s;
    }

    private static String stripEdgePunctuation(String s) {
        int from = 0;
        int to = s.length();
        // A quotation mark of a quoted name that is part of the indicator (“五好园区”创建考核,
        // 安装“生命防护栏”) stays; around the whole indicator (“渝馨家园”) both go.
        int close = s.indexOf('”');
        int open = s.lastIndexOf('“');
        boolean quotedWhole = s.startsWith("“") && s.endsWith("”") && close == s.length() - 1 && open == 0;
        while (from < to && isEdgePunctuation(s.charAt(from))
                && (quotedWhole || !(s.charAt(from) == '“' && close > from))) {
            from++;
        }
        while (to > from && isEdgePunctuation(s.charAt(to - 1))
                && (quotedWhole || !(s.charAt(to - 1) == '”' && open >= from && open < to - 1))) {
            to--;
        }
        return s.substring(from, to);
    }

    private static boolean isEdgePunctuation(char c) {
        return "、，；：。,;:—-●·•* \t　\"“”".indexOf(c) >= 0;
    }
}
