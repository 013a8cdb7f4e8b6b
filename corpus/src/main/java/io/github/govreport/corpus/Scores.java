package io.github.govreport.corpus;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Precision, recall and F1 per document and overall, at every {@link Level}.
 *
 * @param documents the counts of each document, in corpus order
 * @param overall   the counts summed over all documents (micro-average)
 */
public record Scores(Map<String, Map<Level, Counts>> documents, Map<Level, Counts> overall) {

    /** The scope name of the overall scores in tables and floor files. */
    public static final String ALL = "all";

    public Scores {
        Map<String, Map<Level, Counts>> copy = new LinkedHashMap<>();
        documents.forEach((doc, counts) -> copy.put(doc, Map.copyOf(counts)));
        documents = java.util.Collections.unmodifiableMap(copy);
        overall = Map.copyOf(overall);
    }

    /** The counts of {@code scope} (a document id or {@link #ALL}) at {@code level}. */
    public Counts get(String scope, Level level) {
        Map<Level, Counts> counts = scope.equals(ALL) ? overall : documents.get(scope);
        if (counts == null) {
            throw new IllegalArgumentException("no scores for '" + scope + "'; scopes: all, " + documents.keySet());
        }
        return counts.getOrDefault(level, Counts.ZERO);
    }

    static Scores sum(Map<String, Map<Level, Counts>> documents) {
        Map<Level, Counts> overall = new EnumMap<>(Level.class);
        documents.values().forEach(counts -> counts.forEach((level, c) -> overall.merge(level, c, Counts::plus)));
        return new Scores(documents, overall);
    }

    /** A plain-text table: one row per scope and level, with counts and P/R/F1. */
    public String table() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-24s %-10s %6s %6s %6s %7s %7s %7s%n",
                "scope", "level", "gold", "pred", "match", "P", "R", "F1"));
        Map<String, Map<Level, Counts>> rows = new LinkedHashMap<>(documents);
        rows.put(ALL, overall);
        rows.forEach((scope, counts) -> {
            for (Level level : Level.values()) {
                Counts c = counts.getOrDefault(level, Counts.ZERO);
                out.append(String.format(Locale.ROOT, "%-24s %-10s %6d %6d %6d %7.3f %7.3f %7.3f%n", scope,
                        level.label(), c.gold(), c.predicted(), c.matched(), c.precision(), c.recall(), c.f1()));
            }
        });
        return out.toString();
    }
}
