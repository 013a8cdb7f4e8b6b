package io.github.govreport.extract.internal.structure;

import io.github.govreport.core.Section;
import io.github.govreport.core.Span;
import io.github.govreport.extract.dict.LayoutMarks;
import io.github.govreport.extract.dict.PatternList;
import io.github.govreport.extract.internal.normalize.CodePointIndex;
import io.github.govreport.extract.internal.text.CharClasses;
import io.github.govreport.extract.internal.text.Range;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the headings of a report line by line and builds the section tree. Headings are lines
 * that match a pattern of {@code headings.tsv}, lines that were wholly bold in the source (a bold
 * lead phrase such as {@code **着力扩大有效需求。**}), and short title lines that head a list.
 *
 * <p>Nesting follows the order in which the heading styles appear, as a reader sees it: a style
 * already open closes everything opened after it (its sibling starts); a new style opens under
 * the current heading, except that a numbering convention never opens under one it ranks above
 * in {@code headings.tsv} (一、 is never under （一）). A section runs to the next heading at its
 * depth or above, and never across the start of another report of the same file. Thread-safe.
 */
public final class HeadingRecognizer {

    /** Longer "headings" are paragraphs that happen to start with a number. */
    private static final int MAX_TITLE_LENGTH = 60;
    /** A bold line or list title longer than this is emphasis inside the text, not a heading. */
    private static final int MAX_SHORT_HEADING = 30;
    private static final int BOLD_STYLE = -1;
    private static final int LIST_TITLE_STYLE = -2;

    private final List<PatternList.Entry> patterns;
    private final List<Integer> levels;
    private final List<String> families;
    private final LayoutMarks marks;

    /**
     * @param patterns the heading conventions (headings.tsv)
     * @param marks    the marks taken off the end of a bold heading line (layout-marks.tsv)
     */
    public HeadingRecognizer(PatternList patterns, LayoutMarks marks) {
        this.patterns = patterns.entries();
        this.marks = marks;
        this.levels = patterns.entries().stream().map(e -> {
            try {
                int level = Integer.parseInt(e.row().require("level"));
                if (level < 1) {
                    throw e.row().error("level must be >= 1");
                }
                return level;
            } catch (NumberFormatException ex) {
                throw e.row().error("level must be a whole number, was '" + e.row().get("level") + "'");
            }
        }).toList();
        this.families = patterns.entries().stream().map(e -> {
            String family = e.row().require("family");
            if (!List.of("numbering", "markdown", "title").contains(family)) {
                throw e.row().error("family must be numbering, markdown or title, was '" + family + "'");
            }
            if (!e.pattern().pattern().contains("(?<title>")) {
                throw e.row().error("pattern needs a (?<title>…) group: the heading's title is what it captures");
            }
            return family;
        }).toList();
    }

    /** A heading line found in the text, with UTF-16 indices; style is a pattern index or a pseudo-style. */
    private record Heading(int style, String label, String title, int start, boolean headsList) {

        Heading listing(boolean list) {
            return new Heading(style, label, title, start, list);
        }
    }

    /** The section tree of a text that holds one report and no bold lines. */
    public List<Section> recognize(String text) {
        return recognize(text, List.of(), List.of());
    }

    /**
     * The section tree of {@code text}.
     *
     * @param partStarts      where the reports of a file that holds several start (code points);
     *                        no section crosses one
     * @param emphasisedLines where the lines that were wholly bold start (code points)
     */
    public List<Section> recognize(String text, List<Integer> partStarts, List<Integer> emphasisedLines) {
        Set<Integer> bold = new HashSet<>();
        emphasisedLines.forEach(cp -> bold.add(utf16(text, cp)));
        List<Integer> boundaries = new ArrayList<>();
        boundaries.add(0);
        partStarts.forEach(cp -> boundaries.add(utf16(text, cp)));
        boundaries.add(text.length());

        // a report's title is described by its part, not a section; a compilation's cover and
        // table of contents before its first report have no sections
        int firstPart = boundaries.size() > 2 ? boundaries.get(1) : 0;
        List<Heading> headings = find(text, bold).stream()
                .filter(h -> h.start() >= firstPart && !boundaries.subList(1, boundaries.size() - 1).contains(h.start()))
                .toList();
        CodePointIndex index = CodePointIndex.of(text);
        int[] counter = {0};
        List<Section> sections = new ArrayList<>();
        for (int b = 0; b + 1 < boundaries.size(); b++) {
            int from = boundaries.get(b);
            int to = boundaries.get(b + 1);
            List<Heading> inPart = headings.stream().filter(h -> h.start() >= from && h.start() < to).toList();
            sections.addAll(build(inPart, depths(inPart), 0, inPart.size(), to, index, counter));
        }
        return sections;
    }

    private List<Heading> find(String text, Set<Integer> bold) {
        List<Heading> headings = new ArrayList<>();
        List<Range> lines = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            lines.add(new Range(lineStart, lineEnd < 0 ? text.length() : lineEnd));
            lineStart = lineEnd < 0 ? text.length() : lineEnd + 1;
        }
        for (int i = 0; i < lines.size(); i++) {
            int start = lines.get(i).start();
            int end = lines.get(i).end();
            while (start < end && isBlank(text.charAt(start))) {
                start++;
            }
            String line = text.substring(start, end).strip();
            if (line.isEmpty() || text.charAt(lines.get(i).start()) == '\t') {
                continue;
            }
            Heading heading = match(line, start);
            if (heading == null && bold.contains(start) && isShortTitle(line, true)) {
                heading = new Heading(BOLD_STYLE, null, stripEnd(line), start, false);
            }
            boolean list = headsList(text, lines, i);
            if (heading == null && isShortTitle(line, false) && list) {
                heading = new Heading(LIST_TITLE_STYLE, null, line, start, true);
            }
            if (heading != null) {
                headings.add(heading.listing(list));
            }
        }
        return headings;
    }

    private Heading match(String line, int start) {
        for (int i = 0; i < patterns.size(); i++) {
            PatternList.Entry pattern = patterns.get(i);
            if (!pattern.mayMatch(line)) {
                continue;    // lacks a character the pattern needs: most lines, for most patterns
            }
            Matcher m = pattern.pattern().matcher(line);
            if (m.matches()) {
                String label = group(m, "label");
                String title = group(m, "title");
                if (title == null) {
                    continue;
                }
                int stop = title.indexOf('。');
                title = (stop >= 0 ? title.substring(0, stop) : title).strip();
                if (title.isEmpty() || title.length() > MAX_TITLE_LENGTH || title.codePoints()
                        .noneMatch(CharClasses::isHan)) {
                    continue;
                }
                // Markdown marks say the level, they are no numbering of the text
                return new Heading(i, families.get(i).equals("markdown") ? null : label, title, start, false);
            }
        }
        return null;
    }

    /** A short line with Chinese text and no sentence marks (a bold line may end with its 。). */
    private boolean isShortTitle(String line, boolean mayEndWithStop) {
        String body = mayEndWithStop ? stripEnd(line) : line;
        if (body.isEmpty() || body.length() > MAX_SHORT_HEADING || CharClasses.BULLETS.indexOf(body.charAt(0)) >= 0) {
            return false;
        }
        for (int i = 0; i < body.length(); i++) {
            if (CharClasses.HEADING_EXCLUDED_MARKS.indexOf(body.charAt(i)) >= 0) {
                return false;
            }
        }
        return body.codePoints().anyMatch(CharClasses::isHan);
    }

    /** True when the next non-blank line after line {@code i} is a list item. */
    private static boolean headsList(String text, List<Range> lines, int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            String next = text.substring(lines.get(j).start(), lines.get(j).end()).strip();
            if (!next.isEmpty()) {
                return CharClasses.BULLETS.indexOf(next.charAt(0)) >= 0 || next.startsWith("——");
            }
        }
        return false;
    }

    private String stripEnd(String line) {
        String s = line.strip();
        while (!s.isEmpty() && marks.isHeadingEnd(s.charAt(s.length() - 1))) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    /** The depth (1 = top) of each heading, from the order in which heading styles open. */
    private int[] depths(List<Heading> headings) {
        int[] depths = new int[headings.size()];
        List<Heading> open = new ArrayList<>();   // the open headings, outermost first
        for (int i = 0; i < headings.size(); i++) {
            Heading heading = headings.get(i);
            int at = -1;
            for (int o = 0; o < open.size(); o++) {
                if (open.get(o).style() == heading.style()) {
                    at = o;
                }
            }
            if (at >= 0) {
                open.subList(at, open.size()).clear();
            } else {
                // a list title heads only its list, and a list ends the heading it follows
                while (!open.isEmpty() && (last(open).style() == LIST_TITLE_STYLE
                        || (heading.style() == LIST_TITLE_STYLE && last(open).headsList())
                        || ranksAbove(heading.style(), last(open).style()))) {
                    open.remove(open.size() - 1);
                }
            }
            // a heading about one year is not part of a heading about another
            String year = year(heading.title());
            if (year != null) {
                for (int o = 0; o < open.size(); o++) {
                    String openYear = year(open.get(o).title());
                    if (openYear != null && !openYear.equals(year)) {
                        open.subList(o, open.size()).clear();
                        break;
                    }
                }
            }
            open.add(heading);
            depths[i] = open.size();
        }
        return depths;
    }

    private static final Pattern YEAR = Pattern.compile("(?:19|20)[0-9]{2}年");

    /** The year a title names (2024年), or null. */
    private static String year(String title) {
        Matcher m = YEAR.matcher(title);
        return m.find() ? m.group() : null;
    }

    private static Heading last(List<Heading> open) {
        return open.get(open.size() - 1);
    }

    /** True when heading pattern {@code style} ranks above {@code open}: same family, smaller level. */
    private boolean ranksAbove(int style, int open) {
        return style >= 0 && open >= 0 && families.get(style).equals(families.get(open))
                && levels.get(style) < levels.get(open);
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException noSuchGroup) {
            return null;
        }
    }

    /** Builds the sections of headings[from, to), which all end by {@code limit} at the latest. */
    private static List<Section> build(List<Heading> headings, int[] depths, int from, int to, int limit,
                                       CodePointIndex index, int[] counter) {
        List<Section> sections = new ArrayList<>();
        int i = from;
        while (i < to) {
            Heading heading = headings.get(i);
            int next = i + 1;
            while (next < to && depths[next] > depths[i]) {
                next++;
            }
            int end = next < to ? headings.get(next).start() : limit;
            counter[0]++;
            String id = "s" + counter[0];
            List<Section> children = build(headings, depths, i + 1, next, end, index, counter);
            sections.add(new Section(id, depths[i], heading.label(), heading.title(),
                    new Span(index.codePoint(heading.start()), index.codePoint(end)), children));
            i = next;
        }
        return sections;
    }

    private static int utf16(String text, int codePoint) {
        return text.offsetByCodePoints(0, Math.min(codePoint, text.codePointCount(0, text.length())));
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || c == '\u3000';
    }
}
