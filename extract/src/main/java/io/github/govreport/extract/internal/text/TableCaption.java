package io.github.govreport.extract.internal.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a table's caption says: its title, which ends in 表 (财政拨款支出预算表（功能科目）), and the
 * unit of all its cells (单位：万元, （单位：亿元）). 编制单位：, 预算单位： and 填报单位： name who
 * made the table, not its unit.
 */
public final class TableCaption {

    /** The unit clause with its brackets; group {@code unit} is the unit. */
    public static final Pattern CLAUSE = Pattern.compile(
            "[（(]?\\s*(?<![制算报])单位\\s*[:：]\\s*(?<unit>[^\\s）)，。；]+)\\s*[）)]?");

    /** A title's end: 表, maybe with a note in brackets (财政拨款支出预算表（功能科目）). */
    private static final Pattern TITLE_END = Pattern.compile("表\\s*(?:[（(][^）)]*[）)])?$");

    private TableCaption() {
    }

    /** Whether {@code text} is a table's title, maybe followed by its unit (…预算表 单位：万元). */
    public static boolean isTitle(String text) {
        return TITLE_END.matcher(CLAUSE.matcher(text).replaceAll("").strip()).find();
    }

    /**
     * The caption of a table whose last line above is {@code line} and the line before it {@code
     * above}: a unit line alone (单位：万元) right under the table's title (2024年…预算表) is one
     * caption with it, as the PDF reader writes it; else {@code line}.
     */
    public static String joined(String above, String line) {
        boolean unitAlone = CLAUSE.matcher(line).replaceAll("").isBlank();
        return unitAlone && above != null && !above.isBlank() && isTitle(above.strip())
                ? above.strip() + " " + line.strip() : line.strip();
    }

    /** The unit {@code caption} gives, or "" (also for a null caption). */
    public static String unitOf(String caption) {
        if (caption == null) {
            return "";
        }
        Matcher m = CLAUSE.matcher(caption);
        return m.find() ? m.group("unit") : "";
    }
}
