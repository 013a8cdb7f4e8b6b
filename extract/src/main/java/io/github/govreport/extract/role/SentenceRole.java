package io.github.govreport.extract.role;

import io.github.govreport.core.Kind;

/** What a sentence of a report does: report results, set out plans, or neither. */
public enum SentenceRole {
    /** It reports what was done: its numbers are results ({@link Kind#ACTUAL}). */
    REVIEW("review", Kind.ACTUAL),
    /** It says what will be done: its numbers are targets ({@link Kind#TARGET}). */
    PLAN("plan", Kind.TARGET),
    /** Neither: a rule, a quota, a forecast of others' numbers ({@link Kind#UNKNOWN}). */
    OTHER("other", Kind.UNKNOWN);

    private final String label;
    private final Kind kind;

    SentenceRole(String label, Kind kind) {
        this.label = label;
        this.kind = kind;
    }

    /** The outcome name of the model: review, plan, other. */
    public String label() {
        return label;
    }

    /** The kind of the numbers of a sentence with this role. */
    public Kind kind() {
        return kind;
    }

    /** The role whose numbers have {@code kind}. */
    public static SentenceRole of(Kind kind) {
        return switch (kind) {
            case ACTUAL -> REVIEW;
            case TARGET -> PLAN;
            case UNKNOWN -> OTHER;
        };
    }

    /** The role with outcome name {@code label}. */
    public static SentenceRole fromLabel(String label) {
        for (SentenceRole role : values()) {
            if (role.label.equals(label)) {
                return role;
            }
        }
        throw new IllegalArgumentException("role must be review, plan or other, was '" + label + "'");
    }
}
