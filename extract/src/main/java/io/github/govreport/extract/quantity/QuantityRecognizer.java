package io.github.govreport.extract.quantity;

import io.github.govreport.extract.Leniency;
import io.github.govreport.extract.dict.Dictionaries;
import io.github.govreport.extract.segment.Segmenter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the quantities of one sentence: a number (see {@link NumberReader}), an optional range to
 * a second number, a unit with its magnitude, and the hedges before and after it; and the special
 * forms 百分之五, 三分之一, 八成, 增长1倍, 翻一番, 第二, 2.28：1, 负5%, 零下5℃. The forms, and the
 * rules that reject a number, are tried in the order of {@link QuantityForms}.
 *
 * <p>What is not a quantity is rejected with a reason: numbers inside the matches of
 * {@code not-quantities.tsv} (names, codes, dates, numbering), and, at the {@link Leniency#FACTS}
 * leniency, integers and Chinese numerals without a unit (mostly names and references) and
 * 一 with a measure word (an article: 一个, 一批); see {@link RejectionRules}. Thread-safe.
 */
public final class QuantityRecognizer {

    /** A number that was read but is not a quantity, and why. */
    public record Rejection(int start, int end, String reason) {
    }

    /** The quantities of a sentence and the numbers rejected in it. */
    public record Result(List<QuantityMention> quantities, List<Rejection> rejections) {
    }

    private final RecognizerContext context;
    private final NotQuantityMask notQuantities;
    private final List<WordForm> wordForms;

    public QuantityRecognizer(Dictionaries dictionaries, Segmenter segmenter, Leniency leniency) {
        this.context = new RecognizerContext(dictionaries, segmenter, leniency);
        this.notQuantities = new NotQuantityMask(dictionaries.notQuantities());
        this.wordForms = QuantityForms.wordForms(context);
    }

    public List<QuantityMention> recognize(String sentence) {
        return analyze(sentence).quantities();
    }

    public Result analyze(String sentence) {
        NotQuantityMask.OfSentence masks = notQuantities.of(sentence);
        List<QuantityMention> mentions = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        int i = 0;
        while (i < sentence.length()) {
            Optional<QuantityMention> word = wordFormAt(sentence, i);
            if (word.isPresent()) {
                mentions.add(word.get());
                i = word.get().end();
                continue;
            }
            NumberReader.Reading number = context.numbers().read(sentence, i);
            if (number == null) {
                i++;
                continue;
            }
            String masked = masks.at(number.start(), number.end());
            Outcome outcome = masked != null ? Outcome.rejected(masked)
                    : complete(new ReadNumber(sentence, number, masks, context));
            if (outcome.mention() != null) {
                mentions.add(outcome.mention());
                i = Math.max(outcome.mention().end(), number.end());
            } else {
                rejections.add(new Rejection(number.start(), number.end(), outcome.reason()));
                i = Math.max(number.end(), i + 1);
            }
        }
        return new Result(List.copyOf(mentions), List.copyOf(rejections));
    }

    /**
     * Whether the quantity ending at {@code end} (its hedge included) is followed by words that make
     * it the target a result is compared with: 3.5%左右的年度调控目标, 6%的预期目标.
     */
    public static boolean namesATarget(String s, int end) {
        return Hedges.namesATarget(s, end);
    }

    private Optional<QuantityMention> wordFormAt(String sentence, int i) {
        // Indexed, not for-each: this runs at every character, and an iterator is an allocation.
        for (int f = 0; f < wordForms.size(); f++) {
            Optional<QuantityMention> mention = wordForms.get(f).at(sentence, i);
            if (mention.isPresent()) {
                return mention;
            }
        }
        return Optional.empty();
    }

    /** The outcome of the first form that answers for the number. */
    private static Outcome complete(ReadNumber number) {
        List<NumberForm> forms = QuantityForms.NUMBER_FORMS;
        for (int f = 0; f < forms.size(); f++) {
            Optional<Outcome> outcome = forms.get(f).complete(number);
            if (outcome.isPresent()) {
                return outcome.get();
            }
        }
        throw new IllegalStateException("no form completed the number at " + number.start()
                + "; the last forms, UnitlessForm and UnitForm, complete every number");
    }
}
