package io.github.govreport.core;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * What a document says about itself. Every field is null when the text does not give it.
 *
 * @param title  the report's title (政府工作报告)
 * @param region the region the report is about (重庆市, 渝中区)
 * @param level  the administrative level of that region
 * @param year   the year the report is delivered in; plan targets are for this year
 * @param type   what kind of report it is
 * @param issuer who issued it (重庆市人民政府)
 * @param date   the date it was delivered or issued
 * @param number the document number of an official document (渝中府发〔2024〕8号)
 * @param regionCode the GB/T 2260 code of the region (500103 for 渝中区); null when the region
 *                   is unknown, not in the gazetteer, or a name that several regions have
 */
public record Metadata(@Nullable String title, @Nullable String region, @Nullable AdministrativeLevel level,
                       @Nullable Integer year, @Nullable ReportType type, @Nullable String issuer,
                       @Nullable LocalDate date, @Nullable String number, @Nullable String regionCode) {

    public static final Metadata EMPTY = new Metadata(null, null, null, null, null, null, null, null, null);

    /** Metadata without a region code. */
    public Metadata(@Nullable String title, @Nullable String region, @Nullable AdministrativeLevel level,
                    @Nullable Integer year, @Nullable ReportType type, @Nullable String issuer,
                    @Nullable LocalDate date, @Nullable String number) {
        this(title, region, level, year, type, issuer, date, number, null);
    }

    /** Metadata without a document number. */
    public Metadata(@Nullable String title, @Nullable String region, @Nullable AdministrativeLevel level,
                    @Nullable Integer year, @Nullable ReportType type, @Nullable String issuer,
                    @Nullable LocalDate date) {
        this(title, region, level, year, type, issuer, date, null, null);
    }

    public Metadata {
        if (year != null && (year < Fact.EARLIEST_PERIOD || year > Fact.LATEST_PERIOD)) {
            throw new IllegalArgumentException("metadata year " + year + " is not a plausible year");
        }
        if (regionCode != null && !regionCode.matches("[0-9]{6}")) {
            throw new IllegalArgumentException("regionCode must be six digits (GB/T 2260), was '" + regionCode + "'");
        }
    }

    public Metadata withYear(@Nullable Integer newYear) {
        return new Metadata(title, region, level, newYear, type, issuer, date, number, regionCode);
    }
}
