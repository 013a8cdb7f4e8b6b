package io.github.govreport.extract.dict;

import io.github.govreport.core.Qualifier;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The hedges of {@code qualifiers.tsv}, found next to a quantity by longest match. */
public final class QualifierLexicon {

    /** A hedge word and what it means. */
    public record Entry(String surface, Qualifier qualifier, boolean before) {
    }

    private final List<Entry> before;
    private final List<Entry> after;

    QualifierLexicon(TsvTable table) {
        List<Entry> entries = table.rows().stream().map(QualifierLexicon::entry)
                .sorted(Comparator.comparingInt((Entry e) -> e.surface().length()).reversed())
                .toList();
        this.before = entries.stream().filter(Entry::before).toList();
        this.after = entries.stream().filter(e -> !e.before()).toList();
    }

    private static Entry entry(TsvTable.Row row) {
        Qualifier qualifier;
        try {
            qualifier = Qualifier.fromJson(row.require("qualifier"));
        } catch (IllegalArgumentException e) {
            throw row.error(e.getMessage());
        }
        String position = row.require("position");
        if (!position.equals("before") && !position.equals("after")) {
            throw row.error("column 'position' must be before or after, was '" + position + "'");
        }
        return new Entry(row.require("surface"), qualifier, position.equals("before"));
    }

    /** The longest hedge that ends exactly at {@code end} (written before the number). */
    public Optional<Entry> endingAt(String text, int end) {
        return before.stream().filter(e -> text.startsWith(e.surface(), end - e.surface().length())).findFirst();
    }

    /** The longest hedge that starts exactly at {@code start} (written after the quantity). */
    public Optional<Entry> startingAt(String text, int start) {
        return after.stream().filter(e -> text.startsWith(e.surface(), start)).findFirst();
    }
}
