/**
 * AssertJ assertions for the govreport model, for testing extractors and their extensions.
 *
 * <p>Start from {@link io.github.govreport.testing.ModelAssertions}:
 *
 * <pre>{@code
 * import static io.github.govreport.testing.ModelAssertions.assertThat;
 *
 * Document report = ReportExtractor.create().extract(text, "my-report");
 * assertThat(report).hasFactsAtLeast(1).factsAreConsistent().sectionsAreConsistent();
 * assertThat(report.facts().get(0)).hasValue("6.1").hasUnit("%").hasMeasure(Measure.GROWTH);
 * }</pre>
 */
package io.github.govreport.testing;
