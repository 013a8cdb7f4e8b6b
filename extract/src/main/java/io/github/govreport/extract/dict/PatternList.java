package io.github.govreport.extract.dict;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The regular expressions of a pattern file, compiled once, each with the row it came from. */
public final class PatternList {

    /** A compiled pattern with its row (for the level, reason or example column). */
    public record Entry(Pattern pattern, TsvTable.Row row) {
    }

    private final List<Entry> entries;

    PatternList(TsvTable table) {
        this.entries = table.rows().stream().map(row -> {
            try {
                return new Entry(Pattern.compile(row.require("pattern")), row);
            } catch (PatternSyntaxException e) {
                throw row.error("pattern is not a valid regular expression: " + e.getDescription());
            }
        }).toList();
    }

    public List<Entry> entries() {
        return entries;
    }
}
