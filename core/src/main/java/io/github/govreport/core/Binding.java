package io.github.govreport.core;

/** The plan's own classification of an indicator, where the report gives one. */
public enum Binding implements JsonName {
    /** 预期性. */
    EXPECTED("expected"),
    /** 约束性. */
    BINDING("binding");

    private final String jsonName;

    Binding(String jsonName) {
        this.jsonName = jsonName;
    }

    @Override
    public String jsonName() {
        return jsonName;
    }

    /** The constant named {@code name} in the JSON form. */
    public static Binding fromJson(String name) {
        return JsonName.parse(Binding.class, name);
    }
}
