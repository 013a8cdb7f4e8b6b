package io.github.govreport.panel;

import io.github.govreport.core.Document;
import io.github.govreport.core.Fact;
import io.github.govreport.core.Kind;
import io.github.govreport.core.Measure;
import io.github.govreport.core.Metadata;
import io.github.govreport.core.Part;
import io.github.govreport.core.Qualifier;
import io.github.govreport.core.ReportType;
import io.github.govreport.extract.dict.Dictionaries;
import io.github.govreport.extract.dict.IndicatorTrims;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The facts of many reports side by side: one {@link Observation} per region × indicator id ×
 * measure × year × kind × coverage, with the provenance of each fact behind it (docs/panel.md).
 *
 * <p>A fact enters the panel when its region (the report's, or the part's in a gazette issue), its
 * indicator id, its period and its kind (result or target) are all known: without them it cannot
 * be joined with another report's fact safely. Sources are ordered by the year their report was
 * delivered in (earliest first: the report right after a year states its result first), then work
 * report, plan report, budget report, then document id and place. Immutable and thread-safe.
 */
public final class Panel {

    private static final List<ReportType> TYPE_ORDER = List.of(ReportType.WORK_REPORT, ReportType.PLAN_REPORT,
            ReportType.BUDGET_REPORT);

    private static final Comparator<Provenance> SOURCE_ORDER = Comparator
            .comparing(Provenance::reportYear, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(p -> typeRank(p.reportType()))
            .thenComparing(Provenance::doc)
            .thenComparingInt(Provenance::start);

    private static final Comparator<Observation> ROW_ORDER = Comparator.comparing(Observation::regionKey)
            .thenComparing(Observation::indicatorId)
            .thenComparing(Observation::measure)
            .thenComparingInt(Observation::year)
            .thenComparing(Observation::kind)
            .thenComparing(Observation::coverage);

    private final List<Observation> observations;
    private final Map<Key, Observation> byKey;

    private Panel(List<Observation> observations) {
        this.observations = List.copyOf(observations);
        Map<Key, Observation> index = new LinkedHashMap<>();
        for (Observation o : observations) {
            index.put(new Key(o.regionKey(), o.indicatorId(), o.measure(), o.year(), o.kind(), o.coverage()), o);
        }
        this.byKey = Map.copyOf(index);
    }

    /** The panel of {@code documents}, with the own-level words of the bundled dictionaries. */
    public static Panel of(Collection<Document> documents) {
        return of(documents, Dictionaries.bundled().indicatorTrims());
    }

    /**
     * The panel of {@code documents}; {@code trims} tells a figure of the government's own level
     * (市本级…) from the whole region's.
     */
    public static Panel of(Collection<Document> documents, IndicatorTrims trims) {
        Map<Key, List<Sourced>> grouped = new LinkedHashMap<>();
        for (Document document : documents) {
            for (Fact fact : document.facts()) {
                Part part = partAt(document, fact.span().start());
                Metadata metadata = part == null ? document.metadata() : inherit(part.metadata(), document.metadata());
                if (!joinable(fact, metadata)) {
                    continue;
                }
                Key key = new Key(metadata.regionCode() != null ? metadata.regionCode() : metadata.region(),
                        fact.indicatorId(), fact.measure(), fact.period(), fact.kind(),
                        trims.isOwnLevel(fact.indicator()) ? Coverage.OWN_LEVEL : Coverage.REGION);
                grouped.computeIfAbsent(key, k -> new ArrayList<>())
                        .add(new Sourced(metadata, Provenance.of(fact, part == null ? null : part.id(), metadata.type(),
                                metadata.year())));
            }
        }
        List<Observation> rows = new ArrayList<>();
        grouped.forEach((key, sources) -> rows.add(observation(key, sources)));
        rows.sort(ROW_ORDER);
        return new Panel(rows);
    }

    /** Every observation, ordered by region, indicator id, measure, year and kind. */
    public List<Observation> observations() {
        return observations;
    }

    /** The observations whose sources disagree. */
    public List<Observation> conflicts() {
        return observations.stream().filter(o -> o.agreement() == Agreement.CONFLICT).toList();
    }

    /** The whole region's observation of one cell, if any report gives it; {@code regionKey} is a region code or name. */
    public Optional<Observation> find(String regionKey, String indicatorId, Measure measure, int year, Kind kind) {
        return find(regionKey, indicatorId, measure, year, kind, Coverage.REGION);
    }

    /** The observation of one cell, if any report gives it. */
    public Optional<Observation> find(String regionKey, String indicatorId, Measure measure, int year, Kind kind,
                                      Coverage coverage) {
        return Optional.ofNullable(byKey.get(new Key(regionKey, indicatorId, measure, year, kind, coverage)));
    }

    private static boolean joinable(Fact fact, Metadata metadata) {
        return metadata.region() != null && fact.indicatorId() != null && fact.period() != null
                && (fact.kind() == Kind.ACTUAL || fact.kind() == Kind.TARGET);
    }

    /** The part of a gazette issue the offset is in, or null. */
    private static Part partAt(Document document, int offset) {
        for (Part part : document.parts()) {
            if (part.span().start() <= offset && offset < part.span().end()) {
                return part;
            }
        }
        return null;
    }

    /** A part that does not name its region or year is about those of the issue it is in. */
    private static Metadata inherit(Metadata part, Metadata issue) {
        boolean ownRegion = part.region() != null;
        return new Metadata(part.title(), ownRegion ? part.region() : issue.region(),
                ownRegion ? part.level() : issue.level(), part.year() != null ? part.year() : issue.year(),
                part.type(), part.issuer(), part.date(), part.number(),
                ownRegion ? part.regionCode() : issue.regionCode());
    }

    /**
     * The observation of one cell. Its number is that of the first exact source in source order
     * (a bound such as 迈上3万亿元 gives way to the 30145.79亿元 it summarises), else of the first
     * source; that source is listed first. The sources agree when each says the same as it.
     */
    private static Observation observation(Key key, List<Sourced> sourced) {
        List<Sourced> ordered = new ArrayList<>(sourced.stream()
                .sorted(Comparator.comparing(Sourced::provenance, SOURCE_ORDER)).toList());
        Sourced head = ordered.stream().filter(s -> s.provenance().qualifier() == Qualifier.EXACT).findFirst()
                .orElse(ordered.get(0));
        ordered.remove(head);
        ordered.add(0, head);
        List<Provenance> sources = ordered.stream().map(Sourced::provenance).toList();
        // sources.get(0) is the head's own, which agrees with itself
        boolean allAgree = sources.subList(1, sources.size()).stream().allMatch(p -> p.agreesWith(head.provenance()));
        Agreement agreement = !allAgree ? Agreement.CONFLICT
                : sources.size() == 1 ? Agreement.SINGLE : Agreement.AGREED;
        String indicator = sources.stream().map(Provenance::indicator).filter(i -> i != null).findFirst()
                .orElse(key.indicatorId());
        Metadata about = head.metadata();
        return new Observation(about.region(), about.regionCode(), key.indicatorId(), indicator, key.measure(),
                key.year(), key.kind(), key.coverage(), head.provenance().quantity(), head.provenance().qualifier(), agreement, sources);
    }

    private static int typeRank(ReportType type) {
        int rank = TYPE_ORDER.indexOf(type);
        return rank < 0 ? TYPE_ORDER.size() : rank;
    }

    private record Key(String region, String indicatorId, Measure measure, int year, Kind kind, Coverage coverage) {
    }

    private record Sourced(Metadata metadata, Provenance provenance) {
    }
}
