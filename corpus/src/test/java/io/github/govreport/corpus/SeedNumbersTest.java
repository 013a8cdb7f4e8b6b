package io.github.govreport.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govreport.extract.Leniency;
import io.github.govreport.extract.dict.Dictionaries;
import io.github.govreport.extract.internal.normalize.TextNormalizer;
import io.github.govreport.extract.quantity.QuantityMention;
import io.github.govreport.extract.quantity.QuantityRecognizer;
import io.github.govreport.extract.segment.HanLpSegmenter;
import io.github.govreport.extract.internal.structure.Sentence;
import io.github.govreport.extract.internal.structure.SentenceSplitter;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every digit run in the seeds is either part of a quantity or rejected by a rule that says why
 * (a not-quantity pattern, an integer without unit, an ordinal …): none slips through unexplained.
 */
class SeedNumbersTest {

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    @Test
    void everyDigitRunIsAQuantityOrRejectedWithAReason() {
        QuantityRecognizer recognizer = new QuantityRecognizer(Dictionaries.bundled(), new HanLpSegmenter(),
                Leniency.FACTS);
        TextNormalizer normalizer = new TextNormalizer();
        SentenceSplitter splitter = new SentenceSplitter();
        List<String> unexplained = new ArrayList<>();
        TreeMap<String, Integer> reasons = new TreeMap<>();
        int runs = 0;
        for (Seed seed : Corpus.seeds()) {
            String text = normalizer.normalize(seed.text(), "text/plain").text();
            for (Sentence sentence : splitter.split(text)) {
                QuantityRecognizer.Result result = recognizer.analyze(sentence.text());
                Matcher m = DIGITS.matcher(sentence.text());
                while (m.find()) {
                    runs++;
                    int at = m.start();
                    boolean quantity = result.quantities().stream().anyMatch(q -> covers(q, at));
                    var rejection = result.rejections().stream()
                            .filter(r -> r.start() <= at && at < r.end()).findFirst();
                    rejection.ifPresent(r -> reasons.merge(r.reason().replaceAll(" \\(.*\\)$", ""), 1, Integer::sum));
                    if (!quantity && rejection.isEmpty()) {
                        unexplained.add(seed.id() + ": " + m.group() + " in «" + sentence.text() + "»");
                    }
                }
            }
        }
        System.out.println("Digit runs in the seeds: " + runs + "; rejected ones by reason:");
        reasons.forEach((reason, n) -> System.out.printf("  %5d  %s%n", n, reason));
        assertThat(unexplained).as("digit runs that are neither a quantity nor rejected with a reason").isEmpty();
    }

    private static boolean covers(QuantityMention q, int at) {
        return q.start() <= at && at < q.end();
    }
}
