package io.github.govreport.extract.dict;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govreport.core.Binding;
import io.github.govreport.core.Dimension;
import io.github.govreport.core.Fact;
import io.github.govreport.core.Kind;
import io.github.govreport.core.Measure;
import io.github.govreport.core.Qualifier;
import io.github.govreport.extract.Leniency;
import io.github.govreport.extract.ReportExtractor;
import io.github.govreport.extract.quantity.QuantityMention;
import io.github.govreport.extract.quantity.QuantityRecognizer;
import io.github.govreport.extract.segment.HanLpSegmenter;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every entry of every bundled dictionary works on its own example. */
class DictionaryExamplesTest {

    private static final QuantityRecognizer RECOGNIZER = new QuantityRecognizer(Dictionaries.bundled(), new HanLpSegmenter(), Leniency.FACTS);
    private static final ReportExtractor EXTRACTOR = ReportExtractor.create();
    /** The kind cues are rules: their examples are read without the role model, which decides where rules do not. */
    private static final ReportExtractor RULES = ReportExtractor.builder().rulesOnly().build();

    static Stream<TsvTable.Row> units() {
        return TsvTable.resource("units.tsv").rows().stream();
    }

    static Stream<TsvTable.Row> magnitudes() {
        return TsvTable.resource("magnitudes.tsv").rows().stream();
    }

    static Stream<TsvTable.Row> qualifiers() {
        return TsvTable.resource("qualifiers.tsv").rows().stream();
    }

    static Stream<TsvTable.Row> measureCues() {
        return TsvTable.resource("measure-cues.tsv").rows().stream();
    }

    static Stream<TsvTable.Row> kindCues() {
        return TsvTable.resource("kind-cues.tsv").rows().stream();
    }

    static Stream<TsvTable.Row> sectionKinds() {
        return TsvTable.resource("section-kinds.tsv").rows().stream();
    }

    static Stream<TsvTable.Row> timeCues() {
        return TsvTable.resource("time-cues.tsv").rows().stream();
    }

    static Stream<PatternList.Entry> notQuantities() {
        return Dictionaries.bundled().notQuantities().entries().stream();
    }

    static Stream<PatternList.Entry> pageFurniture() {
        return Dictionaries.bundled().pageFurniture().entries().stream();
    }

    @ParameterizedTest(name = "page-furniture.tsv:{0}")
    @MethodSource("pageFurniture")
    void everyPageFurniturePatternMatchesItsExample(PatternList.Entry entry) {
        assertThat(entry.pattern().matcher(entry.row().get("example")).matches())
                .as("%s:%d %s", entry.row().file(), entry.row().line(), entry.row().get("example")).isTrue();
    }

    static Stream<TsvTable.Row> metadataCues() {
        return Dictionaries.bundled().metadataCues().rows().stream();
    }

    @ParameterizedTest(name = "metadata.tsv:{0}")
    @MethodSource("metadataCues")
    void everyMetadataCueMatchesItsExample(TsvTable.Row row) {
        assertThat(Pattern.compile(row.get("pattern")).matcher(row.get("example")).find())
                .as("%s:%d %s", row.file(), row.line(), row.get("example")).isTrue();
    }

    static Stream<PatternList.Entry> headings() {
        return Dictionaries.bundled().headingPatterns().entries().stream();
    }

    @ParameterizedTest(name = "units.tsv:{0}")
    @MethodSource("units")
    void everyUnitIsFoundInItsExample(TsvTable.Row row) {
        List<QuantityMention> found = RECOGNIZER.recognize(row.get("example"));
        assertThat(found).as("%s: %s", row.get("surface"), row.get("example"))
                .anySatisfy(m -> assertThat(m.quantity().unit()).endsWith(row.get("surface")));
    }

    @ParameterizedTest(name = "magnitudes.tsv:{0}")
    @MethodSource("magnitudes")
    void everyMagnitudeIsFoundInItsExample(TsvTable.Row row) {
        List<QuantityMention> found = RECOGNIZER.recognize(row.get("example"));
        assertThat(found).as("%s: %s", row.get("surface"), row.get("example"))
                .anySatisfy(m -> assertThat(m.quantity().unit()).startsWith(row.get("surface")));
    }

    @ParameterizedTest(name = "qualifiers.tsv:{0}")
    @MethodSource("qualifiers")
    void everyQualifierIsFoundInItsExample(TsvTable.Row row) {
        List<QuantityMention> found = RECOGNIZER.recognize(row.get("example"));
        assertThat(found).as("%s: %s", row.get("surface"), row.get("example"))
                .anySatisfy(m -> assertThat(m.qualifier()).isEqualTo(Qualifier.fromJson(row.get("qualifier"))));
    }

    @ParameterizedTest(name = "measure-cues.tsv:{0}")
    @MethodSource("measureCues")
    void everyMeasureCueDecidesItsExample(TsvTable.Row row) {
        List<Fact> facts = EXTRACTOR.extract(row.get("example"), "example").facts();
        if (row.get("measure").equals("none")) {
            // An exception hides the cue inside it: the number reached is a level, or a rate after …率.
            assertThat(facts).as("%s: %s", row.get("cue"), row.get("example")).isNotEmpty()
                    .allSatisfy(f -> assertThat(f.measure()).isIn(Measure.LEVEL, Measure.RATE));
            return;
        }
        assertThat(facts).as("%s: %s", row.get("cue"), row.get("example"))
                .anySatisfy(f -> assertThat(f.measure()).isEqualTo(Measure.fromJson(row.get("measure"))));
    }

    @ParameterizedTest(name = "kind-cues.tsv:{0}")
    @MethodSource("kindCues")
    void everyKindCueDecidesItsExample(TsvTable.Row row) {
        List<Fact> facts = RULES.extract(row.get("example"), "example").facts();
        Kind expected = row.get("kind").equals("none") ? Kind.UNKNOWN : Kind.fromJson(row.get("kind"));
        assertThat(facts).as("%s: %s", row.get("cue"), row.get("example"))
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f.kind()).isEqualTo(expected));
    }

    @ParameterizedTest(name = "section-kinds.tsv:{0}")
    @MethodSource("sectionKinds")
    void everySectionWordIsFoundInItsExample(TsvTable.Row row) {
        assertThat(Dictionaries.bundled().sectionKinds().foundIn(row.get("example")))
                .as("%s: %s", row.get("word"), row.get("example"))
                .anySatisfy(cue -> assertThat(cue.value()).isEqualTo(Kind.fromJson(row.get("kind"))));
    }

    @ParameterizedTest(name = "time-cues.tsv:{0}")
    @MethodSource("timeCues")
    void everyTimeCueIsFoundInItsExample(TsvTable.Row row) {
        CueLexicon<TimeCue> cues = Dictionaries.bundled().timeCues();
        String example = row.get("example");
        if (row.get("role").equals("none")) {
            // An exception hides the cue it holds: no cue of its role ends inside it.
            assertThat(example).contains(row.get("cue"));
            return;
        }
        assertThat(cues.nearestBefore(example, 0, example.length(), c -> c.word().equals(row.get("cue"))))
                .as("%s: %s", row.get("cue"), example)
                .hasValueSatisfying(m -> assertThat(m.cue().value()).isEqualTo(TimeCue.fromName(row.get("role"))));
    }

    @ParameterizedTest(name = "not-quantities.tsv:{0}")
    @MethodSource("notQuantities")
    void everyNotQuantityPatternMatchesItsExample(PatternList.Entry entry) {
        String example = entry.row().get("example");
        assertThat(entry.pattern().matcher(example).find()).as("%s on %s", entry.pattern(), example).isTrue();
        assertThat(RECOGNIZER.recognize(example)).as("quantities in %s", example).isEmpty();
    }

    @ParameterizedTest(name = "headings.tsv:{0}")
    @MethodSource("headings")
    void everyHeadingPatternMatchesItsExample(PatternList.Entry entry) {
        String example = entry.row().get("example");
        assertThat(entry.pattern().matcher(example).matches()).as("%s on %s", entry.pattern(), example).isTrue();
    }

    static Stream<TsvTable.Row> quantityWords() {
        return TsvTable.resource("quantity-words.tsv").rows().stream();
    }

    @ParameterizedTest(name = "quantity-words.tsv:{0}")
    @MethodSource("quantityWords")
    void everyQuantityWordActsInItsExample(TsvTable.Row row) {
        String example = row.get("example");
        assertThat(example).as(row.file() + ":" + row.line()).contains(row.get("word"));
        var found = RECOGNIZER.recognize(example);
        String where = row.file() + ":" + row.line();
        switch (row.get("role")) {
            // the 第N after the scope is a rank
            case "rank-scope" -> assertThat(found).as(where)
                    .anyMatch(m -> m.unit() != null && m.unit().dimension() == Dimension.RANK);
            // the count after the list restates it and is not a quantity
            case "category-noun" -> assertThat(found).as(where)
                    .noneMatch(m -> m.unit() != null && m.unit().dimension() == Dimension.COUNT);
            // the word closes the rank
            case "rank-word" -> assertThat(found).as(where).anyMatch(m -> m.unit() != null
                    && m.unit().dimension() == Dimension.RANK
                    && example.substring(m.start(), m.end()).endsWith(row.get("word")));
            // the mark is part of the quantity, which is more than its number
            case "over-mark", "hedge-link" -> assertThat(found).as(where)
                    .anyMatch(m -> example.substring(m.start(), m.end()).contains(row.get("word"))
                            && m.qualifier() != Qualifier.EXACT);
            // 负 after the word makes the quantity negative
            case "before-minus" -> assertThat(found).as(where).anyMatch(m -> m.quantity().value().signum() < 0);
            // the small count after the word is still a quantity
            case "run-word" -> assertThat(found).as(where).anyMatch(m -> m.start() == example.indexOf(row.get("word"))
                    + row.get("word").length());
            // the name is part of the amount
            case "renminbi" -> assertThat(found).as(where)
                    .anyMatch(m -> example.substring(m.start(), m.end()).contains(row.get("word")));
            // the bare magnitude before the word is read as a number (or as the unit's magnitude)
            case "magnitude-follower" -> assertThat(found).as(where)
                    .anyMatch(m -> m.numberStart() == example.indexOf(row.get("word")) - 2);
            default -> throw new AssertionError(where + ": no example check for role " + row.get("role"));
        }
    }

    static Stream<TsvTable.Row> bindingWords() {
        return TsvTable.resource("binding-words.tsv").rows().stream();
    }

    @ParameterizedTest(name = "binding-words.tsv:{0}")
    @MethodSource("bindingWords")
    void everyBindingWordNamesItsClassInItsExample(TsvTable.Row row) {
        Binding expected = row.get("binding").equals("binding") ? Binding.BINDING : Binding.EXPECTED;
        assertThat(Dictionaries.bundled().bindingWords().namedIn(row.get("example")))
                .as("%s:%d %s", row.file(), row.line(), row.get("example")).isEqualTo(expected);
    }

    static Stream<TsvTable.Row> tableHeaders() {
        return TsvTable.resource("table-headers.tsv").rows().stream();
    }

    @ParameterizedTest(name = "table-headers.tsv:{0}")
    @MethodSource("tableHeaders")
    void everyTableHeaderWordIsInItsExample(TsvTable.Row row) {
        TableWords words = Dictionaries.bundled().tableWords();
        List<String> column = switch (row.get("column")) {
            case "name" -> words.nameColumn();
            case "unit" -> words.unitColumn();
            default -> words.bindingColumn();
        };
        assertThat(column).as("%s:%d", row.file(), row.line()).contains(row.get("word"));
        assertThat(row.get("example")).as("%s:%d", row.file(), row.line()).contains(row.get("word"));
    }

    static Stream<PatternList.Entry> tablePatterns() {
        return new PatternList(TsvTable.resource("table-patterns.tsv")).entries().stream();
    }

    @ParameterizedTest(name = "table-patterns.tsv:{0}")
    @MethodSource("tablePatterns")
    void everyTablePatternMatchesItsExample(PatternList.Entry entry) {
        String example = entry.row().get("example");
        TableWords words = Dictionaries.bundled().tableWords();
        String where = entry.row().file() + ":" + entry.row().line() + " " + example;
        if (entry.row().get("role").equals("growth-column")) {
            assertThat(words.isGrowthColumn(example)).as(where).isTrue();
        } else if (entry.row().get("role").equals("code-column")) {
            assertThat(words.isCodeColumn(example)).as(where).isTrue();
        } else if (entry.row().get("role").equals("completion-column")) {
            assertThat(words.isCompletionColumn(example)).as(where).isTrue();
        } else if (entry.row().get("role").equals("target-table")) {
            assertThat(words.budgetTableKind(example)).as(where).isEqualTo(Kind.TARGET);
        } else if (entry.row().get("role").equals("actual-table")) {
            assertThat(words.budgetTableKind(example)).as(where).isEqualTo(Kind.ACTUAL);
        } else {
            assertThat(words.withoutRowLead(example)).as(where).isNotEqualTo(example);
        }
    }

    static Stream<TsvTable.Row> layoutMarks() {
        return TsvTable.resource("layout-marks.tsv").rows().stream();
    }

    @ParameterizedTest(name = "layout-marks.tsv:{0}")
    @MethodSource("layoutMarks")
    void everyLayoutMarkStandsWhereItsRoleReadsIt(TsvTable.Row row) {
        LayoutMarks marks = Dictionaries.bundled().layoutMarks();
        String mark = row.get("mark");
        String example = row.get("example");
        String where = row.file() + ":" + row.line() + " " + example;
        switch (row.get("role")) {
            case "sentence-end" -> assertThat(marks.isSentenceEnd(mark.charAt(0)) && example.endsWith(mark)).as(where).isTrue();
            case "closer" -> assertThat(marks.isCloser(mark.charAt(0)) && example.endsWith(mark)).as(where).isTrue();
            case "clause-mark" -> assertThat(marks.hasClauseMark(example) && example.contains(mark)).as(where).isTrue();
            case "joint" -> assertThat(marks.isJoint(mark.charAt(0)) && example.contains(mark)).as(where).isTrue();
            case "mid-clause-end" -> assertThat(marks.isMidClauseEnd(mark.charAt(0)) && example.endsWith(mark)).as(where).isTrue();
            case "heading-end" -> assertThat(marks.isHeadingEnd(mark.charAt(0)) && example.endsWith(mark)).as(where).isTrue();
            case "item-opener" -> assertThat(marks.startsItem(example) && example.startsWith(mark)).as(where).isTrue();
            default -> throw new AssertionError(where + ": no example check for role " + row.get("role"));
        }
    }
}
