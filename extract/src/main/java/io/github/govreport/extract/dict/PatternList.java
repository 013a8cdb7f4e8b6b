package io.github.govreport.extract.dict;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The regular expressions of a pattern file, compiled once, each with the row it came from. */
public final class PatternList {

    /**
     * A compiled pattern with its row (for the level, reason or example column).
     *
     * @param required characters every match contains ({@link RequiredLiterals}); empty when unknown
     */
    public record Entry(Pattern pattern, TsvTable.Row row, String required) {

        /** False when {@code text} lacks a character every match needs: the pattern cannot match it. */
        public boolean mayMatch(String text) {
            for (int i = 0; i < required.length(); i++) {
                if (text.indexOf(required.charAt(i)) < 0) {
                    return false;
                }
            }
            return true;
        }
    }

    private final List<Entry> entries;

    PatternList(TsvTable table) {
        this.entries = table.rows().stream().map(row -> {
            try {
                String regex = row.require("pattern");
                return new Entry(Pattern.compile(regex), row, RequiredLiterals.of(regex));
            } catch (PatternSyntaxException e) {
                throw row.error("pattern is not a valid regular expression: " + e.getDescription());
            }
        }).toList();
    }

    public List<Entry> entries() {
        return entries;
    }
}
