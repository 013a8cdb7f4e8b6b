package io.github.govreport.extract.internal.structure;

import io.github.govreport.core.AdministrativeLevel;
import io.github.govreport.core.Fact;
import io.github.govreport.core.Metadata;
import io.github.govreport.core.Part;
import io.github.govreport.core.ReportType;
import io.github.govreport.core.Span;
import io.github.govreport.extract.dict.Gazetteer;
import io.github.govreport.extract.dict.TsvTable;
import io.github.govreport.extract.internal.normalize.CodePointIndex;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

/**
 * Finds what a report says about itself — title, region with its level and code, year, report
 * type, issuer, date, document number — from the cue patterns of {@code metadata.tsv} and the
 * gazetteer {@code regions.tsv}, and splits a file that holds several reports (a gazette issue)
 * into parts, one per report title.
 *
 * <p>A report title is a line (or two lines, when a long title wraps) without a full stop that
 * ends with a report-type phrase (政府工作报告, …计划草案的报告, …预算草案的报告); the issuer and
 * date are the issuer and date lines nearest after it (or before it, as in an official notice
 * that puts them first). The region is the one the title names, else the issuer, else the opening
 * lines (…在重庆市第六届人民代表大会…, 我代表××人民政府), else a gazette's running head. Thread-safe.
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

    /** Where a region cue looks: the title and issuer, the lines after the title, any short line. */
    private static final List<String> REGION_LINES = List.of("title", "opening", "gazette");

    private final List<Cue> cues;
    private final RegionReader regions;

    public MetadataRecognizer(TsvTable table, Gazetteer gazetteer) {
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
                case "national" -> {
                    if (!REGION_LINES.contains(value)) {
                        throw row.error("value of a national cue must be one of " + REGION_LINES + ", was '" + value
                                + "'");
                    }
                }
                case "region", "region-unlisted", "issuer", "date", "number", "review-year" -> {
                    if ((field.equals("region") || field.equals("national")) && !REGION_LINES.contains(value)) {
                        throw row.error("value of a region cue must be one of " + REGION_LINES + ", was '" + value
                                + "'");
                    }
                    String group = switch (field) {
                        case "date", "review-year" -> "y";
                        case "region-unlisted" -> "region";
                        default -> field;
                    };
                    if (!pattern.pattern().contains("(?<" + group + ">")) {
                        throw row.error(field + " pattern needs the group (?<" + group + ">…)");
                    }
                }
                default -> throw row.error("unknown field '" + field + "' (title-type, type, region, "
                        + "region-unlisted, national, level, issuer, date, number, review-year)");
            }
            list.add(new Cue(field, pattern, value, row));
        }
        this.cues = List.copyOf(list);
        this.regions = new RegionReader(gazetteer, cues.stream().filter(c -> c.field().equals("region-unlisted"))
                .map(Cue::pattern).toList(), this::level);
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

    /** The lines a report's title takes, {@code first} to {@code last} inclusive (a title may wrap). */
    private record TitleLines(int first, int last) {
    }

    public Result recognize(String text) {
        List<Line> lines = lines(text);
        List<TitleLines> titles = titles(lines);
        CodePointIndex index = CodePointIndex.of(text);
        if (titles.size() >= 2) {
            List<Part> parts = new ArrayList<>();
            for (int t = 0; t < titles.size(); t++) {
                int first = titles.get(t).first();
                int endLine = t + 1 < titles.size() ? titles.get(t + 1).first() : lines.size();
                int end = endLine < lines.size() ? lines.get(endLine).start() : text.length();
                parts.add(new Part("p" + (t + 1), new Span(index.codePoint(lines.get(first).start()),
                        index.codePoint(end)), describe(lines, titles.get(t), first, endLine)));
            }
            int firstPart = titles.get(0).first();
            Metadata front = frontMatter(lines, firstPart);
            return new Result(front, parts);
        }
        if (titles.size() == 1) {
            return new Result(describe(lines, titles.get(0), 0, lines.size()), List.of());
        }
        // A news story or an infographic has no report title; its dateline still dates it, its
        // opening lines may name its region.
        int front = Math.min(lines.size(), 2 * LINES_AFTER_TITLE);
        LocalDate dated = date(lines, 0, front);
        Integer year = dated != null ? Integer.valueOf(dated.getYear()) : reviewYear(lines, 0, lines.size());
        RegionReader.Found region = region(List.of(), lines.subList(0, front), lines);
        Metadata untitled = new Metadata(null, region.name(), region.level(), year, documentType(lines), null, dated,
                number(lines, 0, front), region.code());
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
    private List<TitleLines> titles(List<Line> lines) {
        List<TitleLines> titles = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).text();
            if (!isTitleLike(line)) {
                continue;
            }
            if (i > 0 && !titles.isEmpty() && titles.get(titles.size() - 1).last() == i - 1) {
                continue;   // the second line of a title already found
            }
            // A title may wrap: 关于云南省2023年预算执行情况⏎和2024年预算草案的报告 is a title only whole.
            boolean wraps = false;
            if (i > 0) {
                String before = lines.get(i - 1).text();
                wraps = isTitleLike(before) && before.length() <= MAX_FRONT_LINE && !isFrontMatter(before)
                        && type(before + line, "title-type") != null && type(before, "title-type") == null
                        && !before.matches(".*[)）】]$");
            }
            if (!wraps && type(line, "title-type") == null) {
                continue;
            }
            titles.add(new TitleLines(wraps ? i - 1 : i, i));
        }
        // a title with hardly any text before the next one is a running header or a cover: the
        // report starts at the later title
        List<TitleLines> reports = new ArrayList<>();
        for (int t = 0; t < titles.size(); t++) {
            if (t + 1 < titles.size() && lines.get(titles.get(t + 1).first()).start()
                    - lines.get(titles.get(t).last()).end() < MIN_REPORT) {
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

    /** The metadata of the report whose title is lines {@code title}, looking in lines [from, to). */
    private Metadata describe(List<Line> lines, TitleLines title, int from, int to) {
        StringBuilder joined = new StringBuilder();
        for (int i = title.first(); i <= title.last(); i++) {
            joined.append(lines.get(i).text());
        }
        String titleText = joined.toString().replace(" ", "");
        ReportType type = type(titleText, "title-type");
        int after = Math.min(to, title.last() + 1 + LINES_AFTER_TITLE);
        String issuer = firstGroup("issuer", lines, title.last() + 1, after, "issuer");
        if (issuer == null) {
            issuer = firstGroup("issuer", lines, from, title.first(), "issuer");
        }
        LocalDate date = date(lines, title.last() + 1, after);
        if (date == null) {
            date = date(lines, from, title.first());
        }
        RegionReader.Found region = region(Stream.of(titleText, issuer).filter(Objects::nonNull).toList(),
                lines.subList(title.last() + 1, after), lines.subList(from, to));
        Integer year = year(date, titleText);
        if (year == null) {
            year = reviewYear(lines, title.last() + 1, to);
        }
        String number = number(lines, from, after);
        return new Metadata(titleText, region.name(), region.level(), year, type, issuer, date, number, region.code());
    }

    /** The metadata of the front matter of a compilation: its first line is its title. */
    private Metadata frontMatter(List<Line> lines, int firstPart) {
        String title = firstPart > 0 ? lines.get(0).text() : null;
        String issuer = firstGroup("issuer", lines, 0, firstPart, "issuer");
        LocalDate date = date(lines, 0, firstPart);
        RegionReader.Found region = region(Stream.of(title, issuer).filter(Objects::nonNull).toList(), List.of(),
                List.of());
        return new Metadata(title, region.name(), region.level(), year(date, title == null ? "" : title),
                ReportType.COMPILATION, issuer, date, number(lines, 0, firstPart), region.code());
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

    private static final RegionReader.Found NO_REGION = new RegionReader.Found(null, null, null);
    /** The country as a whole: no GB/T 2260 code names it. */
    private static final RegionReader.Found NATIONAL = new RegionReader.Found("全国", null, AdministrativeLevel.NATIONAL);

    /**
     * The region of a report: the first that its title or issuer ({@code named}), then its opening
     * lines, then the short lines of the whole report ({@code report}, a gazette's running head)
     * name. An ambiguous name (朝阳区) takes its code from a later place that names it with its
     * parent (在北京市朝阳区第十七届人民代表大会…), never from a different name.
     */
    private RegionReader.Found region(List<String> named, List<Line> opening, List<Line> report) {
        RegionReader.Found first = null;
        for (String text : regionTexts(named, opening, report)) {
            RegionReader.Found found = regions.read(text);
            if (found == null) {
                continue;
            }
            if (first == null) {
                first = found;
            }
            if (found.code() != null && found.name().equals(first.name())) {
                return found;
            }
        }
        if (first == null && isNational(named, opening)) {
            return NATIONAL;
        }
        return first == null ? NO_REGION : first;
    }

    /** Whether the title, issuer or opening lines say the report is the State Council's (全国人民代表大会). */
    private boolean isNational(List<String> named, List<Line> opening) {
        for (Cue cue : cues) {
            if (cue.field().equals("national")) {
                List<String> texts = switch (cue.value()) {
                    case "title" -> named;
                    case "opening" -> opening.stream().map(Line::text).toList();
                    default -> List.of();
                };
                if (texts.stream().anyMatch(text -> cue.pattern().matcher(text).find())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The texts that may start with a region name, in the order they are trusted. */
    private List<String> regionTexts(List<String> named, List<Line> opening, List<Line> report) {
        List<String> texts = new ArrayList<>();
        named.forEach(text -> addRegionGroups("title", text, texts));
        opening.forEach(line -> addRegionGroups("opening", line.text(), texts));
        report.stream().filter(line -> line.text().length() <= MAX_FRONT_LINE)
                .forEach(line -> addRegionGroups("gazette", line.text(), texts));
        return texts;
    }

    /** Adds to {@code texts} the region group of each region cue for {@code lines} that {@code text} matches. */
    private void addRegionGroups(String lines, String text, List<String> texts) {
        for (Cue cue : cues) {
            if (cue.field().equals("region") && cue.value().equals(lines)) {
                Matcher m = cue.pattern().matcher(text);
                if (m.find()) {
                    texts.add(m.group("region"));
                }
            }
        }
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

    /**
     * The year of the report, whose plans are for it: the latest year its title names, or the year
     * it was delivered if later. A plan report delivered in December 2022 (关于…2022年…执行情况与
     * 2023年…计划草案的报告) is the report of 2023.
     */
    private static Integer year(LocalDate date, String title) {
        Matcher m = YEAR.matcher(title);
        Integer year = date == null || !plausible(date.getYear()) ? null : date.getYear();
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            if (plausible(y)) {
                year = year == null ? y : Math.max(year, y);
            }
        }
        return year;
    }

    /** A year a report of this kind can be of (1920年政府工作报告 is history, not a report's year). */
    private static boolean plausible(int year) {
        return year >= Fact.EARLIEST_PERIOD && year <= Fact.LATEST_PERIOD;
    }

    /** The year after the one the first review heading in lines [from, to) reviews (一、2023年工作回顾 → 2024). */
    private Integer reviewYear(List<Line> lines, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, lines.size()); i++) {
            String line = lines.get(i).text();
            Matcher m = line.length() <= MAX_FRONT_LINE ? find("review-year", line) : null;
            if (m != null) {
                int year = Integer.parseInt(m.group("y")) + 1;
                return year >= Fact.EARLIEST_PERIOD && year <= Fact.LATEST_PERIOD ? year : null;
            }
        }
        return null;
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
