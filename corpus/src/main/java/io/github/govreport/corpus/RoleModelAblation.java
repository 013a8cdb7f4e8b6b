package io.github.govreport.corpus;

import io.github.govreport.core.Document;
import io.github.govreport.core.Fact;
import io.github.govreport.core.Kind;
import io.github.govreport.extract.ReportExtractor;
import io.github.govreport.extract.dict.Dictionaries;
import io.github.govreport.extract.internal.fact.SilverRoles;
import io.github.govreport.extract.role.RoleFeatures;
import io.github.govreport.extract.role.SentenceRole;
import io.github.govreport.extract.role.SentenceRoleModel;
import io.github.govreport.extract.segment.HanLpSegmenter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rules alone against rules and the role model, cross-validated by report (docs/roles-model.md):
 * the reports of {@link RoleReports} are cut into k folds (report i in fold i mod k); for each
 * fold, a model trained on the other folds' sentences reads the fold's annotated reports, twice:
 * as written, and with their heading lines blanked ({@link HeadlessText}), where the rules of
 * sections are silent. Prints Markdown tables: kind accuracy and fully right facts, the facts the
 * rules leave unknown and what the model makes of them, the held-out accuracy per sentence label
 * source, and the model's decisions on the rules' unknowns by probability threshold.
 *
 * <pre>{@code mvn -B -ntp -q -pl corpus -am compile exec:java@roles-ablation}</pre>
 *
 * <p>Arguments: the checkout's root (default {@code .}) and k (default 5).
 */
public final class RoleModelAblation {

    private static final double[] THRESHOLDS = {0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98};

    /** The two readings of a report. */
    private enum Condition {
        AS_WRITTEN("as written"), WITHOUT_HEADINGS("headings blanked");

        final String label;

        Condition(String label) {
            this.label = label;
        }
    }

    /** What one condition adds up to over the held-out reports. */
    private static final class Tally {
        int gold;
        int matched;
        int kindRules;
        int kindModel;
        int fullyRules;
        int fullyModel;
        int unknown;
        int unknownRightRules;
        int decided;
        int decidedRight;
        int headings;
        int blanked;
        /** What the model says of the sentence of each fact the rules leave unknown. */
        final List<Asked> predictions = new ArrayList<>();
    }

    /** The model's prediction for a fact the rules leave unknown, and the fact's gold kind. */
    private record Asked(SentenceRoleModel.Prediction prediction, Kind gold) {
    }

    private RoleModelAblation() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int k = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        long start = System.nanoTime();
        List<RoleReports.Report> reports = RoleReports.load(root);
        List<RoleExamples.Labelled> labelled = RoleExamples.collect(reports);
        Dictionaries dictionaries = Dictionaries.bundled();
        SilverRoles silver = new SilverRoles(dictionaries);
        RoleFeatures features = new RoleFeatures(new HanLpSegmenter(), dictionaries);
        ReportExtractor rules = ReportExtractor.builder().rulesOnly().build();

        Map<Condition, Tally> tallies = new EnumMap<>(Condition.class);
        for (Condition c : Condition.values()) {
            tallies.put(c, new Tally());
        }
        Map<String, int[]> bySource = new LinkedHashMap<>();
        for (int fold = 0; fold < k; fold++) {
            List<String> heldOut = new ArrayList<>();
            for (int i = fold; i < reports.size(); i += k) {
                heldOut.add(reports.get(i).id());
            }
            SentenceRoleModel model = SentenceRoleModel.train(labelled.stream()
                    .filter(l -> !heldOut.contains(l.report())).map(RoleExamples.Labelled::example).toList());
            countHeldOutSentences(labelled, heldOut, model, bySource);
            ReportExtractor withModel = ReportExtractor.builder().roleModel(model).build();
            for (RoleReports.Report report : reports) {
                if (!heldOut.contains(report.id()) || !report.annotated()) {
                    continue;
                }
                Document asWritten = report.extract(rules);
                HeadlessText.Result headless = HeadlessText.of(report.text(), asWritten);
                tallies.get(Condition.WITHOUT_HEADINGS).headings += headless.headings();
                tallies.get(Condition.WITHOUT_HEADINGS).blanked += headless.blanked();
                for (Condition condition : Condition.values()) {
                    String text = condition == Condition.AS_WRITTEN ? report.text() : headless.text();
                    Document byRules = condition == Condition.AS_WRITTEN ? asWritten : report.extract(rules, text);
                    Document byModel = report.extract(withModel, text);
                    tally(tallies.get(condition), report, byRules, byModel, silver, features, model);
                }
            }
        }

        printSummary(reports, labelled, k, tallies, bySource);
        printThresholds(tallies);
        System.out.printf(Locale.ROOT, "%n(%.0f s)%n", (System.nanoTime() - start) / 1e9);
    }

    /**
     * Counts, per source and reading, the held-out sentences of a fold, those whose most probable
     * role is right, and those the model decides (and of them, the right ones).
     */
    private static void countHeldOutSentences(List<RoleExamples.Labelled> labelled, List<String> heldOut,
                                              SentenceRoleModel model, Map<String, int[]> bySource) {
        for (RoleExamples.Labelled l : labelled) {
            if (heldOut.contains(l.report())) {
                int[] counts = bySource.computeIfAbsent(l.source().name().toLowerCase(Locale.ROOT) + " | "
                        + l.reading().name().toLowerCase(Locale.ROOT).replace('_', ' '), s -> new int[4]);
                SentenceRoleModel.Prediction p = model.predict(l.example().features().toArray(String[]::new));
                counts[0]++;
                counts[1] += p.role() == l.example().role() ? 1 : 0;
                if (p.probability() >= SentenceRoleModel.DECIDES) {
                    counts[2]++;
                    counts[3] += p.role() == l.example().role() ? 1 : 0;
                }
            }
        }
    }

    /** The table of the rules with and without the model per reading, and the held-out sentences by source. */
    private static void printSummary(List<RoleReports.Report> reports, List<RoleExamples.Labelled> labelled, int k,
                                     Map<Condition, Tally> tallies, Map<String, int[]> bySource) {
        System.out.printf(Locale.ROOT, "Role model ablation: %d reports in %d folds by report, %d annotated; %d labelled sentences%n%n",
                reports.size(), k, reports.stream().filter(RoleReports.Report::annotated).count(),
                labelled.stream().filter(l -> l.reading() == RoleExamples.Reading.FULL).count());
        System.out.println("| reading | gold facts | matched | kind right, rules | kind right, rules + model | fully right, rules | fully right, rules + model | rules leave unknown | model decides | of which right |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        for (Condition c : Condition.values()) {
            Tally t = tallies.get(c);
            System.out.printf(Locale.ROOT, "| %s | %d | %d | %s | %s | %s | %s | %d | %d | %d |%n", c.label, t.gold, t.matched,
                    share(t.kindRules, t.matched), share(t.kindModel, t.matched), share(t.fullyRules, t.gold),
                    share(t.fullyModel, t.gold), t.unknown, t.decided, t.decidedRight);
        }
        System.out.println();
        for (Condition c : Condition.values()) {
            Tally t = tallies.get(c);
            System.out.printf(Locale.ROOT, "%s, the rules decide %d kinds, %s rightly.%n", c.label, t.matched - t.unknown,
                    share(t.kindRules - t.unknownRightRules, t.matched - t.unknown));
        }
        Tally headless = tallies.get(Condition.WITHOUT_HEADINGS);
        System.out.printf(Locale.ROOT, "Headings blanked: %d of %d.%n%n", headless.blanked, headless.headings);
        System.out.printf(Locale.ROOT, "| held-out sentences labelled by | read | sentences | most probable role right "
                + "| probability ≥ %.2f | of which right |%n", SentenceRoleModel.DECIDES);
        System.out.println("| --- | --- | --- | --- | --- | --- |");
        new TreeMap<>(bySource).forEach((source, counts) -> System.out.printf(Locale.ROOT,
                "| %s | %d | %s | %d | %s |%n", source, counts[0], share(counts[1], counts[0]), counts[2],
                share(counts[3], counts[2])));
    }

    /** For each reading, how many of the rules' unknowns the model decides at each threshold, and how well. */
    private static void printThresholds(Map<Condition, Tally> tallies) {
        for (Condition c : Condition.values()) {
            Tally t = tallies.get(c);
            if (t.predictions.isEmpty()) {
                continue;
            }
            System.out.printf(Locale.ROOT, "%nThe rules' unknowns, %s (%d facts), by threshold:%n%n", c.label,
                    t.predictions.size());
            System.out.println("| threshold | decided | right | wrong | accuracy of decided |");
            System.out.println("| --- | --- | --- | --- | --- |");
            for (double threshold : THRESHOLDS) {
                int decided = 0;
                int right = 0;
                for (Asked asked : t.predictions) {
                    SentenceRole role = asked.prediction().role();
                    if (asked.prediction().probability() >= threshold && role != SentenceRole.OTHER) {
                        decided++;
                        right += role.kind() == asked.gold() ? 1 : 0;
                    }
                }
                System.out.printf(Locale.ROOT, "| %.2f | %d | %d | %d | %s |%n", threshold, decided, right, decided - right,
                        share(right, decided));
            }
        }
    }

    private static void tally(Tally t, RoleReports.Report report, Document byRules, Document byModel,
                              SilverRoles silver, RoleFeatures features, SentenceRoleModel model) {
        Evaluation rules = report.score(byRules.facts());
        Evaluation withModel = report.score(byModel.facts());
        t.gold += report.gold().facts().size();
        t.matched += rules.pairs().size();
        t.fullyRules += rules.factMatches().size();
        t.fullyModel += withModel.factMatches().size();
        Map<GoldFact, Kind> modelKinds = new HashMap<>();
        withModel.pairs().forEach(p -> modelKinds.put(p.gold(), p.predicted().kind()));
        IdentityHashMap<Fact, SilverRoles.Labelled> sentences = new IdentityHashMap<>();
        for (SilverRoles.Labelled sentence : silver.of(byRules)) {
            sentence.facts().forEach(f -> sentences.put(f, sentence));
        }
        for (Evaluation.Pair pair : rules.pairs()) {
            Kind gold = pair.gold().kind();
            Kind byRulesKind = pair.predicted().kind();
            Kind byModelKind = modelKinds.getOrDefault(pair.gold(), byRulesKind);
            t.kindRules += byRulesKind == gold ? 1 : 0;
            t.kindModel += byModelKind == gold ? 1 : 0;
            if (byRulesKind == Kind.UNKNOWN) {
                t.unknown++;
                t.unknownRightRules += gold == Kind.UNKNOWN ? 1 : 0;
                if (byModelKind != Kind.UNKNOWN) {
                    t.decided++;
                    t.decidedRight += byModelKind == gold ? 1 : 0;
                }
                SilverRoles.Labelled sentence = sentences.get(pair.predicted());
                if (sentence != null) {
                    t.predictions.add(new Asked(model.predict(features.of(sentence.context())), gold));
                }
            }
        }
    }

    private static String share(int part, int whole) {
        return whole == 0 ? "–" : String.format(Locale.ROOT, "%d (%.3f)", part, part / (double) whole);
    }
}
