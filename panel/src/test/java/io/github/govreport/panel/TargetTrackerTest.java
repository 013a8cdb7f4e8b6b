package io.github.govreport.panel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govreport.core.Direction;
import io.github.govreport.core.Measure;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TargetTrackerTest {

    private static final List<Attainment> ROWS = TargetTracker.bundled().track(Panel.of(Reports.all()));

    @Test
    void eachTargetIsPairedWithTheLaterReportsResultAndJudged() {
        assertThat(ROWS).extracting(a -> a.indicatorId() + " " + a.year() + " " + a.target().text() + " → "
                + (a.actual() == null ? "-" : a.actual().text()) + " " + a.verdict().jsonName())
                .containsExactly(
                        "cpi 2023 3%左右 → 0.3% met",
                        "energy_consumption_per_gdp 2023 2.5%左右 → 3.1% met",
                        "gdp 2023 7%左右 → 4.1% missed",
                        "gdp 2024 5%左右 → - no_result",
                        "urban_new_jobs 2023 40万人以上 → 43.5万人 met",
                        "urban_new_jobs 2024 40万人以上 → - no_result",
                        "urban_surveyed_unemployment_rate 2023 5.5%左右 → 5.2% met");
    }

    @Test
    void aDeclineAnswersAGrowthTargetAsANegativeGrowth() {
        Attainment cpi = ROWS.get(0);
        assertThat(cpi.measure()).isEqualTo(Measure.GROWTH);
        assertThat(cpi.actual().measure()).isEqualTo(Measure.DECLINE);
        assertThat(cpi.gap()).isEqualByComparingTo("-3.3");
    }

    @Test
    void theGapIsInTheTargetsUnit() {
        Attainment jobs = ROWS.get(4);
        assertThat(jobs.target().unit()).isEqualTo("万人");
        assertThat(jobs.gap()).isEqualByComparingTo("3.5");
        assertThat(jobs.target().doc()).isEqualTo("jiangxi_work_2023");
        assertThat(jobs.actual().doc()).isEqualTo("jiangxi_work_2024");
    }

    @Test
    void theDirectionComesFromTheDictionaryAndAnIndicatorWithoutOneIsNotTracked() {
        TargetTracker onlyGdp = new TargetTracker(id -> id.equals("gdp") ? Optional.of(Direction.UP) : Optional.empty());
        assertThat(onlyGdp.track(Panel.of(Reports.all()))).extracting(Attainment::indicatorId).containsOnly("gdp");
        TargetTracker gdpIsACeiling = new TargetTracker(id -> Optional.of(Direction.DOWN));
        assertThat(gdpIsACeiling.track(Panel.of(Reports.all()))).filteredOn(a -> a.indicatorId().equals("gdp"))
                .first().extracting(a -> a.verdict()).isEqualTo(Verdict.MET);
    }
}
