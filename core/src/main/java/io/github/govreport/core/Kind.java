package io.github.govreport.core;

/** Whether a fact reports something achieved or something planned. */
public enum Kind implements JsonName {
    /** achieved, reported after the fact. */
    ACTUAL("actual"),
    /** planned, expected or promised. */
    TARGET("target"),
    /** nothing in the report decides it. */
    UNKNOWN("unknown");

    private final String jsonName;

    Kind(String jsonName) {
        this.jsonName = jsonName;
    }

    @Override
    public String jsonName() {
        return jsonName;
    }

    /** The constant named {@code name} in the JSON form. */
    public static Kind fromJson(String name) {
        return JsonName.parse(Kind.class, name);
    }
}
