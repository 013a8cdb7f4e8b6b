package io.github.govreport.core;

/**
 * Which way an indicator's level is better, as the indicator dictionary says: it decides whether
 * a result meets a target written without 以上 or 以内 (增长6%左右, 城镇调查失业率5.5%左右).
 */
public enum Direction implements JsonName {
    /** A higher level is better: output, income, jobs, investment, coverage. */
    UP("up"),
    /** A lower level is better, the target is a ceiling: 失业率, 能耗, CPI, emissions, deaths. */
    DOWN("down");

    private final String jsonName;

    Direction(String jsonName) {
        this.jsonName = jsonName;
    }

    @Override
    public String jsonName() {
        return jsonName;
    }

    /** The constant named {@code name} in the JSON form. */
    public static Direction fromJson(String name) {
        return JsonName.parse(Direction.class, name);
    }
}
