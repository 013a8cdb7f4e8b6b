package io.github.govreport.core;

/** Which part of the document layout a fact was found in. */
public enum Source implements JsonName {
    /** running text. */
    TEXT("text"),
    /** an item of a list or an infographic bullet. */
    LIST("list"),
    /** a table cell. */
    TABLE("table");

    private final String jsonName;

    Source(String jsonName) {
        this.jsonName = jsonName;
    }

    @Override
    public String jsonName() {
        return jsonName;
    }

    /** The constant named {@code name} in the JSON form. */
    public static Source fromJson(String name) {
        return JsonName.parse(Source.class, name);
    }
}
