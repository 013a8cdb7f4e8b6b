package io.github.govreport.panel;

import io.github.govreport.core.JsonName;

/** What the result of a year says about its target (docs/panel.md). */
public enum Verdict implements JsonName {
    /** The result is on the good side of the target. */
    MET("met"),
    /** A miss inside the band of a 左右 target: 0.5 percentage point, or 5% of the target. */
    NEAR("near"),
    /** The result is on the wrong side of the target (and outside a 左右 target's band). */
    MISSED("missed"),
    /** No later report in the input states the result. */
    NO_RESULT("no_result");

    private final String jsonName;

    Verdict(String jsonName) {
        this.jsonName = jsonName;
    }

    @Override
    public String jsonName() {
        return jsonName;
    }
}
