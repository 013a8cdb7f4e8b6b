package io.github.govreport.corpus;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
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

    /**
     * The share of the predictions of {@code scope} that are right in every field (value, unit,
     * indicator, measure, qualifier, kind, period): what a user who loads the facts into a table
     * finds right, the fact-level precision.
     */
    public double fullyRight(String scope) {
        return get(scope, Level.FACT).precision();
    }

    /**
     * Of the predictions of {@code scope} whose number and unit match a gold fact, the share that
     * also agree on {@code level}'s field; 1 when nothing matched.
     */
    public double accuracy(String scope, Level level) {
        int matched = get(scope, Level.QUANTITY).matched();
        return matched == 0 ? 1.0 : (double) get(scope, level).matched() / matched;
    }

    /** The share of the predictions of {@code scope} that match no gold number at all. */
    public double notAFact(String scope) {
        Counts quantity = get(scope, Level.QUANTITY);
        return quantity.predicted() == 0 ? 0.0 : 1.0 - quantity.precision();
    }

    /**
     * A plain-text table, one row per scope: predictions, the share fully right, fact-level
     * precision, recall and F1, the accuracy of each field on the matched numbers, and the share of
     * predictions that are no fact of the gold.
     */
    public String summary() {
        List<Level> fields = List.of(Level.INDICATOR, Level.MEASURE, Level.QUALIFIER, Level.KIND, Level.PERIOD);
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-32s %5s %5s %6s %6s %6s", "scope",
                "gold", "pred", "fully", "R", "F1"));
        fields.forEach(level -> out.append(String.format(Locale.ROOT, " %9s", level.label())));
        out.append(String.format(Locale.ROOT, " %9s%n", "not-fact"));
        List<String> scopes = new ArrayList<>(documents.keySet());
        scopes.add(ALL);
        for (String scope : scopes) {
            Counts fact = get(scope, Level.FACT);
            out.append(String.format(Locale.ROOT, "%-32s %5d %5d %6.3f %6.3f %6.3f", scope, fact.gold(),
                    fact.predicted(), fullyRight(scope), fact.recall(), fact.f1()));
            fields.forEach(level -> out.append(String.format(Locale.ROOT, " %9.3f", accuracy(scope, level))));
            out.append(String.format(Locale.ROOT, " %9.3f%n", notAFact(scope)));
        }
        return out.toString();
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
