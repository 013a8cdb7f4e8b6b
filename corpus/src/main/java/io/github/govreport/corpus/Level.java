package io.github.govreport.corpus;

/**
 * What a match must agree on. {@link #QUANTITY}: same value, range and unit. {@link #FACT}: also
 * the same measure, qualifier, kind and period and an agreeing indicator. The field levels score
 * one field of the quantity-level matches.
 */
public enum Level {
    QUANTITY("quantity"),
    FACT("fact"),
    INDICATOR("indicator"),
    MEASURE("measure"),
    QUALIFIER("qualifier"),
    KIND("kind"),
    PERIOD("period"),
    BINDING("binding");

    private final String label;

    Level(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Level fromLabel(String label) {
        for (Level level : values()) {
            if (level.label.equals(label)) {
                return level;
            }
        }
        throw new IllegalArgumentException("unknown level '" + label + "'");
    }
}
