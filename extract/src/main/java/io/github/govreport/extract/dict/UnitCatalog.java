package io.github.govreport.extract.dict;

import io.github.govreport.core.Dimension;
import io.github.govreport.core.Unit;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every unit surface a report may write after a number, magnitudes included: the units of
 * {@code units.tsv}, each with the magnitudes of {@code magnitudes.tsv} before it where allowed
 * (元 → 万元, 亿元, 万亿元), and the bare magnitudes (2650万). Found by longest match.
 */
public final class UnitCatalog {

    private final Map<String, Unit> bySurface;
    /** For each first character of a surface, the length of the longest surface beginning with it. */
    private final Map<Character, Integer> longestByFirst;

    private static final List<String> REQUIRED = List.of("%", "‰", "‱");

    UnitCatalog(TsvTable units, TsvTable magnitudes) {
        Map<String, BigDecimal> magnitudeFactors = new HashMap<>();
        Map<String, Unit> surfaces = new HashMap<>();
        for (TsvTable.Row row : magnitudes.rows()) {
            String surface = row.require("surface");
            BigDecimal factor = decimal(row, "factor");
            magnitudeFactors.put(surface, factor);
            surfaces.put(surface, new Unit(surface, Dimension.MAGNITUDE, null, factor));
        }
        Map<String, Unit> explicit = new HashMap<>();
        for (TsvTable.Row row : units.rows()) {
            String surface = row.require("surface");
            Dimension dimension;
            try {
                dimension = Dimension.fromJson(row.require("dimension"));
            } catch (IllegalArgumentException e) {
                throw row.error(e.getMessage());
            }
            if (dimension == Dimension.MAGNITUDE) {
                throw row.error("magnitudes belong in magnitudes.tsv");
            }
            Unit unit = new Unit(surface, dimension, row.require("base"), decimal(row, "factor"));
            if (explicit.put(surface, unit) != null) {
                throw row.error("unit '" + surface + "' is listed twice");
            }
            String scalable = row.require("magnitudes");
            if (!scalable.equals("yes") && !scalable.equals("no")) {
                throw row.error("column 'magnitudes' must be yes or no, was '" + scalable + "'");
            }
            if (scalable.equals("yes")) {
                magnitudeFactors.forEach((magnitude, factor) -> surfaces.putIfAbsent(magnitude + surface,
                        new Unit(magnitude + surface, dimension, unit.baseUnit(), factor.multiply(unit.factor()))));
            }
        }
        // A unit listed explicitly (千米, 千瓦) wins over the same surface built from a magnitude.
        surfaces.putAll(explicit);
        // The recognizer reads 百分之五, 千分之三, 万分之二 and 增长1倍 into these units.
        for (String required : REQUIRED) {
            if (!explicit.containsKey(required)) {
                throw new DictionaryException(units.name() + ": the unit '" + required
                        + "' must be listed (the recognizer resolves fractions and multiples into it)");
            }
        }
        this.bySurface = Map.copyOf(surfaces);
        Map<Character, Integer> longestFrom = new HashMap<>();
        for (String surface : surfaces.keySet()) {
            if (!surface.isEmpty()) {
                longestFrom.merge(surface.charAt(0), surface.length(), Math::max);
            }
        }
        this.longestByFirst = Map.copyOf(longestFrom);
    }

    /** The longest unit surface that starts at {@code from} in {@code text}. */
    public Optional<Unit> longestAt(CharSequence text, int from) {
        if (from >= text.length()) {
            return Optional.empty();
        }
        // Only as long as the longest surface beginning with this character (none: no lookup at all);
        // it runs after every number, most often before a character that begins no unit.
        Integer longestHere = longestByFirst.get(text.charAt(from));
        if (longestHere == null) {
            return Optional.empty();
        }
        int max = Math.min(longestHere, text.length() - from);
        for (int length = max; length > 0; length--) {
            Unit unit = bySurface.get(text.subSequence(from, from + length).toString());
            if (unit != null) {
                return Optional.of(unit);
            }
        }
        return Optional.empty();
    }

    /** The unit written exactly as {@code surface}, if catalogued. */
    public Optional<Unit> get(String surface) {
        return Optional.ofNullable(bySurface.get(surface));
    }

    public int size() {
        return bySurface.size();
    }

    private static BigDecimal decimal(TsvTable.Row row, String column) {
        BigDecimal value;
        try {
            value = new BigDecimal(row.require(column));
        } catch (NumberFormatException e) {
            throw row.error("column '" + column + "' must be a decimal number, was '" + row.get(column) + "'");
        }
        if (value.signum() <= 0) {
            throw row.error("column '" + column + "' must be greater than zero, was '" + row.get(column) + "'");
        }
        return value;
    }
}
