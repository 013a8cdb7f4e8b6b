package io.github.govreport.extract.quantity;

import io.github.govreport.extract.internal.text.CharClasses;
import io.github.govreport.core.Dimension;
import io.github.govreport.core.Qualifier;
import io.github.govreport.core.Unit;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A number read in a sentence, with what the forms look at after it: the 多 or 余 that says “more
 * than” (300多, 十几), and the unit after that. Both are found when a form first asks, once. One
 * per number read, not shared between threads.
 */
final class ReadNumber {

    /** 几 (幾) after a round Chinese numeral: some more (十几, 三百几). */
    private static final String SOME = "几幾";
    /** The characters a round Chinese numeral ends with, before 几. */
    private static final String ROUND_ENDS = "十百千零拾佰仟";
    /** 两个亿, 几个亿: speech puts 个 before 亿. */
    private static final String SPOKEN_MAGNITUDE = "个亿";

    private final String sentence;
    private final NumberReader.Reading number;
    private final NotQuantityMask.OfSentence masks;
    private final RecognizerContext context;

    private boolean markRead;
    private int markedEnd;
    private Qualifier markedQualifier;

    private boolean unitRead;
    private Optional<Unit> unit;
    private int unitEnd;

    ReadNumber(String sentence, NumberReader.Reading number, NotQuantityMask.OfSentence masks,
               RecognizerContext context) {
        this.sentence = sentence;
        this.number = number;
        this.masks = masks;
        this.context = context;
    }

    String sentence() {
        return sentence;
    }

    NumberReader.Reading number() {
        return number;
    }

    RecognizerContext context() {
        return context;
    }

    int start() {
        return number.start();
    }

    int end() {
        return number.end();
    }

    BigDecimal value() {
        return number.value();
    }

    boolean chinese() {
        return number.chinese();
    }

    /** The reason a not-quantity pattern covers [from, to), or null. */
    String maskedAt(int from, int to) {
        return masks.at(from, to);
    }

    /** The end of the number with its 多/余/几 mark, if any. */
    int markedEnd() {
        readMark();
        return markedEnd;
    }

    /** The number's qualifier with its 多/余/几 mark: {@code over} when marked, else the number's own. */
    Qualifier markedQualifier() {
        readMark();
        return markedQualifier;
    }

    /** The unit after the number and its mark. */
    Optional<Unit> unit() {
        readUnit();
        return unit;
    }

    /** The end of the unit (of the number and its mark when there is none). */
    int unitEnd() {
        readUnit();
        return unitEnd;
    }

    /** True when there is a unit and it has the dimension. */
    boolean unitIs(Dimension dimension) {
        Optional<Unit> found = unit();
        return found.isPresent() && found.get().dimension() == dimension;
    }

    /** The mention made negative, and widened to the sign, when a minus stands right before it (see {@link Signs}). */
    QuantityMention signed(QuantityMention mention) {
        return context.signs().signed(sentence, mention);
    }

    /** The mention of [start, end) with its hedges, its number starting at {@code start}. */
    QuantityMention hedged(int start, int end, BigDecimal value, BigDecimal valueMax, Unit quantityUnit,
                           Qualifier vague) {
        return context.hedges().attach(sentence, start, end, start, value, valueMax, quantityUnit, vague);
    }

    private void readMark() {
        if (markRead) {
            return;
        }
        markRead = true;
        String s = sentence;
        int pos = number.end();
        markedEnd = pos;
        markedQualifier = number.qualifier();
        if (markedQualifier != null || pos >= s.length()) {
            return;
        }
        // 300多, 300余 (quantity-words.tsv); 十几, 三百几
        int mark = context.words().overMarkAt(s, pos);
        if (mark == 0 && SOME.indexOf(s.charAt(pos)) >= 0 && number.chinese()
                && ROUND_ENDS.indexOf(s.charAt(pos - 1)) >= 0) {
            mark = 1;
        }
        if (mark > 0) {
            markedQualifier = Qualifier.OVER;
            markedEnd = pos + mark;
        }
    }

    private void readUnit() {
        if (unitRead) {
            return;
        }
        unitRead = true;
        String s = sentence;
        int at = markedEnd();
        // 3 km, 9 m: SI style puts a space between the number and a unit symbol.
        Optional<Unit> symbol = !number.chinese() && at + 1 < s.length() && s.charAt(at) == ' '
                ? context.units().longestAt(s, at + 1)
                        .filter(u -> u.surface().chars().allMatch(c -> c < 128 && Character.isLetter(c))
                                && (at + 1 + u.surface().length() == s.length()
                                    || !CharClasses.isAsciiLetterOrDigit(s.charAt(at + 1 + u.surface().length()))))
                : Optional.empty();
        Optional<Unit> spoken = s.startsWith(SPOKEN_MAGNITUDE, at) ? context.unitAt(s, at + 1) : Optional.empty();
        Optional<Unit> found = symbol.isPresent() ? symbol : spoken.isPresent() ? spoken : context.unitAt(s, at);
        unit = found;
        unitEnd = at + found.map(u -> u.surface().length()).orElse(0)
                + (symbol.isPresent() || spoken.isPresent() ? 1 : 0);
    }
}
