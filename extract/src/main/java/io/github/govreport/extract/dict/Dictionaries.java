package io.github.govreport.extract.dict;

import io.github.govreport.core.Kind;
import io.github.govreport.core.Measure;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;

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
 * @param pageFurniture    page numbers and footnote-text lines (page-furniture.tsv)
 * @param metadataCues     title, region, level, issuer, date and document-number cues (metadata.tsv)
 * @param indicatorTrims   words around an indicator that are not part of it (indicator-trims.tsv)
 * @param indicators       the standard indicators with their ids and names (indicators.tsv)
 * @param quantityWords    rank scopes, category nouns and the small words of the quantity forms
 *                         around a number (quantity-words.tsv)
 * @param timeCues         the words of spans of years, of reaching a level, and of a review's or a
 *                         plan's aspect (time-cues.tsv)
 * @param regions          China's administrative divisions with their GB/T 2260 codes (regions.tsv)
 * @param bindingWords     the words of the plan's binding classes, 约束性 and 预期性 (binding-words.tsv)
 * @param tableWords       the header words and cell patterns of indicator tables (table-headers.tsv,
 *                         table-patterns.tsv)
 * @param layoutMarks      the punctuation and words the layout of a text is read by (layout-marks.tsv)
 */
public record Dictionaries(UnitCatalog units, QualifierLexicon qualifiers, CueLexicon<Measure> measureCues,
                           CueLexicon<Kind> kindCues, CueLexicon<Kind> sectionKinds, PatternList notQuantities,
                           PatternList headingPatterns, PatternList pageFurniture,
                           TsvTable metadataCues, IndicatorTrims indicatorTrims,
                           IndicatorDictionary indicators, QuantityWords quantityWords,
                           CueLexicon<TimeCue> timeCues, Gazetteer regions, BindingWords bindingWords,
                           TableWords tableWords, LayoutMarks layoutMarks) {

    /** Holds the bundled instance, so that the JVM loads it on the first call of {@link #bundled()}, once. */
    private static final class Bundled {
        static final Dictionaries INSTANCE = load();
    }

    /** The dictionaries shipped with the library, loaded on first use. */
    public static Dictionaries bundled() {
        return Bundled.INSTANCE;
    }

    /** The dictionary files, by the names an override directory uses. */
    public static final List<String> FILES = List.of("units.tsv", "magnitudes.tsv", "qualifiers.tsv",
            "measure-cues.tsv", "kind-cues.tsv", "section-kinds.tsv", "not-quantities.tsv", "headings.tsv",
            "page-furniture.tsv", "metadata.tsv", "indicator-trims.tsv", "indicators.tsv", "quantity-words.tsv",
            "time-cues.tsv", "regions.tsv", "binding-words.tsv", "table-headers.tsv", "table-patterns.tsv",
            "layout-marks.tsv");

    /**
     * The bundled dictionaries with some files replaced by the same-named files of {@code dir}
     * (units.tsv, qualifiers.tsv, …): how a user tries a changed dictionary, for example against
     * the seed corpus, without rebuilding the library.
     *
     * @throws DictionaryException when a file of {@code dir} is malformed (naming file and line)
     */
    public static Dictionaries withOverrides(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new DictionaryException(dir + ": not a directory of dictionary files");
        }
        // A misspelt file name would silently leave the bundled file in force.
        try (var files = Files.list(dir)) {
            List<String> unknown = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".tsv"))
                    .filter(n -> !FILES.contains(n)).sorted().toList();
            if (!unknown.isEmpty()) {
                throw new DictionaryException(dir + ": " + unknown + " is not a dictionary file; the files are " + FILES);
            }
        } catch (IOException e) {
            throw new DictionaryException(dir + ": cannot list: " + e.getMessage());
        }
        return load((name, columns) -> {
            if (!FILES.contains(name)) {
                // FILES is what an override directory may hold: it must name every file load() reads.
                throw new IllegalStateException(name + " is loaded but missing from Dictionaries.FILES");
            }
            Path file = dir.resolve(name);
            if (!Files.exists(file)) {
                return TsvTable.resource(name, columns);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return TsvTable.read(file.toString(), in, columns);
            } catch (IOException e) {
                throw new DictionaryException(file + ": cannot read: " + e.getMessage());
            }
        });
    }

    private static Dictionaries load() {
        return load(TsvTable::resource);
    }

    private static Dictionaries load(BiFunction<String, String[], TsvTable> files) {
        IndicatorTrims indicatorTrims =
                new IndicatorTrims(files.apply("indicator-trims.tsv", new String[] {"word", "position", "example"}));
        return new Dictionaries(
                new UnitCatalog(
                        files.apply("units.tsv", new String[] {"surface", "dimension", "base", "factor", "magnitudes",
                            "example"}),
                        files.apply("magnitudes.tsv", new String[] {"surface", "factor", "example"})),
                new QualifierLexicon(files.apply("qualifiers.tsv",
                        new String[] {"surface", "qualifier", "position", "example"})),
                new CueLexicon<>(files.apply("measure-cues.tsv", new String[] {"cue", "measure", "units", "example"}),
                        "cue", "measure", measure -> measure.equals("none") ? null : Measure.fromJson(measure)),
                new CueLexicon<>(files.apply("kind-cues.tsv", new String[] {"cue", "kind", "sections", "example"}),
                        "cue", "kind", kind -> kind.equals("none") ? null : Kind.fromJson(kind)),
                new CueLexicon<>(files.apply("section-kinds.tsv", new String[] {"word", "kind", "example"}),
                        "word", "kind", Kind::fromJson),
                new PatternList(files.apply("not-quantities.tsv", new String[] {"pattern", "reason", "example"})),
                new PatternList(files.apply("headings.tsv", new String[] {"pattern", "level", "family", "example"})),
                new PatternList(files.apply("page-furniture.tsv", new String[] {"pattern", "role", "example"})),
                files.apply("metadata.tsv", new String[] {"field", "pattern", "value", "example"}),
                indicatorTrims,
                new IndicatorDictionary(files.apply("indicators.tsv",
                        new String[] {"id", "names", "unit_family", "measures", "direction", "example", "description"}),
                        indicatorTrims),
                new QuantityWords(files.apply("quantity-words.tsv", new String[] {"word", "role", "example"})),
                new CueLexicon<>(files.apply("time-cues.tsv", new String[] {"cue", "role", "example"}),
                        "cue", "role", role -> role.equals("none") ? null : TimeCue.fromName(role)),
                new Gazetteer(files.apply("regions.tsv", new String[] {"code", "name", "level", "parent", "short"})),
                new BindingWords(files.apply("binding-words.tsv", new String[] {"word", "binding", "example"})),
                new TableWords(files.apply("table-headers.tsv", new String[] {"word", "column", "example"}),
                        new PatternList(files.apply("table-patterns.tsv", new String[] {"pattern", "role", "example"}))),
                new LayoutMarks(files.apply("layout-marks.tsv", new String[] {"mark", "role", "example"})));
    }
}
