package io.github.govreport.corpus;

import io.github.govreport.core.Fact;
import io.github.govreport.core.Unit;
import io.github.govreport.extract.dict.Dictionaries;
import io.github.govreport.extract.dict.UnitCatalog;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Scores predicted facts against the gold, one to one, as {@code docs/facts.md} describes: a
 * quantity-level match needs the same document, value, range and unit (after folding full-width
 * forms), or the same normalised value and range in the same base unit (百亿元: 100 亿元 = 1 百亿元);
 * a fact-level match also needs the same measure, qualifier, kind and period, and an
 * indicator that agrees (the same id, or one text containing the other). Where several
 * candidates share a value and unit, the nearest ones in the document are paired.
 *
 * <p>Partial gold is scored only inside its declared lines: predictions elsewhere in the
 * document count neither as right nor as wrong. Documents without gold are not scored.
 */
public final class Scorer {

    private static final UnitCatalog UNITS = Dictionaries.bundled().units();

    private final Gold gold;
    private final Function<String, String> documentText;

    /**
     * @param gold         the gold to score against
     * @param documentText the source text of a document id, to locate quotes and line ranges
     */
    public Scorer(Gold gold, Function<String, String> documentText) {
        this.gold = Objects.requireNonNull(gold, "gold must not be null");
        this.documentText = Objects.requireNonNull(documentText, "documentText must not be null");
    }

    /** A scorer for the bundled gold and seeds. */
    public static Scorer bundled() {
        Map<String, String> texts = new HashMap<>();
        Corpus.seeds().forEach(seed -> texts.put(seed.id(), seed.text()));
        return new Scorer(Gold.bundled(), texts::get);
    }

    public Evaluation evaluate(List<Fact> predictions) {
        Map<String, List<Fact>> predicted = new HashMap<>();
        predictions.forEach(f -> predicted.computeIfAbsent(f.doc(), d -> new ArrayList<>()).add(f));

        Map<String, Map<Level, Counts>> documents = new LinkedHashMap<>();
        List<Evaluation.Pair> pairs = new ArrayList<>();
        List<GoldFact> missed = new ArrayList<>();
        List<Fact> spurious = new ArrayList<>();
        gold.byDocument().forEach((doc, parts) -> {
            String text = documentText.apply(doc);
            if (text == null) {
                throw new IllegalArgumentException("no text for gold document '" + doc + "'");
            }
            GoldPositions positions = GoldPositions.locate(text, parts);
            List<GoldFact> goldFacts = parts.stream().flatMap(p -> p.facts().stream()).toList();
            LineIndex lines = new LineIndex(text);
            List<Fact> inScope = predicted.getOrDefault(doc, List.of()).stream()
                    .filter(f -> parts.stream().anyMatch(p -> p.covers(lines.lineOf(position(f))))).toList();
            List<Evaluation.Pair> docPairs = match(goldFacts, inScope, positions);
            pairs.addAll(docPairs);
            // by identity: an equal fact elsewhere in the document is another fact
            Set<GoldFact> matchedGold = Collections.newSetFromMap(new IdentityHashMap<>());
            Set<Fact> matchedPredictions = Collections.newSetFromMap(new IdentityHashMap<>());
            docPairs.forEach(pair -> {
                matchedGold.add(pair.gold());
                matchedPredictions.add(pair.predicted());
            });
            goldFacts.stream().filter(g -> !matchedGold.contains(g)).forEach(missed::add);
            inScope.stream().filter(f -> !matchedPredictions.contains(f)).forEach(spurious::add);
            documents.put(doc, counts(goldFacts.size(), inScope.size(), docPairs));
        });
        return new Evaluation(Scores.sum(documents), pairs, missed, spurious);
    }

    private static Map<Level, Counts> counts(int gold, int predicted, List<Evaluation.Pair> pairs) {
        Map<Level, Counts> counts = new EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            int matched = (int) pairs.stream().filter(p -> p.agreed().contains(level)).count();
            counts.put(level, new Counts(gold, predicted, matched));
        }
        return counts;
    }

    private static Evaluation.Pair pair(GoldFact g, Fact f) {
        List<String> disagreements = disagreements(g, f);
        Set<Level> agreed = EnumSet.noneOf(Level.class);
        for (Level level : Level.values()) {
            if (level == Level.FACT ? disagreements.isEmpty() : agrees(level, g, f)) {
                agreed.add(level);
            }
        }
        return new Evaluation.Pair(g, f, agreed, disagreements);
    }

    private static boolean agrees(Level level, GoldFact g, Fact f) {
        return switch (level) {
            case QUANTITY, FACT -> true;
            case INDICATOR -> indicatorsAgree(g, f);
            case MEASURE -> g.measure() == f.measure();
            case QUALIFIER -> g.qualifier() == f.qualifier();
            case KIND -> g.kind() == f.kind();
            case PERIOD -> Objects.equals(g.period(), f.period());
            case BINDING -> g.binding() == f.binding();
        };
    }

    /** Pairs gold facts and predictions with the same quantity, nearest first. */
    private static List<Evaluation.Pair> match(List<GoldFact> goldFacts, List<Fact> predictions, GoldPositions positions) {
        Map<String, List<GoldFact>> goldByKey = new HashMap<>();
        goldFacts.forEach(g -> goldByKey.computeIfAbsent(key(g.value(), g.valueMax(), g.unit()), k -> new ArrayList<>()).add(g));
        Map<String, List<Fact>> predictedByKey = new HashMap<>();
        predictions.forEach(f -> predictedByKey.computeIfAbsent(
                key(f.quantity().value(), f.quantity().valueMax(), f.quantity().unit()), k -> new ArrayList<>()).add(f));

        record Candidate(GoldFact gold, Fact predicted, long distance) {
        }
        List<Candidate> candidates = new ArrayList<>();
        goldByKey.forEach((key, golds) -> predictedByKey.getOrDefault(key, List.of()).forEach(f -> golds.forEach(g -> {
            Integer at = positions.offsetOf(g);
            candidates.add(new Candidate(g, f, at == null ? Long.MAX_VALUE : Math.abs((long) at - position(f))));
        })));
        candidates.sort(Comparator.comparingLong(Candidate::distance));

        List<Evaluation.Pair> pairs = new ArrayList<>();
        java.util.Set<GoldFact> usedGold = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.Set<Fact> usedPredictions = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Candidate c : candidates) {
            if (!usedGold.contains(c.gold()) && !usedPredictions.contains(c.predicted())) {
                usedGold.add(c.gold());
                usedPredictions.add(c.predicted());
                pairs.add(pair(c.gold(), c.predicted()));
            }
        }
        return pairs;
    }

    private static List<String> disagreements(GoldFact g, Fact f) {
        List<String> differences = new ArrayList<>();
        if (!indicatorsAgree(g, f)) {
            differences.add("indicator: " + g.indicator() + " ≠ " + f.indicator());
        }
        if (g.measure() != f.measure()) {
            differences.add("measure: " + g.measure().jsonName() + " ≠ " + f.measure().jsonName());
        }
        if (g.qualifier() != f.qualifier()) {
            differences.add("qualifier: " + g.qualifier().jsonName() + " ≠ " + f.qualifier().jsonName());
        }
        if (g.kind() != f.kind()) {
            differences.add("kind: " + g.kind().jsonName() + " ≠ " + f.kind().jsonName());
        }
        if (!Objects.equals(g.period(), f.period())) {
            differences.add("period: " + g.period() + " ≠ " + f.period());
        }
        return differences;
    }

    /** Same id where both have one; else one text contains the other; two nulls agree. */
    static boolean indicatorsAgree(GoldFact g, Fact f) {
        if (g.indicatorId() != null && f.indicatorId() != null) {
            return g.indicatorId().equals(f.indicatorId());
        }
        if (g.indicator() == null || f.indicator() == null) {
            return g.indicator() == null && f.indicator() == null;
        }
        return g.indicator().contains(f.indicator()) || f.indicator().contains(g.indicator());
    }

    /** Where a prediction is in the source: its source offset where known, else its offset in the normalised text. */
    private static int position(Fact f) {
        return f.sourceSpan() != null ? f.sourceSpan().start() : f.span().start();
    }

    /**
     * The matching key of a quantity: value and range in the base unit where the unit is catalogued
     * (so that 100 亿元 and 1 百亿元 agree), else value, range and unit after trivial normalisation.
     */
    private static String key(BigDecimal value, BigDecimal valueMax, String unit) {
        String folded = unit == null ? null : Normalizer.normalize(unit, Normalizer.Form.NFKC).strip();
        Unit catalogued = folded == null ? null : UNITS.get(folded).orElse(null);
        if (catalogued == null || catalogued.baseUnit() == null) {
            return plain(value) + "|" + (valueMax == null ? "" : plain(valueMax)) + "|" + (folded == null ? "" : folded);
        }
        return plain(catalogued.normalize(value)) + "|" + (valueMax == null ? "" : plain(catalogued.normalize(valueMax)))
                + "|=" + catalogued.baseUnit();
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** Line numbers of code-point offsets in one text. */
    private static final class LineIndex {
        private final int[] lineStarts;

        LineIndex(String text) {
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            int cp = 0;
            for (int i = 0; i < text.length(); ) {
                int c = text.codePointAt(i);
                i += Character.charCount(c);
                cp++;
                if (c == '\n') {
                    starts.add(cp);
                }
            }
            lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }

        int lineOf(int codePointOffset) {
            int index = java.util.Arrays.binarySearch(lineStarts, codePointOffset);
            return index >= 0 ? index + 1 : -index - 1;
        }
    }
}
