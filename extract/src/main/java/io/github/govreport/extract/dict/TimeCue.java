package io.github.govreport.extract.dict;

import java.util.Locale;

/** What a word of time-cues.tsv says about the time of a passage or a number. */
public enum TimeCue {
    /** A span of several years: 过去五年, “十四五”. */
    YEARS,
    /** A paragraph about one year again: 过去一年, 一年来. */
    YEAR,
    /** A verb of reaching a level: 达到, 增加到, 突破. */
    REACHED,
    /** The start of a change over a span: 由, 从. */
    FROM,
    /** A word of reporting what was done: 了, 全年, 同比. */
    RESULT,
    /** A word of saying what will be done: 要, 将, 力争. */
    PLAN;

    /** The value of the role column: years, year, reached, from, result, plan. */
    public static TimeCue fromName(String name) {
        for (TimeCue cue : values()) {
            if (cue.name().toLowerCase(Locale.ROOT).equals(name)) {
                return cue;
            }
        }
        throw new IllegalArgumentException("role must be years, year, reached, from, result, plan or none, was '"
                + name + "'");
    }
}
