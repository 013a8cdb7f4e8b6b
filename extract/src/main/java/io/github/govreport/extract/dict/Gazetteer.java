package io.github.govreport.extract.dict;

import io.github.govreport.core.AdministrativeLevel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * China's provinces, prefecture-level and county-level divisions with their GB/T 2260 codes
 * (regions.tsv), validated at load: the code is six digits and unique, the level is known, the
 * parent exists and is a level above. Looked up by full name or short form; a name can belong to
 * several regions (朝阳区 of Beijing and of Changchun). Immutable.
 */
public final class Gazetteer {

    /**
     * One division.
     *
     * @param code       the GB/T 2260 code (500103)
     * @param name       the full name (渝中区)
     * @param level      province, city or county
     * @param parentCode the code of the division it belongs to, null for a province
     * @param shortName  the short form reports also write (内蒙古, 延边州), or null
     */
    public record Region(String code, String name, AdministrativeLevel level, String parentCode, String shortName) {
    }

    private static final Pattern CODE = Pattern.compile("[0-9]{6}");

    private final Map<String, Region> byCode;
    /** Full names and short forms, each with every region it names. */
    private final Map<String, List<Region>> byName = new HashMap<>();
    private final int longestName;

    Gazetteer(TsvTable table) {
        Map<String, Region> regions = new LinkedHashMap<>();
        Map<String, TsvTable.Row> rows = new HashMap<>();
        for (TsvTable.Row row : table.rows()) {
            String code = row.require("code");
            if (!CODE.matcher(code).matches()) {
                throw row.error("code must be six digits (GB/T 2260), was '" + code + "'");
            }
            if (regions.containsKey(code)) {
                throw row.error("code " + code + " is listed twice (also on line " + rows.get(code).line() + ")");
            }
            AdministrativeLevel level = level(row);
            String parent = row.get("parent");
            String shortName = row.get("short");
            regions.put(code, new Region(code, row.require("name"), level, parent.isEmpty() ? null : parent,
                    shortName.isEmpty() ? null : shortName));
            rows.put(code, row);
        }
        // Parents are checked once all rows are read: a parent may come after its children.
        for (Region region : regions.values()) {
            checkParent(region, regions, rows.get(region.code()));
            byName.computeIfAbsent(region.name(), n -> new ArrayList<>()).add(region);
            if (region.shortName() != null) {
                byName.computeIfAbsent(region.shortName(), n -> new ArrayList<>()).add(region);
            }
        }
        byName.replaceAll((name, list) -> List.copyOf(list));
        this.byCode = Map.copyOf(regions);
        this.longestName = byName.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    private static AdministrativeLevel level(TsvTable.Row row) {
        String level = row.require("level");
        if (!List.of("province", "city", "county").contains(level)) {
            throw row.error("level must be province, city or county, was '" + level + "'");
        }
        return AdministrativeLevel.fromJson(level);
    }

    private static void checkParent(Region region, Map<String, Region> regions, TsvTable.Row row) {
        if (region.level() == AdministrativeLevel.PROVINCE) {
            if (region.parentCode() != null) {
                throw row.error("a province has no parent, found '" + region.parentCode() + "'");
            }
            return;
        }
        if (region.parentCode() == null) {
            throw row.error("column 'parent' must not be empty for a " + region.level().jsonName());
        }
        Region parent = regions.get(region.parentCode());
        if (parent == null) {
            throw row.error("parent " + region.parentCode() + " is not listed");
        }
        if (parent.level().compareTo(region.level()) >= 0) {
            throw row.error("parent " + parent.code() + " (" + parent.level().jsonName() + ") is not above a "
                    + region.level().jsonName());
        }
    }

    /** The region with this code. */
    public Optional<Region> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The regions whose full name or short form is {@code name}: none, one, or several. */
    public List<Region> named(String name) {
        return byName.getOrDefault(name, List.of());
    }

    /** The longest full name or short form that starts at {@code from} in {@code text}, or null. */
    public String longestNameAt(String text, int from) {
        for (int length = Math.min(longestName, text.length() - from); length >= 2; length--) {
            String candidate = text.substring(from, from + length);
            if (byName.containsKey(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** True when {@code region} is {@code ancestor} or lies inside it. */
    public boolean isWithin(Region region, Region ancestor) {
        for (Region r = region; r != null; r = r.parentCode() == null ? null : byCode.get(r.parentCode())) {
            if (r.code().equals(ancestor.code())) {
                return true;
            }
        }
        return false;
    }

    /** How many regions are listed. */
    public int size() {
        return byCode.size();
    }
}
