package io.github.govreport.extract.internal.fact;

import io.github.govreport.core.Kind;
import io.github.govreport.core.Section;
import io.github.govreport.core.Span;
import io.github.govreport.extract.dict.CueLexicon;
import io.github.govreport.extract.dict.TimeCue;
import io.github.govreport.extract.internal.normalize.CodePointIndex;
import io.github.govreport.extract.internal.structure.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The role of each top part of a report whose heading does not say it, from the known order of
 * report parts and the aspect of the part's sentences. A work report reviews (the past year or
 * five years), then plans (this year's targets and tasks), then turns to the government's own
 * work; a plan report and a budget report review their execution before their draft. So an
 * undeclared part before the first plan part is a review (一、牢记嘱托，在爬坡过坎中取得新成效), and one
 * after it belongs to the plan (三、政府自身建设, an appended list of 民生实事), unless its sentences
 * say otherwise: more that report what was done (了, 全年, 同比) than say what will be done (要, 将,
 * 力争), or the reverse. Immutable.
 */
final class SectionRoles {

    /** How many more sentences of the other aspect overturn the role the order gives. */
    private static final int OVERTURN = 2;

    private final List<Section> parts;
    private final List<Kind> roles;

    private SectionRoles(List<Section> parts, List<Kind> roles) {
        this.parts = parts;
        this.roles = roles;
    }

    /**
     * @param sections     the document's section tree
     * @param reports        the spans of the reports of a file that holds several, else empty
     * @param sentences    its sentences, in order
     * @param index        code points of the text, for the sentences' char offsets
     * @param kinds        what headings declare ({@link KindResolver#sectionKind})
     * @param reportYearAt the report's year at an offset, or null
     * @param timeCues     the aspect words (time-cues.tsv: result, plan)
     */
    static SectionRoles infer(List<Section> sections, List<Span> reports, List<Sentence> sentences,
                              CodePointIndex index, KindResolver kinds, IntFunction<Integer> reportYearAt,
                              CueLexicon<TimeCue> timeCues) {
        List<Kind> roles = new ArrayList<>();
        // A file holding several reports (a gazette issue) has the order once per report.
        int from = 0;
        while (from < sections.size()) {
            int to = from + 1;
            while (to < sections.size() && sameReport(reports, sections.get(from), sections.get(to))) {
                to++;
            }
            roles.addAll(rolesInOrder(sections.subList(from, to), sentences, index, kinds, reportYearAt, timeCues));
            from = to;
        }
        return new SectionRoles(List.copyOf(sections), List.copyOf(roles));
    }

    private static List<Kind> rolesInOrder(List<Section> parts, List<Sentence> sentences, CodePointIndex index,
                                           KindResolver kinds, IntFunction<Integer> reportYearAt,
                                           CueLexicon<TimeCue> timeCues) {
        List<Kind> declared = new ArrayList<>();
        int firstPlan = -1;
        for (Section part : parts) {
            Kind kind = kinds.sectionKind(List.of(part), reportYearAt.apply(part.span().start()));
            declared.add(kind);
            if (kind == Kind.TARGET && firstPlan < 0) {
                firstPlan = declared.size() - 1;
            }
        }
        List<Kind> roles = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Kind role = declared.get(i);
            if (role == Kind.UNKNOWN && firstPlan >= 0) {
                Aspect aspect = aspect(parts.get(i), sentences, index, timeCues);
                if (i < firstPlan) {
                    role = aspect.plans() >= aspect.results() + OVERTURN ? Kind.TARGET : Kind.ACTUAL;
                } else {
                    role = aspect.results() >= aspect.plans() + OVERTURN ? Kind.ACTUAL : Kind.TARGET;
                }
            }
            roles.add(role);
        }
        return roles;
    }

    /** Whether two sections lie in the same report of a file (always, when it holds one). */
    private static boolean sameReport(List<Span> reports, Section a, Section b) {
        for (Span report : reports) {
            boolean holdsA = report.start() <= a.span().start() && a.span().start() < report.end();
            boolean holdsB = report.start() <= b.span().start() && b.span().start() < report.end();
            if (holdsA != holdsB) {
                return false;
            }
        }
        return true;
    }

    /** The role of the top part holding code point {@code offset}; UNKNOWN outside every part. */
    Kind roleAt(int offset) {
        for (int i = 0; i < parts.size(); i++) {
            Section part = parts.get(i);
            if (part.span().start() <= offset && offset < part.span().end()) {
                return roles.get(i);
            }
        }
        return Kind.UNKNOWN;
    }

    /** How many sentences with figures report what was done, and how many say what will be done. */
    private record Aspect(int results, int plans) {
    }

    /** The aspect of the sentences of {@code part} that hold a digit (one with both counts as a plan: 力争实现…). */
    private static Aspect aspect(Section part, List<Sentence> sentences, CodePointIndex index,
                                 CueLexicon<TimeCue> timeCues) {
        int results = 0;
        int plans = 0;
        for (Sentence sentence : sentences) {
            int at = index.codePoint(sentence.start());
            if (at < part.span().start() || at >= part.span().end()
                    || sentence.text().chars().noneMatch(Character::isDigit)) {
                continue;
            }
            String s = sentence.text();
            if (timeCues.nearestBefore(s, 0, s.length(), c -> c.value() == TimeCue.PLAN).isPresent()) {
                plans++;
            } else if (timeCues.nearestBefore(s, 0, s.length(), c -> c.value() == TimeCue.RESULT).isPresent()) {
                results++;
            }
        }
        return new Aspect(results, plans);
    }
}
