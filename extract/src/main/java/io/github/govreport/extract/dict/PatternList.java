package io.github.govreport.extract.dict;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The regular expressions of a pattern file, compiled once, each with the row it came from. */
public final class PatternList {

    /**
     * A compiled pattern with its row (for the level, reason or example column), and what every
     * match of it needs ({@link RequiredLiterals}), so that searches can skip text it cannot match.
     */
    public static final class Entry {

        private final Pattern pattern;
        private final TsvTable.Row row;
        private final RequiredLiterals literals;

        Entry(Pattern pattern, TsvTable.Row row, RequiredLiterals literals) {
            this.pattern = pattern;
            this.row = row;
            this.literals = literals;
        }

        public Pattern pattern() {
            return pattern;
        }

        public TsvTable.Row row() {
            return row;
        }

        /** The characters each branch's matches contain, branches joined by |; empty when unknown. */
        public String required() {
            return literals.describe();
        }

        /** False when {@code text} lacks what every match needs: the pattern cannot match it. */
        public boolean mayMatch(String text) {
            return literals.mayMatch(text, 0, text.length());
        }

        /**
         * False when no match can lie within [from, to) of {@code text} (look-arounds may see
         * outside: what they test is not required).
         */
        public boolean mayMatch(CharSequence text, int from, int to) {
            return literals.mayMatch(text, from, to);
        }

        /** False when text whose characters are {@code present} lacks what every match needs. */
        public boolean mayMatch(CharPresence present) {
            return literals.mayMatch(present);
        }

        /**
         * The first index in [from, to) where a match may begin ({@code to} when none): every match
         * begins with one of a few known characters, or {@code from} when that is not known.
         */
        public int nextStart(CharSequence text, int from, int to) {
            return literals.nextStart(text, from, to);
        }

        /** True when {@link #nextStart} knows where matches can begin, false when it answers {@code from}. */
        public boolean knowsStarts() {
            return literals.knowsStarts();
        }

        @Override
        public String toString() {
            return "Entry[pattern=" + pattern + ", row=" + row + ", required=" + required() + "]";
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
