package io.github.govreport.extract.dict;

import io.github.govreport.core.Kind;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What an indicator table's header and cells are read by: the header words of its name, unit and
 * binding columns (table-headers.tsv), the pattern of a growth column and the numbering before a
 * row's name (table-patterns.tsv). Immutable.
 */
public final class TableWords {

    private static final List<String> COLUMNS = List.of("name", "unit", "binding");
    private static final List<String> PATTERN_ROLES = List.of("growth-column", "row-lead", "code-column",
            "completion-column", "target-table", "actual-table");

    private final List<String> nameColumn;
    private final List<String> unitColumn;
    private final List<String> bindingColumn;
    private final Pattern growthColumn;
    private final Pattern rowLead;
    private final Pattern codeColumn;
    private final Pattern completionColumn;
    private final Pattern targetTable;
    private final Pattern actualTable;

    TableWords(TsvTable headers, PatternList patterns) {
        for (TsvTable.Row row : headers.rows()) {
            row.require("word");
            String column = row.require("column");
            if (!COLUMNS.contains(column)) {
                throw row.error("column 'column' must be one of " + String.join(", ", COLUMNS) + ", was '" + column + "'");
            }
        }
        this.nameColumn = words(headers, "name");
        this.unitColumn = words(headers, "unit");
        this.bindingColumn = words(headers, "binding");
        this.growthColumn = onePattern(patterns, "growth-column");
        this.rowLead = onePattern(patterns, "row-lead");
        this.codeColumn = onePattern(patterns, "code-column");
        this.completionColumn = onePattern(patterns, "completion-column");
        this.targetTable = onePattern(patterns, "target-table");
        this.actualTable = onePattern(patterns, "actual-table");
    }

    /** The words of a column, in the order of the file: the order of preference. */
    private static List<String> words(TsvTable headers, String column) {
        return headers.rows().stream().filter(r -> r.get("column").equals(column)).map(r -> r.get("word")).toList();
    }

    private static Pattern onePattern(PatternList patterns, String role) {
        List<PatternList.Entry> found = patterns.entries().stream().filter(e -> {
            String r = e.row().require("role");
            if (!PATTERN_ROLES.contains(r)) {
                throw e.row().error("column 'role' must be one of " + String.join(", ", PATTERN_ROLES) + ", was '" + r + "'");
            }
            return r.equals(role);
        }).toList();
        if (found.size() != 1) {
            throw new DictionaryException("table-patterns.tsv: needs exactly one " + role + " pattern, has " + found.size());
        }
        return found.get(0).pattern();
    }

    /** The header words of the column of indicator names, in order of preference (指标名称, 指标 …). */
    public List<String> nameColumn() {
        return nameColumn;
    }

    /** The header words of the unit column, in order of preference (计量单位, 单位). */
    public List<String> unitColumn() {
        return unitColumn;
    }

    /** The header words of the column of binding classes, in order of preference (指标属性, 属性, 性质). */
    public List<String> bindingColumn() {
        return bindingColumn;
    }

    /** True when {@code header} is a whole header of a column of the change in % (增长（%）, 比上年增长%). */
    public boolean isGrowthColumn(String header) {
        return growthColumn.matcher(header).matches();
    }

    /** True when {@code header} is a whole header of a column of 科目 codes (科目编码, 功能分类科目编码类, 款). */
    public boolean isCodeColumn(String header) {
        return codeColumn.matcher(header.strip()).matches();
    }

    /** True when {@code header} is a whole header of a column of the completion of the budget in % (为预算%). */
    public boolean isCompletionColumn(String header) {
        return completionColumn.matcher(header.strip()).matches();
    }

    /**
     * The kind of the amounts of a table whose caption names it a budget (…预算表: target) or a
     * 决算 or execution table (…决算表, …执行情况表: actual); UNKNOWN for any other table.
     */
    public Kind budgetTableKind(String caption) {
        boolean target = targetTable.matcher(caption).find();
        boolean actual = actualTable.matcher(caption).find();
        return target == actual ? Kind.UNKNOWN : target ? Kind.TARGET : Kind.ACTUAL;
    }

    /** {@code name} without the numbering or 其中 it starts with (一、区级一般公共预算收入 → 区级一般公共预算收入). */
    public String withoutRowLead(String name) {
        return rowLead.matcher(name).replaceFirst("");
    }
}
