/**
 * The seed reports that the extractor is developed and scored on, with their gold annotations.
 *
 * <p>Start from {@link io.github.govreport.corpus.Corpus}:
 *
 * <pre>{@code
 * for (Seed seed : Corpus.seeds()) {
 *     Document report = extractor.extract(seed.text(), seed.id());
 *     List<String> gold = seed.goldLines();
 * }
 * }</pre>
 */
package io.github.govreport.corpus;
