package io.github.govreport.extract.internal.structure;

import io.github.govreport.core.AdministrativeLevel;
import io.github.govreport.extract.dict.Gazetteer;
import io.github.govreport.extract.dict.Gazetteer.Region;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the region names at the start of a text with the gazetteer: the longest listed name, then
 * the next one right after it, and so on (重庆市渝中区 → 重庆市, then 渝中区); the last is the region.
 * A name that several regions have (朝阳区 of Beijing and of Changchun) gets a code only when the
 * name before it leaves one (北京市朝阳区); otherwise it is kept without a code. Nothing is guessed: a
 * text that starts with no listed name names no region. Thread-safe.
 */
final class RegionReader {

    /**
     * A region as a report names it.
     *
     * @param name  its full name (a short form such as 内蒙古 is read as 内蒙古自治区 once resolved)
     * @param code  its GB/T 2260 code, or null when the name is not listed or is ambiguous
     * @param level its level, or null when the regions of an ambiguous name differ in level
     */
    record Found(String name, String code, AdministrativeLevel level) {
    }

    /** After a short form, the words that close a region's name (内蒙古政府工作报告). */
    private static final List<String> NAME_ENDS = List.of("人民政府", "政府");

    private final Gazetteer gazetteer;
    private final List<Pattern> unlisted;
    private final Function<String, AdministrativeLevel> unlistedLevel;

    /**
     * @param unlisted      patterns of names the gazetteer does not list (两江新区), group (?<region>…),
     *                      read only right after a listed name
     * @param unlistedLevel the level of such a name (区 → county)
     */
    RegionReader(Gazetteer gazetteer, List<Pattern> unlisted, Function<String, AdministrativeLevel> unlistedLevel) {
        this.gazetteer = gazetteer;
        this.unlisted = List.copyOf(unlisted);
        this.unlistedLevel = unlistedLevel;
    }

    /** The region named at the start of {@code text}, or null. */
    Found read(String text) {
        Found found = null;
        Region within = null;   // the region the next name must lie in, when the names so far pin one down
        int at = 0;
        while (at < text.length()) {
            String name = gazetteer.longestNameAt(text, at);
            if (name == null) {
                Matcher m = found == null ? null : unlistedAt(text, at);
                if (m != null) {
                    // 重庆两江新区: a short form glued to a zone is part of its name; after 重庆市 it is not
                    String prefix = isShortForm(text.substring(0, at)) ? text.substring(0, at) : "";
                    String zone = prefix + m.group("region");
                    return new Found(zone, null, unlistedLevel.apply(zone));
                }
                break;
            }
            int end = at + name.length();
            if (isShortForm(name) && !endsAName(text, end)) {
                break;   // 新疆生产建设兵团 is not 新疆维吾尔自治区
            }
            List<Region> candidates = gazetteer.named(name);
            Region parent = within;
            List<Region> inside = parent == null ? candidates
                    : candidates.stream().filter(r -> gazetteer.isWithin(r, parent)).toList();
            Region region = inside.size() == 1 ? inside.get(0) : null;
            found = region != null ? new Found(region.name(), region.code(), region.level())
                    : new Found(name, null, commonLevel(candidates));
            within = region;
            at = end;
        }
        return found;
    }

    private boolean isShortForm(String name) {
        List<Region> regions = gazetteer.named(name);
        return !regions.isEmpty() && regions.stream().noneMatch(r -> r.name().equals(name));
    }

    /** Whether a name may end at {@code end}: the text ends, or 政府 or another region's name follows. */
    private boolean endsAName(String text, int end) {
        return end == text.length() || NAME_ENDS.stream().anyMatch(w -> text.startsWith(w, end))
                || gazetteer.longestNameAt(text, end) != null || unlistedAt(text, end) != null;
    }

    private Matcher unlistedAt(String text, int at) {
        for (Pattern pattern : unlisted) {
            Matcher m = pattern.matcher(text).region(at, text.length());
            if (m.lookingAt()) {
                return m;
            }
        }
        return null;
    }

    private static AdministrativeLevel commonLevel(List<Region> regions) {
        AdministrativeLevel level = regions.get(0).level();
        return regions.stream().allMatch(r -> r.level() == level) ? level : null;
    }
}
