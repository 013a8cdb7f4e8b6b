package io.github.govreport.panel;

import io.github.govreport.core.JsonName;

/**
 * Whose figure an observation is: the whole region's (全市一般公共预算收入) or the government's own
 * level (市本级一般公共预算收入). Budget reports give both under one indicator; they are different
 * numbers, so the panel keeps them apart.
 */
public enum Coverage implements JsonName {
    /** The whole region: 全市, 全省, or no word at all. */
    REGION("region"),
    /** The government's own level: 市本级, 省级, 区级, 本级 (indicator-trims.tsv, own-level). */
    OWN_LEVEL("own-level");

    private final String jsonName;

    Coverage(String jsonName) {
        this.jsonName = jsonName;
    }

    @Override
    public String jsonName() {
        return jsonName;
    }
}
