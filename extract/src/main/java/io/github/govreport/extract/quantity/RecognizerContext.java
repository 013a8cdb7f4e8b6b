package io.github.govreport.extract.quantity;

import io.github.govreport.extract.internal.text.CharClasses;
import io.github.govreport.core.Measure;
import io.github.govreport.core.Unit;
import io.github.govreport.extract.Leniency;
import io.github.govreport.extract.dict.CueLexicon;
import io.github.govreport.extract.dict.Dictionaries;
import io.github.govreport.extract.dict.QualifierLexicon;
import io.github.govreport.extract.dict.QuantityWords;
import io.github.govreport.extract.dict.UnitCatalog;
import io.github.govreport.extract.segment.Segmenter;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * What the forms and rules of one recognizer read: the dictionaries, the segmenter, the leniency,
 * and the lookups they share (a unit at a position, the hedges around a quantity). Immutable.
 */
final class RecognizerContext {

    /** A whole in percent: 三分之一, 增长1倍 and 翻一番 are written as shares or growth in %. */
    static final BigDecimal PERCENT_OF_WHOLE = BigDecimal.valueOf(100);

    private final UnitCatalog units;
    private final QuantityWords words;
    private final QualifierLexicon qualifiers;
    private final CueLexicon<Measure> measureCues;
    private final Segmenter segmenter;
    private final Leniency leniency;
    private final NumberReader numbers;
    private final Hedges hedges;
    private final Signs signs;
    private final Unit percent;

    RecognizerContext(Dictionaries dictionaries, Segmenter segmenter, Leniency leniency) {
        this.units = dictionaries.units();
        this.words = dictionaries.quantityWords();
        this.numbers = new NumberReader(words.magnitudeFollowers());
        this.qualifiers = dictionaries.qualifiers();
        this.measureCues = dictionaries.measureCues();
        this.segmenter = Objects.requireNonNull(segmenter, "segmenter must not be null");
        this.leniency = Objects.requireNonNull(leniency, "leniency must not be null");
        this.hedges = new Hedges(qualifiers, words, segmenter, leniency);
        this.signs = new Signs(words);
        this.percent = units.get("%").orElseThrow();
    }

    UnitCatalog units() {
        return units;
    }

    QuantityWords words() {
        return words;
    }

    QualifierLexicon qualifiers() {
        return qualifiers;
    }

    CueLexicon<Measure> measureCues() {
        return measureCues;
    }

    Leniency leniency() {
        return leniency;
    }

    /** True at the facts leniency, where only what can be a fact is a quantity. */
    boolean facts() {
        return leniency == Leniency.FACTS;
    }

    NumberReader numbers() {
        return numbers;
    }

    Hedges hedges() {
        return hedges;
    }

    Signs signs() {
        return signs;
    }

    /** The unit %, which 百分之五, 八成, 三分之一 and 增长1倍 are written in. */
    Unit percent() {
        return percent;
    }

    /** The catalogued unit of {@code surface}, which must exist (%, ‰, ‱). */
    Unit unit(String surface) {
        return units.get(surface).orElseThrow();
    }

    boolean isBoundary(String s, int at) {
        return segmenter.isBoundary(s, at);
    }

    /** True when [start, end) stands as a word of its own, not as the start or end of a longer word. */
    boolean isWord(String s, int start, int end) {
        return segmenter.isBoundary(s, start) && segmenter.isBoundary(s, end);
    }

    /**
     * The unit at {@code pos}. A one-character measure word must end a word: 场 in 100场景 or 台 in
     * 3台阶 is the start of another word, and the number then has no unit.
     */
    Optional<Unit> unitAt(String s, int pos) {
        Optional<Unit> unit = units.longestAt(s, pos);
        if (unit.isPresent() && unit.get().surface().length() == 1 && UnitKinds.isMeasureWord(unit.get())) {
            int end = pos + 1;
            if (end < s.length() && CharClasses.isHan(s.charAt(end)) && !segmenter.isBoundary(s, end)) {
                return Optional.empty();
            }
        }
        return unit;
    }
}
