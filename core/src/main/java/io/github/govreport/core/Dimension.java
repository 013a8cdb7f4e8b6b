package io.github.govreport.core;

/** The physical or economic dimension of a unit, which decides its base unit. */
public enum Dimension implements JsonName {
    /** money, base CNY or the foreign currency. */
    CURRENCY("currency"),
    /** area, base m². */
    AREA("area"),
    /** length, base m. */
    LENGTH("length"),
    /** mass, base kg. */
    MASS("mass"),
    /** volume, base m³. */
    VOLUME("volume"),
    /** energy, base kWh or tce. */
    ENERGY("energy"),
    /** power, base kW. */
    POWER("power"),
    /** a count with its measure word (人、户、个、家、项). */
    COUNT("count"),
    /** a span of time (天、年、小时). */
    DURATION("duration"),
    /** a percentage. */
    PERCENT("percent"),
    /** percentage points (个百分点), kept apart from percent. */
    PERCENTAGE_POINT("percentage_point"),
    /** a multiple (倍). */
    MULTIPLE("multiple"),
    /** a ratio a:1. */
    RATIO("ratio"),
    /** a rank (第14位). */
    RANK("rank"),
    /** a temperature (℃). */
    TEMPERATURE("temperature"),
    /** a compound rate such as 人/亿元 or 元/吨. */
    COMPOUND("compound"),
    /** a bare magnitude (2650万). */
    MAGNITUDE("magnitude");

    private final String jsonName;

    Dimension(String jsonName) {
        this.jsonName = jsonName;
    }

    @Override
    public String jsonName() {
        return jsonName;
    }

    /** The constant named {@code name} in the JSON form. */
    public static Dimension fromJson(String name) {
        return JsonName.parse(Dimension.class, name);
    }
}
