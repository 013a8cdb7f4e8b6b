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
     * @param row   the row's cells joined with " | ", to show the value in its context
     */
    public record CellFact(int start, int end, QuantityMention mention, String indicator, Measure measure, Kind kind,
                           Integer period, Binding binding, String row) {
    }

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

    /** The cell values of {@code table}, whose text lies in {@code text[from, to)}; empty if it has no year columns. */
    public List<CellFact> read(Table table, String text, int from, int to) {
        if (table.headerRows() == 0) {
            return List.of();
        }
        List<String> header = table.rows().get(table.headerRows() - 1);
        int name = column(header, words.nameColumn());
        int unit = column(header, words.unitColumn());
        int binding = column(header, words.bindingColumn());
        // 2024年区级一般公共预算收支预算表 | 预算数: a column without a year is of the caption's year
        Matcher captionYear = PeriodResolver.YEAR.matcher(table.title() == null ? "" : table.title());
        Integer tableYear = captionYear.find() ? Integer.valueOf(captionYear.group(1)) : null;
        List<Integer> valueColumns = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            boolean dated = PeriodResolver.YEAR.matcher(header.get(c)).find() || tableYear != null;
            if ((dated && kindOf(header.get(c)) != Kind.UNKNOWN)
                    || (isGrowthColumn(header.get(c)) && !valueColumns.isEmpty())) {
                valueColumns.add(c);
            }
        }
        if (name < 0 || valueColumns.isEmpty()) {
            return List.of();
        }
        // 收支安排如下表（单位：亿元）: a table without a unit column gives its unit once, in its caption
        String tableUnit = unit < 0 ? TableCaption.unitOf(table.title()) : "";
        List<CellFact> facts = new ArrayList<>();
        int cursor = from;
        for (int r = table.headerRows(); r < table.rows().size(); r++) {
            List<String> row = table.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                String cell = row.get(c);
                int at = cell.isEmpty() ? -1 : text.indexOf(cell, cursor);
                if (at < 0 || at >= to) {
                    continue;      // a cell joined from several lines is not found as written: it holds no value
                }
                cursor = at + cell.length();
                if (c == name) {
                    facts.addAll(thresholdsIn(cell, at, row, header, valueColumns, binding));
                }
                if (!valueColumns.contains(c) || name >= row.size()) {
                    continue;
                }
                boolean growth = isGrowthColumn(header.get(c));
                String unitText = growth ? "%" : unit >= 0 && unit < row.size() ? row.get(unit) : tableUnit;
                QuantityMention mention = valueOf(cell, unitText);
                if (mention == null) {
                    continue;
                }
                // 一、区级一般公共预算收入, 其中：税收收入: a row's numbering and 其中 are not part of its name
                String indicator = words.withoutRowLead(row.get(name).strip());
                // 增长（%） after 2024年预算数: the change the year column before it plans or reports
                String columnHeader = growth ? header.get(yearColumnBefore(valueColumns, header, c)) : header.get(c);
                Matcher year = PeriodResolver.YEAR.matcher(columnHeader);
                facts.add(new CellFact(at, at + cell.length(), mention, indicator,
                        growth ? Measure.GROWTH : names.inTableRow(indicator, mention), kindOf(columnHeader),
                        year.find() ? Integer.valueOf(year.group(1)) : tableYear,
                        binding >= 0 && binding < row.size() ? bindingWords.ofCell(row.get(binding)) : null,
                        String.join(" | ", row)));
            }
        }
        return facts;
    }

    /**
     * Thresholds inside an indicator's name are facts too (每千人口拥有3岁以下婴幼儿托位数 → 3岁
     * at most), of the year and kind of the table's last column: the one the table is about.
     */
    private List<CellFact> thresholdsIn(String cell, int at, List<String> row, List<String> header,
                                       List<Integer> valueColumns, int binding) {
        List<CellFact> out = new ArrayList<>();
        String last = header.get(valueColumns.get(valueColumns.size() - 1));
        Matcher year = PeriodResolver.YEAR.matcher(last);
        Integer period = year.find() ? Integer.valueOf(year.group(1)) : null;
        for (QuantityMention m : quantities.recognize(cell)) {
            out.add(new CellFact(at + m.start(), at + m.end(), m, cell, Measure.LEVEL, kindOf(last), period,
                    binding >= 0 && binding < row.size() ? bindingWords.ofCell(row.get(binding)) : null, String.join(" | ", row)));
        }
        return out;
    }

    /** 增长（%）, 增长%, 比上年增长（%）: a column of the change in %, without a year of its own. */
    private boolean isGrowthColumn(String header) {
        return words.isGrowthColumn(header);
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

    /** The first column whose header holds one of {@code words} (in order of preference), or -1. */
    private static int column(List<String> header, List<String> words) {
        for (String word : words) {
            for (int c = 0; c < header.size(); c++) {
                String h = header.get(c);
                if (h.contains(word) && !(word.equals("指标") && (h.contains("属性") || h.contains("类别")))) {
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
