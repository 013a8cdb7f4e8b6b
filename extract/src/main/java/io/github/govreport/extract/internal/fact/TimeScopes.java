package io.github.govreport.extract.internal.fact;

import io.github.govreport.core.Section;
import io.github.govreport.extract.dict.CueLexicon;
import io.github.govreport.extract.dict.TimeCue;
import io.github.govreport.extract.internal.normalize.CodePointIndex;
import io.github.govreport.extract.internal.structure.Sentence;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which years each sentence of a report is about. Most passages are about one year; a section
 * whose heading names a span (一、过去五年工作回顾, 二、“十四五”时期主要目标) and a paragraph that
 * opens with one (五年来，…) are about several. Inside such a section, a paragraph that opens on
 * one year again (刚刚过去的2021年，…; 过去一年，…) returns to one year for the rest of it: a
 * review of five years and of the last one are written in that order. A list whose first item
 * names the year it aims at (到2026年，A；B；C。) holds that year for every item, and a plan for
 * several years holds the year it aims at for the rest of its passage. Immutable.
 */
final class TimeScopes {

    /**
     * The years of a sentence.
     *
     * @param first    the first year of a span of several, else null
     * @param last     the last year of that span, else null
     * @param listYear  the year a list announces for its items (到2026年), else null
     * @param aimedYear the year a passage about several years has named as its aim so far, else null
     */
    record Scope(Integer first, Integer last, Integer listYear, Integer aimedYear) {

        static final Scope ONE_YEAR = new Scope(null, null, null, null);

        boolean years() {
            return last != null;
        }
    }

    /** A plan period named by its number: 十三五 is 2016–2020. */
    private static final Pattern PLAN_PERIOD = Pattern.compile("十([一二三四五六七八九])五");
    private static final String NUMERALS = "一二三四五六七八九";
    /** A year a list aims at: 到2026年, 至2025年. */
    private static final Pattern AIMED_YEAR = Pattern.compile("[到至]((?:19|20)[0-9]{2})年");
    /** A paragraph opening on a year in digits (2021年是…); the opening words are in time-cues.tsv. */
    private static final Pattern OPENING_YEAR = Pattern.compile("^(?:19|20)[0-9]{2}年");
    /** How far into a paragraph its opening words are looked for. */
    private static final int OPENING = 12;

    private final List<Scope> scopes;

    private TimeScopes(List<Scope> scopes) {
        this.scopes = scopes;
    }

    /**
     * @param text         the normalised text the sentences are in
     * @param sentences    its sentences, in order
     * @param sections     its section tree
     * @param index        code points of the text, for the sentences' char offsets
     * @param cues         time-cues.tsv
     * @param reportYearAt the report's year at a code point offset, or null
     */
    static TimeScopes of(String text, List<Sentence> sentences, List<Section> sections, CodePointIndex index,
                         CueLexicon<TimeCue> cues, IntFunction<Integer> reportYearAt) {
        List<Scope> scopes = new ArrayList<>();
        Section spanSection = null;
        boolean backToOneYear = false;
        Scope paragraph = Scope.ONE_YEAR;
        Integer listYear = null;
        Integer aimedYear = null;
        // What a heading says of time is read once, not once per sentence under it.
        IdentityHashMap<Section, Optional<Scope>> headingSpans = new IdentityHashMap<>();
        for (Sentence sentence : sentences) {
            int at = index.codePoint(sentence.start());
            Integer reportYear = reportYearAt.apply(at);
            Section spanning = null;
            Scope headingSpan = null;
            // The innermost heading that names a span or a single year decides (（二）2025年计划执行情况
            // inside 一、2025年计划执行情况和“十四五”规划主要目标完成情况 is about 2025).
            for (Section section : SectionPaths.pathTo(sections, at)) {
                Optional<Scope> span = headingSpans.computeIfAbsent(section, h -> headingSpan(h, cues, reportYear));
                if (span.isPresent() && span.get().years()) {
                    spanning = section;
                    headingSpan = span.get();
                } else if (span.isPresent()) {
                    spanning = null;
                    headingSpan = null;
                }
            }
            // The same heading object, not an equal one: a section's equality would compare its subtree.
            @SuppressWarnings("ReferenceEquality")
            boolean otherSpan = spanning != spanSection;
            if (otherSpan) {
                spanSection = spanning;
                backToOneYear = false;
                aimedYear = null;
            }
            String s = sentence.text().strip();
            if (opensParagraph(text, sentence.start())) {
                String opening = s.substring(0, Math.min(OPENING, s.length()));
                paragraph = Scope.ONE_YEAR;
                if (OPENING_YEAR.matcher(opening).find() || startsWith(opening, cues, TimeCue.YEAR)) {
                    backToOneYear = true;
                } else {
                    Scope opened = startsWith(opening, cues, TimeCue.YEARS) ? span(opening, cues, reportYear) : null;
                    paragraph = opened != null ? opened : Scope.ONE_YEAR;
                }
            }
            Scope scope = paragraph.years() ? paragraph
                    : headingSpan != null && !backToOneYear ? headingSpan : Scope.ONE_YEAR;
            Matcher aimed = AIMED_YEAR.matcher(s);
            if (aimed.find()) {
                listYear = Integer.valueOf(aimed.group(1));
                aimedYear = scope.years() ? listYear : aimedYear;
            }
            scopes.add(new Scope(scope.first(), scope.last(), listYear, scope.years() ? aimedYear : null));
            if (!s.endsWith("；") && !s.endsWith(";")) {
                listYear = null;
            }
        }
        return new TimeScopes(List.copyOf(scopes));
    }

    /**
     * What a heading says of time: a span of years, one year (ONE_YEAR: 2025年计划执行情况), or
     * nothing (empty).
     */
    private static Optional<Scope> headingSpan(Section heading, CueLexicon<TimeCue> cues, Integer reportYear) {
        Scope span = span(heading.title(), cues, reportYear);
        if (span != null) {
            return Optional.of(span);
        }
        return PeriodResolver.YEAR.matcher(heading.title()).find() ? Optional.of(Scope.ONE_YEAR) : Optional.empty();
    }

    /** The scope of the {@code i}-th sentence. */
    Scope at(int i) {
        return scopes.get(i);
    }

    /**
     * The span a text names: a plan period (十四五 → 2021–2025), or the five years before the
     * report's year (过去五年) or from it (今后五年). Null when it names none.
     */
    private static Scope span(String text, CueLexicon<TimeCue> cues, Integer reportYear) {
        var cue = cues.nearestBefore(text, 0, text.length(), c -> c.value() == TimeCue.YEARS);
        if (cue.isEmpty()) {
            return null;
        }
        Matcher plan = PLAN_PERIOD.matcher(cue.get().cue().word());
        if (plan.find()) {
            int number = 10 + NUMERALS.indexOf(plan.group(1)) + 1;
            int first = 2016 + 5 * (number - 13);
            return new Scope(first, first + 4, null, null);
        }
        if (reportYear == null) {
            return null;
        }
        boolean ahead = cue.get().cue().word().startsWith("今后") || cue.get().cue().word().startsWith("未来");
        return ahead ? new Scope(reportYear, reportYear + 4, null, null)
                : new Scope(reportYear - 5, reportYear - 1, null, null);
    }

    private static boolean startsWith(String opening, CueLexicon<TimeCue> cues, TimeCue role) {
        return cues.nearestBefore(opening, 0, opening.length(), c -> c.value() == role)
                .filter(m -> m.start() <= 2).isPresent();
    }

    /** Whether the sentence at char {@code start} is the first of its line. */
    private static boolean opensParagraph(String text, int start) {
        for (int k = start - 1; k >= 0; k--) {
            char c = text.charAt(k);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c) && c != '\u3000') {
                return false;
            }
        }
        return true;
    }
}
