package io.github.govreport.extract.internal.fact;

import io.github.govreport.core.Kind;
import io.github.govreport.core.Section;
import io.github.govreport.extract.dict.CueLexicon;
import io.github.govreport.extract.internal.text.CharClasses;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Whether a number is a target or a result. A target cue of its clause (力争, 目标, 确保) marks a
 * target even in a review, where it states what the year aimed at. Otherwise the section decides:
 * its heading words (回顾 → actual, 主要任务 → target, section-kinds.tsv), else the year its heading
 * names against the report's year (2023年主要成绩 in a 2024 report is a review); a plan section
 * keeps its targets though it compares them with last year (比上年). Where the section is silent,
 * an actual cue (同比, 比上年) decides, and above the first plan of a report that reviews before it
 * plans, a number is a result. Thread-safe.
 */
public final class KindResolver {

    /** The decision, and whether a cue word of the sentence made it. */
    record Decision(Kind kind, boolean byCue) {
    }

    /** A kind cue holds to the end of its clause; a colon only introduces what the cue announces. */
    private static final String CLAUSE_ENDS = CharClasses.KIND_CLAUSE_ENDS;
    /** How far back a clause is searched: linear on endless "sentences". */
    private static final int WINDOW = 200;

    private final CueLexicon<Kind> kindCues;
    private final CueLexicon<Kind> sectionKinds;

    /**
     * @param kindCues     the words that mark targets and results (kind-cues.tsv)
     * @param sectionKinds the heading words that mark reviews and plans (section-kinds.tsv)
     */
    public KindResolver(CueLexicon<Kind> kindCues, CueLexicon<Kind> sectionKinds) {
        this.kindCues = kindCues;
        this.sectionKinds = sectionKinds;
    }

    /**
     * @param announced what a lead-in of an earlier sentence of the same list announced
     *                  ({@link #announcedAfter}), or UNKNOWN
     * @param role      the role of the report part the number is in, from the order of the
     *                  report's parts ({@link SectionRoles}), or UNKNOWN
     */
    Decision resolve(String s, int start, List<Section> path, Integer reportYear, boolean beforeFirstPlan,
                     Kind announced, Kind role) {
        Kind section = sectionKind(path, reportYear);
        boolean inReview = section == Kind.ACTUAL || (section == Kind.UNKNOWN && role == Kind.ACTUAL);
        Kind cue = cueBefore(s, Clauses.start(s, start, WINDOW, CLAUSE_ENDS), start, inReview);
        if (cue == Kind.UNKNOWN) {
            cue = leadIn(s, start);
        }
        if (cue == Kind.UNKNOWN) {
            cue = announced;
        }
        Kind kind = cue == Kind.TARGET ? cue : section != Kind.UNKNOWN ? section : cue;
        if (kind == Kind.UNKNOWN && beforeFirstPlan) {
            kind = Kind.ACTUAL;
        }
        if (kind == Kind.UNKNOWN) {
            kind = role;
        }
        return new Decision(kind, cue != Kind.UNKNOWN);
    }

    /**
     * The kind of the nearest cue in {@code s[from, end)}: not a word inside a quoted name (“兴滇英才
     * 支持计划”), and not a word that marks targets only in plans when the number is in a review.
     */
    private Kind cueBefore(String s, int from, int end, boolean inReview) {
        int stop = end;
        while (stop > from) {
            var match = kindCues.nearestBefore(s, from, stop, c -> !(inReview && c.planOnly()));
            if (match.isEmpty()) {
                return Kind.UNKNOWN;
            }
            if (!insideQuotes(s, from, match.get().start())) {
                return match.get().cue().value();
            }
            stop = match.get().start();
        }
        return Kind.UNKNOWN;
    }

    /** Whether {@code at} lies inside “…” opened after {@code from}. */
    private static boolean insideQuotes(String s, int from, int at) {
        int open = s.lastIndexOf('“', at);
        return open >= from && s.indexOf('”', open) >= at;
    }

    /**
     * 主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上；…: a target cue in the clause
     * that a colon ends announces every item of the list after the colon, to the end of the sentence.
     * UNKNOWN when the number follows no such lead-in.
     */
    private Kind leadIn(String s, int start) {
        int colon = -1;
        for (int k = start - 1; k >= Math.max(0, start - WINDOW); k--) {
            char c = s.charAt(k);
            if (c == '：' || c == ':') {
                colon = k;
                break;
            }
            if (c == '。') {
                return Kind.UNKNOWN;
            }
        }
        if (colon < 0) {
            return Kind.UNKNOWN;
        }
        Kind announced = kindCues.nearestBefore(s, Clauses.start(s, colon, WINDOW, CLAUSE_ENDS), colon, c -> true)
                .map(m -> m.cue().value()).orElse(Kind.UNKNOWN);
        return announced == Kind.TARGET ? Kind.TARGET : Kind.UNKNOWN;
    }

    /**
     * What a list announced by a lead-in still announces after {@code sentence}: the list goes on
     * while its items end in ；, and a sentence whose colon follows a target cue starts one.
     *
     * @param before what was announced before this sentence
     */
    Kind announcedAfter(String sentence, Kind before) {
        String s = sentence.strip();
        boolean goesOn = s.endsWith("；") || s.endsWith(";");
        if (!goesOn) {
            return Kind.UNKNOWN;
        }
        Kind here = leadIn(s, s.length() - 1);
        return here != Kind.UNKNOWN ? here : before;
    }

    /**
     * The kind a section path gives: the innermost heading words that decide, else the heading's
     * year. Where a heading holds words of both kinds, the one it ends with wins, as the head of a
     * Chinese phrase comes last: “十四五”规划主要目标任务圆满完成 and 主要目标完成情况 are reviews.
     */
    Kind sectionKind(List<Section> path, Integer reportYear) {
        for (int i = path.size() - 1; i >= 0; i--) {
            String title = path.get(i).title();
            Kind kind = sectionKinds.nearestBefore(title, 0, title.length(), c -> true)
                    .map(m -> m.cue().value()).orElse(Kind.UNKNOWN);
            if (kind != Kind.UNKNOWN) {
                return kind;
            }
        }
        Integer year = PeriodResolver.headingYear(path);
        if (year == null || reportYear == null) {
            return Kind.UNKNOWN;
        }
        return year < reportYear ? Kind.ACTUAL : Kind.TARGET;
    }

    /**
     * Where the first planning section starts, when a review section comes before it: a report
     * reviews the past year before it plans the next, so a number above the first plan with no
     * other sign (an infographic's headline figures) is a result. -1 when the text has no such order.
     */
    int reviewEnd(List<Section> sections, IntFunction<Integer> reportYearAt) {
        List<Section> flat = new ArrayList<>();
        flatten(sections, flat);
        boolean reviewSeen = false;
        for (Section section : flat) {
            Kind kind = sectionKind(List.of(section), reportYearAt.apply(section.span().start()));
            if (kind == Kind.ACTUAL) {
                reviewSeen = true;
            } else if (kind == Kind.TARGET) {
                return reviewSeen ? section.span().start() : -1;
            }
        }
        return -1;
    }

    private static void flatten(List<Section> sections, List<Section> out) {
        for (Section section : sections) {
            out.add(section);
            flatten(section.children(), out);
        }
    }
}
