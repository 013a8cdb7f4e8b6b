package io.github.govreport.extract.dict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Cue words that decide a property (a measure, a kind) of the numbers after them, each with the
 * value it gives and the row it came from.
 *
 * @param <V> the property decided
 */
public final class CueLexicon<V> {

    /** A cue word found in a text, at {@code start}. */
    public record Match<V>(Cue<V> cue, int start) {
    }

    /**
     * A cue word with the value it stands for (null for an exception that hides the cues inside it),
     * the units it applies to ({@code any} or {@code rate}), and whether it is a cue only outside a
     * review (column {@code sections}: {@code plan}; 争取 is "secured" in a review).
     */
    public record Cue<V>(String word, V value, String units, boolean planOnly) {
    }

    private final List<Cue<V>> cues;
    /** The cues by their last character, longest first: a search asks only those that can end at a position. */
    private final Map<Character, List<Cue<V>>> byLastChar;

    CueLexicon(TsvTable table, String wordColumn, String valueColumn, Function<String, V> parser) {
        this.cues = table.rows().stream().map(row -> {
            V value;
            try {
                value = parser.apply(row.require(valueColumn));
            } catch (IllegalArgumentException e) {
                throw row.error(e.getMessage());
            }
            String units = table.columns().contains("units") ? row.require("units") : "any";
            if (!units.equals("any") && !units.equals("rate") && !units.equals("amount")) {
                throw row.error("column 'units' must be any, rate or amount, was '" + units + "'");
            }
            String sections = table.columns().contains("sections") ? row.require("sections") : "any";
            if (!sections.equals("any") && !sections.equals("plan")) {
                throw row.error("column 'sections' must be any or plan, was '" + sections + "'");
            }
            return new Cue<>(row.require(wordColumn), value, units, sections.equals("plan"));
        }).sorted(Comparator.comparingInt((Cue<V> c) -> c.word().length()).reversed()).toList();
        Map<Character, List<Cue<V>>> index = new HashMap<>();
        for (Cue<V> cue : cues) {
            index.computeIfAbsent(cue.word().charAt(cue.word().length() - 1), k -> new ArrayList<>()).add(cue);
        }
        index.replaceAll((k, v) -> List.copyOf(v));
        this.byLastChar = Map.copyOf(index);
    }

    /**
     * The cue that ends nearest before {@code end} in {@code text[from, end)}, longest first at a
     * position, and accepted by {@code applies}. An entry without value (kind {@code none}) is an
     * exception: the words it covers are no cue (计划执行 hides 计划), and the search goes on before it.
     */
    public Optional<Match<V>> nearestBefore(String text, int from, int end, Predicate<Cue<V>> applies) {
        for (int stop = end; stop > from; stop--) {
            List<Cue<V>> ending = byLastChar.get(text.charAt(stop - 1));
            if (ending == null) {
                continue;
            }
            for (Cue<V> cue : ending) {
                int start = stop - cue.word().length();
                if (start >= from && text.startsWith(cue.word(), start)) {
                    if (cue.value() == null) {
                        stop = start + 1;
                        break;
                    }
                    if (applies.test(cue)) {
                        return Optional.of(new Match<>(cue, start));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Every cue word found anywhere in {@code text} (exceptions excluded). */
    public List<Cue<V>> foundIn(String text) {
        return cues.stream().filter(c -> c.value() != null && text.contains(c.word())).toList();
    }

    public List<Cue<V>> cues() {
        return cues;
    }
}
