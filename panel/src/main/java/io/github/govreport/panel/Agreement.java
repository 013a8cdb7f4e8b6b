package io.github.govreport.panel;

import io.github.govreport.core.JsonName;

/** Whether the sources of one panel observation give the same number. */
public enum Agreement implements JsonName {
    /** One fact gives the number. */
    SINGLE("single"),
    /** Several facts give it, and their numbers are equal once normalised. */
    AGREED("agreed"),
    /** Several facts give it with different numbers (the work report and the plan report disagree). */
    CONFLICT("conflict");

    private final String jsonName;

    Agreement(String jsonName) {
        this.jsonName = jsonName;
    }

    @Override
    public String jsonName() {
        return jsonName;
    }
}
