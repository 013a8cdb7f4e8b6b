/**
 * The seed reports that the extractor is developed and scored on, their gold annotations, and
 * the scorer that compares an extractor's facts with the gold.
 *
 * <pre>{@code
 * ReportExtractor extractor = ReportExtractor.create();
 * List<Fact> facts = new ArrayList<>();
 * for (Seed seed : Corpus.seeds()) {
 *     facts.addAll(extractor.extract(seed.text(), seed.id()).facts());
 * }
 * Evaluation evaluation = Scorer.bundled().evaluate(facts);
 * System.out.println(evaluation.scores().table());
 * System.out.println(evaluation.errors());          // missed, wrong and spurious facts
 * }</pre>
 *
 * <p>{@link io.github.govreport.corpus.CorpusRegression} runs exactly this and checks the
 * scores against committed floors.
 */
package io.github.govreport.corpus;
