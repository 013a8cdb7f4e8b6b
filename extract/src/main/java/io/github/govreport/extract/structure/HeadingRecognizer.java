package io.github.govreport.extract.structure;

import io.github.govreport.core.Section;
import io.github.govreport.core.Span;
import io.github.govreport.extract.dict.PatternList;
import io.github.govreport.extract.normalize.CodePointIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Finds the headings of a report line by line with the patterns of {@code headings.tsv} and
 * builds the section tree: a section runs from its heading to the next heading of the same or a
 * higher level. Thread-safe.
 */
public final class HeadingRecognizer {

    /** Longer "headings" are paragraphs that happen to start with a number. */
    private static final int MAX_TITLE_LENGTH = 60;

    private final List<PatternList.Entry> patterns;
    private final List<Integer> levels;

    public HeadingRecognizer(PatternList patterns) {
        this.patterns = patterns.entries();
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
    }

    /** A heading line found in the text, with UTF-16 indices. */
    private record Heading(int level, String label, String title, int start) {
    }

    public List<Section> recognize(String text) {
        List<Heading> headings = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int start = lineStart;
            while (start < lineEnd && (Character.isWhitespace(text.charAt(start)) || text.charAt(start) == '\u3000')) {
                start++;
            }
            Heading heading = match(text.substring(start, lineEnd).stripTrailing(), start);
            if (heading != null) {
                headings.add(heading);
            }
            lineStart = lineEnd + 1;
        }
        CodePointIndex index = CodePointIndex.of(text);
        int[] counter = {0};
        return build(headings, 0, headings.size(), text.length(), index, counter);
    }

    private Heading match(String line, int start) {
        if (line.isEmpty()) {
            return null;
        }
        for (int i = 0; i < patterns.size(); i++) {
            Matcher m = patterns.get(i).pattern().matcher(line);
            if (m.matches()) {
                String label = group(m, "label");
                String title = group(m, "title");
                if (title == null) {
                    continue;
                }
                int stop = title.indexOf('。');
                title = (stop >= 0 ? title.substring(0, stop) : title).strip();
                if (title.isEmpty() || title.length() > MAX_TITLE_LENGTH || title.codePoints()
                        .noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                    continue;
                }
                return new Heading(levels.get(i), label, title, start);
            }
        }
        return null;
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException noSuchGroup) {
            return null;
        }
    }

    /** Builds the sections of headings[from, to), which all end by {@code limit} at the latest. */
    private static List<Section> build(List<Heading> headings, int from, int to, int limit, CodePointIndex index,
                                       int[] counter) {
        List<Section> sections = new ArrayList<>();
        int i = from;
        while (i < to) {
            Heading heading = headings.get(i);
            int next = i + 1;
            while (next < to && headings.get(next).level() > heading.level()) {
                next++;
            }
            int end = next < to ? headings.get(next).start() : limit;
            String id = "s" + (++counter[0]);
            List<Section> children = build(headings, i + 1, next, end, index, counter);
            sections.add(new Section(id, heading.level(), heading.label(), heading.title(),
                    new Span(index.codePoint(heading.start()), index.codePoint(end)), children));
            i = next;
        }
        return sections;
    }
}
