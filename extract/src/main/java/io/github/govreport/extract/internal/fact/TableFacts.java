package io.github.govreport.extract.internal.fact;

import io.github.govreport.core.Binding;
import io.github.govreport.core.Kind;
import io.github.govreport.core.Measure;
import io.github.govreport.core.Span;
import io.github.govreport.core.Table;
import io.github.govreport.extract.dict.BindingWords;
import io.github.govreport.extract.dict.CueLexicon;
import io.github.govreport.extract.dict.IndicatorDictionary;
import io.github.govreport.extract.dict.TableWords;
import io.github.govreport.extract.quantity.QuantityMention;
import io.github.govreport.extract.internal.text.TableCaption;
import io.github.govreport.extract.quantity.QuantityRecognizer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers of an indicator table, read by row and column as a reader of a plan report reads
 * them: each value cell is a number of the row's indicator, in the row's unit and binding, for
 * the year and kind its column header names (2023年完成情况 → actual 2023, 2024年预期目标 → target
 * 2024). Tables without such columns are left to the sentence reader. Thread-safe.
 */
public final class TableFacts {

    /**
     * A value read from a cell, with everything the row and column say about it.
     *
     * @param start UTF-16 index of the cell in the text
     * @param end   UTF-16 index after the cell
     * @param code  the row's 科目 code (2010601: its code columns' cells joined, or the code before its
     *              name), or null
     * @param row   the row's cells joined with " | ", to show the value in its context
     */
    public record CellFact(int start, int end, QuantityMention mention, String indicator, String code,
                           Measure measure, Kind kind, Integer period, Binding binding, String row) {
    }

    /**
     * A 科目 code before a row's name, in the same cell (2010101 行政运行); never a year (2024年结转, 2024
     * 年) nor the first digits of a longer number (6333.96, 1,200).
     */
    private static final Pattern LEADING_CODE = Pattern.compile("^([0-9]{3,}+)(?!\\s*[.,，%年])\\s*(?=\\D)");
    /** What a cell of a code column holds: a code's digits as printed (201, 06, 2010601). */
    private static final Pattern CODE_CELL = Pattern.compile("[0-9]+");
    /** The year a nested header's parent puts before a column's own header (2024年 over 增长%). */
    private static final Pattern LEADING_YEAR = Pattern.compile("^(?:19|20)[0-9]{2}\\s*年度?");
    /** A number of a cell, thousands separators included (20,153.75). */
    private static final Pattern NUMBER = Pattern.compile("[0-9]+(?:,[0-9]{3})*(?:\\.[0-9]+)?");

    private final QuantityRecognizer quantities;
    private final CueLexicon<Kind> columnKinds;
    private final IndicatorNameMeasures names;
    private final TableWords words;
    private final BindingWords bindingWords;

    /**
     * @param columnKinds the words that make a column header a target or a result column
     *                    (section-kinds.tsv: 预期目标, 完成情况 …)
     * @param indicators  the indicator dictionary, for the measure a proportion's percentage takes
     * @param words       the header words of the name, unit and binding columns, the growth column and
     *                    the numbering before a row's name (table-headers.tsv, table-patterns.tsv)
     * @param bindingWords the words of the binding classes a 属性 cell names (binding-words.tsv)
     */
    public TableFacts(QuantityRecognizer quantities, CueLexicon<Kind> columnKinds, IndicatorDictionary indicators,
                      TableWords words, BindingWords bindingWords) {
        this.names = new IndicatorNameMeasures(indicators);
        this.quantities = quantities;
        this.columnKinds = columnKinds;
        this.words = words;
        this.bindingWords = bindingWords;
    }

    /**
     * The cell values of {@code table}, whose text lies in {@code text[from, to)}; empty if it has
     * no year columns and is no budget or 决算 table.
     *
     * @param reportYear the year of the report where the table stands (2024年部门预算 → 2024), or
     *                   null: the period of a budget table's cells where neither column nor caption names one
     */
    public List<CellFact> read(Table table, String text, int from, int to, Integer reportYear) {
        Layout layout = layout(table, reportYear);
        if (layout == null) {
            return List.of();
        }
        List<CellFact> facts = new ArrayList<>();
        int cursor = from;
        for (List<String> row : layout.body()) {
            String code = codeOf(row, layout.codeColumns(), layout.codedName());
            for (int c = 0; c < row.size(); c++) {
                String cell = row.get(c);
                int at = cell.isEmpty() ? -1 : text.indexOf(cell, cursor);
                if (at < 0 || at >= to) {
                    continue;      // a cell joined from several lines is not found as written: it holds no value
                }
                cursor = at + cell.length();
                if (c == layout.name()) {
                    facts.addAll(thresholdsIn(cell, at, row, code, layout.header(), layout.valueColumns(),
                            layout.binding()));
                }
                CellFact fact = valueCell(layout, row, c, at, code);
                if (fact != null) {
                    facts.add(fact);
                }
            }
        }
        return facts;
    }

    /**
     * What a table's header and caption say of all its cells.
     *
     * @param name           the name column, -1 where the columns name the amounts (a 三公 table)
     * @param nameEnd        the last label column of a name (项目名称 over two label columns)
     * @param codedName      the name column where a number before a name is a 科目 code, else -1
     * @param namedByColumns whether each amount is named by its column
     */
    private record Layout(List<String> header, List<List<String>> body, int name, int nameEnd, int unit,
                          int binding, List<Integer> valueColumns, List<Integer> codeColumns, int codedName,
                          boolean namedByColumns, String tableUnit, Kind budgetKind, Integer tableYear,
                          Integer budgetYear) {
    }

    /** The layout of {@code table}, or null when it has no value columns to read. */
    private Layout layout(Table table, Integer reportYear) {
        if (table.headerRows() == 0) {
            return null;
        }
        List<String> header = table.rows().get(table.headerRows() - 1);
        List<List<String>> body = table.rows().subList(table.headerRows(), table.rows().size());
        int name = nameColumn(header, body);
        int unit = unitColumn(header, body);
        int binding = column(header, words.bindingColumn(), c -> true);
        String caption = table.title() == null ? "" : table.title();
        // 2024年区级一般公共预算收支预算表 | 预算数: a column without a year is of the caption's year
        Matcher captionYear = PeriodResolver.YEAR.matcher(caption);
        Integer tableYear = captionYear.find() ? Integer.valueOf(captionYear.group(1)) : null;
        // 2024年部门收入预算总表 | 合计, 财政拨款收入: every column of amounts is budgeted, for the report's year
        Kind budgetKind = words.budgetTableKind(caption);
        List<Integer> valueColumns = valueColumns(header, body, name, unit, binding, tableYear, budgetKind);
        boolean namedByColumns = name < 0 && budgetKind != Kind.UNKNOWN;
        if ((name < 0 && !namedByColumns) || valueColumns.isEmpty()) {
            return null;
        }
        List<Integer> codeColumns = codeColumns(header);
        // 项目名称 over two label columns (一般公共预算资金 | 小计): the name is the innermost label
        int nameEnd = name;
        while (name >= 0 && nameEnd + 1 < header.size() && header.get(nameEnd + 1).isBlank()
                && !valueColumns.contains(nameEnd + 1) && holdsText(body, nameEnd + 1)) {
            nameEnd++;
        }
        // a number before a name is a 科目 code only where codes are printed (not 500千伏… in a plan's table)
        int codedName = budgetKind != Kind.UNKNOWN || !codeColumns.isEmpty() ? name : -1;
        // 收支安排如下表（单位：亿元）: a table without a unit column gives its unit once, in its caption
        String tableUnit = unit < 0 ? TableCaption.unitOf(table.title()) : "";
        return new Layout(header, body, name, nameEnd, unit, binding, valueColumns, codeColumns, codedName,
                namedByColumns, tableUnit, budgetKind, tableYear, tableYear != null ? tableYear : reportYear);
    }

    /** The fact of cell {@code c} of {@code row} at {@code at} in the text, or null when it holds no value. */
    private CellFact valueCell(Layout layout, List<String> row, int c, int at, String code) {
        List<String> header = layout.header();
        if (!layout.valueColumns().contains(c) || layout.name() >= row.size() || c >= header.size()) {
            return null;
        }
        String cell = row.get(c);
        boolean growth = isGrowthColumn(header.get(c));
        boolean completion = isCompletionColumn(header.get(c));
        int unit = layout.unit();
        String unitText = growth || completion ? "%" : unit >= 0 && unit < row.size() ? row.get(unit) : layout.tableUnit();
        QuantityMention mention = valueOf(cell, unitText);
        if (mention == null) {
            return null;
        }
        // 一、区级一般公共预算收入, 其中：税收收入, 2010101 行政运行: a row's numbering, 其中 and
        // 科目 code are not part of its name; the 三公 table names its amounts in its columns
        String indicator = layout.namedByColumns() ? header.get(c)
                : rowName(innermostLabel(row, layout.name(), layout.nameEnd()), layout.codedName() >= 0);
        if (indicator.isBlank()) {
            indicator = null;        // a row without a name (a 收支总表 half's empty label)
        }
        // 增长（%） after 2024年预算数: the change the year column before it plans or reports
        String columnHeader = growth || completion
                ? header.get(yearColumnBefore(layout.valueColumns(), header, c)) : header.get(c);
        Matcher year = PeriodResolver.YEAR.matcher(columnHeader);
        Kind kind = kindOf(columnHeader);
        Measure measure = growth ? Measure.GROWTH : completion ? Measure.COMPLETION
                : indicator == null ? Measure.LEVEL : names.inTableRow(indicator, mention);
        boolean budget = layout.budgetKind() != Kind.UNKNOWN;
        int binding = layout.binding();
        return new CellFact(at, at + cell.length(), mention, indicator, code, measure,
                kind != Kind.UNKNOWN || completion ? kind : layout.budgetKind(),
                year.find() ? Integer.valueOf(year.group(1)) : budget ? layout.budgetYear() : layout.tableYear(),
                binding >= 0 && binding < row.size() ? bindingWords.ofCell(row.get(binding)) : null,
                String.join(" | ", row));
    }

    /**
     * The columns of values: a column whose header names a year and a kind (2024年预算数), the
     * change or completion in % after one (增长%, 为预算%); in a budget or 决算 table every column
     * whose cells are mostly amounts, save the name, unit, binding and 科目 code columns.
     */
    private List<Integer> valueColumns(List<String> header, List<List<String>> body, int name, int unit, int binding,
                                       Integer tableYear, Kind budgetKind) {
        List<Integer> valueColumns = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            String h = header.get(c);
            boolean dated = PeriodResolver.YEAR.matcher(h).find() || tableYear != null;
            boolean amounts = budgetKind != Kind.UNKNOWN && c != name && c != unit && c != binding
                    && !words.isCodeColumn(h) && mostlyNumbers(body, c);
            if ((dated && kindOf(h) != Kind.UNKNOWN) || amounts
                    || ((isGrowthColumn(h) || isCompletionColumn(h)) && !valueColumns.isEmpty())) {
                valueColumns.add(c);
            }
        }
        return valueColumns;
    }

    /** The columns of 科目 codes (类, 款, 项; 科目编码), left to right. */
    private List<Integer> codeColumns(List<String> header) {
        List<Integer> columns = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            if (words.isCodeColumn(header.get(c))) {
                columns.add(c);
            }
        }
        return columns;
    }

    /**
     * The row's 科目 code as printed: the digits of its code columns joined left to right (208 | 05 |
     * 02 → 2080502; 208 | | → 208), else the code before the name in column {@code name} (2010101
     * 行政运行; -1: none), else null (a 合计 row). A code cell that holds anything but digits is no code.
     */
    private static String codeOf(List<String> row, List<Integer> codeColumns, int name) {
        StringBuilder code = new StringBuilder();
        for (int c : codeColumns) {
            String cell = c < row.size() ? row.get(c).strip() : "";
            if (!cell.isEmpty() && !CODE_CELL.matcher(cell).matches()) {
                return null;
            }
            code.append(cell);
        }
        if (code.length() > 0) {
            return code.toString();
        }
        Matcher leading = name >= 0 && name < row.size() ? LEADING_CODE.matcher(row.get(name).strip()) : null;
        return leading != null && leading.find() ? leading.group(1) : null;
    }

    /** The last filled label of columns {@code name} to {@code nameEnd} of a row (小计 after 一般公共预算资金). */
    private static String innermostLabel(List<String> row, int name, int nameEnd) {
        for (int c = Math.min(nameEnd, row.size() - 1); c > name; c--) {
            if (!row.get(c).isBlank()) {
                return row.get(c).strip();
            }
        }
        return row.get(name).strip();
    }

    /** A row's name without its numbering and 其中, and without its 科目 code where it has one. */
    private String rowName(String cell, boolean coded) {
        return words.withoutRowLead(coded ? LEADING_CODE.matcher(cell).replaceFirst("") : cell);
    }

    /** Whether most of the filled cells of column {@code c} hold a number. */
    private static boolean mostlyNumbers(List<List<String>> body, int c) {
        int filled = 0;
        int numbers = 0;
        for (List<String> row : body) {
            if (c < row.size() && !row.get(c).isBlank()) {
                filled++;
                numbers += NUMBER.matcher(row.get(c).strip()).matches() ? 1 : 0;
            }
        }
        return filled > 0 && 2 * numbers >= filled;
    }

    /**
     * Thresholds inside an indicator's name are facts too (每千人口拥有3岁以下婴幼儿托位数 → 3岁
     * at most), of the year and kind of the table's last column: the one the table is about.
     */
    private List<CellFact> thresholdsIn(String cell, int at, List<String> row, String code, List<String> header,
                                       List<Integer> valueColumns, int binding) {
        List<CellFact> out = new ArrayList<>();
        String last = header.get(valueColumns.get(valueColumns.size() - 1));
        Matcher year = PeriodResolver.YEAR.matcher(last);
        Integer period = year.find() ? Integer.valueOf(year.group(1)) : null;
        for (QuantityMention m : quantities.recognize(cell)) {
            out.add(new CellFact(at + m.start(), at + m.end(), m, cell, code, Measure.LEVEL, kindOf(last), period,
                    binding >= 0 && binding < row.size() ? bindingWords.ofCell(row.get(binding)) : null,
                    String.join(" | ", row)));
        }
        return out;
    }

    /**
     * 增长（%）, 增长%, 比上年增长（%）: a column of the change in %, maybe under its year
     * (2024年比上年增长（%）, a nested header joined).
     */
    private boolean isGrowthColumn(String header) {
        return words.isGrowthColumn(header) || words.isGrowthColumn(LEADING_YEAR.matcher(header).replaceFirst(""));
    }

    /** 为预算%, 完成预算%: a column of the completion of the budget in %, maybe under its year. */
    private boolean isCompletionColumn(String header) {
        return words.isCompletionColumn(header)
                || words.isCompletionColumn(LEADING_YEAR.matcher(header).replaceFirst(""));
    }

    /** The year column nearest before {@code column} among the value columns. */
    private static int yearColumnBefore(List<Integer> valueColumns, List<String> header, int column) {
        int found = valueColumns.get(0);
        for (int c : valueColumns) {
            if (c < column && PeriodResolver.YEAR.matcher(header.get(c)).find()) {
                found = c;
            }
        }
        return found;
    }

    /**
     * The column of the rows' names: the first whose header holds a name word, save a column of
     * 科目 codes (项目功能分类科目编码类 holds 项目) or of amounts (项目支出 holds 项目, and amounts).
     */
    private int nameColumn(List<String> header, List<List<String>> body) {
        return column(header, words.nameColumn(), c -> !words.isCodeColumn(header.get(c)) && !mostlyNumbers(body, c));
    }

    /**
     * The column of the rows' units: the first whose header holds a unit word and whose cells
     * hold units, not amounts (附属单位上缴收入 holds 单位, and amounts or nothing).
     */
    private int unitColumn(List<String> header, List<List<String>> body) {
        return column(header, words.unitColumn(), c -> holdsText(body, c));
    }

    /** Whether some filled cell of column {@code c} holds something else than a number. */
    private static boolean holdsText(List<List<String>> body, int c) {
        for (List<String> row : body) {
            if (c < row.size() && !row.get(c).isBlank() && !NUMBER.matcher(row.get(c).strip()).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first column whose header holds one of {@code words} (in order of preference) and that
     * {@code fits}, or -1. 指标 names no column headed 指标属性 or 指标类别.
     */
    private static int column(List<String> header, List<String> words, IntPredicate fits) {
        for (String word : words) {
            for (int c = 0; c < header.size(); c++) {
                String h = header.get(c);
                if (h.contains(word) && !(word.equals("指标") && (h.contains("属性") || h.contains("类别")))
                        && fits.test(c)) {
                    return c;
                }
            }
        }
        return -1;
    }

    private Kind kindOf(String columnHeader) {
        List<Kind> kinds = columnKinds.foundIn(columnHeader).stream().map(CueLexicon.Cue::value).distinct().toList();
        return kinds.size() == 1 ? kinds.get(0) : Kind.UNKNOWN;
    }

    /**
     * The cell read with the row's unit after its number (＞27 in 万元 → ＞27万元, 5左右 in % → 5%左右),
     * so that the quantity reader sees the cell as a sentence would write it. Null when the cell
     * holds no single quantity (—, 274/300, a note).
     */
    private QuantityMention valueOf(String cell, String unit) {
        Matcher number = NUMBER.matcher(cell);
        if (!number.find()) {
            return null;
        }
        int end = number.end();
        if (number.find()) {
            return null;
        }
        String written = cell.substring(0, end) + unit + cell.substring(end);
        List<QuantityMention> found = quantities.recognize(written);
        // Its offsets are into the written form; the fact's text is the whole cell.
        return found.size() == 1 ? found.get(0) : null;
    }

}
