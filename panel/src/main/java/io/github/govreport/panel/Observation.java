package io.github.govreport.panel;

import org.jspecify.annotations.Nullable;

import io.github.govreport.core.Kind;
import io.github.govreport.core.Measure;
import io.github.govreport.core.Qualifier;
import io.github.govreport.core.Quantity;
import java.util.List;
import java.util.Objects;

/**
 * One cell of the panel: what the reports say about one indicator of one region in one year, as a
 * result or as a target, with every fact that says it.
 *
 * <p>The number is that of the first exact source in the order of {@link Panel} (the earliest
 * report, a work report before a plan report before a budget report), else of the first source;
 * that source is listed first. When the sources disagree the observation is a
 * {@link Agreement#CONFLICT} and {@code sources} holds each of their numbers.
 *
 * @param region      the region as the reports name it (重庆市)
 * @param regionCode  its GB/T 2260 code, or null
 * @param indicatorId the canonical indicator id (gdp)
 * @param indicator   the indicator as the first source writes it
 * @param measure     what kind of number it is (level, growth, …)
 * @param year        the year the number is about
 * @param kind        a result ({@link Kind#ACTUAL}) or a target ({@link Kind#TARGET})
 * @param coverage    the whole region's figure, or the government's own level's
 * @param quantity    the number of the first source
 * @param qualifier   its hedge
 * @param agreement   whether the sources agree
 * @param sources     every fact that gives it, first source first
 */
public record Observation(String region, @Nullable String regionCode, String indicatorId, String indicator, Measure measure,
        int year, Kind kind, Coverage coverage, Quantity quantity, Qualifier qualifier, Agreement agreement, List<Provenance> sources) {

    public Observation {
        Objects.requireNonNull(region, "observation region must not be null");
        Objects.requireNonNull(indicatorId, "observation indicatorId must not be null");
        Objects.requireNonNull(measure, "observation measure must not be null");
        Objects.requireNonNull(kind, "observation kind must not be null");
        Objects.requireNonNull(coverage, "observation coverage must not be null");
        Objects.requireNonNull(quantity, "observation quantity must not be null");
        Objects.requireNonNull(qualifier, "observation qualifier must not be null");
        Objects.requireNonNull(agreement, "observation agreement must not be null");
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("an observation has at least one source");
        }
    }

    /** The key the region is joined on: its code where the gazetteer knows it, else its name. */
    public String regionKey() {
        return regionCode != null ? regionCode : region;
    }

    /** The reports the sources are in (a document, or a part of one: doc/p2), each once, first source first. */
    public List<String> reports() {
        return sources.stream().map(Provenance::report).distinct().toList();
    }
}
