package io.github.govreport.corpus;

/**
 * How many gold facts and predictions there were, and how many of them matched.
 *
 * @param gold      gold facts in scope
 * @param predicted predictions in scope
 * @param matched   one-to-one matches
 */
public record Counts(int gold, int predicted, int matched) {

    public static final Counts ZERO = new Counts(0, 0, 0);

    public double precision() {
        return predicted == 0 ? (gold == 0 ? 1.0 : 0.0) : (double) matched / predicted;
    }

    public double recall() {
        return gold == 0 ? 1.0 : (double) matched / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    public Counts plus(Counts other) {
        return new Counts(gold + other.gold, predicted + other.predicted, matched + other.matched);
    }
}
