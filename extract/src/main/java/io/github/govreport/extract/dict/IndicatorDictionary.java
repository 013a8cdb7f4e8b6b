package io.github.govreport.extract.dict;

import io.github.govreport.core.Direction;
import io.github.govreport.core.Measure;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The standard indicators of Chinese plans and reports, each with a canonical id and the names
 * reports give it (indicators.tsv): 规上工业增加值 and 规模以上工业增加值 are both
 * {@code industrial_value_added_above_scale}, GDP and 地区生产总值 both {@code gdp}.
 */
public final class IndicatorDictionary {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(?:_[a-z0-9]+)*");
    private static final Set<String> UNIT_FAMILIES = Set.of("currency", "percent", "percentage_point", "count",
            "area", "mass", "volume", "energy", "length", "ratio", "rank", "duration", "temperature",
            "concentration", "mixed");

    /** The longest bare word that takes its subject from a heading (收入, 支出, 收入合计). */
    private static final int BARE_WORD = 4;
    /** …占…比重: the amount before 占 as a share of the whole after it. */
    private static final String SHARE_WORD = "占比";
    private static final Pattern SHARE_END = Pattern.compile("占.+(?:比重|比例|份额|的)$");

    private final Map<String, String> idByName;
    private final List<String> namesLongestFirst;
    /** The measure a percentage of a proportion-by-definition indicator takes (研发投入强度 → share). */
    private final Map<String, Measure> percentMeasureById;
    /** The ids whose level is a ratio a:1 (城乡居民收入比): a bare number of theirs is one. */
    private final Set<String> ratioIds;
    private final Map<String, Direction> directionById;
    private final IndicatorTrims trims;

    IndicatorDictionary(TsvTable table, IndicatorTrims trims) {
        this.trims = trims;
        Map<String, String> byName = new HashMap<>();
        Map<String, Measure> percentMeasures = new HashMap<>();
        Set<String> ratios = new HashSet<>();
        Set<String> ids = new HashSet<>();
        Map<String, Direction> directions = new HashMap<>();
        for (TsvTable.Row row : table.rows()) {
            String id = row.require("id");
            if (!ID.matcher(id).matches()) {
                throw row.error("id must be lower_snake_case ASCII, was '" + id + "'");
            }
            if (!ids.add(id)) {
                throw row.error("id '" + id + "' is listed twice");
            }
            String family = row.require("unit_family");
            if (!UNIT_FAMILIES.contains(family)) {
                throw row.error("unit_family must be one of " + UNIT_FAMILIES + ", was '" + family + "'");
            }
            try {
                directions.put(id, Direction.fromJson(row.require("direction")));
            } catch (IllegalArgumentException e) {
                throw row.error("direction: " + e.getMessage());
            }
            List<Measure> measures = new ArrayList<>();
            // A trailing | has always been let through (split drops the empty field after it); an
            // empty field inside the list is an error. Kept so: dictionaries that load today still load.
            @SuppressWarnings("StringSplitter")
            String[] measureFields = row.require("measures").split("\\|");
            for (String measure : measureFields) {
                try {
                    measures.add(Measure.fromJson(measure));
                } catch (IllegalArgumentException e) {
                    throw row.error("measures: " + e.getMessage());
                }
            }
            if (family.equals("ratio")) {
                ratios.add(id);
            }
            if (family.equals("percent") && (measures.get(0) == Measure.SHARE || measures.get(0) == Measure.RATE)) {
                percentMeasures.put(id, measures.get(0));
            }
            boolean exampleNamed = false;
            @SuppressWarnings("StringSplitter") // as with the measures: a trailing | is let through
            String[] nameFields = row.require("names").split("\\|");
            for (String name : nameFields) {
                String key = fold(name.strip());
                if (key.isEmpty()) {
                    throw row.error("an empty name in column 'names'");
                }
                String other = byName.putIfAbsent(key, id);
                if (other != null && !other.equals(id)) {
                    throw row.error("name '" + name + "' already belongs to '" + other + "'");
                }
                exampleNamed |= fold(row.require("example")).contains(key);
            }
            if (!exampleNamed) {
                throw row.error("the example '" + row.get("example") + "' contains none of the names");
            }
        }
        this.idByName = Map.copyOf(byName);
        this.percentMeasureById = Map.copyOf(percentMeasures);
        this.ratioIds = Set.copyOf(ratios);
        this.directionById = Map.copyOf(directions);
        List<String> names = new ArrayList<>(byName.keySet());
        names.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        this.namesLongestFirst = List.copyOf(names);
    }

    /**
     * The id of an indicator as a report names it: a listed name, or a listed name with words
     * around it that do not change what is measured (IndicatorTrims.nameForms: 全市地区生产总值,
     * 居民消费价格涨幅), or an amount named as a share of a whole (服务业增加值占地区生产总值比重 is
     * the share of tertiary_industry_value_added). Any other word next to a name makes another
     * indicator (汽车出口额 is not 出口额). Empty when the text names nothing the dictionary holds.
     */
    public Optional<String> idOf(String indicator) {
        if (indicator == null || indicator.isBlank()) {
            return Optional.empty();
        }
        for (String form : trims.nameForms(indicator)) {
            String id = idByName.get(fold(form));
            if (id != null) {
                return Optional.of(id);
            }
        }
        int share = indicator.indexOf('占');
        if (share > 0 && SHARE_END.matcher(indicator).find()) {
            // 税收收入占全区一般公共预算收入的比重: the whole's scope word does not change the name
            String whole = indicator.substring(share + 1);
            for (String form : trims.nameForms(whole)) {
                String id = idByName.get(fold(indicator.substring(0, share + 1) + form));
                if (id != null) {
                    return Optional.of(id);
                }
            }
            return idOf(indicator.substring(0, share));
        }
        // 一般性转移支付占比, 民生支出占比: the share of the amount named before 占比
        if (indicator.endsWith(SHARE_WORD) && indicator.length() > SHARE_WORD.length()) {
            return idOf(indicator.substring(0, indicator.length() - SHARE_WORD.length()));
        }
        return Optional.empty();
    }

    /**
     * The id of an indicator under its headings (outermost first): as {@link #idOf(String)}, and for
     * a bare word that names an item of whatever the heading names (支出 under （四）社会保险基金预算),
     * the heading's subject with the word, when the dictionary lists that: 社会保险基金预算支出.
     */
    public Optional<String> idOf(String indicator, List<String> headings) {
        Optional<String> id = idOf(indicator);
        if (id.isPresent() || indicator == null) {
            return id;
        }
        // 支出预算 under （四）社会保险基金预算: the bare word, without what says it is the budgeted figure
        for (String word : trims.nameForms(indicator)) {
            if (word.strip().length() <= BARE_WORD) {
                Optional<String> named = underHeadings(word.strip(), headings);
                if (named.isPresent()) {
                    return named;
                }
            }
        }
        return Optional.empty();
    }

    /** The id of {@code word} completed by the subject of the nearest heading that makes it a name. */
    private Optional<String> underHeadings(String word, List<String> headings) {
        for (int h = headings.size() - 1; h >= 0; h--) {
            String heading = headings.get(h);
            for (int from = 0; from < heading.length(); from++) {
                String named = idByName.get(fold(heading.substring(from) + word));
                for (int to = heading.length(); named == null && to > from + 1; to--) {
                    named = idByName.get(fold(heading.substring(from, to) + word));
                }
                if (named != null) {
                    return Optional.of(named);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The measure of a percentage of {@code indicator} when the dictionary defines it as a proportion
     * of a whole (unit family percent, first measure share or rate): 研发投入强度 3.3% is a share
     * without any 占 (docs/facts.md). Empty for other indicators and unknown names.
     */
    public Optional<Measure> percentMeasure(String indicator) {
        return idOf(indicator).map(percentMeasureById::get);
    }

    /** Whether {@code indicator} is a ratio a:1 by definition (unit family ratio): 城乡居民收入倍差缩小至1.83. */
    public boolean isRatio(String indicator) {
        return idOf(indicator).filter(ratioIds::contains).isPresent();
    }

    /**
     * Which way the level of the indicator {@code id} is better (column {@code direction}), or empty
     * for an id the dictionary does not hold.
     */
    public Optional<Direction> direction(String id) {
        return Optional.ofNullable(id == null ? null : directionById.get(id));
    }

    /** Every name, longest first: for finding a known indicator inside longer text. */
    public List<String> names() {
        return namesLongestFirst;
    }

    public int size() {
        return (int) idByName.values().stream().distinct().count();
    }

    /** Brackets and letters as the matcher compares them: （GDP） and (gdp) agree. */
    private static String fold(String s) {
        return s.replace('（', '(').replace('）', ')').replace('％', '%').toLowerCase(Locale.ROOT);
    }
}
