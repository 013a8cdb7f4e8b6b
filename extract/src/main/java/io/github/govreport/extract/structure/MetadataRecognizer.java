package io.github.govreport.extract.structure;

import io.github.govreport.core.AdministrativeLevel;
import io.github.govreport.core.Metadata;
import io.github.govreport.core.Part;
import io.github.govreport.core.ReportType;
import io.github.govreport.core.Span;
import io.github.govreport.extract.dict.TsvTable;
import io.github.govreport.extract.normalize.CodePointIndex;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Finds what a report says about itself — title, region and its level, year, report type,
 * issuer, date, document number — from the cue patterns of {@code metadata.tsv}, and splits a file
 * that holds several reports (a gazette issue) into parts, one per report title.
 *
 * <p>A report title is a line (or two lines, when a long title wraps) without a full stop that
 * ends with a report-type phrase (政府工作报告, …计划草案的报告, …预算草案的报告); the issuer and
 * date are the issuer and date lines nearest after it (or before it, as in an official notice
 * that puts them first). Thread-safe.
 */
public final class MetadataRecognizer {

    /** Lines longer than this are running text, not titles, issuers or dates. */
    private static final int MAX_TITLE = 80;
    private static final int MAX_FRONT_LINE = 40;
    /** How many non-blank lines after a title its issuer, date and number may be. */
    private static final int LINES_AFTER_TITLE = 8;
    /** A report is at least this long (characters): a shorter "part" is a running header or a cover. */
    private static final int MIN_REPORT = 500;
    private static final Pattern YEAR = Pattern.compile("((?:19|20)[0-9]{2})(?:年|[)）])");

    private record Cue(String field, Pattern pattern, String value, TsvTable.Row row) {
    }

    private final List<Cue> cues;

    public MetadataRecognizer(TsvTable table) {
        List<Cue> list = new ArrayList<>();
        for (TsvTable.Row row : table.rows()) {
            String field = row.require("field");
            Pattern pattern;
            try {
                pattern = Pattern.compile(row.require("pattern"));
            } catch (PatternSyntaxException e) {
                throw row.error("pattern is not a valid regular expression: " + e.getDescription());
            }
            String value = row.get("value");
            switch (field) {
                case "title-type", "type" -> parseType(row, value);
                case "level" -> parseLevel(row, value);
                case "region", "issuer", "date", "number" -> {
                    String group = switch (field) {
                        case "date" -> "y";
                        default -> field;
                    };
                    if (!pattern.pattern().contains("(?<" + group + ">")) {
                        throw row.error(field + " pattern needs the group (?<" + group + ">…)");
                    }
                }
                default -> throw row.error("unknown field '" + field
                        + "' (title-type, type, region, level, issuer, date, number)");
            }
            list.add(new Cue(field, pattern, value, row));
        }
        this.cues = List.copyOf(list);
    }

    /**
     * The metadata of a document and its parts.
     *
     * @param metadata the whole file's metadata (a compilation's own title, date and issuer)
     * @param parts    the reports of a file that holds several, else empty
     */
    public record Result(Metadata metadata, List<Part> parts) {

        /** Where each part starts, in code points: the boundaries that sections must not cross. */
        public List<Integer> partStarts() {
            return parts.stream().map(p -> p.span().start()).toList();
        }
    }

    /** A line of the text: UTF-16 start, and its content without blanks and Markdown heading marks. */
    private record Line(int start, int end, String text) {
    }

    public Result recognize(String text) {
        List<Line> lines = lines(text);
        List<int[]> titles = titles(lines);   // {first line, last line} of each title
        CodePointIndex index = CodePointIndex.of(text);
        if (titles.size() >= 2) {
            List<Part> parts = new ArrayList<>();
            for (int t = 0; t < titles.size(); t++) {
                int first = titles.get(t)[0];
                int endLine = t + 1 < titles.size() ? titles.get(t + 1)[0] : lines.size();
                int end = endLine < lines.size() ? lines.get(endLine).start() : text.length();
                parts.add(new Part("p" + (t + 1), new Span(index.codePoint(lines.get(first).start()),
                        index.codePoint(end)), describe(lines, titles.get(t), first, endLine)));
            }
            int firstPart = titles.get(0)[0];
            Metadata front = frontMatter(lines, firstPart);
            return new Result(front, parts);
        }
        if (titles.size() == 1) {
            return new Result(describe(lines, titles.get(0), 0, lines.size()), List.of());
        }
        // A news story or an infographic has no report title; its dateline still dates it.
        LocalDate dated = date(lines, 0, Math.min(lines.size(), 2 * LINES_AFTER_TITLE));
        Metadata untitled = new Metadata(null, null, null, dated == null ? null : dated.getYear(), documentType(lines),
                null, dated, number(lines, 0, Math.min(lines.size(), 2 * LINES_AFTER_TITLE)));
        return new Result(untitled, List.of());
    }

    /** A Markdown heading's #s, compiled once (String.replaceFirst would compile it for every line). */
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^[\\s\\u3000]*#{1,6}\\s+");

    private static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String content = MARKDOWN_HEADING.matcher(text.substring(start, end)).replaceFirst("").strip()
                    .replace('\u3000', ' ').strip();
            if (!content.isEmpty()) {
                lines.add(new Line(start, end, content));
            }
            start = end + 1;
        }
        return lines;
    }

    /** The titles of reports: a line ending with a report-type phrase, with the line before it when it wraps. */
    private List<int[]> titles(List<Line> lines) {
        List<int[]> titles = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).text();
            if (!isTitleLike(line) || type(line, "title-type") == null) {
                continue;
            }
            int first = i;
            if (i > 0 && !titles.isEmpty() && titles.get(titles.size() - 1)[1] == i - 1) {
                continue;   // the second line of a title already found
            }
            if (i > 0) {
                String before = lines.get(i - 1).text();
                if (isTitleLike(before) && before.length() <= MAX_FRONT_LINE && !isFrontMatter(before)
                        && type(before + line, "title-type") != null && type(before, "title-type") == null
                        && !before.matches(".*[)）】]$")) {
                    first = i - 1;
                }
            }
            titles.add(new int[] {first, i});
        }
        // a title with hardly any text before the next one is a running header or a cover: the
        // report starts at the later title
        List<int[]> reports = new ArrayList<>();
        for (int t = 0; t < titles.size(); t++) {
            if (t + 1 < titles.size() && lines.get(titles.get(t + 1)[0]).start()
                    - lines.get(titles.get(t)[1]).end() < MIN_REPORT) {
                continue;
            }
            reports.add(titles.get(t));
        }
        return reports;
    }

    private static boolean isTitleLike(String line) {
        return line.length() <= MAX_TITLE && line.indexOf('。') < 0 && line.indexOf('\t') < 0 && line.indexOf('，') < 0
                && line.indexOf('：') < 0;
    }

    private boolean isFrontMatter(String line) {
        return find("issuer", line) != null || find("date", line) != null || find("number", line) != null;
    }

    /** The metadata of the report whose title is lines {@code title[0..1]}, looking in lines [from, to). */
    private Metadata describe(List<Line> lines, int[] title, int from, int to) {
        StringBuilder joined = new StringBuilder();
        for (int i = title[0]; i <= title[1]; i++) {
            joined.append(lines.get(i).text());
        }
        String titleText = joined.toString().replace(" ", "");
        ReportType type = type(titleText, "title-type");
        int after = Math.min(to, title[1] + 1 + LINES_AFTER_TITLE);
        String issuer = firstGroup("issuer", lines, title[1] + 1, after, "issuer");
        if (issuer == null) {
            issuer = firstGroup("issuer", lines, from, title[0], "issuer");
        }
        LocalDate date = date(lines, title[1] + 1, after);
        if (date == null) {
            date = date(lines, from, title[0]);
        }
        String region = region(titleText);
        if (region == null && issuer != null) {
            region = region(issuer);
        }
        String number = number(lines, from, after);
        return new Metadata(titleText, region, level(region), year(date, titleText), type, issuer, date, number);
    }

    /** The metadata of the front matter of a compilation: its first line is its title. */
    private Metadata frontMatter(List<Line> lines, int firstPart) {
        String title = firstPart > 0 ? lines.get(0).text() : null;
        String issuer = firstGroup("issuer", lines, 0, firstPart, "issuer");
        LocalDate date = date(lines, 0, firstPart);
        String region = title == null ? null : region(title);
        if (region == null && issuer != null) {
            region = region(issuer);
        }
        return new Metadata(title, region, level(region), year(date, title == null ? "" : title),
                ReportType.COMPILATION, issuer, date, number(lines, 0, firstPart));
    }

    private ReportType documentType(List<Line> lines) {
        for (Line line : lines) {
            // A news dateline opens the story's first paragraph: 新华社北京3月5日电（记者…）十四届…
            String head = line.text().length() <= MAX_FRONT_LINE ? line.text() : line.text().substring(0, MAX_FRONT_LINE);
            ReportType type = type(head, "type");
            if (type != null) {
                return type;
            }
        }
        return null;
    }

    private ReportType type(String line, String field) {
        for (Cue cue : cues) {
            if (cue.field().equals(field) && cue.pattern().matcher(line).find()) {
                return ReportType.fromJson(cue.value());
            }
        }
        return null;
    }

    /** The region named at the start of {@code text}: the most specific of 重庆市渝中区… */
    String region(String text) {
        String rest = text;
        String region = null;
        boolean found = true;
        while (found) {
            found = false;
            for (Cue cue : cues) {
                if (cue.field().equals("region")) {
                    Matcher m = cue.pattern().matcher(rest);
                    if (m.find() && m.start() == 0) {
                        region = m.group("region");
                        rest = rest.substring(m.end());
                        found = !rest.isEmpty();
                        break;
                    }
                }
            }
        }
        return region;
    }

    AdministrativeLevel level(String region) {
        if (region == null) {
            return null;
        }
        for (Cue cue : cues) {
            if (cue.field().equals("level") && cue.pattern().matcher(region).find()) {
                return AdministrativeLevel.fromJson(cue.value());
            }
        }
        return null;
    }

    private static Integer year(LocalDate date, String title) {
        if (date != null) {
            return date.getYear();
        }
        Matcher m = YEAR.matcher(title);
        Integer year = null;
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            year = year == null ? y : Math.max(year, y);
        }
        return year;
    }

    private LocalDate date(List<Line> lines, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, lines.size()); i++) {
            String line = lines.get(i).text();
            if (line.length() > MAX_FRONT_LINE) {
                continue;
            }
            Matcher m = find("date", line);
            if (m != null) {
                try {
                    return LocalDate.of(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("m")),
                            Integer.parseInt(m.group("d")));
                } catch (DateTimeException e) {
                    // 2月30日: not a date; look further
                }
            }
        }
        return null;
    }

    private String number(List<Line> lines, int from, int to) {
        return firstGroup("number", lines, from, to, "number");
    }

    private String firstGroup(String field, List<Line> lines, int from, int to, String group) {
        for (int i = Math.max(0, from); i < Math.min(to, lines.size()); i++) {
            String line = lines.get(i).text();
            if (line.length() > MAX_FRONT_LINE) {
                continue;
            }
            Matcher m = find(field, line);
            if (m != null) {
                return m.group(group);
            }
        }
        return null;
    }

    private Matcher find(String field, String line) {
        for (Cue cue : cues) {
            if (cue.field().equals(field)) {
                Matcher m = cue.pattern().matcher(line);
                if (m.find()) {
                    return m;
                }
            }
        }
        return null;
    }

    private static void parseType(TsvTable.Row row, String value) {
        try {
            ReportType.fromJson(Objects.requireNonNull(value));
        } catch (IllegalArgumentException e) {
            throw row.error("value must be a report type (work-report, plan-report, …): " + e.getMessage());
        }
    }

    private static void parseLevel(TsvTable.Row row, String value) {
        try {
            AdministrativeLevel.fromJson(value);
        } catch (IllegalArgumentException e) {
            throw row.error("value must be an administrative level (province, city, …): " + e.getMessage());
        }
    }
}
