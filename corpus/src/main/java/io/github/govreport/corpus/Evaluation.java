package io.github.govreport.corpus;

import io.github.govreport.core.Fact;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The result of scoring predictions against the gold: the scores and the facts behind them.
 *
 * @param scores   precision, recall and F1 per document, overall and per level
 * @param pairs    the quantity-level matches, each with the fields that disagree (none for a fact-level match)
 * @param missed   gold facts no prediction matched
 * @param spurious predictions in scope that no gold fact matched
 */
public record Evaluation(Scores scores, List<Pair> pairs, List<GoldFact> missed, List<Fact> spurious) {

    public Evaluation {
        pairs = List.copyOf(pairs);
        missed = List.copyOf(missed);
        spurious = List.copyOf(spurious);
    }

    /**
     * A gold fact and the prediction matched to it.
     *
     * @param gold          the gold fact
     * @param predicted     the prediction
     * @param agreed        the levels at which the two agree (always {@link Level#QUANTITY})
     * @param disagreements the fields of the fact level that differ, as {@code field: gold ≠ predicted}
     */
    public record Pair(GoldFact gold, Fact predicted, Set<Level> agreed, List<String> disagreements) {

        public Pair {
            agreed = agreed.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(agreed));
            disagreements = List.copyOf(disagreements);
        }

        public boolean factMatch() {
            return agreed.contains(Level.FACT);
        }
    }

    /** The gold facts matched at the fact level. */
    public List<GoldFact> factMatches() {
        return pairs.stream().filter(Pair::factMatch).map(Pair::gold).toList();
    }

    /** Missed, wrong and spurious facts, one per line with its sentence or quote, for a person to read. */
    public String errors() {
        StringBuilder out = new StringBuilder();
        for (GoldFact gold : missed) {
            out.append("missed   ").append(gold.doc()).append(' ').append(gold.describe())
                    .append("  «").append(gold.quote()).append("» (").append(gold.where()).append(")\n");
        }
        for (Pair pair : pairs) {
            if (!pair.factMatch()) {
                out.append("wrong    ").append(pair.gold().doc()).append(' ').append(pair.gold().text()).append("  ")
                        .append(String.join("; ", pair.disagreements())).append("  «").append(pair.predicted().sentence())
                        .append("»\n");
            }
        }
        for (Fact fact : spurious) {
            out.append("spurious ").append(fact.doc()).append(' ').append(fact.text()).append(" [")
                    .append(fact.measure().jsonName()).append(' ').append(fact.kind().jsonName()).append(' ')
                    .append(fact.period()).append("]  «").append(fact.sentence()).append("»\n");
        }
        return out.toString();
    }
}
