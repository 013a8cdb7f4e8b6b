package io.github.govreport.core;

/** An enum constant with a stable name in the JSON output (for example {@code at_least}). */
public interface JsonName {

    /** The name this constant has in the JSON and CSV output. */
    String jsonName();

    /** Finds the constant of {@code type} whose JSON name is {@code name}, or explains which names exist. */
    static <E extends Enum<E> & JsonName> E parse(Class<E> type, String name) {
        for (E constant : type.getEnumConstants()) {
            if (constant.jsonName().equals(name)) {
                return constant;
            }
        }
        StringBuilder known = new StringBuilder();
        for (E constant : type.getEnumConstants()) {
            known.append(known.length() == 0 ? "" : ", ").append(constant.jsonName());
        }
        throw new IllegalArgumentException(
                "unknown " + type.getSimpleName() + " '" + name + "' (expected one of: " + known + ")");
    }
}
