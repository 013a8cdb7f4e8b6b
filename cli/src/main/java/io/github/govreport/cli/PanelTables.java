package io.github.govreport.cli;

import static io.github.govreport.cli.TidyTable.Type.INTEGER;
import static io.github.govreport.cli.TidyTable.Type.REAL;
import static io.github.govreport.cli.TidyTable.Type.TEXT;

import io.github.govreport.cli.TidyTable.Column;
import io.github.govreport.core.JsonName;
import io.github.govreport.panel.Attainment;
import io.github.govreport.panel.Observation;
import io.github.govreport.panel.Provenance;
import java.util.List;
import java.util.function.Function;

/** The columns of the tidy panel and attainment tables (docs/panel.md). */
final class PanelTables {

    /** One row per observation; the provenance columns are those of its first source. */
    static final TidyTable<Observation> OBSERVATIONS = new TidyTable<>(List.of(
            new Column<>("region", TEXT, Observation::region),
            new Column<>("regionCode", TEXT, Observation::regionCode),
            new Column<>("indicatorId", TEXT, Observation::indicatorId),
            new Column<>("indicator", TEXT, Observation::indicator),
            new Column<>("measure", TEXT, o -> name(o.measure())),
            new Column<>("year", INTEGER, Observation::year),
            new Column<>("kind", TEXT, o -> name(o.kind())),
            new Column<>("coverage", TEXT, o -> name(o.coverage())),
            new Column<>("value", REAL, o -> o.quantity().value()),
            new Column<>("valueMax", REAL, o -> o.quantity().valueMax()),
            new Column<>("unit", TEXT, o -> o.quantity().unit()),
            new Column<>("normalizedValue", REAL, o -> o.quantity().normalized().value()),
            new Column<>("normalizedUnit", TEXT, o -> o.quantity().normalized().unit()),
            new Column<>("qualifier", TEXT, o -> name(o.qualifier())),
            new Column<>("agreement", TEXT, o -> name(o.agreement())),
            new Column<>("sources", INTEGER, o -> o.sources().size()),
            new Column<>("reports", TEXT, o -> String.join(";", o.reports())),
            new Column<>("doc", TEXT, first(Provenance::doc)),
            new Column<>("part", TEXT, first(Provenance::part)),
            new Column<>("fact", TEXT, first(Provenance::fact)),
            new Column<>("start", INTEGER, first(Provenance::start)),
            new Column<>("end", INTEGER, first(Provenance::end)),
            new Column<>("text", TEXT, first(Provenance::text))));

    /** Every source of every observation: what the SQLite table {@code observation_sources} holds. */
    static final TidyTable<Provenance> SOURCES = new TidyTable<>(List.of(
            new Column<>("doc", TEXT, Provenance::doc),
            new Column<>("part", TEXT, Provenance::part),
            new Column<>("fact", TEXT, Provenance::fact),
            new Column<>("reportType", TEXT, p -> p.reportType() == null ? null : p.reportType().jsonName()),
            new Column<>("reportYear", INTEGER, Provenance::reportYear),
            new Column<>("start", INTEGER, Provenance::start),
            new Column<>("end", INTEGER, Provenance::end),
            new Column<>("text", TEXT, Provenance::text),
            new Column<>("value", REAL, p -> p.quantity().value()),
            new Column<>("valueMax", REAL, p -> p.quantity().valueMax()),
            new Column<>("unit", TEXT, p -> p.quantity().unit()),
            new Column<>("qualifier", TEXT, p -> name(p.qualifier())),
            new Column<>("sentence", TEXT, Provenance::sentence)));

    /** One row per target. */
    static final TidyTable<Attainment> ATTAINMENTS = new TidyTable<>(List.of(
            new Column<>("region", TEXT, Attainment::region),
            new Column<>("regionCode", TEXT, Attainment::regionCode),
            new Column<>("indicatorId", TEXT, Attainment::indicatorId),
            new Column<>("indicator", TEXT, Attainment::indicator),
            new Column<>("measure", TEXT, a -> name(a.measure())),
            new Column<>("coverage", TEXT, a -> name(a.coverage())),
            new Column<>("year", INTEGER, Attainment::year),
            new Column<>("targetValue", REAL, a -> a.target().value()),
            new Column<>("targetValueMax", REAL, a -> a.target().valueMax()),
            new Column<>("targetUnit", TEXT, a -> a.target().unit()),
            new Column<>("targetQualifier", TEXT, a -> name(a.target().qualifier())),
            new Column<>("targetDoc", TEXT, a -> a.target().doc()),
            new Column<>("targetText", TEXT, a -> a.target().text()),
            new Column<>("actualValue", REAL, actual(Attainment.Side::value)),
            new Column<>("actualValueMax", REAL, actual(Attainment.Side::valueMax)),
            new Column<>("actualUnit", TEXT, actual(Attainment.Side::unit)),
            new Column<>("actualMeasure", TEXT, actual(s -> name(s.measure()))),
            new Column<>("actualQualifier", TEXT, actual(s -> name(s.qualifier()))),
            new Column<>("actualDoc", TEXT, actual(Attainment.Side::doc)),
            new Column<>("actualText", TEXT, actual(Attainment.Side::text)),
            new Column<>("gap", REAL, Attainment::gap),
            new Column<>("verdict", TEXT, a -> name(a.verdict()))));

    private PanelTables() {
    }

    private static String name(JsonName value) {
        return value == null ? null : value.jsonName();
    }

    private static Function<Observation, Object> first(Function<Provenance, Object> field) {
        return o -> field.apply(o.sources().get(0));
    }

    private static Function<Attainment, Object> actual(Function<Attainment.Side, Object> field) {
        return a -> a.actual() == null ? null : field.apply(a.actual());
    }
}
