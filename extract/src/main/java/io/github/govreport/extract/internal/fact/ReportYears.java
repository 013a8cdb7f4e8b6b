package io.github.govreport.extract.internal.fact;

import io.github.govreport.core.Fact;
import io.github.govreport.core.Metadata;
import io.github.govreport.core.Part;
import io.github.govreport.core.ReportType;
import io.github.govreport.core.Section;
import io.github.govreport.core.Table;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;

/**
 * The year of the report a number is in, read the same way when facts are assembled and when
 * the role model's silver labels are made. Reports are delivered early in their year, so their
 * targets are for that year and their results for the year before.
 */
final class ReportYears {

    /**
     * Report types delivered at the start of their year: targets for it, results for the year
     * before; and news of such a report, whose 今年 is the report's year.
     */
    static final Set<ReportType> DATED_TYPES = EnumSet.of(ReportType.WORK_REPORT,
            ReportType.PLAN_REPORT, ReportType.BUDGET_REPORT, ReportType.SUMMARY, ReportType.NEWS);

    private ReportYears() {
    }

    /**
     * The year of the report (or of the part of a compilation) that holds code point {@code offset},
     * when the text says what kind of report it is; else {@code headingsYear}
     * ({@link #planYearOfHeadings}).
     */
    static Integer at(Metadata metadata, List<Part> parts, int offset, Integer headingsYear) {
        Metadata about = metadata;
        for (Part part : parts) {
            if (part.span().start() <= offset && offset < part.span().end()) {
                about = part.metadata();
            }
        }
        if (about.type() != null && DATED_TYPES.contains(about.type()) && about.year() != null) {
            return about.year();
        }
        return headingsYear;
    }

    /**
     * When the text does not say its year: a report whose headings name two consecutive years
     * (2023年主要成绩, 2024年工作安排) reviews the first and plans the second. Null otherwise.
     */
    static Integer planYearOfHeadings(List<Section> sections) {
        TreeSet<Integer> years = new TreeSet<>();
        collectHeadingYears(sections, years);
        return years.size() >= 2 && years.last() - years.lower(years.last()) == 1 ? years.last() : null;
    }

    /** The one year the tables' captions name (2019年政府采购预算表), or null when they name none or several. */
    static Integer onlyYearOfCaptions(List<Table> tables) {
        TreeSet<Integer> years = new TreeSet<>();
        for (Table table : tables) {
            Matcher m = PeriodResolver.YEAR.matcher(table.title() == null ? "" : table.title());
            while (m.find()) {
                int value = Integer.parseInt(m.group(1));
                if (value >= Fact.EARLIEST_PERIOD && value <= Fact.LATEST_PERIOD) {
                    years.add(value);
                }
            }
        }
        return years.size() == 1 ? years.first() : null;
    }

    private static void collectHeadingYears(List<Section> sections, Set<Integer> years) {
        for (Section section : sections) {
            Matcher m = PeriodResolver.YEAR.matcher(section.title());
            if (m.find()) {
                int value = Integer.parseInt(m.group(1));
                if (value >= Fact.EARLIEST_PERIOD && value <= Fact.LATEST_PERIOD) {
                    years.add(value);
                }
            }
            collectHeadingYears(section.children(), years);
        }
    }
}
