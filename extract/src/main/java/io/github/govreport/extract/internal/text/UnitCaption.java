package io.github.govreport.extract.internal.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The unit a table's caption gives for all its cells: 单位：万元, （单位：亿元）. 编制单位：, 预算单位：
 * and 填报单位： name who made the table, not its unit.
 */
public final class UnitCaption {

    /** The unit clause with its brackets; group {@code unit} is the unit. */
    public static final Pattern CLAUSE = Pattern.compile(
            "[（(]?\\s*(?<![制算报])单位\\s*[:：]\\s*(?<unit>[^\\s）)，。；]+)\\s*[）)]?");

    private UnitCaption() {
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
