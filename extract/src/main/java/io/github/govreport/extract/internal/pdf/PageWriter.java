package io.github.govreport.extract.internal.pdf;

import io.github.govreport.core.Span;
import io.github.govreport.core.Warning;
import io.github.govreport.extract.internal.text.CellText;
import io.github.govreport.extract.internal.text.TableCaption;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a page's blocks as text: prose lines as they are, each table as rows of tab-separated
 * cells (a tab before each cell, its header lines joined into one row) followed by a blank line,
 * which is how the table recogniser reads the tables of Word and HTML documents. A table whose
 * cells cannot be told apart with confidence is written as its lines, with a warning naming its
 * page, and its range is given as unread: better a number missing than one that nobody wrote.
 */
final class PageWriter {

    /** How many lines above a table may hold its title and unit. */
    private static final int CAPTION_LINES = 3;
    /** The unit of a table where its caption or the line under it gives it: 单位：万元, （单位：亿元）. */
    private static final Pattern UNIT = TableCaption.CLAUSE;

    /** A unit that stops at its magnitude (单位：万): its 元 was set on the line below. */
    private static final Pattern CUT_UNIT = Pattern.compile("[:：]\\s*[万亿千百]$");

    /** How far apart (in font sizes) the centres or left edges of a wrapped title's lines may be. */
    private static final float TITLE_AXIS = 1.5f;
    /** A line that ends a sentence or a clause is no part of a title. */
    private static final Pattern SENTENCE_END = Pattern.compile("[。；：:，,]\\s*$");

    private PageWriter() {
    }

    static void write(List<Block> blocks, int page, Predicate<String> codeColumn, StringBuilder out,
                      List<Warning> warnings, List<Span> unread) {
        String caption = null;
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            if (block instanceof Block.Prose prose) {
                boolean beforeTable = b + 1 < blocks.size() && blocks.get(b + 1) instanceof Block.Table;
                caption = writeProse(prose.lines(), beforeTable, out);
            } else if (block instanceof Block.Table table && table.grid().confident()) {
                TableText.write(table.grid(), caption, codeColumn, out);
            } else if (block instanceof Block.Table table) {
                warnings.add(Warning.of("table-not-read", "page " + page + ": a table whose columns could not be told"
                        + " apart with confidence is kept as text; its numbers are not read as facts"));
                int start = out.codePointCount(0, out.length());
                writeProse(table.lines(), false, out);
                unread.add(new Span(start, out.codePointCount(0, out.length())));
            }
        }
    }

    /**
     * Lines as they are, except right above a table: its title (the nearest of the last lines
     * that ends in 表, with the line it wraps from) goes last, with the unit those lines give
     * (2024年一般公共预算收入表 单位：万元),
     * since the caption of a table is the line above it; what else they say (编制部门：…,
     * 公开表一) stays on lines of its own above. Returns the last line written (a table's
     * caption when a table follows), or null.
     */
    private static String writeProse(List<TextLine> lines, boolean beforeTable, StringBuilder out) {
        int n = lines.size();
        int title = -1;
        Matcher unit = null;
        int unitLine = -1;
        for (int k = n - 1; beforeTable && k >= Math.max(0, n - CAPTION_LINES); k--) {
            String text = lines.get(k).text();
            Matcher m = UNIT.matcher(text);
            if (unitLine < 0 && m.find()) {
                unit = m;
                unitLine = k;
            } else if (title < 0 && TableCaption.isTitle(text)) {
                title = k;
            }
        }
        if (title < 0 || unitLine < 0) {
            lines.forEach(line -> out.append(line.text()).append('\n'));
            return n == 0 ? null : lines.get(n - 1).text();
        }
        String unitText = unit.group().strip();
        // 单位：万 over 元: a unit set in a box too narrow for it goes on at the end of the next line
        boolean wrappedUnit = CUT_UNIT.matcher(unitText).find() && unitLine + 1 < n
                && lastWord(lines.get(unitLine + 1)).equals("元");
        if (wrappedUnit) {
            unitText += "元";
        }
        int titleStart = title;
        while (titleStart > 0 && titleStart - 1 != unitLine
                && wrapsOnto(lines.get(titleStart - 1), lines.get(titleStart))) {
            titleStart--;
        }
        StringBuilder titleText = new StringBuilder();
        for (int k = 0; k < n; k++) {
            String text = lines.get(k).text();
            if (k == unitLine) {
                text = (text.substring(0, unit.start()) + text.substring(unit.end())).strip();
            } else if (wrappedUnit && k == unitLine + 1) {
                text = text.substring(0, text.length() - 1).strip();
            }
            if (k >= titleStart && k <= title) {
                CellText.append(titleText, text);
            } else if (!text.isEmpty()) {
                out.append(text).append('\n');
            }
        }
        String caption = titleText + " " + unitText;
        out.append(caption).append('\n');
        return caption;
    }

    /**
     * Whether a title goes on from {@code line} onto {@code next} (“三公”经费、会议费、培训费支出预算 /
     * 表): set close below it on the same axis, centred or from the same left edge, after a line
     * that is no sentence, who made the table, or a title of its own.
     */
    private static boolean wrapsOnto(TextLine line, TextLine next) {
        String text = line.text();
        float em = Math.max(line.em(), next.em());
        boolean sameAxis = Math.abs((line.x0() + line.x1()) / 2 - (next.x0() + next.x1()) / 2) <= TITLE_AXIS * em
                || Math.abs(line.x0() - next.x0()) <= TITLE_AXIS * em;
        return next.closeBelow(line) && sameAxis && !TableCaption.isTitle(text) && !TableFinder.isMetadata(line)
                && !SENTENCE_END.matcher(text).find();
    }

    /** Whether {@code text} names a table (…表) or gives its unit (单位：万元): a caption's words. */
    static boolean isCaption(String text) {
        return TableCaption.isTitle(text) || UNIT.matcher(text).find();
    }

    private static String lastWord(TextLine line) {
        return line.words().get(line.words().size() - 1).text();
    }
}
