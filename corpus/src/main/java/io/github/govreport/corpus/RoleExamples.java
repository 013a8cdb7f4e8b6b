package io.github.govreport.corpus;

import io.github.govreport.core.Document;
import io.github.govreport.core.Fact;
import io.github.govreport.core.Kind;
import io.github.govreport.extract.ReportExtractor;
import io.github.govreport.extract.dict.Dictionaries;
import io.github.govreport.extract.internal.fact.SilverRoles;
import io.github.govreport.extract.role.RoleContext;
import io.github.govreport.extract.role.RoleFeatures;
import io.github.govreport.extract.role.SentenceRole;
import io.github.govreport.extract.role.SentenceRoleModel;
import io.github.govreport.extract.segment.HanLpSegmenter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The labelled sentences of one report for the role model: the silver role the rules give a
 * sentence with certainty ({@link SilverRoles}), replaced by the gold where the report is
 * annotated (the kind most of the sentence's gold facts have: actual → review, target → plan,
 * unknown → other). Sentences with neither are left out. Features are computed here, with the
 * cue words that made a silver label hidden. Each sentence is an example three times
 * ({@link Reading}): as in its report; without the headings above it, as a report that lost its
 * headings reads it (where the rules are silent there is usually no heading to go by); and bare,
 * without headings and place, as a short text reads it. docs/roles-model.md measures what the
 * copies bring.
 */
public final class RoleExamples {

    /** How a sentence is read: what of its context its features hold. */
    public enum Reading {
        /** its headings and its place in the report */
        FULL,
        /** its place, no headings */
        NO_HEADINGS,
        /** neither: the sentence, its year and the report's */
        BARE
    }

    /** Where a label came from. */
    public enum Source {
        GOLD, HEADING, CUE
    }

    /**
     * A labelled sentence.
     *
     * @param report   the report's id
     * @param example  its features and role
     * @param source   where the role came from
     * @param reading  what of the sentence's context its features hold
     */
    public record Labelled(String report, SentenceRoleModel.Example example, Source source, Reading reading) {
    }

    private final SilverRoles silver;
    private final RoleFeatures features;

    public RoleExamples(SilverRoles silver, RoleFeatures features) {
        this.silver = silver;
        this.features = features;
    }

    /**
     * The labelled sentences of {@code report}, in order.
     *
     * @param document the report as the rules alone extract it
     * @param gold     the gold kind of its facts matched to gold (empty without gold)
     */
    public List<Labelled> of(String report, Document document, Map<Fact, Kind> gold) {
        List<Labelled> labelled = new ArrayList<>();
        for (SilverRoles.Labelled sentence : silver.of(document)) {
            SentenceRole goldRole = majority(sentence.facts(), gold);
            SentenceRole role = goldRole != null ? goldRole : sentence.role();
            if (role == null) {
                continue;
            }
            Source source = goldRole != null ? Source.GOLD
                    : sentence.evidence() == SilverRoles.Evidence.CUE ? Source.CUE : Source.HEADING;
            Set<String> hidden = source == Source.CUE ? sentence.cues() : Set.of();
            RoleContext context = sentence.context();
            for (Reading reading : Reading.values()) {
                RoleContext read = reading == Reading.FULL ? context : new RoleContext(context.sentence(), List.of(),
                        context.reportYear(), reading == Reading.BARE ? null : context.position());
                labelled.add(new Labelled(report, new SentenceRoleModel.Example(List.of(features.of(read, hidden)), role),
                        source, reading));
            }
        }
        return labelled;
    }

    /**
     * The labelled sentences of every report, in report order, each report read by the rules alone.
     * The same reports give the same examples in the same order.
     */
    public static List<Labelled> collect(List<RoleReports.Report> reports) {
        Dictionaries dictionaries = Dictionaries.bundled();
        RoleExamples examples = new RoleExamples(new SilverRoles(dictionaries),
                new RoleFeatures(new HanLpSegmenter(), dictionaries));
        ReportExtractor rules = ReportExtractor.builder().rulesOnly().build();
        List<Labelled> all = new ArrayList<>();
        for (RoleReports.Report report : reports) {
            Document document = report.extract(rules);
            all.addAll(examples.of(report.id(), document, goldKinds(report.score(document.facts()))));
        }
        return all;
    }

    /** The gold facts of an evaluation, by the prediction each was matched to. */
    public static Map<Fact, Kind> goldKinds(Evaluation evaluation) {
        IdentityHashMap<Fact, Kind> kinds = new IdentityHashMap<>();
        evaluation.pairs().forEach(pair -> kinds.put(pair.predicted(), pair.gold().kind()));
        return kinds;
    }

    /** The role most of the facts' gold kinds give; null without gold or on a tie. */
    private static SentenceRole majority(List<Fact> facts, Map<Fact, Kind> gold) {
        Map<SentenceRole, Integer> votes = new EnumMap<>(SentenceRole.class);
        for (Fact fact : facts) {
            Kind kind = gold.get(fact);
            if (kind != null) {
                votes.merge(SentenceRole.of(kind), 1, Integer::sum);
            }
        }
        SentenceRole best = null;
        int most = 0;
        boolean tie = false;
        for (var vote : votes.entrySet()) {
            if (vote.getValue() > most) {
                best = vote.getKey();
                most = vote.getValue();
                tie = false;
            } else if (vote.getValue() == most) {
                tie = true;
            }
        }
        return tie ? null : best;
    }
}
