package io.github.govreport.extract.dict;

import io.github.govreport.core.Kind;
import io.github.govreport.core.Measure;

/**
 * All the knowledge the extractor uses, loaded from the data files of this package and validated
 * once. Immutable; share one instance.
 *
 * @param units            the units and magnitudes (units.tsv, magnitudes.tsv)
 * @param qualifiers       the hedges (qualifiers.tsv)
 * @param measureCues      the verbs that say what a number measures (measure-cues.tsv)
 * @param kindCues         the words that mark targets and results (kind-cues.tsv)
 * @param sectionKinds     the heading words that mark reviews and plans (section-kinds.tsv)
 * @param notQuantities    the patterns of numbers that only name something (not-quantities.tsv)
 * @param headingPatterns  the heading conventions (headings.tsv)
 */
public record Dictionaries(UnitCatalog units, QualifierLexicon qualifiers, CueLexicon<Measure> measureCues,
                           CueLexicon<Kind> kindCues, CueLexicon<Kind> sectionKinds, PatternList notQuantities,
                           PatternList headingPatterns) {

    private static final class Bundled {
        static final Dictionaries INSTANCE = load();
    }

    /** The dictionaries shipped with the library, loaded on first use. */
    public static Dictionaries bundled() {
        return Bundled.INSTANCE;
    }

    private static Dictionaries load() {
        return new Dictionaries(
                new UnitCatalog(
                        TsvTable.resource("units.tsv", "surface", "dimension", "base", "factor", "magnitudes", "example"),
                        TsvTable.resource("magnitudes.tsv", "surface", "factor", "example")),
                new QualifierLexicon(TsvTable.resource("qualifiers.tsv", "surface", "qualifier", "position", "example")),
                new CueLexicon<>(TsvTable.resource("measure-cues.tsv", "cue", "measure", "units", "example"),
                        "cue", "measure", Measure::fromJson),
                new CueLexicon<>(TsvTable.resource("kind-cues.tsv", "cue", "kind", "example"),
                        "cue", "kind", Kind::fromJson),
                new CueLexicon<>(TsvTable.resource("section-kinds.tsv", "word", "kind", "example"),
                        "word", "kind", Kind::fromJson),
                new PatternList(TsvTable.resource("not-quantities.tsv", "pattern", "reason", "example")),
                new PatternList(TsvTable.resource("headings.tsv", "pattern", "level", "example")));
    }
}
