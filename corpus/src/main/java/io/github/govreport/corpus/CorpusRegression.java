package io.github.govreport.corpus;

import io.github.govreport.core.Fact;
import io.github.govreport.extract.ReportExtractor;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs an extractor over the seed corpus and compares the result with the gold and with the
 * committed floors: the regression check of every build, and of a user's own dictionary changes.
 */
public final class CorpusRegression {

    private CorpusRegression() {
    }

    /** The facts {@code extractor} finds in every seed, in corpus order. */
    public static List<Fact> extractSeeds(ReportExtractor extractor) {
        List<Fact> facts = new ArrayList<>();
        for (Seed seed : Corpus.seeds()) {
            facts.addAll(extractor.extract(seed.text(), seed.id()).facts());
        }
        return facts;
    }

    /** Extracts the seeds and scores them against the bundled gold. */
    public static Evaluation evaluate(ReportExtractor extractor) {
        return Scorer.bundled().evaluate(extractSeeds(extractor));
    }

    /**
     * What a check against floors found.
     *
     * @param violations the scores below their floors
     * @param lost       facts the baseline matched and this run does not
     * @param gained     facts this run matches and the baseline did not
     */
    public record Result(List<String> violations, List<String> lost, List<String> gained) {

        public boolean passed() {
            return violations.isEmpty();
        }

        /** The violations and the lost and gained facts, for a person. */
        public String report() {
            StringBuilder out = new StringBuilder();
            if (!violations.isEmpty()) {
                out.append("Scores below their floors:\n");
                violations.forEach(v -> out.append("  ").append(v).append('\n'));
            }
            out.append("Facts lost since the floors were set (").append(lost.size()).append("):\n");
            lost.forEach(l -> out.append("  - ").append(l).append('\n'));
            out.append("Facts gained since the floors were set (").append(gained.size()).append("):\n");
            gained.forEach(g -> out.append("  + ").append(g).append('\n'));
            return out.toString();
        }
    }

    public static Result check(Evaluation evaluation, Floors floors, Baseline baseline) {
        return new Result(floors.violations(evaluation.scores()), baseline.lost(evaluation), baseline.gained(evaluation));
    }
}
