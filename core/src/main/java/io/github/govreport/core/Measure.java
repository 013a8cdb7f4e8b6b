package io.github.govreport.core;

/** What kind of number a fact is (see the {@code measure} field of the fact guideline). */
public enum Measure implements JsonName {
    /** a level or amount: 达到、为、实现. */
    LEVEL("level"),
    /** a rise: 增长、提高. */
    GROWTH("growth"),
    /** a fall: 下降、降低、减少. */
    DECLINE("decline"),
    /** a new addition, only where the verb carries 新: 新增、新建、新开工. */
    INCREASE("increase"),
    /** a running total: 累计. */
    CUMULATIVE("cumulative"),
    /** a part of a whole: 占…比重、占比. */
    SHARE("share"),
    /** a ratio a:1. */
    RATIO("ratio"),
    /** a completion rate: 完成预算的…%. */
    COMPLETION("completion"),
    /** a position in a ranking: 第二、第14位. */
    RANK("rank"),
    /** an indicator that is itself a rate: 失业率、覆盖率. */
    RATE("rate");

    private final String jsonName;

    Measure(String jsonName) {
        this.jsonName = jsonName;
    }

    @Override
    public String jsonName() {
        return jsonName;
    }

    /** The constant named {@code name} in the JSON form. */
    public static Measure fromJson(String name) {
        return JsonName.parse(Measure.class, name);
    }
}
