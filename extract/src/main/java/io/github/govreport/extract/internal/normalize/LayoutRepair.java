package io.github.govreport.extract.internal.normalize;

import static io.github.govreport.extract.internal.text.CharClasses.LINE_OPENERS;
import static io.github.govreport.extract.internal.text.CharClasses.isAsciiDigit;
import static io.github.govreport.extract.internal.text.CharClasses.isAsciiLetterOrDigit;
import static io.github.govreport.extract.internal.text.CharClasses.isHan;

import io.github.govreport.core.Footnote;
import io.github.govreport.core.Span;
import io.github.govreport.extract.dict.LayoutMarks;
import io.github.govreport.extract.dict.PatternList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs what page layout did to the text of a report, line by line, keeping a map back to its
 * input:
 * <ul>
 *   <li>page-number lines ({@code — 1 —}) are dropped, a running page header glued to the
 *       first line of each page is cut off (found as the text that every page after a page
 *       number starts with), and a running head on a line of its own at the top of a page is
 *       dropped;</li>
 *   <li>a paragraph broken by the layout is joined again: in PDF text, a line as wide as the
 *       page's lines that does not end a sentence runs on into the next line (also between a
 *       number and its unit, {@code 新增上市企业 10⏎家}); in any text, a long line that stops in
 *       mid-sentence before a blank line runs on into a next line that finishes a sentence (a
 *       page break inside a paragraph, {@code 1100公⏎⏎里});</li>
 *   <li>footnote markers ({@code [1]}, or the {@code [⏎]} that a lost superscript leaves) are
 *       removed from the running text and linked to the footnote texts at the end.</li>
 * </ul>
 * Headings, list items, table cells (lines starting with a tab) and footnote texts are never
 * joined to their neighbours. Thread-safe.
 */
public final class LayoutRepair {

    /** A line stopping in mid-sentence before a blank line is a broken paragraph only if it is at least this long. */
    private static final int MIN_BROKEN_LINE = 20;
    /** ... and the line after the blank is its rest only if it ends a sentence or is at least this long. */
    private static final int MIN_RUN_ON_LINE = 40;
    /** A PDF line at least this share of the usual line width is full: the paragraph goes on. */
    private static final double FULL_LINE_SHARE = 0.85;
    /** A running header is at least this long (shorter common starts are chance). */
    private static final int MIN_HEADER = 4;
    /** A running head on a line of its own is at most this long. */
    private static final int MAX_RUNNING_HEAD = 40;

    private static final Pattern INLINE_MARKER = Pattern.compile(" ?(\\[[0-9]{1,3}\\]|［[0-9]{1,3}］)");

    private final List<PatternList.Entry> headings;
    private final LayoutMarks marks;
    private final List<Pattern> pageNumbers = new ArrayList<>();
    private final List<Pattern> footnoteLines = new ArrayList<>();

    public LayoutRepair(PatternList headingPatterns, PatternList pageFurniture, LayoutMarks marks) {
        this.headings = headingPatterns.entries();
        this.marks = marks;
        for (PatternList.Entry entry : pageFurniture.entries()) {
            String role = entry.row().require("role");
            switch (role) {
                case "page-number" -> pageNumbers.add(entry.pattern());
                case "footnote" -> footnoteLines.add(entry.pattern());
                default -> throw entry.row().error("role must be page-number or footnote, was '" + role + "'");
            }
        }
    }

    /** The repaired text, its map back to {@code text}, and the footnotes found. */
    public record Result(NormalizedText text, List<Footnote> footnotes) {
    }

    /** An inline footnote marker: where it stood in the output, and its label ({@code [1]}), or null for a lost superscript. */
    private record Marker(int at, String label) {
    }

    /** A footnote text at the end: where it starts in the output, in code points, and its label. */
    private record NoteText(int start, String label) {
    }

    /** One line of the input, in code points. */
    private static final class Line {
        final int start;
        final int[] cps;
        int from;            // first code point kept (a running header is cut off before it)
        boolean pageNumber;
        String footnoteLabel;
        int footnoteTextFrom;

        Line(int start, int[] cps) {
            this.start = start;
            this.cps = cps;
        }

        String content() {
            return new String(cps, from, cps.length - from);
        }

        // Asked many times per line (width, wrapping, structure, joins): kept for the current `from`.
        private String stripped;
        private int strippedFrom = -1;
        private Boolean heading;
        private int headingFrom = -1;

        String stripped() {
            if (strippedFrom != from) {
                stripped = strip(content());
                strippedFrom = from;
            }
            return stripped;
        }

        /** Blank, unless it is an empty table cell (a lone tab). */
        boolean blank() {
            return stripped().isEmpty() && !(from < cps.length && cps[from] == '\t');
        }
    }

    public Result repair(String text, boolean pdf) {
        int[] cps = text.codePoints().toArray();
        List<Line> lines = split(cps);
        classify(lines);
        cutRunningHeader(lines);
        classify(lines);   // a line that the header hid may be a footnote text
        dropRunningHeadLines(lines);
        // Text copied out of a PDF (pdftotext, a viewer's copy) keeps the PDF's line breaks.
        boolean wrappedText = !pdf && isHardWrapped(lines);
        int width = pdf || wrappedText ? usualWidth(lines) : 0;
        Map<String, Integer> footnoteLabels = footnoteLabels(lines);

        MappedTextBuilder out = new MappedTextBuilder();
        List<Marker> markers = new ArrayList<>();
        List<NoteText> noteTexts = new ArrayList<>();
        Line previous = null;          // the last content line written
        boolean blankSince = false;    // a blank line lies between previous and the current line
        List<Line> pending = new ArrayList<>();   // blank lines not written yet
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.pageNumber) {
                blankSince = true;
                continue;
            }
            if (line.blank()) {
                pending.add(line);
                blankSince = true;
                continue;
            }
            boolean markerJoin = previous != null && endsWith(previous, '[') && startsWith(line, ']') && !blankSince;
            // a PDF's table rows come whole from its layout: no line goes on from one
            boolean tableRowAbove = pdf && previous != null && previous.cps.length > 0 && previous.cps[0] == '\t';
            boolean join = previous != null && !tableRowAbove && (markerJoin
                    || runsOn(previous, line, blankSince, pdf, width)
                    || (wrappedText && !blankSince && wrapsInto(previous, line, width)));
            int from = line.from;
            if (join) {
                from = joinTo(out, previous, line, markerJoin, pdf, markers);
            } else if (previous != null) {
                out.append('\n', previous.start + previous.cps.length, previous.start + previous.cps.length + 1);
                for (Line blank : pending) {
                    out.append('\n', blank.start + blank.cps.length, blank.start + blank.cps.length + 1);
                }
            }
            pending.clear();
            blankSince = false;
            if (line.footnoteLabel != null && !join) {
                for (int c = from; c < line.footnoteTextFrom; c++) {
                    out.append(line.cps[c], line.start + c, line.start + c + 1);
                }
                noteTexts.add(new NoteText(out.length(), line.footnoteLabel));
                from = line.footnoteTextFrom;
            }
            appendContent(out, line, from, footnoteLabels, markers);
            previous = line;
        }
        if (previous != null && previous.start + previous.cps.length < cps.length) {
            int end = previous.start + previous.cps.length;
            out.append('\n', end, end + 1);   // keep the final line break
        }
        NormalizedText repaired = out.build(cps.length);
        return new Result(repaired, link(repaired.text(), markers, noteTexts));
    }

    /** How many footnote texts carry each label. */
    private static Map<String, Integer> footnoteLabels(List<Line> lines) {
        Map<String, Integer> footnoteLabels = new HashMap<>();
        for (Line line : lines) {
            if (line.footnoteLabel != null) {
                footnoteLabels.merge(line.footnoteLabel, 1, Integer::sum);
            }
        }
        return footnoteLabels;
    }

    /**
     * Joins {@code line} to {@code previous}, the last line written: writes what the join needs
     * (a space between two Latin words, a PDF-spaced number) and returns the code point of
     * {@code line} its content goes on from.
     */
    private static int joinTo(MappedTextBuilder out, Line previous, Line line, boolean markerJoin, boolean pdf,
                              List<Marker> markers) {
        trimTrailingBlanks(out);
        if (markerJoin) {
            out.dropLast();                 // the "[" ending the previous line
            markers.add(new Marker(out.length(), null));
            return indexOf(line.cps, ']', line.from) + 1;
        }
        int from = skipBlanks(line.cps, line.from);
        int numberEnd = pdf ? numberLabelEnd(line, from) : -1;
        if (numberEnd > 0 && isHan(line.cps[skipBlanks(line.cps, numberEnd)])) {
            // "等⏎20 个": the number is not a heading label, so its space is PDF spacing too
            for (int c = from; c < numberEnd; c++) {
                out.append(line.cps[c], line.start + c, line.start + c + 1);
            }
            from = skipBlanks(line.cps, numberEnd);
        }
        int last = lastVisible(previous);
        if (last >= 0 && isAsciiLetterOrDigit(previous.cps[last]) && from < line.cps.length
                && isAsciiLetterOrDigit(line.cps[from])
                && !(isAsciiDigit(previous.cps[last]) && isAsciiDigit(line.cps[from]))) {
            // "and⏎risk": the line break was a space; "70⏎2.9亿元" is one number broken by the line
            out.append(' ', line.start - 1, line.start);
        }
        return from;
    }

    /** Writes a line's characters, leaving out inline footnote markers whose footnote text exists. */
    private static void appendContent(MappedTextBuilder out, Line line, int from, Map<String, Integer> footnoteLabels,
                                      List<Marker> markers) {
        if (!containsBracket(line.cps, from)) {
            // no [ or ［, so no inline marker: the characters as they are (most lines)
            for (int c = from; c < line.cps.length; c++) {
                out.append(line.cps[c], line.start + c, line.start + c + 1);
            }
            return;
        }
        String content = new String(line.cps, from, line.cps.length - from);
        Matcher m = INLINE_MARKER.matcher(content);
        int at = 0;   // UTF-16 index in content
        while (m.find()) {
            String label = m.group(1);
            if (!footnoteLabels.containsKey(label) || m.start() == 0) {
                continue;
            }
            writeRange(out, line, from, content, at, m.start());
            markers.add(new Marker(out.length(), label));
            at = m.end();
        }
        writeRange(out, line, from, content, at, content.length());
    }

    private static boolean containsBracket(int[] cps, int from) {
        for (int c = from; c < cps.length; c++) {
            if (cps[c] == '[' || cps[c] == '［') {
                return true;
            }
        }
        return false;
    }

    private static void writeRange(MappedTextBuilder out, Line line, int from, String content, int start, int end) {
        int cp = from + content.codePointCount(0, start);
        for (int i = start; i < end; ) {
            int c = content.codePointAt(i);
            out.append(c, line.start + cp, line.start + cp + 1);
            i += Character.charCount(c);
            cp++;
        }
    }

    /** Links markers to footnote texts: by label when the labels are numbers, else in order. */
    private static List<Footnote> link(String text, List<Marker> markers, List<NoteText> texts) {
        List<Footnote> footnotes = new ArrayList<>();
        CodePointIndex index = CodePointIndex.of(text);
        for (int i = 0; i < texts.size(); i++) {
            int start = texts.get(i).start();
            int newline = text.indexOf('\n', text.offsetByCodePoints(0, start));
            int end = newline < 0 ? index.codePoint(text.length()) : index.codePoint(newline);
            String label = texts.get(i).label();
            Marker byLabel = markers.stream().filter(m -> Objects.equals(m.label(), label)).findFirst().orElse(null);
            Integer marker = byLabel != null ? Integer.valueOf(byLabel.at())
                    : i < markers.size() && markers.get(i).label() == null ? Integer.valueOf(markers.get(i).at()) : null;
            footnotes.add(new Footnote("n" + (i + 1), label, marker == null ? null : new Span(marker, marker),
                    new Span(start, Math.max(start, end))));
        }
        return footnotes;
    }

    private static List<Line> split(int[] cps) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= cps.length; i++) {
            if (i == cps.length || cps[i] == '\n') {
                if (i < cps.length || start < cps.length) {
                    lines.add(new Line(start, Arrays.copyOfRange(cps, start, i)));
                }
                start = i + 1;
            }
        }
        return lines;
    }

    private void classify(List<Line> lines) {
        for (Line line : lines) {
            line.footnoteLabel = null;
            if (line.cps.length > 0 && line.cps[0] == '\t') {
                continue;   // a table cell is never furniture
            }
            String s = line.stripped();
            if (s.isEmpty()) {
                continue;
            }
            line.pageNumber = pageNumbers.stream().anyMatch(p -> p.matcher(s).matches());
            for (Pattern p : footnoteLines) {
                Matcher m = p.matcher(s);
                if (m.matches()) {
                    line.footnoteLabel = m.group("label");
                    String content = line.content();
                    int textAt = content.indexOf(s) + m.start("text");
                    line.footnoteTextFrom = content.codePointCount(0, textAt);
                    break;
                }
            }
        }
    }

    /**
     * Drops running heads that stand on a line of their own at the top of a page (潍坊市人民政府公报
     * 2025年第2期, the report's title on alternate pages): a short line without sentence marks,
     * first on its page, whose words stand alone on another line of the text too. It is page
     * furniture like the page number, never a heading, and a paragraph broken by the page runs on
     * across it. The first occurrence, at the top of the text, is kept: there it is the title.
     */
    private void dropRunningHeadLines(List<Line> lines) {
        Map<String, Integer> wholeLines = new HashMap<>();
        for (Line line : lines) {
            if (!line.blank() && !line.pageNumber) {
                wholeLines.merge(line.stripped(), 1, Integer::sum);
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).pageNumber) {
                continue;
            }
            int j = i + 1;
            while (j < lines.size() && lines.get(j).blank() && !lines.get(j).pageNumber) {
                j++;
            }
            if (j < lines.size() && !lines.get(j).pageNumber && isRunningHead(lines.get(j), wholeLines)) {
                lines.get(j).pageNumber = true;
            }
        }
    }

    private boolean isRunningHead(Line line, Map<String, Integer> wholeLines) {
        String s = line.stripped();
        return s.codePointCount(0, s.length()) <= MAX_RUNNING_HEAD && wholeLines.getOrDefault(s, 0) >= 2
                && s.chars().noneMatch(c -> marks.isSentenceEnd(c) || c == '，' || c == ',');
    }

    /**
     * Cuts a running page header off the first line of every page: the longest start shared by
     * the first lines after all page numbers (at least two pages), also cut from the first line
     * of the text when it starts with it and goes on.
     */
    private static void cutRunningHeader(List<Line> lines) {
        List<Line> pageStarts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).pageNumber) {
                int j = i + 1;
                while (j < lines.size() && lines.get(j).blank() && !lines.get(j).pageNumber) {
                    j++;
                }
                if (j < lines.size() && !lines.get(j).pageNumber) {
                    pageStarts.add(lines.get(j));
                }
            }
        }
        if (pageStarts.size() < 2) {
            return;
        }
        String header = pageStarts.get(0).content();
        for (Line line : pageStarts) {
            header = commonStart(header, line.content());
        }
        header = header.stripTrailing();
        if (header.codePointCount(0, header.length()) < MIN_HEADER || header.isBlank()) {
            return;
        }
        int length = header.codePointCount(0, header.length());
        for (Line line : pageStarts) {
            line.from = length;
        }
        for (Line line : lines) {
            if (!line.blank()) {
                if (line.content().startsWith(header) && line.cps.length > length) {
                    line.from = length;
                }
                break;
            }
        }
    }

    /**
     * True when the text is broken into lines of about one width in mid-sentence, as text taken
     * from a PDF is: many lines near the usual width that stop where no sentence ends. A text
     * written one paragraph per line has lines of every length.
     */
    private boolean isHardWrapped(List<Line> lines) {
        int width = usualWidth(lines);
        if (width == 0) {
            return false;
        }
        int prose = 0;
        int brokenOff = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            int length = visibleLength(line);
            if (length < 10 || line.pageNumber || startsStructure(line)) {
                continue;
            }
            prose++;
            // Broken off: full, in mid-sentence, and the sentence goes on in the very next line.
            Line next = i + 1 < lines.size() ? lines.get(i + 1) : null;
            if (length >= FULL_LINE_SHARE * width && !endsSentence(line) && next != null && !next.blank()
                    && !startsStructure(next)) {
                brokenOff++;
            }
        }
        return brokenOff >= MIN_WRAPPED_LINES && brokenOff >= WRAPPED_SHARE * prose;
    }

    /** A text is hard-wrapped when at least this many lines, and this share of its longer lines, are full and break a sentence. */
    private static final int MIN_WRAPPED_LINES = 5;
    private static final double WRAPPED_SHARE = 0.25;

    private static int usualWidth(List<Line> lines) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (Line line : lines) {
            int length = visibleLength(line);
            if (length >= 10 && !line.pageNumber) {
                counts.merge(length, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(0);
    }

    /** Whether {@code next} continues the paragraph that {@code line} breaks off. */
    private boolean runsOn(Line line, Line next, boolean blankBetween, boolean pdf, int width) {
        if (endsSentence(line)) {
            return false;
        }
        boolean full = pdf && width > 0 && visibleLength(line) >= FULL_LINE_SHARE * width;
        if (startsStructure(next)) {
            // "1 扎实推进" is a heading, but "…治理提升等⏎20 个市级重点项目" is a wrapped sentence: a full
            // PDF line that stops in mid-sentence is not followed by a heading of this bare form
            return full && !blankBetween && numberLabelEnd(next, skipBlanks(next.cps, next.from)) > 0
                    && !isStructure(line);
        }
        if (isStructure(line)) {
            // a PDF heading wider than the page goes on in a short line of its own
            return full && isHeading(line) && visibleLength(next) < FULL_LINE_SHARE * width;
        }
        if (pdf) {
            boolean indented = isIndented(next);
            return (full && !indented) || endsInMidClause(line);
        }
        // A paragraph broken by a page break is prose: its first part has a clause mark. A dateline
        // (2025-03-05 11:26:40　来源：新华社) or a title above a paragraph has none.
        if (!blankBetween || visibleLength(line) < MIN_BROKEN_LINE || !isChineseJoint(lastChar(line))
                || !isChineseJoint(firstChar(next)) || !hasClauseMark(line)) {
            return false;
        }
        return endsSentence(next) || visibleLength(next) >= MIN_RUN_ON_LINE;
    }

    /**
     * In hard-wrapped text, whether {@code line}, a full line that stops in mid-sentence, goes on in
     * {@code next}, the line right below it: 比上年增长⏎8.2%, 4773.3亿⏎元.
     */
    private boolean wrapsInto(Line line, Line next, int width) {
        return visibleLength(line) >= FULL_LINE_SHARE * width && !endsSentence(line) && !isStructure(line)
                && !startsStructure(next) && !CAPTION.matcher(line.stripped()).lookingAt()
                && !CAPTION.matcher(next.stripped()).lookingAt()
                && (isChineseJoint(lastChar(line)) || lastChar(line) == '.')
                && (isChineseJoint(firstChar(next)) || (firstChar(next) == '.' && isAsciiDigit(lastChar(line))));
    }

    /** A caption or attachment label stands on its own line: 图1, 表2, 附件1. */
    private static final Pattern CAPTION = Pattern.compile("(?:图|表|附件|附表)[0-9０-９一二三四五六七八九十]");

    private boolean hasClauseMark(Line line) {
        return marks.hasClauseMark(line.stripped());
    }

    /** A line that starts something of its own: a heading, list item, table cell or footnote text. */
    private boolean startsStructure(Line line) {
        if (line.footnoteLabel != null) {
            return true;
        }
        int first = line.from < line.cps.length ? line.cps[line.from] : -1;
        if (first == '\t' || first == '#' || first == '|' || first == '>' || isSeparatedRow(line)) {
            return true;
        }
        String s = line.stripped();
        if (s.isEmpty() || LINE_OPENERS.indexOf(s.charAt(0)) >= 0 || marks.startsItem(s)) {
            return true;
        }
        return isHeading(line);
    }

    /** A line that stands alone: a heading without a lead sentence, a table cell, a Markdown line. */
    private boolean isStructure(Line line) {
        int first = line.from < line.cps.length ? line.cps[line.from] : -1;
        if (first == '\t' || first == '#' || first == '|' || isSeparatedRow(line)) {
            return true;
        }
        String s = line.stripped();
        return isHeading(line) && s.indexOf('。') < 0;
    }

    /** {@link #isHeading(String)} of the line's stripped text, run once per line (the heading patterns are many). */
    private boolean isHeading(Line line) {
        if (line.headingFrom != line.from) {
            line.heading = isHeading(line.stripped());
            line.headingFrom = line.from;
        }
        return line.heading;
    }

    /** A row of tab-separated cells (指标⇥单位⇥2022年目标), as a spreadsheet copied into text gives. */
    private static boolean isSeparatedRow(Line line) {
        int tabs = 0;
        for (int k = line.from; k < line.cps.length; k++) {
            if (line.cps[k] == '\t' && ++tabs >= 2) {
                return true;
            }
        }
        return false;
    }

    private boolean isHeading(String s) {
        for (PatternList.Entry heading : headings) {
            // a line without a character the pattern needs is not tried: most lines, for most patterns
            if (heading.mayMatch(s) && heading.pattern().matcher(s).matches()) {
                return true;
            }
        }
        return false;
    }

    private boolean endsSentence(Line line) {
        String s = line.stripped();
        int i = s.length() - 1;
        while (i > 0 && marks.isCloser(s.charAt(i))) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        return marks.isSentenceEnd(s.charAt(i));
    }

    /** A character that a Chinese sentence can be broken at: a Han character, a digit or a mid-clause mark. */
    private boolean isChineseJoint(int c) {
        return isHan(c) || isAsciiDigit(c) || marks.isJoint(c);
    }

    private static int lastChar(Line line) {
        String s = line.stripped();
        return s.isEmpty() ? -1 : s.codePointBefore(s.length());
    }

    private static int firstChar(Line line) {
        String s = line.stripped();
        return s.isEmpty() ? -1 : s.codePointAt(0);
    }

    /**
     * Where the number ends when the line (from {@code from}) starts with a bare one- or
     * two-digit number, blanks and then a non-digit (the form of a PDF heading label such as
     * "1 扎实推进"); -1 otherwise.
     */
    private static int numberLabelEnd(Line line, int from) {
        int i = from;
        while (i < line.cps.length && line.cps[i] >= '0' && line.cps[i] <= '9') {
            i++;
        }
        if (i == from || i - from > 2 || i >= line.cps.length || !isBlank(line.cps[i])) {
            return -1;
        }
        int after = skipBlanks(line.cps, i);
        return after < line.cps.length && !(line.cps[after] >= '0' && line.cps[after] <= '9') ? i : -1;
    }

    private boolean endsInMidClause(Line line) {
        String s = line.stripped();
        return !s.isEmpty() && marks.isMidClauseEnd(s.charAt(s.length() - 1));
    }

    private static boolean isIndented(Line line) {
        return line.from < line.cps.length && (line.cps[line.from] == '\u3000'
                || (line.cps[line.from] == ' ' && line.from + 1 < line.cps.length && line.cps[line.from + 1] == ' '));
    }

    private static int visibleLength(Line line) {
        String s = line.stripped();
        return s.codePointCount(0, s.length());
    }

    private static boolean endsWith(Line line, char c) {
        String s = line.content().stripTrailing();
        return !s.isEmpty() && s.charAt(s.length() - 1) == c;
    }

    private static boolean startsWith(Line line, char c) {
        return line.from < line.cps.length && line.cps[line.from] == c;
    }

    private static int indexOf(int[] cps, int c, int from) {
        for (int i = from; i < cps.length; i++) {
            if (cps[i] == c) {
                return i;
            }
        }
        return from - 1;
    }

    private static int skipBlanks(int[] cps, int from) {
        while (from < cps.length && isBlank(cps[from])) {
            from++;
        }
        return from;
    }

    private static int lastVisible(Line line) {
        for (int i = line.cps.length - 1; i >= line.from; i--) {
            if (!isBlank(line.cps[i])) {
                return i;
            }
        }
        return -1;
    }

    private static void trimTrailingBlanks(MappedTextBuilder out) {
        while (out.length() > 0 && isBlank(out.last()) && out.last() != '\n') {
            out.dropLast();
        }
    }

    private static boolean isBlank(int c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0';
    }

    private static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isBlank(s.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static String commonStart(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i > 0 && Character.isHighSurrogate(a.charAt(i - 1))) {
            i--;
        }
        return a.substring(0, i);
    }
}
