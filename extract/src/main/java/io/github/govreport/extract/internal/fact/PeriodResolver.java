package io.github.govreport.extract.internal.fact;

import io.github.govreport.core.Dimension;
import io.github.govreport.core.Fact;
import io.github.govreport.core.Kind;
import io.github.govreport.core.Measure;
import io.github.govreport.core.Section;
import io.github.govreport.extract.dict.CueLexicon;
import io.github.govreport.extract.dict.TimeCue;
import io.github.govreport.extract.internal.text.CharClasses;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year a fact is about: the last year its sentence names before it (not a year it is compared
 * with), else the year its heading names, else the report's year for a target and the year before
 * for a result; none for a multi-year statement (年均增长, 十四五以来, 每年). In a passage about
 * several years ({@link TimeScopes}), a review's level reached at the end (达到, 增至, 突破 …) is
 * about the last year, the level a change started from (由…增加到) about the year before the span,
 * and totals, changes and averages over the years have none; a plan's numbers have the year they
 * aim at (到2026年) or none. Thread-safe.
 */
final class PeriodResolver {

    static final Pattern YEAR = Pattern.compile("((?:19|20)[0-9]{2})年");
    /**
     * A year right after one of these is the base of a comparison (比2019年增长, 是2020年的2.1倍) or a
     * reference (沿用2023年指标体系), not the period.
     */
    private static final String COMPARED_FROM = "比较与同自从用是";
    private static final Pattern SINCE = Pattern.compile("(?:以来|相比|同期|的基础)");
    /**
     * Multi-year statements have no single period (年均增长, 到2027年每年新增). 年均 before a
     * measured thing (PM2.5年均浓度, 年均降水量) is the annual mean of one year, not an average over years.
     */
    private static final Pattern MULTI_YEAR = Pattern.compile(
            "年均(?!浓度|值|降水|气温|温度)|每年|十四五期间|以来|未来[一二三四五六七八九十0-9]+年");
    /** A clause ends at these: a multi-year word holds only in its own clause. */
    private static final String CLAUSE_ENDS = CharClasses.PERIOD_CLAUSE_ENDS;
    /** Measures of a change or a total over a span: no single year. */
    private static final Set<Measure> OVER_THE_SPAN = EnumSet.of(Measure.GROWTH, Measure.DECLINE, Measure.INCREASE,
            Measure.CUMULATIVE);
    /** How far before a number its sentence is searched for a year: linear on endless "sentences". */
    private static final int WINDOW = 200;

    private PeriodResolver() {
    }

    /**
     * The period of the number at {@code start} of {@code s}, or null.
     *
     * @param dimension what the number counts (a rank, a span of years …), or null
     * @param measure   what kind of number it is
     * @param scope     the years of the sentence's passage
     * @param timeCues  time-cues.tsv, for the verbs of reaching and the start of a change
     */
    static Integer resolve(String s, int start, Dimension dimension, Measure measure, List<Section> path,
                           Integer reportYear, Kind kind, TimeScopes.Scope scope, CueLexicon<TimeCue> timeCues) {
        int clause = Clauses.start(s, start, WINDOW, CLAUSE_ENDS);
        if (MULTI_YEAR.matcher(s).region(clause, start).find()) {
            return null;
        }
        Integer period = yearBefore(s, start);
        if (period != null) {
            return period;
        }
        if (scope.years()) {
            if (kind == Kind.TARGET) {
                // 到2025年，…；——…: a plan's span aims at the year it names, for what is reached by then.
                return scope.listYear() != null ? scope.listYear()
                        : OVER_THE_SPAN.contains(measure) ? null : scope.aimedYear();
            }
            return inReview(s, clause, start, dimension, measure, scope, timeCues);
        }
        if (scope.listYear() != null) {
            return scope.listYear();
        }
        period = headingYear(path);
        if (period == null && reportYear != null && kind != Kind.UNKNOWN) {
            period = kind == Kind.TARGET ? reportYear : reportYear - 1;
        }
        return period;
    }

    /**
     * The year of a number of a review of several years: the last for a level reached (达到, 居…第2位),
     * the year before the span for the level a change started from (由1303家增加到…), none for a
     * change, a total or a count of what the years did (新建学校312所).
     */
    private static Integer inReview(String s, int clause, int start, Dimension dimension, Measure measure,
                                    TimeScopes.Scope scope, CueLexicon<TimeCue> timeCues) {
        if (OVER_THE_SPAN.contains(measure)) {
            return null;
        }
        var cue = timeCues.nearestBefore(s, clause, start,
                c -> c.value() == TimeCue.REACHED || c.value() == TimeCue.FROM);
        if (cue.isPresent()) {
            return cue.get().cue().value() == TimeCue.FROM ? Integer.valueOf(scope.first() - 1) : scope.last();
        }
        // 连续13年位居全球第一: a streak runs to the end of the span, as a rank held does.
        return dimension == Dimension.RANK || s.startsWith("连续", Math.max(0, start - 2)) ? scope.last() : null;
    }

    /**
     * The last year named before the number that the number is about: not a year it is compared
     * with (比2019年, 较上年, 2020年以来) and not one outside the plausible range of a report.
     */
    private static Integer yearBefore(String s, int before) {
        Matcher m = YEAR.matcher(s).region(Math.max(0, before - WINDOW), before);
        Integer year = null;
        while (m.find()) {
            // 由2015年的7385亿元增加到9000亿元: the start's year is not the year of the level reached.
            boolean startOfChange = m.start() > 0 && s.charAt(m.start() - 1) == '由'
                    && ((s.indexOf('到', m.end()) >= 0 && s.indexOf('到', m.end()) < before)
                        || (s.indexOf('至', m.end()) >= 0 && s.indexOf('至', m.end()) < before));
            boolean comparison = (m.start() > 0 && COMPARED_FROM.indexOf(s.charAt(m.start() - 1)) >= 0)
                    || SINCE.matcher(s).region(m.end(), Math.min(s.length(), m.end() + 4)).lookingAt()
                    || startOfChange;
            int value = Integer.parseInt(m.group(1));
            if (!comparison && value >= Fact.EARLIEST_PERIOD && value <= Fact.LATEST_PERIOD) {
                year = value;
            }
        }
        return year;
    }

    /**
     * A year in a heading, also without 年 (【回顾2024：…】), but not a number such as 2024.5亿 or a
     * count in a list item read as a heading (公共充电桩2000个).
     */
    private static final Pattern HEADING_YEAR = Pattern.compile(
            "(?<![0-9.])((?:19|20)[0-9]{2})(?:年|(?![0-9.%\\p{IsHan}]))");

    /** The year named by the innermost heading that names one. */
    static Integer headingYear(List<Section> path) {
        for (int i = path.size() - 1; i >= 0; i--) {
            Matcher m = HEADING_YEAR.matcher(path.get(i).title());
            if (m.find()) {
                int value = Integer.parseInt(m.group(1));
                return value >= Fact.EARLIEST_PERIOD && value <= Fact.LATEST_PERIOD ? value : null;
            }
        }
        return null;
    }
}
